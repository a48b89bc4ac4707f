import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FeedError } from '../../../src/data/load/feed-error.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { day, utc } from '../helpers.js';

const base = { id: 12, title: 'Bürgerforum', start: '2026-11-03T18:00:00+01:00' };
/** Validates one event and returns the reason it was skipped (or fails if it was kept). */
function skipReason(event: Record<string, unknown>, feedExtra: Record<string, unknown> = {}): string {
  const parsed = parseFeed({ ...feedExtra, events: [event] });
  expect(parsed.skipped, `expected the event to be skipped, but it was kept: ${JSON.stringify(event)}`).to.have.length(1);
  return parsed.skipped[0].reason;
}
function kept(event: Record<string, unknown>, options = {}) {
  const parsed = parseFeed({ events: [event] }, options);
  expect(parsed.skipped.map((s) => s.reason), 'skipped reasons').to.deep.equal([]);
  return { event: parsed.events[0], warnings: parsed.warnings.map((w) => w.reason) };
}

describe('parseFeed: feed shapes', () => {
  it('accepts a bare array of events', () => {
    const parsed = parseFeed([base]);
    expect(parsed.events).to.have.length(1);
    expect(parsed.timezone).to.equal('Europe/Berlin');
  });

  it('accepts an object with events and a timezone', () => {
    const parsed = parseFeed({ timezone: 'America/New_York', events: [{ ...base, start: '2026-11-03T18:00' }] });
    expect(parsed.timezone).to.equal('America/New_York');
    expect(utc(parsed.events[0].start), '18:00 without offset means 18:00 in the feed zone').to.equal('2026-11-03T23:00:00.000Z');
  });

  it('throws FeedError(shape) for things that are not a feed, saying what was found', () => {
    const cases: [unknown, string][] = [
      [null, 'found null'],
      ['[]', 'found a string'],
      [42, 'found a number'],
      [{}, 'found an empty object'],
      [{ data: { items: [] } }, 'found an object with the keys data'],
      [{ events: 'none' }, "found an object whose 'events' is a string"],
    ];
    for (const [input, fragment] of cases) {
      let error: unknown;
      try { parseFeed(input); } catch (e) { error = e; }
      expect(error, `no error for ${JSON.stringify(input)}`).to.be.instanceOf(FeedError);
      expect((error as FeedError).kind).to.equal('shape');
      expect((error as FeedError).message).to.contain(fragment);
    }
  });

  it('falls back to Europe/Berlin with a feed warning when the timezone is not an IANA zone', () => {
    const parsed = parseFeed({ timezone: 'Europe/Berln', events: [] });
    expect(parsed.timezone).to.equal('Europe/Berlin');
    expect(parsed.warnings).to.deep.equal([{ index: -1, reason: "feed: timezone 'Europe/Berln' is not an IANA time zone such as 'Europe/Berlin'; using Europe/Berlin" }]);
  });

  it('keeps the feed order and gives each event its position as index', () => {
    const parsed = parseFeed([{ ...base, id: 'b', start: '2026-12-01' }, { ...base, id: 'bad' }, { ...base, id: 'a', start: '2026-01-01' }].map((e, i) => i === 1 ? { ...e, start: 'x' } : e));
    expect(parsed.events.map((e) => [e.id, e.index])).to.deep.equal([['b', 0], ['a', 2]]);
    expect(parsed.skipped.map((s) => s.index)).to.deep.equal([1]);
  });
});

describe('parseFeed: skipped events say why', () => {
  it("names the event by id and title: event 12 'Bürgerforum': start '2026-13-01' is not a date", () => {
    expect(skipReason({ ...base, start: '2026-13-01' })).to.equal("event 12 'Bürgerforum': start '2026-13-01' is not a date");
  });

  it('names an event without id by its 1-based position', () => {
    const parsed = parseFeed([base, { title: 'Ohne Kennung', start: '2026-11-03' }]);
    expect(parsed.skipped[0].reason).to.equal("event #2 'Ohne Kennung': id is missing");
  });

  it('skips a non-object entry', () => {
    expect(skipReason('hello' as never)).to.equal('event #1: is a string, not an event object');
  });

  it('requires an id that is a string or a finite number', () => {
    expect(skipReason({ ...base, id: true })).to.equal("event #1 'Bürgerforum': id must be a string or a number, not a boolean");
    expect(skipReason({ ...base, id: '  ' })).to.equal("event #1 'Bürgerforum': id is empty");
    expect(kept({ ...base, id: 7 }).event.id).to.equal('7');
  });

  it('skips the later of two events with the same id', () => {
    const parsed = parseFeed([base, { ...base, title: 'Zweites' }]);
    expect(parsed.events).to.have.length(1);
    expect(parsed.skipped[0].reason).to.equal("event 12 'Zweites': id '12' is already used by event #1");
  });

  it('requires a non-empty title', () => {
    expect(skipReason({ ...base, title: undefined })).to.equal('event 12: title is missing');
    expect(skipReason({ ...base, title: '   ' })).to.equal('event 12: title is empty');
    expect(skipReason({ ...base, title: 5 })).to.equal('event 12: title must be text, not a number');
  });

  it('requires a start', () => {
    expect(skipReason({ ...base, start: undefined })).to.equal("event 12 'Bürgerforum': start is missing");
    expect(skipReason({ ...base, start: 1762189200000 })).to.equal("event 12 'Bürgerforum': start must be a date or date-time text, not a number");
  });

  it('explains malformed dates and date-times', () => {
    expect(skipReason({ ...base, start: '2026-02-30T10:00:00+01:00' })).to.contain("start '2026-02-30T10:00:00+01:00' is not a date-time (no such day)");
    expect(skipReason({ ...base, start: '2026-11-03T24:00:00Z' })).to.contain('no such time of day');
    expect(skipReason({ ...base, start: '2026-1-3' })).to.contain('two-digit month and day');
    expect(skipReason({ ...base, start: 'next Tuesday' })).to.contain("start 'next Tuesday' is neither a date (YYYY-MM-DD) nor a date-time");
  });

  it('skips an event whose end is before its start', () => {
    expect(skipReason({ ...base, end: '2026-11-03T17:00:00+01:00' }))
      .to.equal("event 12 'Bürgerforum': end '2026-11-03T17:00:00+01:00' is before start '2026-11-03T18:00:00+01:00'");
    expect(skipReason({ ...base, start: '2026-11-03', end: '2026-11-02' })).to.contain("end '2026-11-02' is before start '2026-11-03'");
  });

  it('skips an event that mixes an all-day start with a timed end', () => {
    expect(skipReason({ ...base, start: '2026-11-03', end: '2026-11-03T20:00:00+01:00' }))
      .to.equal("event 12 'Bürgerforum': start is a date but end '2026-11-03T20:00:00+01:00' is a date-time; give both as dates (all-day) or both as date-times");
    expect(skipReason({ ...base, end: '2026-11-04' })).to.contain('start is a date-time but end');
  });

  it('skips an event with a broken rrule, saying what is wrong', () => {
    const reason = (rrule: unknown) => skipReason({ ...base, rrule });
    expect(reason('FREQ=FORTNIGHTLY')).to.equal("event 12 'Bürgerforum': rrule 'FREQ=FORTNIGHTLY' FREQ 'FORTNIGHTLY' is not one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY");
    expect(reason('BYDAY=TU')).to.contain('has no FREQ');
    expect(reason('FREQ=WEEKLY;COUNT=5;UNTIL=20261231')).to.contain('has both COUNT and UNTIL');
    expect(reason('FREQ=WEEKLY;BYDAY=XX')).to.contain("BYDAY 'XX' is not a weekday");
    expect(reason('FREQ=WEEKLY;BYDAY=2TU')).to.contain('only works with FREQ=MONTHLY or YEARLY');
    expect(reason('FREQ=MONTHLY;BYMONTHDAY=32')).to.contain("BYMONTHDAY '32' is out of range");
    expect(reason('FREQ=WEEKLY;COUNT=0')).to.contain("COUNT '0' is not a positive whole number");
    expect(reason('FREQ=WEEKLY;INTERVAL=-1')).to.contain('INTERVAL');
    expect(reason('FREQ=WEEKLY;UNTIL=2026-12-31')).to.contain("UNTIL '2026-12-31' is not a date");
    expect(reason('FREQ=WEEKLY;TZID=Europe/Berlin')).to.contain("unknown part 'TZID'");
    expect(reason('FREQ=WEEKLY;FREQ=DAILY')).to.contain('has FREQ twice');
    expect(reason('FREQ=WEEKLY;BYDAY')).to.contain("part 'BYDAY' is not KEY=VALUE");
    expect(reason('FREQ=MINUTELY')).to.contain('not supported');
    expect(reason('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30')).to.contain('names no day that exists');
    expect(reason('FREQ=MONTHLY;BYSETPOS=1')).to.contain('BYSETPOS without another');
    expect(reason('FREQ=WEEKLY;BYWEEKNO=3')).to.contain('BYWEEKNO only works with FREQ=YEARLY');
    expect(reason('FREQ=HOURLY;INTERVAL=2;BYHOUR=9')).to.contain('never reaches a BYHOUR hour');
    expect(reason(['FREQ=WEEKLY'])).to.contain('rrule must be text');
    expect(skipReason({ ...base, start: '2026-11-03', rrule: 'FREQ=HOURLY' })).to.contain('repeats within a day, but the event is all-day');
  });
});

describe('parseFeed: dates and times', () => {
  it('reads a plain date as an all-day event with an inclusive end', () => {
    const { event } = kept({ ...base, start: '2026-11-03', end: '2026-11-05' });
    expect(event.allDay).to.equal(true);
    expect([event.startDay, event.endDay]).to.deep.equal([day('2026-11-03'), day('2026-11-05')]);
    expect(Number.isNaN(event.start) && Number.isNaN(event.end)).to.equal(true);
  });

  it('gives an all-day event without end a single day and hasEnd false', () => {
    const { event } = kept({ ...base, start: '2026-11-03' });
    expect(event.endDay).to.equal(event.startDay);
    expect(event.hasEnd).to.equal(false);
  });

  it('reads date-times with Z, ±HH:mm, ±HHmm, seconds and fractions', () => {
    const at = (start: string) => utc(kept({ ...base, start }).event.start);
    expect(at('2026-11-03T17:00Z')).to.equal('2026-11-03T17:00:00.000Z');
    expect(at('2026-11-03T18:00:00+01:00')).to.equal('2026-11-03T17:00:00.000Z');
    expect(at('2026-11-03T12:00:00-0500')).to.equal('2026-11-03T17:00:00.000Z');
    expect(at('2026-11-03T18:00:30.250+01:00')).to.equal('2026-11-03T17:00:30.250Z');
    expect(at('0050-06-01T12:00:00+01:00'), 'not 1950').to.equal('0050-06-01T11:00:00.000Z');
  });

  it('property: a date-time with Z or an offset is the instant Date.parse reads (years 1–9999)', () => {
    const offset = fc.constantFrom('Z', '+00:00', '+01:00', '+02:00', '-05:00', '+05:45', '-0930', '+1400');
    fc.assert(fc.property(
      fc.date({ min: new Date('0001-01-02T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }), offset,
      (d, zone) => {
        const text = `${d.toISOString().slice(0, 23)}${zone}`;
        const iso = zone.length === 5 ? `${text.slice(0, -2)}:${text.slice(-2)}` : text; // Date.parse wants ±HH:mm
        expect(kept({ ...base, start: text }).event.start, text).to.equal(Date.parse(iso));
      },
    ), { numRuns: 500 });
  });

  it('reads a date-time without offset as wall-clock time in the feed zone, in summer and winter', () => {
    expect(utc(kept({ ...base, start: '2026-07-01T18:00' }).event.start)).to.equal('2026-07-01T16:00:00.000Z');
    expect(utc(kept({ ...base, start: '2026-12-01T18:00' }).event.start)).to.equal('2026-12-01T17:00:00.000Z');
  });

  it('gives a timed event without end end = start and hasEnd false', () => {
    const { event } = kept(base);
    expect(event.end).to.equal(event.start);
    expect(event.hasEnd).to.equal(false);
  });

  it('property: any valid date string is read back as the same day', () => {
    fc.assert(fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      return parseFeed([{ ...base, start: iso }]).events[0]?.startDay === day(iso);
    }));
  });
});

describe('parseFeed: recurrence fields', () => {
  it('accepts rrule with or without RRULE: prefix and normalizes it', () => {
    expect(kept({ ...base, rrule: 'RRULE:freq=weekly;byday=tu;count=10' }).event.rrule).to.equal('FREQ=WEEKLY;BYDAY=TU;COUNT=10');
    expect(kept({ ...base, rrule: 'FREQ=MONTHLY;BYDAY=2TU;' }).event.rrule).to.equal('FREQ=MONTHLY;BYDAY=2TU');
  });

  it('splits exdates into instants and days, dropping bad ones with a warning', () => {
    const { event, warnings } = kept({ ...base, rrule: 'FREQ=WEEKLY', exdates: ['2026-11-10T18:00:00+01:00', '2026-11-17', '2026-11-31', 3] });
    expect(event.exdates!.instants.map(utc)).to.deep.equal(['2026-11-10T17:00:00.000Z']);
    expect(event.exdates!.days).to.deep.equal([day('2026-11-17')]);
    expect(warnings).to.deep.equal([
      "event 12 'Bürgerforum': exdate '2026-11-31' is not a date; ignored",
      "event 12 'Bürgerforum': exdate 3 is a number, not a date or date-time; ignored",
    ]);
  });

  it('warns about exdates on an event that does not repeat', () => {
    const { event, warnings } = kept({ ...base, exdates: ['2026-11-10'] });
    expect(event.exdates).to.equal(undefined);
    expect(warnings[0]).to.contain('exdates were ignored because the event has no rrule');
  });
});

describe('parseFeed: optional fields', () => {
  it('trims strings and fills defaults (status scheduled, no categories)', () => {
    const { event } = kept({ ...base, title: '  Bürgerforum \n', description: '  Text  ', district: ' Mitte ' });
    expect([event.title, event.description, event.district]).to.deep.equal(['Bürgerforum', 'Text', 'Mitte']);
    expect(event.status).to.equal('scheduled');
    expect(event.categories).to.deep.equal([]);
  });

  it('drops a field of the wrong type with a warning and keeps the event', () => {
    const { event, warnings } = kept({ ...base, description: 42, location: 'Rathaus', categories: 'Verkehr' });
    expect(event.description).to.equal(undefined);
    expect(event.location).to.equal(undefined);
    expect(warnings).to.deep.equal([
      "event 12 'Bürgerforum': description must be text, not a number; dropped",
      "event 12 'Bürgerforum': categories must be a list of texts, not a string; dropped",
      "event 12 'Bürgerforum': location must be an object with name and/or address, not a string; dropped",
    ]);
  });

  it('drops unknown format and status values with a warning, accepting "canceled"', () => {
    const a = kept({ ...base, format: 'telepathic', status: 'maybe' });
    expect(a.event.format).to.equal(undefined);
    expect(a.event.status).to.equal('scheduled');
    expect(a.warnings).to.deep.equal([
      "event 12 'Bürgerforum': format 'telepathic' is not one of in-person, online, hybrid; dropped",
      "event 12 'Bürgerforum': status 'maybe' is not one of scheduled, cancelled, postponed; dropped",
    ]);
    const b = kept({ ...base, format: 'Hybrid', status: 'canceled' });
    expect([b.event.format, b.event.status]).to.deep.equal(['hybrid', 'cancelled']);
  });

  it('treats null as absent without warnings', () => {
    const { event, warnings } = kept({ ...base, description: null, url: null, location: null, end: null, rrule: null });
    expect(warnings).to.deep.equal([]);
    expect(event.hasEnd).to.equal(false);
  });

  it('keeps categories as trimmed unique texts', () => {
    expect(kept({ ...base, categories: [' Verkehr', 'Verkehr', '', 'Klima'] }).event.categories).to.deep.equal(['Verkehr', 'Klima']);
  });

  it('reads location, registration url and a date or date-time deadline', () => {
    const a = kept({ ...base, location: { name: 'Rathaus', address: 'Markt 1' }, registration: { url: 'https://stadt.example/anmelden', deadline: '2026-10-30' } }).event;
    expect(a.location).to.deep.equal({ name: 'Rathaus', address: 'Markt 1' });
    expect(a.registration).to.deep.equal({ url: 'https://stadt.example/anmelden', deadline: { allDay: true, day: day('2026-10-30') } });
    const b = kept({ ...base, registration: { deadline: '2026-10-30T12:00:00+01:00' } }).event;
    expect(b.registration).to.deep.equal({ deadline: { allDay: false, instant: Date.UTC(2026, 9, 30, 11) } });
  });
});

describe('parseFeed: big inputs', () => {
  it('keeps 20,000 categories of one event, each once, quickly (before: 200 million comparisons)', () => {
    const categories = Array.from({ length: 20_000 }, (_, i) => `Kategorie ${i % 19_999}`);
    const t0 = performance.now();
    const { event } = kept({ ...base, categories });
    expect(performance.now() - t0, 'ms').to.be.lessThan(2000);
    expect(event.categories).to.have.length(19_999);
    expect(event.categories[19_998]).to.equal('Kategorie 19998');
  });
});

describe('parseFeed: links', () => {
  it('drops javascript: links and keeps the event', () => {
    const { event, warnings } = kept({ ...base, url: 'javascript:alert(1)' });
    expect(event.url).to.equal(undefined);
    expect(warnings).to.deep.equal(["event 12 'Bürgerforum': url 'javascript:alert(1)' uses the scheme 'javascript:', only http:, https:, mailto: and tel: are allowed; dropped"]);
  });

  it('is not fooled by case, whitespace, control characters or tabs inside the scheme', () => {
    const tricks = [' JaVaScRiPt:alert(1)', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u00a0javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];
    for (const url of tricks) {
      const { event } = kept({ ...base, url, onlineUrl: url, registration: { url } }, { baseUrl: 'https://stadt.example/feeds/events.json' });
      for (const kept of [event.url, event.onlineUrl, event.registration?.url]) {
        expect(kept === undefined || /^https?:/.test(kept), `${JSON.stringify(url)} became ${kept}`).to.equal(true);
      }
    }
  });

  it('turns entity-ish input into a harmless relative path, never a script URL', () => {
    const { event } = kept({ ...base, url: 'javascript&colon;alert(1)' }, { baseUrl: 'https://stadt.example/feeds/' });
    expect(event.url).to.equal('https://stadt.example/feeds/javascript&colon;alert(1)');
  });

  it('keeps http, https, mailto and tel links, resolving relative ones against the base', () => {
    const opts = { baseUrl: 'https://stadt.example/feeds/events.json' };
    expect(kept({ ...base, url: '/beteiligung/12' }, opts).event.url).to.equal('https://stadt.example/beteiligung/12');
    expect(kept({ ...base, url: 'mailto:buergerbeteiligung@stadt.example' }).event.url).to.equal('mailto:buergerbeteiligung@stadt.example');
    expect(kept({ ...base, onlineUrl: 'tel:+49301234' }).event.onlineUrl).to.equal('tel:+49301234');
    expect(kept({ ...base, url: 'HTTPS://Stadt.example/x' }).event.url).to.equal('https://stadt.example/x');
  });

  it('drops a relative link when no base is known', () => {
    const { event, warnings } = kept({ ...base, url: '/beteiligung/12' });
    expect(event.url).to.equal(undefined);
    expect(warnings[0]).to.contain('is not an absolute URL');
  });
});
