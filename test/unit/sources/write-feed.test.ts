// A validated feed written back as JSON reads back as the same events: what
// `participation-calendar merge` publishes must lose no field, zone or source.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { ParsedFeed } from '../../../src/data/event.js';
import { icsToFeed } from '../../../src/data/ics/ics-import.js';
import { mergeFeeds } from '../../../src/data/sources/merge-feeds.js';
import { writeEvent, writeFeed } from '../../../src/data/sources/write-feed.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { eventOf, feedOf } from '../helpers.js';

const BASE = 'https://stadt.example/feeds/termine.json';
const validate = (json: unknown) => parseFeed(JSON.parse(JSON.stringify(json)), { baseUrl: BASE });

/** The feed without what only the first reading has: positions of skipped events, warnings. */
const comparable = (p: ParsedFeed) => ({ ...p, events: p.events.map(({ index: _, ...e }) => e), skipped: [], warnings: [] });

/** validate(write(validate(x))) is validate(x), and the written feed reads without a single complaint. */
function expectRoundTrip(json: unknown, label = ''): ParsedFeed {
  const first = validate(json);
  const again = validate(writeFeed(first));
  expect([...again.skipped, ...again.warnings].map((p) => p.reason), `${label} read back with complaints`).to.deep.equal([]);
  expect(comparable(again), label).to.deep.equal(comparable(first));
  return first;
}

const two = (n: number) => String(n).padStart(2, '0');
/** The date `days` after an ISO date. */
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
/** The same date-time text `hours` later on its own clock (never earlier, whatever its zone). */
function laterBy(dateTime: string, hours: number): string {
  const [, d, h, rest] = /^(\d{4}-\d\d-\d\d)T(\d\d)(.*)$/.exec(dateTime)!;
  const total = Number(h) + hours;
  return `${addDays(d, Math.floor(total / 24))}T${two(total % 24)}${rest}`;
}

describe('writeEvent', () => {
  it('writes times with the offset they have in the feed zone, summer and winter', () => {
    const e = eventOf({ start: '2026-10-24T18:00', end: '2026-10-26T09:30', rrule: 'FREQ=DAILY;COUNT=3', exdates: ['2026-10-25T18:00', '2026-10-26'] });
    expect(writeEvent(e, 'Europe/Berlin')).to.deep.equal({
      id: '1', title: 'Test', start: '2026-10-24T18:00:00+02:00', end: '2026-10-26T09:30:00+01:00',
      rrule: 'FREQ=DAILY;COUNT=3', exdates: ['2026-10-25T18:00:00+01:00', '2026-10-26'],
    });
  });

  it("writes an event of another zone in its own zone, and names it", () => {
    const e = eventOf({ start: '2026-11-03T18:00', timezone: 'America/New_York' });
    expect(writeEvent(e, 'Europe/Berlin')).to.deep.equal({ id: '1', title: 'Test', start: '2026-11-03T18:00:00-05:00', timezone: 'America/New_York' });
  });

  it('writes all-day events as dates with the inclusive end, and no end it was not given', () => {
    expect(writeEvent(eventOf({ start: '2026-11-02', end: '2026-11-29' }), 'Europe/Berlin')).to.include({ start: '2026-11-02', end: '2026-11-29' });
    expect(writeEvent(eventOf({ start: '2026-11-02' }), 'Europe/Berlin')).to.not.have.property('end');
    expect(writeEvent(eventOf({ start: '2026-11-02T10:00' }), 'Europe/Berlin')).to.not.have.property('end');
  });

  it('writes access facts as the object, a lone note as text', () => {
    const facts = eventOf({
      start: '2026-11-03T18:00',
      accessibility: { stepFree: true, signLanguage: 'on-request', signLanguageRequestBy: '2026-11-01', childcare: 'registration', note: 'Hof' },
    });
    expect(writeEvent(facts, 'Europe/Berlin').accessibility).to.deep.equal({
      stepFree: true, signLanguage: 'on-request', signLanguageRequestBy: '2026-11-01', childcare: 'registration', note: 'Hof',
    });
    expect(writeEvent(eventOf({ start: '2026-11-03T18:00', accessibility: 'Rampe' }), 'Europe/Berlin').accessibility).to.equal('Rampe');
  });

  it('leaves out what the event does not have, and the default status', () => {
    expect(Object.keys(writeEvent(eventOf({ start: '2026-11-03T18:00', categories: [] }), 'Europe/Berlin'))).to.deep.equal(['id', 'title', 'start']);
    expect(writeEvent(eventOf({ start: '2026-11-03T18:00', status: 'canceled' as 'cancelled' }), 'Europe/Berlin').status).to.equal('cancelled');
  });
});

describe('writeFeed', () => {
  it("writes the feed's name, zone and subscription address; a name given wins", () => {
    const parsed = parseFeed({ name: 'Stadt', timezone: 'Europe/Vienna', subscribeUrl: 'webcal://stadt.example/t.ics', events: [] });
    expect(writeFeed(parsed)).to.deep.equal({ name: 'Stadt', timezone: 'Europe/Vienna', subscribeUrl: 'https://stadt.example/t.ics', events: [] });
    expect(writeFeed(parsed, { name: 'Alle Termine' }).name).to.equal('Alle Termine');
  });

  it('writes a merged feed whose events keep their sources and zones when read again', () => {
    const city = feedOf([{ id: 1, title: 'Forum', start: '2026-10-20T18:00', rrule: 'FREQ=WEEKLY;UNTIL=20261110T180000' }], 'Europe/Berlin');
    const london = feedOf([{ id: 1, title: 'Town hall', start: '2026-10-21T18:00', rrule: 'FREQ=WEEKLY;COUNT=4' }], 'Europe/London');
    const { feed } = mergeFeeds([{ name: 'Stadt', feed: city }, { name: 'Partnerstadt', feed: london }]);
    const written = writeFeed(feed);
    expect(written.events.map((e) => [e.id, e.sources, e.timezone])).to.deep.equal([['1', ['Stadt'], undefined], ['1~2', ['Partnerstadt'], 'Europe/London']]);
    const again = validate(written);
    expect(again.events.map((e) => [e.start, e.rrule, e.timezone])).to.deep.equal([
      [feed.events[0].start, 'FREQ=WEEKLY;UNTIL=20261110T180000', undefined],
      [feed.events[1].start, 'FREQ=WEEKLY;COUNT=4', 'Europe/London'],
    ]);
  });
});

describe('writeFeed: the round trip', () => {
  it('reads back the fixture feeds as they were read', async () => {
    for (const path of ['sample-feed.json', 'sample-feed-2026-11.json', 'check/problems.json']) {
      expectRoundTrip(await (await fetch(`/test/fixtures/${path}`)).json(), path);
    }
  });

  it('reads back the iCalendar fixtures as they were read', async () => {
    for (const name of ['google-calendar.ics', 'outlook-exchange.ics', 'typo3-events.ics', 'wordpress-events.ics']) {
      expectRoundTrip(icsToFeed(await (await fetch(`/test/fixtures/ics/${name}`)).text()).feed, name);
    }
  });

  it('reads back any feed as it was read (property)', () => {
    const zones = ['Europe/Berlin', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Africa/Monrovia', 'Europe/London'];
    const date = fc.record({ y: fc.integer({ min: 1965, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .map(({ y, m, d }) => `${y}-${two(m)}-${two(d)}`);
    const dateTime = fc.tuple(date, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('', ':00', ':30.250', ':07'),
      fc.constantFrom('', 'Z', '+01:00', '-05:30', '+0545'))
      .map(([d, h, min, s, zone]) => `${d}T${two(h)}:${two(min)}${s}${zone}`);
    const point = fc.oneof(date, dateTime);
    // Mostly a start and an end that fit together (else validation skips nearly every event), now and then not.
    const when = fc.oneof(
      { weight: 4, arbitrary: fc.tuple(date, fc.integer({ min: 0, max: 40 })).map(([d, days]) => ({ start: d, end: days ? addDays(d, days) : undefined })) },
      { weight: 5, arbitrary: fc.tuple(dateTime, fc.integer({ min: 0, max: 50 })).map(([dt, hours]) => ({ start: dt, end: hours ? laterBy(dt, hours) : undefined })) },
      { weight: 1, arbitrary: fc.record({ start: point, end: point }) },
    );
    const text = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(' Bürgerforum\u0007 ', 'Straße 1\nHof', '', 'x'.repeat(90), `${'y'.repeat(79)} z`));
    const link = fc.constantFrom('https://stadt.example/a b', 'mailto:beteiligung@stadt.example', 'tel:+49 30 123', '/relativ?x=1#y',
      'javascript:alert(1)', 'https://ä.example/ü?q=1', 'webcal://x.example/t.ics');
    const event = fc.record({
      id: fc.oneof(fc.constantFrom('a', 'b', ' c '), fc.integer({ min: 0, max: 5 })),
      title: text,
      rrule: fc.constantFrom('FREQ=WEEKLY;COUNT=5', 'rrule:freq=monthly;byday=2tu', 'FREQ=DAILY;UNTIL=20991231', 'FREQ=WEEKLY;UNTIL=20270101T170000',
        'FREQ=WEEKLY;UNTIL=20270101T170000Z', 'FREQ=HOURLY;INTERVAL=2;BYHOUR=9,11', 'FREQ=SOMETIMES'),
      exdates: fc.array(fc.oneof(point, fc.constantFrom('2026-02-30', 7)), { maxLength: 4 }),
      description: text, district: text, organizer: text, easyDescription: text,
      format: fc.constantFrom('in-person', 'online', 'hybrid', 'Hybrid', 'zoom'),
      categories: fc.array(text, { maxLength: 3 }),
      location: fc.record({ name: text, address: text }, { requiredKeys: [] }),
      url: link, onlineUrl: link,
      registration: fc.record({ url: link, deadline: fc.oneof(point, fc.constant('bald')) }, { requiredKeys: [] }),
      status: fc.constantFrom('scheduled', 'cancelled', 'canceled', 'postponed', 'abgesagt'),
      accessibility: fc.oneof(text, fc.record({
        stepFree: fc.boolean(), accessibleToilet: fc.boolean(), hearingLoop: fc.boolean(), speechToText: fc.boolean(), easyLanguage: fc.boolean(),
        signLanguage: fc.constantFrom('provided', 'on-request', 'maybe'), signLanguageRequestBy: point,
        childcare: fc.constantFrom('provided', 'registration'), note: text, wheelchair: fc.boolean(),
      }, { requiredKeys: [] })),
      languages: fc.array(fc.constantFrom('de', 'TR', 'de-x-ls', 'en-gb', 'not a tag', ''), { maxLength: 4 }),
      audience: fc.array(text, { maxLength: 3 }),
      sources: fc.array(text, { maxLength: 23 }),
      timezone: fc.constantFrom(...zones, ' europe/london ', 'Mars/Olympus'),
    }, { requiredKeys: ['id', 'title'] });
    const withTimes = fc.tuple(event, when).map(([e, w]) => ({ ...e, start: w.start, ...(w.end ? { end: w.end } : {}) }));
    const feed = fc.record({
      timezone: fc.constantFrom(...zones, 'Europe/Berln'),
      name: text,
      subscribeUrl: link,
      events: fc.uniqueArray(withTimes, { maxLength: 6, selector: (e) => String(e.id).trim() }),
    }, { requiredKeys: ['events'] });
    let kept = 0, series = 0, zoned = 0;
    fc.assert(fc.property(feed, (json) => {
      const { events } = expectRoundTrip(json);
      kept += events.length;
      series += events.filter((e) => e.exdates).length;
      zoned += events.filter((e) => e.timezone).length;
    }), { numRuns: 300 });
    // The generator makes mostly usable events, not only ones validation skips.
    expect(kept).to.be.above(400);
    expect(series).to.be.above(20);
    expect(zoned).to.be.above(100);
  });
});
