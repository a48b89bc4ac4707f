// Tests of `participation-calendar merge` and of `render` with several feeds
// (bin/participation-calendar.mjs), run with Node's test runner against the build:
// `npm run build && npm run test:cli`. Every test runs the real executable in a child
// process, with real files and a real local HTTP server; the expectations come from
// the data layer (parseFeed, mergeFeeds, EventIndex) directly.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/participation-calendar.mjs');
const DIST = join(ROOT, 'dist/esm');
const FIXTURE = join(ROOT, 'test/fixtures/sample-feed-2026-11.json');

if (!existsSync(join(DIST, 'cli/main.js'))) {
  throw new Error('dist/esm/cli/main.js is missing: run `npm run build` before `npm run test:cli`.');
}

const { parseFeed } = await import(`${DIST}/data/validate/validate.js`);
const { EventIndex } = await import(`${DIST}/data/occurrences/event-index.js`);
const { loadRecurrenceEngine } = await import(`${DIST}/data/recurrence/recurrence.js`);
const { parseIsoDayNumber } = await import(`${DIST}/data/time/plain-date.js`);
await loadRecurrenceEngine();

const tmp = mkdtempSync(join(tmpdir(), 'pc-merge-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function run(args, { input } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: tmp, input, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function runAsync(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: tmp });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Writes a feed file into the run's folder (the CLI's working directory) and returns its name there. */
function file(name, content) {
  const path = join(tmp, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

/** "2026-10-27 18:00" in Berlin. */
const berlin = (instant) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Berlin', dateStyle: 'short', timeStyle: 'short' }).format(instant);

const CITY = {
  name: 'Stadt Musterstadt',
  timezone: 'Europe/Berlin',
  events: [
    { id: 'bf-1', title: 'Bürgerforum Weststadt', start: '2026-11-10T18:00', end: '2026-11-10T20:00', location: { name: 'Rathaus' } },
    { id: 7, title: 'Radwegeplanung', start: '2026-11-12T17:00:00+01:00', url: 'javascript:alert(1)' },
    { id: 'ag', title: 'AG Radverkehr', start: '2026-10-20T18:00', rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-10-27T18:00'] },
    { id: 'kaputt', title: 'Kaputt', start: '2026-13-01' },
  ],
};
// A UTC calendar: its weekly meeting at 17:00 UTC is 19:00, then (after 25 October) 18:00 in Berlin.
const YOUTH_ICS = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Jugendrat//DE', 'X-WR-CALNAME:Jugendrat Musterstadt', 'X-WR-TIMEZONE:UTC',
  'BEGIN:VEVENT', 'UID:jr-1', 'DTSTAMP:20260901T000000Z', 'SUMMARY:Jugendratssitzung', 'DTSTART:20261021T170000Z', 'RRULE:FREQ=WEEKLY;COUNT=2', 'END:VEVENT',
  // The city's forum again, by its id and start.
  'BEGIN:VEVENT', 'UID:bf-1', 'DTSTAMP:20260901T000000Z', 'SUMMARY:Bürgerforum Weststadt (Jugendrat lädt ein)', 'DTSTART:20261110T170000Z', 'END:VEVENT',
  // An event with an id the city uses too.
  'BEGIN:VEVENT', 'UID:7', 'DTSTAMP:20260901T000000Z', 'SUMMARY:Jugendforum', 'DTSTART:20261119T160000Z', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');
const DISTRICTS = { events: [{ id: 'b1', title: 'Stadtteilspaziergang Nord', start: '2026-11-14', end: '2026-11-15' }] };

describe('merge two files, JSON and iCalendar', () => {
  let r, merged;
  before(() => {
    r = run(['merge', file('stadt.json', CITY), file('jugendrat.ics', YOUTH_ICS), file('bezirke.json', DISTRICTS), '--title', 'Beteiligung in Musterstadt']);
    merged = JSON.parse(r.stdout);
  });

  test('exits 0 and writes one JSON feed to stdout with the title and the first feed\'s zone', () => {
    assert.equal(r.status, 0, r.stderr);
    assert.equal(merged.name, 'Beteiligung in Musterstadt');
    assert.equal(merged.timezone, 'Europe/Berlin');
    assert.equal(merged.subscribeUrl, undefined);
  });

  test('every event once, naming its sources; ids kept unique', () => {
    assert.deepEqual(merged.events.map((e) => [e.id, e.title, e.sources]), [
      ['bf-1', 'Bürgerforum Weststadt', ['Stadt Musterstadt', 'Jugendrat Musterstadt']],
      ['7', 'Radwegeplanung', ['Stadt Musterstadt']],
      ['ag', 'AG Radverkehr', ['Stadt Musterstadt']],
      ['jr-1', 'Jugendratssitzung', ['Jugendrat Musterstadt']],
      ['7~2', 'Jugendforum', ['Jugendrat Musterstadt']],
      ['b1', 'Stadtteilspaziergang Nord', ['bezirke']],
    ]);
  });

  test('times carry their offset; an event of another zone names it', () => {
    const [forum, , ag, youth] = merged.events;
    assert.equal(forum.start, '2026-11-10T18:00:00+01:00');
    assert.equal(forum.end, '2026-11-10T20:00:00+01:00');
    assert.equal(forum.timezone, undefined);
    assert.deepEqual([ag.rrule, ag.exdates], ['FREQ=WEEKLY;COUNT=3', ['2026-10-27T18:00:00+01:00']]);
    assert.deepEqual([youth.start, youth.rrule, youth.timezone], ['2026-10-21T17:00:00+00:00', 'FREQ=WEEKLY;COUNT=2', 'UTC']);
    assert.deepEqual([merged.events[5].start, merged.events[5].end], ['2026-11-14', '2026-11-15']);
  });

  test('the merged feed validates cleanly and shows what the sources show, each series on its own clock', () => {
    const feed = parseFeed(merged);
    assert.deepEqual([...feed.skipped, ...feed.warnings], []);
    const index = new EventIndex(feed, 'Europe/Berlin', { now: Date.UTC(2026, 9, 1) });
    const shown = index.occurrences(parseIsoDayNumber('2026-10-01'), parseIsoDayNumber('2026-11-30'))
      .map((o) => `${o.event.id} ${o.allDay ? 'all day' : berlin(o.start)}`).sort();
    assert.deepEqual(shown, [
      '7 2026-11-12 17:00', '7~2 2026-11-19 17:00', 'ag 2026-10-20 18:00', 'ag 2026-11-03 18:00', 'b1 all day',
      'bf-1 2026-11-10 18:00', 'jr-1 2026-10-21 19:00', 'jr-1 2026-10-28 18:00',
    ]);
  });

  test('stderr has a line per source with its events, skipped and warnings, and the events kept once', () => {
    const lines = r.stderr.split('\n');
    assert.ok(lines.includes("participation-calendar: Stadt Musterstadt ('stadt.json'): 3 events, 1 skipped, 1 warning"), r.stderr);
    assert.ok(lines.includes("participation-calendar: Jugendrat Musterstadt ('jugendrat.ics'): 3 events, 0 skipped, 0 warnings"), r.stderr);
    assert.ok(lines.includes("participation-calendar: bezirke ('bezirke.json'): 1 event, 0 skipped, 0 warnings"), r.stderr);
    assert.match(r.stderr, /^- event kaputt 'Kaputt': start '2026-13-01' is not a date$/m);
    assert.match(r.stderr, /^- event 7 'Radwegeplanung': url 'javascript:alert\(1\)' uses the scheme/m);
    assert.match(r.stderr, /1 event was published by more than one source and kept once:\n- bf-1 'Bürgerforum Weststadt': Stadt Musterstadt, Jugendrat Musterstadt\n/);
  });
});

describe('naming the sources', () => {
  test('--name in the order of the feeds; an empty one keeps the default', () => {
    const r = run(['merge', file('a.json', CITY), file('b.json', DISTRICTS), '--name', '', '--name', 'Bezirksämter']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual([...new Set(JSON.parse(r.stdout).events.flatMap((e) => e.sources))], ['Stadt Musterstadt', 'Bezirksämter']);
  });

  test('two feeds that would have one name are told apart', () => {
    const r = run(['merge', file('x/termine.json', DISTRICTS), file('y/termine.json', { events: [{ id: 2, title: 'Anderes', start: '2026-11-20' }] })]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout).events.map((e) => e.sources), [['termine'], ['termine (2)']]);
  });

  test('more names than feeds: exit 1', () => {
    const r = run(['merge', file('c.json', DISTRICTS), '--name', 'A', '--name', 'B']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /2 --name values for 1 feed/);
  });

  test('a feed merged before keeps the names its events carry', () => {
    const first = run(['merge', file('d.json', CITY), file('e.ics', YOUTH_ICS), '-o', 'alle.json']);
    assert.equal(first.status, 0, first.stderr);
    const again = run(['merge', 'alle.json', file('f.json', DISTRICTS), '--name', 'Alle']);
    assert.equal(again.status, 0, again.stderr);
    const events = JSON.parse(again.stdout).events;
    assert.deepEqual(events[0].sources, ['Stadt Musterstadt', 'Jugendrat Musterstadt']);
    assert.deepEqual(events.at(-1).sources, ['f']);
    assert.equal(events.find((e) => e.id === 'jr-1').timezone, 'UTC');
  });
});

describe('sources that fail', () => {
  test('a missing file: exit 1, the source named, nothing on stdout', () => {
    const r = run(['merge', file('g.json', CITY), 'fehlt.json']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /a source cannot be used, so nothing was written \(--allow-missing leaves it out\):\n- source 2 \(fehlt\): cannot read 'fehlt\.json': no such file or directory\n$/);
  });

  test('--output is not written when a source fails, and replaced when all succeed', () => {
    const out = join(tmp, 'merged.json');
    writeFileSync(out, 'old');
    let r = run(['merge', file('h.json', CITY), 'fehlt.json', '--output', out]);
    assert.equal(r.status, 1);
    assert.equal(readFileSync(out, 'utf8'), 'old');
    r = run(['merge', file('h.json', CITY), file('i.json', DISTRICTS), '--output', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).events.length, 4);
    assert.deepEqual(readdirSync(tmp).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left');
  });

  test('a feed none of whose events can be used fails like a missing one', () => {
    const r = run(['merge', file('j.json', CITY), file('kaputt.json', [{ id: 1, title: 'A' }, { id: 2, title: 'B', start: 'nie' }])]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /- source 2 \(kaputt\): none of the 2 events in 'kaputt\.json' could be used/);
  });

  test('an empty feed is no failure: nothing is planned there yet', () => {
    const r = run(['merge', file('k.json', CITY), file('leer.json', { events: [] })]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /leer \('leer\.json'\): 0 events, 0 skipped, 0 warnings/);
  });

  test('--allow-missing leaves a failing source out with a warning and merges the rest', () => {
    const r = run(['merge', file('l.json', CITY), 'fehlt.json', file('m.json', DISTRICTS), '--allow-missing']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^participation-calendar: warning: left out source 2 \(fehlt\): cannot read/m);
    assert.equal(JSON.parse(r.stdout).events.length, 4);
  });

  test('--allow-missing with no source left: exit 1', () => {
    const r = run(['merge', 'fehlt.json', '--allow-missing']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /none of the sources could be used; nothing was written/);
  });

  test('a file that is not a feed fails', () => {
    const r = run(['merge', file('n.json', CITY), file('seite.json', '<html><body>Login</body></html>')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /- source 2 \(seite\): /);
  });
});

describe('URLs and standard input', () => {
  let server, base;
  before(async () => {
    server = await startStaticServer({
      routes: {
        '/stadt.json': (req, res) => send(res, 200, JSON.stringify({ events: [{ id: 1, title: 'Relativ verlinkt', start: '2026-11-10T18:00', url: '/beteiligung/1' }] }), { 'Content-Type': 'application/json' }),
        '/jugendrat': (req, res) => send(res, 200, YOUTH_ICS, { 'Content-Type': 'text/calendar; charset=utf-8' }),
      },
    });
    base = server.origin;
  });
  after(() => server.close());

  test('feeds from URLs, JSON and iCalendar: named by their host or their own name, links resolved against them', async () => {
    const r = await runAsync(['merge', `${base}/stadt.json`, `${base}/jugendrat`]);
    assert.equal(r.status, 0, r.stderr);
    const { events } = JSON.parse(r.stdout);
    assert.deepEqual(events[0].sources, [new URL(base).host]);
    assert.equal(events[0].url, `${base}/beteiligung/1`);
    assert.ok(events.some((e) => e.id === 'jr-1' && e.sources[0] === 'Jugendrat Musterstadt' && e.timezone === 'UTC'));
  });

  test('a URL answering 404: exit 1 naming it; with --allow-missing the rest', async () => {
    let r = await runAsync(['merge', `${base}/stadt.json`, `${base}/fehlt.json`]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`- source 2 \\(${new URL(base).host.replace(/\./g, '\\.')} \\(2\\)\\): .*HTTP 404`));
    r = await runAsync(['merge', `${base}/stadt.json`, `${base}/fehlt.json`, '--allow-missing']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).events.length, 1);
  });

  test('- reads a feed from standard input, once', () => {
    const r = run(['merge', '-', file('o.json', DISTRICTS), '--name', 'Stadt'], { input: JSON.stringify(CITY) });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).events[0].sources[0], 'Stadt');
    assert.match(run(['merge', '-', '-']).stderr, /standard input \(-\) can be read only once/);
  });
});

describe('render with several feeds', () => {
  test('lists the events of every feed, each once', () => {
    const r = run(['render', file('p.json', CITY), file('q.ics', YOUTH_ICS), '--from', '2026-10-01', '--months', '2']);
    assert.equal(r.status, 0, r.stderr);
    const titles = [...r.stdout.matchAll(/<p class="pc-static-title">(?:<a [^>]*>)?([^<]*)/g)].map((m) => m[1]);
    assert.equal(titles.filter((t) => t.startsWith('Bürgerforum Weststadt')).length, 1);
    assert.equal(titles.filter((t) => t === 'Jugendratssitzung').length, 2);
    assert.equal(titles.filter((t) => t === 'Jugendforum').length, 1);
    assert.match(r.stderr, /Jugendrat Musterstadt \('q\.ics'\): 3 events/);
  });

  test('a failing feed fails the run, and --output stays as it was', () => {
    const out = join(tmp, 'termine.html');
    writeFileSync(out, 'old');
    const r = run(['render', file('r.json', CITY), 'fehlt.json', '-o', out]);
    assert.equal(r.status, 1);
    assert.equal(readFileSync(out, 'utf8'), 'old');
    const allowed = run(['render', file('r.json', CITY), 'fehlt.json', '-o', out, '--allow-missing', '--from', '2026-11-01']);
    assert.equal(allowed.status, 0, allowed.stderr);
    assert.match(readFileSync(out, 'utf8'), /^<section class="pc-static"/);
  });

  test('one feed renders as before, without a line per source', () => {
    const r = run(['render', FIXTURE, '--from', '2026-11-01', '--months', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  });
});

describe('merge: help and options', () => {
  test('merge --help shows its usage; --help lists it with the others', () => {
    const help = run(['merge', '--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /^Usage: participation-calendar merge <feed>\.\.\. \[options\]/);
    assert.match(help.stdout, /--allow-missing/);
    assert.doesNotMatch(help.stdout, /Usage: participation-calendar render/);
    assert.match(run(['--help']).stdout, /Usage: participation-calendar merge/);
  });

  for (const [args, message] of [
    [['merge'], /missing feed/],
    [['merge', 'a.json', '--title', ' '], /--title ' ' must be a text of 1 to 80 characters/],
    [['merge', 'a.json', '--output', '-'], /--output needs a file name/],
    [['merge', 'a.json', '--base-url', 'ftp://x'], /--base-url 'ftp:\/\/x' is not an absolute http\(s\) URL/],
    [['merge', 'a.json', '--lang', 'de'], /option --lang is not an option of 'merge'/],
    [['check', 'a.json', '--name', 'A'], /option --name is not an option of 'check'/],
    [['merge', 'a.json', '--name'], /option --name needs a value/],
  ]) {
    test(`bad options: ${args.join(' ')} -> exit 1`, () => {
      const r = run(args);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
    });
  }
});
