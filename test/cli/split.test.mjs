// Tests of `participation-calendar split` (bin/participation-calendar.mjs), run with
// Node's test runner against the build: `npm run build && npm run test:cli`.
// The promise split makes: the widget that loads one month's file shows in that month
// exactly what it shows from the whole feed. Checked with the data layer (parseFeed,
// EventIndex) on the files the real executable writes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/participation-calendar.mjs');
const DIST = join(ROOT, 'dist/esm');

if (!existsSync(join(DIST, 'cli/main.js'))) {
  throw new Error('dist/esm/cli/main.js is missing: run `npm run build` before `npm run test:cli`.');
}

const { parseFeed } = await import(`${DIST}/data/validate/validate.js`);
const { EventIndex } = await import(`${DIST}/data/occurrences/event-index.js`);
const { loadRecurrenceEngine } = await import(`${DIST}/data/recurrence/recurrence.js`);
const { parseIsoDayNumber, lastOfMonth } = await import(`${DIST}/data/time/plain-date.js`);
await loadRecurrenceEngine();

const tmp = mkdtempSync(join(tmpdir(), 'pc-split-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args, { input } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, input, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name, content) {
  writeFileSync(join(tmp, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const monthFiles = (dir) => readdirSync(join(tmp, dir)).filter((f) => f !== 'index.json').sort();
/** Ids per month file: { '2026-11-01.json': ['a', 'b'] }. */
const idsByMonth = (dir) => Object.fromEntries(monthFiles(dir).map((f) => [f, readJson(join(tmp, dir, f)).events.map((e) => e.id)]));

/** What the widget shows in one month (in the feed's zone): occurrence keys, sorted. */
function shownInMonth(feed, monthStart) {
  const from = parseIsoDayNumber(monthStart);
  const index = new EventIndex(feed, feed.timezone, { now: Date.UTC(2026, 0, 1) });
  return index.occurrences(from, lastOfMonth(from)).map((o) => o.key).sort();
}

/** Splits `feed` into `dir` and checks every month against the whole feed. */
function splitAndCompare(feedJson, dir) {
  const r = run(['split', file(`${dir}.json`, feedJson), '--out', dir]);
  assert.equal(r.status, 0, r.stderr);
  const whole = parseFeed(feedJson);
  for (const name of monthFiles(dir)) {
    const month = parseFeed(readJson(join(tmp, dir, name)));
    assert.deepEqual([...month.skipped, ...month.warnings].map((p) => p.reason), [], `${name} reads without complaint`);
    assert.deepEqual(shownInMonth(month, name.slice(0, 10)), shownInMonth(whole, name.slice(0, 10)), `${name} shows what the whole feed shows that month`);
  }
  return r;
}

const FEED = {
  name: 'Stadt Musterstadt',
  timezone: 'Europe/Berlin',
  subscribeUrl: 'https://stadt.example/termine.ics',
  events: [
    { id: 'forum', title: 'Bürgerforum', start: '2026-11-10T18:00', end: '2026-11-10T20:00' },
    // A phase from October into December: in each month it touches.
    { id: 'umfrage', title: 'Online-Umfrage', start: '2026-10-20', end: '2026-12-05' },
    // An evening until 01:00 on the 1st: shown on its first day only, so not in December.
    { id: 'nacht', title: 'Lange Nacht', start: '2026-11-30T22:00', end: '2026-12-01T01:00' },
    // Monthly on the 31st, three times: January, March, May.
    { id: 'sprechstunde', title: 'Sprechstunde', start: '2026-01-31T17:00', rrule: 'FREQ=MONTHLY;COUNT=3' },
    // Weekly until the end of November, one date skipped.
    { id: 'ag', title: 'AG Rad', start: '2026-09-01T18:00', end: '2026-09-01T19:30', rrule: 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261130', exdates: ['2026-09-08T18:00'] },
    // An all-day series: a two-day market every year in June, three times.
    { id: 'markt', title: 'Stadtteilmarkt', start: '2026-06-13', end: '2026-06-14', rrule: 'FREQ=YEARLY;COUNT=3' },
    // From a merged feed: an event in Los Angeles time, which is already 1 November in Berlin.
    { id: 'partner', title: 'Partnerstadt', start: '2026-10-31T20:00', timezone: 'America/Los_Angeles', sources: ['Partnerstadt'] },
  ],
};

describe('split a feed into months', () => {
  let r;
  before(() => { r = splitAndCompare(FEED, 'monate'); });

  test('every month from the first to the last event has a file, and each shows what the whole feed shows', () => {
    const files = monthFiles('monate');
    assert.equal(files[0], '2026-01-01.json');
    assert.equal(files.at(-1), '2028-06-01.json');
    assert.equal(files.length, 30);
  });

  test('events are in the months they touch; a series in every month from its first to its last date, whole', () => {
    const ids = idsByMonth('monate');
    assert.deepEqual(ids['2026-01-01.json'], ['sprechstunde']);
    assert.deepEqual(ids['2026-05-01.json'], ['sprechstunde']);
    assert.deepEqual(ids['2026-06-01.json'], ['markt']);
    assert.deepEqual(ids['2026-10-01.json'], ['umfrage', 'ag', 'markt']);
    assert.deepEqual(ids['2026-11-01.json'], ['forum', 'umfrage', 'nacht', 'ag', 'markt', 'partner']);
    assert.deepEqual(ids['2026-12-01.json'], ['umfrage', 'markt']);
    assert.deepEqual(ids['2028-06-01.json'], ['markt']);
    const ag = readJson(join(tmp, 'monate', '2026-10-01.json')).events.find((e) => e.id === 'ag');
    assert.deepEqual([ag.start, ag.rrule, ag.exdates], ['2026-09-01T18:00:00+02:00', 'FREQ=WEEKLY;BYDAY=TU;UNTIL=20261130', ['2026-09-08T18:00:00+02:00']]);
  });

  test('a month without events gets an empty feed, not a missing file', () => {
    splitAndCompare({ timezone: 'Europe/Vienna', events: [{ id: 1, title: 'A', start: '2027-01-12' }, { id: 2, title: 'B', start: '2027-04-02T10:00' }] }, 'luecke');
    assert.deepEqual(idsByMonth('luecke'), { '2027-01-01.json': ['1'], '2027-02-01.json': [], '2027-03-01.json': [], '2027-04-01.json': ['2'] });
    assert.deepEqual(readJson(join(tmp, 'luecke', '2027-02-01.json')), { timezone: 'Europe/Vienna', events: [] });
  });

  test("each file keeps the feed's name, zone and subscription address, and an event its sources and zone", () => {
    const nov = readJson(join(tmp, 'monate', '2026-11-01.json'));
    assert.deepEqual([nov.name, nov.timezone, nov.subscribeUrl], ['Stadt Musterstadt', 'Europe/Berlin', 'https://stadt.example/termine.ics']);
    const partner = nov.events.find((e) => e.id === 'partner');
    assert.deepEqual([partner.start, partner.timezone, partner.sources], ['2026-10-31T20:00:00-07:00', 'America/Los_Angeles', ['Partnerstadt']]);
  });

  test('index.json names the pattern, the range and the events; stdout the src to use and the files', () => {
    assert.deepEqual(readJson(join(tmp, 'monate', 'index.json')), { template: '{from}.json', from: '2026-01-01', to: '2028-06-30', months: 30, events: 7 });
    assert.equal(r.stdout, 'src: monate/{from}.json\nwrote 31 files to monate: 30 months (2026-01 to 2028-06) and index.json\n');
    assert.equal(r.stderr, '');
  });
});

describe('series without an end', () => {
  test('run until 12 months after the last month of the other events', () => {
    splitAndCompare({
      events: [
        { id: 'rat', title: 'Stadtrat', start: '2026-03-03T17:00', rrule: 'FREQ=MONTHLY;BYDAY=1TU' },
        { id: 'fest', title: 'Fest', start: '2026-08-15' },
      ],
    }, 'offen');
    const ids = idsByMonth('offen');
    assert.deepEqual(Object.keys(ids)[0], '2026-03-01.json');
    assert.deepEqual(Object.keys(ids).at(-1), '2027-08-01.json');
    assert.ok(Object.values(ids).every((list) => list.includes('rat')));
  });

  test('alone, run 12 months past their first date; a first date off the rule counts from the first real one', () => {
    run(['split', file('allein.json', [{ id: 1, title: 'Di', start: '2026-03-30T18:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' }]), '--out', 'allein']);
    assert.deepEqual(readJson(join(tmp, 'allein', 'index.json')), { template: '{from}.json', from: '2026-03-01', to: '2027-03-31', months: 13, events: 1 });
    run(['split', file('spaeter.json', [{ id: 1, title: 'Di', start: '2026-03-25T18:00', rrule: 'FREQ=MONTHLY;BYMONTHDAY=1' }]), '--out', 'spaeter']);
    assert.equal(readJson(join(tmp, 'spaeter', 'index.json')).from, '2026-04-01');
  });
});

describe('refusals and errors', () => {
  test('more than 1,200 months: exit 1 naming the event, nothing written', () => {
    const r = run(['split', file('lang.json', [{ id: 'ewig', title: 'Ewig', start: '2026-01-05', rrule: 'FREQ=YEARLY;UNTIL=29991231' }]), '--out', 'lang']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /the events span \d+ months \(2026-01 to \d{4}-\d\d\), more than 1200; the longest is event ewig 'Ewig'/);
    assert.equal(existsSync(join(tmp, 'lang')), false);
  });

  test('a rule with too many dates to find its end: exit 1', () => {
    const r = run(['split', file('viel.json', [{ id: 'h', title: 'Stündlich', start: '2026-01-05T00:00', rrule: 'FREQ=HOURLY;UNTIL=21001231' }]), '--out', 'viel']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "participation-calendar: cannot split 'viel.json': event h 'Stündlich': its rule 'FREQ=HOURLY;UNTIL=21001231' "
      + 'has too many dates to work out where it ends; nothing was written\n');
    assert.equal(existsSync(join(tmp, 'viel')), false);
  });

  test('an empty feed, and a feed none of whose events can be used: exit 1, nothing written', () => {
    let r = run(['split', file('leer.json', { events: [] }), '--out', 'leer']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /'leer\.json' has no events; nothing was written/);
    r = run(['split', file('kaputt.json', [{ id: 1, title: 'A', start: 'nie' }]), '--out', 'kaputt']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /none of the 1 events in 'kaputt\.json' could be used/);
    assert.equal(existsSync(join(tmp, 'kaputt')), false);
  });

  test('skipped events are reported and the rest is split', () => {
    const r = run(['split', file('teils.json', [{ id: 1, title: 'A', start: 'nie' }, { id: 2, title: 'B', start: '2026-11-03' }]), '--out', 'teils']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /skipped 1 of 2 events in 'teils\.json'/);
    assert.deepEqual(monthFiles('teils'), ['2026-11-01.json']);
  });

  for (const [args, message] of [
    [['split'], /missing feed/],
    [['split', 'a.json'], /missing --out/],
    [['split', 'a.json', 'b.json', '--out', 'x'], /unexpected argument 'b\.json'/],
    [['split', 'a.json', '--out', 'x', '--title', 'T'], /option --title is not an option of 'split'/],
  ]) {
    test(`bad options: ${args.join(' ')} -> exit 1`, () => {
      const r = run(args);
      assert.equal(r.status, 1);
      assert.match(r.stderr, message);
    });
  }

  test('split --help', () => {
    const r = run(['split', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: participation-calendar split <feed> --out <dir>/);
    assert.match(r.stdout, /more than 1,200 months/);
  });
});

describe('split other inputs', () => {
  const ICS = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Jugendrat//DE', 'X-WR-CALNAME:Jugendrat', 'X-WR-TIMEZONE:Europe/Berlin',
    'BEGIN:VEVENT', 'UID:jr-1', 'DTSTAMP:20260901T000000Z', 'SUMMARY:Sitzung', 'DTSTART:20261021T160000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'END:VEVENT',
    'END:VCALENDAR', '',
  ].join('\r\n');

  test('an iCalendar file', () => {
    const r = run(['split', file('jr.ics', ICS), '--out', 'jr']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(idsByMonth('jr'), { '2026-10-01.json': ['jr-1'], '2026-11-01.json': ['jr-1'] });
    assert.equal(readJson(join(tmp, 'jr', '2026-11-01.json')).name, 'Jugendrat');
  });

  test('a URL, its relative links resolved against it', async () => {
    const server = await startStaticServer({
      routes: { '/t.json': (req, res) => send(res, 200, JSON.stringify([{ id: 1, title: 'A', start: '2026-11-03', url: '/a' }]), { 'Content-Type': 'application/json' }) },
    });
    try {
      const r = await new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, 'split', `${server.origin}/t.json`, '--out', 'url'], { cwd: tmp });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
        child.on('error', reject);
        child.on('close', (status) => resolve({ status, stderr }));
      });
      assert.equal(r.status, 0, r.stderr);
      assert.equal(readJson(join(tmp, 'url', '2026-11-01.json')).events[0].url, `${server.origin}/a`);
    } finally {
      await server.close();
    }
  });
});
