// The feed check: every kind of problem a feed can have, run through the real
// validation (so a reworded validation message fails here, not silently in the
// check), grouped and counted as the configurator and `participation-calendar check` show it.
import { expect } from '@open-wc/testing';
import { checkFeed } from '../../../src/data/check/check-feed.js';
import { checkText, corsFinding, failureFinding } from '../../../src/data/check/read-source.js';
import { report, type FindingKind, type SourceCheck } from '../../../src/data/check/finding.js';
import { FeedError } from '../../../src/data/load/feed-error.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { describeFinding, reportText, verdictOf } from '../../../src/i18n/describe-check.js';
import { check as de } from '../../../src/i18n/de.js';
import { check as en, en as enMessages } from '../../../src/i18n/en.js';
import { de as deMessages } from '../../../src/i18n/de.js';
import { day } from '../helpers.js';

/** 1 November 2026, noon in Berlin. */
const NOW = Date.UTC(2026, 10, 1, 11);
const ok = { id: 'ok', title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00', end: '2026-11-10T20:00:00+01:00' };

const checked = (feed: unknown) => checkFeed('feed.json', parseFeed(feed), { now: NOW });
const kinds = (s: SourceCheck) => s.findings.map((f) => f.kind);
const only = async (event: Record<string, unknown>, feedExtra: Record<string, unknown> = {}) => {
  const s = await checked({ ...feedExtra, events: [ok, event] });
  return s.findings;
};

describe('feed check: events that are not shown, grouped by why', () => {
  const cases: [string, Record<string, unknown>, FindingKind][] = [
    ['a second event with the same id', { ...ok, title: 'Zweites Forum' }, 'duplicate-id'],
    ['no id', { title: 'Ohne id', start: '2026-11-12' }, 'skipped-id'],
    ['an id that is an object', { id: { a: 1 }, title: 'Kaputt', start: '2026-11-12' }, 'skipped-id'],
    ['no title', { id: 2, start: '2026-11-12' }, 'skipped-title'],
    ['no start', { id: 2, title: 'Ohne Beginn' }, 'skipped-start'],
    ['a start that is no date', { id: 2, title: 'Werkstatt', start: '2026-13-01' }, 'skipped-start'],
    ['an end before the start', { id: 2, title: 'Rückwärts', start: '2026-11-03T18:00', end: '2026-11-03T17:00' }, 'skipped-end'],
    ['a date start with a date-time end', { id: 2, title: 'Gemischt', start: '2026-11-03', end: '2026-11-03T17:00' }, 'skipped-end'],
    ['an end that is no date', { id: 2, title: 'Ende?', start: '2026-11-03', end: 'morgen' }, 'skipped-end'],
    ['a rule that is no rule', { id: 2, title: 'AG', start: '2026-11-03T18:00', rrule: 'FREQ=SOMETIMES' }, 'skipped-rule'],
    ['a rule that never yields a date', { id: 2, title: 'Nie', start: '2026-11-02', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2' }, 'skipped-rule'],
    ['an entry that is not an object', 'Termin' as unknown as Record<string, unknown>, 'skipped-entry'],
  ];
  for (const [what, event, kind] of cases) {
    it(`${what}: ${kind}`, async () => {
      const findings = await only(event);
      const found = findings.find((f) => f.kind === kind);
      expect(found, `findings: ${findings.map((f) => `${f.kind}: ${f.items.map((i) => i.detail).join()}`).join('; ')}`).to.not.equal(undefined);
      expect(found!.severity).to.equal('warning');
      expect(found!.count).to.equal(1);
      expect(findings.filter((f) => f.kind.startsWith('skipped') || f.kind === 'duplicate-id')).to.have.length(1);
    });
  }

  it('counts several events of one kind in one finding, each with its title and id', async () => {
    const s = await checked({ events: [ok, { id: 2, title: 'A', start: 'x' }, { id: 3, title: 'B', start: 'y' }] });
    const f = s.findings.find((x) => x.kind === 'skipped-start')!;
    expect(f.count).to.equal(2);
    expect(f.items.map((i) => [i.id, i.title, i.detail?.slice(0, 28)])).to.deep.equal([
      ['2', 'A', "start 'x' is neither a date "],
      ['3', 'B', "start 'y' is neither a date "],
    ]);
    expect(s.total).to.equal(3);
    expect(s.usable).to.equal(1);
  });
});

describe('feed check: fields that are dropped', () => {
  const cases: [string, Record<string, unknown>, FindingKind, Record<string, unknown>?][] = [
    ['an unknown format', { ...ok, id: 2, format: 'vor-ort' }, 'unknown-format'],
    ['an unknown status', { ...ok, id: 2, status: 'abgesagt' }, 'unknown-status'],
    ['a javascript: link', { ...ok, id: 2, url: 'javascript:alert(1)' }, 'unsafe-link'],
    ['a relative link without a base', { ...ok, id: 2, onlineUrl: '/live' }, 'unsafe-link'],
    ['a registration link with data:', { ...ok, id: 2, registration: { url: 'data:text/html,x' } }, 'unsafe-link'],
    ['exdates without a rule', { ...ok, id: 2, exdates: ['2026-11-10'] }, 'exdates-ignored'],
    ['categories as text', { ...ok, id: 2, categories: 'Klima' }, 'dropped-field'],
    ['an unknown time zone', { ...ok, id: 2 }, 'unknown-timezone', { timezone: 'Europe/Berln' }],
    // An event's own zone falls back to the feed's, which need not be Europe/Berlin.
    ['an unknown zone of one event', { ...ok, id: 2, timezone: 'Europe/Londn' }, 'dropped-field', { timezone: 'Europe/Vienna' }],
    ['a subscription address with ftp:', { ...ok, id: 2 }, 'unsafe-link', { subscribeUrl: 'ftp://x.example/t.ics' }],
  ];
  for (const [what, event, kind, feedExtra] of cases) {
    it(`${what}: ${kind}`, async () => {
      const findings = await only(event, feedExtra);
      expect(findings.map((f) => f.kind)).to.deep.equal([kind]);
    });
  }

  it('names the time zone as it was written', async () => {
    const [f] = await only({ ...ok, id: 2 }, { timezone: 'Europe/Berln' });
    expect(f.data.zone).to.equal('Europe/Berln');
    expect(describeFinding(f, 'Europe/Berlin', deMessages, de).title).to.equal('Die Zeitzone „Europe/Berln“ ist unbekannt');
  });
});

describe('feed check: what only the whole feed shows', () => {
  it('a good feed has no findings, and its numbers', async () => {
    const s = await checked({ events: [ok, { id: 2, title: 'Umfrage', start: '2026-11-02', end: '2026-11-29' }] });
    expect(kinds(s)).to.deep.equal([]);
    expect([s.total, s.usable, s.upcoming]).to.deep.equal([2, 2, 2]);
    expect(verdictOf(report([s]))).to.equal('ok');
  });

  it('an empty feed is an error, and the calendar is not showable', async () => {
    const s = await checked({ events: [] });
    expect(kinds(s)).to.deep.equal(['empty']);
    expect(report([s]).showable).to.equal(false);
  });

  it('a feed none of whose events can be used is an error, above the reasons', async () => {
    const s = await checked([{ id: 1, title: 'A' }, { id: 2, title: 'B', start: 'nie' }]);
    expect(kinds(s)).to.deep.equal(['none-usable', 'skipped-start']);
    expect(s.findings[0].count).to.equal(2);
    expect(verdictOf(report([s]))).to.equal('empty');
  });

  it('a series the engine cannot expand counts as not shown', async () => {
    const s = await checked([{ id: 1, title: 'Nie', start: '2026-11-02T18:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=31;BYMONTH=2' }]);
    expect(kinds(s)).to.deep.equal(['none-usable', 'skipped-rule']);
    expect(s.usable).to.equal(0);
  });

  it('all events in the past, with the last day', async () => {
    const s = await checked([{ ...ok, start: '2026-10-05T18:00:00+02:00', end: '2026-10-05T20:00:00+02:00' }]);
    expect(kinds(s)).to.deep.equal(['all-past']);
    expect(s.findings[0].data.day).to.equal(day('2026-10-05'));
    expect(report([s]).showable, 'past events can still be shown').to.equal(true);
  });

  it('no events in the next three months, with the next day', async () => {
    const s = await checked([{ ...ok, start: '2027-03-10T18:00:00+01:00', end: '2027-03-10T20:00:00+01:00' }]);
    expect(kinds(s)).to.deep.equal(['none-upcoming']);
    expect(s.findings[0].data.day).to.equal(day('2027-03-10'));
    expect(describeFinding(s.findings[0], 'Europe/Berlin', deMessages, de).title).to.equal('In den nächsten 3 Monaten gibt es keine Termine');
  });

  it('a weekly series running on is upcoming, not past', async () => {
    const s = await checked([{ id: 1, title: 'AG', start: '2026-01-06T18:00', end: '2026-01-06T19:00', rrule: 'FREQ=WEEKLY' }]);
    expect(kinds(s)).to.deep.equal([]);
    expect(s.upcoming).to.be.greaterThan(10);
  });

  it('times at night look like a wrong time zone (midnight UTC is 01:00 in Berlin)', async () => {
    const s = await checked([
      { id: 1, title: 'A', start: '2026-11-20T00:00:00Z', end: '2026-11-20T02:00:00Z' },
      { id: 2, title: 'B', start: '2026-11-19T23:00:00Z', end: '2026-11-20T01:00:00Z' },
      { id: 3, title: 'C', start: '2026-11-20T18:00', end: '2026-11-20T20:00' },
    ]);
    expect(kinds(s)).to.deep.equal(['night-times']);
    const words = describeFinding(s.findings[0], 'Europe/Berlin', deMessages, de);
    expect(words.title).to.equal('2 Termine beginnen mitten in der Nacht (zwischen 23 und 5 Uhr)');
    expect(words.items).to.deep.equal([
      '„A“ (id 1): beginnt am Freitag, 20. November 2026 um 01:00 Uhr',
      '„B“ (id 2): beginnt am Freitag, 20. November 2026 um 00:00 Uhr',
    ]);
  });

  it('timed events without an end', async () => {
    const s = await checked([{ id: 1, title: 'A', start: '2026-11-20T18:00' }, { id: 2, title: 'Tag', start: '2026-11-21' }]);
    expect(kinds(s)).to.deep.equal(['missing-end']);
    expect(s.findings[0].items.map((i) => i.id)).to.deep.equal(['1']);
  });

  it('an unreadable iCalendar entry counts as not shown', async () => {
    const ics = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//DE',
      'BEGIN:VEVENT', 'UID:1', 'SUMMARY:Forum', 'DTSTART:20261110T170000Z', 'DTEND:20261110T190000Z', 'END:VEVENT',
      'BEGIN:VEVENT', 'UID:2', 'SUMMARY:Ohne Beginn', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
    const s = await checkText({ text: ics, contentType: 'text/calendar', url: 'https://stadt.example/t.ics', source: 't.ics' }, { now: NOW });
    expect(kinds(s)).to.deep.equal(['skipped-entry']);
    expect(s.findings[0].items[0]).to.deep.include({ index: 1, title: 'Ohne Beginn' });
    expect([s.total, s.usable]).to.deep.equal([2, 1]);
  });
});

describe('feed check: a feed that cannot be read', () => {
  const text = (body: string, contentType = 'application/json') =>
    checkText({ text: body, contentType, url: 'https://stadt.example/t.json', source: 't.json' }, { now: NOW });

  it('a web page instead of the feed', async () => expect(kinds(await text('<!doctype html><p>Login', 'text/html'))).to.deep.equal(['html']));
  it('broken JSON', async () => expect(kinds(await text('{"events": [}'))).to.deep.equal(['not-a-feed']));
  it('the wrong shape', async () => expect(kinds(await text('{"items": []}'))).to.deep.equal(['shape']));
  it('an iCalendar file that is not one', async () => expect(kinds(await text('BEGIN:VCALENDAR\r\nnonsense', 'text/calendar'))).to.deep.equal(['not-a-feed']));

  it('load failures become findings with the host', () => {
    expect(failureFinding(new FeedError('http', 'x', { status: 404 }), 'https://stadt.example/t.json')).to.deep.include({ kind: 'http', severity: 'error', data: { host: 'stadt.example', status: 404 } });
    expect(failureFinding(new FeedError('network', 'x'), 'https://stadt.example/t.json').kind).to.equal('unreachable');
    expect(failureFinding(new FeedError('timeout', 'x')).kind).to.equal('timeout');
    const chunk = failureFinding(new FeedError('chunk', 'TypeError: Failed to fetch dynamically imported module: https://stadt.example/dist/chunks/panels-x.js'));
    expect(chunk).to.deep.include({ kind: 'missing-file', data: { file: 'https://stadt.example/dist/chunks/panels-x.js' } });
  });
});

describe('feed check: other sites reading the feed (CORS)', () => {
  const feed = 'https://daten.stadt.example/termine.json';
  it('any site may read it', () => expect(corsFinding(feed, '*')).to.equal(null));
  it('no header: only the feed\'s own site', () => {
    expect(corsFinding(feed, null)).to.deep.include({ kind: 'cors-limited', severity: 'notice', data: { origin: 'https://daten.stadt.example', host: 'daten.stadt.example' } });
  });
  it('the page\'s site is allowed, or is the feed\'s own', () => {
    expect(corsFinding(feed, 'https://www.stadt.example', 'https://www.stadt.example')).to.equal(null);
    expect(corsFinding(feed, null, 'https://daten.stadt.example')).to.equal(null);
  });
  it('the page\'s site is not allowed: an error saying what to ask for', () => {
    const f = corsFinding(feed, 'https://intern.stadt.example', 'https://www.stadt.example')!;
    expect(f).to.deep.include({ kind: 'cors', severity: 'error' });
    expect(report([{ source: feed, total: 1, usable: 1, upcoming: 1, findings: [f] }]).showable).to.equal(false);
    expect(describeFinding(f, 'Europe/Berlin', deMessages, de).advice).to.include('„Access-Control-Allow-Origin: https://www.stadt.example“');
  });
});

describe('feed check in words', () => {
  it('German and English say the same findings, most serious first, with the verdict last', async () => {
    const s = await checked({ timezone: 'Europe/Berln', events: [ok, { id: 2, title: 'Ohne Beginn' }] });
    const german = reportText(report([s]), deMessages, de);
    expect(german.split('\n').slice(0, 3)).to.deep.equal([
      'Termindatei: feed.json',
      '2 Termine in der Datei, 1 davon kann angezeigt werden. In den nächsten 3 Monaten: 1 Termin.',
      '',
    ]);
    expect(german).to.include('Warnung: 1 Termin mit fehlendem oder ungültigem Beginn wird nicht angezeigt\n');
    expect(german).to.include('  - „Ohne Beginn“ (id 2): start is missing\n');
    expect(german.trim().split('\n').at(-1)).to.equal('Der Kalender kann Termine zeigen, aber einiges sollte korrigiert werden.');
    const english = reportText(report([s]), enMessages, en);
    expect(english).to.include('Warning: 1 event with a missing or invalid start is not shown\n');
  });

  it('lists at most five events per finding and says how many more', async () => {
    const events = Array.from({ length: 8 }, (_, i) => ({ id: i, title: `T${i}` }));
    const text = reportText(report([await checked(events)]), deMessages, de);
    expect(text).to.include('  - „T4“ (id 4): start is missing\n  … und 3 weitere\n');
  });

  it('every finding kind has German and English words', () => {
    expect(Object.keys(de.findings).sort()).to.deep.equal(Object.keys(en.findings).sort());
  });
});
