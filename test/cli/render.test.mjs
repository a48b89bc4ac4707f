// Tests of `participation-calendar render` (bin/participation-calendar.mjs), run with
// Node's test runner against the build: `npm run build && npm run test:cli`.
// Every test runs the real executable in a child process; the expectations come from
// the data layer (parseFeed + EventIndex) directly, not from the CLI's own code.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { send, startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/participation-calendar.mjs');
const FIXTURE = join(ROOT, 'test/fixtures/sample-feed-2026-11.json');
const DIST = join(ROOT, 'dist/esm');

if (!existsSync(join(DIST, 'cli/main.js'))) {
  throw new Error('dist/esm/cli/main.js is missing: run `npm run build` before `npm run test:cli`.');
}

const { parseFeed } = await import(`${DIST}/data/validate/validate.js`);
const { EventIndex } = await import(`${DIST}/data/occurrences/event-index.js`);
const { loadRecurrenceEngine } = await import(`${DIST}/data/recurrence/recurrence.js`);
const { parseIsoDayNumber, addMonths, formatIsoDate } = await import(`${DIST}/data/time/plain-date.js`);
await loadRecurrenceEngine();

const tmp = mkdtempSync(join(tmpdir(), 'pc-cli-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI; returns { status, stdout, stderr }. */
function run(args, { input, cwd = ROOT, timeout = 60_000 } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', timeout });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Like run(), but asynchronous (for tests that serve the feed from this process); `env` is added to this process's. */
function runAsync(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function feedFile(name, feed) {
  const path = join(tmp, name);
  writeFileSync(path, typeof feed === 'string' ? feed : JSON.stringify(feed));
  return path;
}

/** The JSON-LD block's text and its parsed value; asserts there is exactly one script element. */
function jsonLdOf(html) {
  assert.equal(html.match(/<script\b/gi)?.length, 1, 'exactly one <script> element');
  assert.equal(html.match(/<\/script/gi)?.length, 1, 'exactly one </script>');
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m, 'a JSON-LD block');
  return { text: m[1], value: JSON.parse(m[1]) };
}

const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const unescape = (s) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);
const stripTags = (s) => unescape(s.replace(/<[^>]*>/g, ''));

/** The list items: title text and the `datetime`s of their <time> elements. */
function itemsOf(html) {
  return [...html.matchAll(/<li\b[^>]*>([\s\S]*?)<\/li>/g)].map(([whole, inner]) => ({
    html: whole,
    title: stripTags(/<p class="pc-static-title">([\s\S]*?)<\/p>/.exec(inner)[1]).replace(/^(Abgesagt|Verschoben|Cancelled|Postponed): /, ''),
    times: [...inner.matchAll(/<time datetime="([^"]*)">/g)].map((t) => t[1]),
  }));
}

/**
 * A tiny structural check: every start tag has its end tag in the right order
 * (no void elements are expected in this output), attributes are quoted, and the
 * script's content does not end it early.
 */
function assertWellFormed(html) {
  const withoutScript = html.replace(/(<script type="application\/ld\+json">)[\s\S]*?(<\/script>)/, '$1$2');
  const stack = [];
  for (const m of withoutScript.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*(\/?)>|<|>/g)) {
    if (m[0] === '<' || m[0] === '>') assert.fail(`a bare '${m[0]}' at ${m.index}: ${withoutScript.slice(Math.max(0, m.index - 60), m.index + 60)}`);
    const [, closing, name, , selfClosing] = m;
    assert.equal(selfClosing, '', `<${name}/> is not expected`);
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes the element that is open`);
    else stack.push(name);
  }
  assert.deepEqual(stack, [], 'every element is closed');
  assert.doesNotMatch(html, /\sstyle=/i, 'no inline style');
  assert.doesNotMatch(html, /<[a-z][^>]*\son[a-z]+=/i, 'no event-handler attribute');
  assert.doesNotMatch(html, /<(img|iframe|link|object|embed|video|audio|source|style|form|input|base|meta)\b/i, 'no external resource or form');
}

/** Occurrences of [from, from + months) straight from the data layer. */
function expectedOccurrences(feedJson, from, months, tz) {
  const feed = parseFeed(feedJson);
  const fromDay = parseIsoDayNumber(from);
  const toDay = addMonths(fromDay, months) - 1;
  const index = new EventIndex(feed, tz ?? feed.timezone, { now: Date.UTC(2026, 0, 1) });
  return index.occurrences(fromDay, toDay);
}

const startOf = (occ) => (occ.allDay ? formatIsoDate(occ.firstDay) : occ.start);
/** A JSON-LD or datetime value as comparable: an instant (ms) for date-times, the text for dates. */
const pointOf = (text) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : Date.parse(text));

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?[+-]\d{2}:\d{2}$/;
const STATUSES = ['https://schema.org/EventScheduled', 'https://schema.org/EventCancelled', 'https://schema.org/EventPostponed'];
const MODES = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

describe('render the sample feed, November 2026', () => {
  const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const byId = new Map(fixture.events.map((e) => [String(e.id), e]));
  let result, items, jsonLd, expected;
  before(() => {
    result = run(['render', FIXTURE, '--from', '2026-11-01', '--months', '1']);
    items = itemsOf(result.stdout);
    jsonLd = jsonLdOf(result.stdout).value;
    expected = expectedOccurrences(fixture, '2026-11-01', 1);
  });

  test('exits 0, writes HTML to stdout and nothing to stderr', () => {
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, '');
    assert.match(result.stdout, /^<section class="pc-static" lang="de" aria-labelledby="pc-static-heading">\n<h2 id="pc-static-heading">Termine der Bürgerbeteiligung, 1\. November – 30\. November 2026<\/h2>/);
    assert.ok(expected.length > 20, `the fixture has many November occurrences (${expected.length})`);
  });

  test('the HTML is well-formed and has no style, handler, or external resource', () => {
    assertWellFormed(result.stdout);
  });

  test('every occurrence of the range is listed exactly once (compared with EventIndex)', () => {
    const seen = items.map((i) => `${i.title}|${pointOf(i.times[0])}`);
    const want = expected.map((o) => `${o.event.title}|${startOf(o)}`);
    assert.equal(new Set(want).size, want.length, 'the expectation itself has no duplicates');
    assert.deepEqual([...seen].sort(), [...want].sort());
  });

  test('day headings are h3 with the date, items in lists, each with <time datetime>', () => {
    assert.match(result.stdout, /<h3 id="pc-static-2026-11-03"><time datetime="2026-11-03">Dienstag, 3\. November 2026<\/time><\/h3>/);
    assert.match(result.stdout, /<h3 id="pc-static-running">Laufende Beteiligungsphasen<\/h3>/);
    for (const item of items) {
      assert.ok(item.times.length >= 1, `a <time> in ${item.html}`);
      for (const t of item.times) assert.ok(ISO_DATE.test(t) || ISO_DATE_TIME.test(t), `datetime '${t}' is ISO 8601`);
    }
    const ids = [...result.stdout.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    for (const [, ref] of result.stdout.matchAll(/aria-labelledby="([^"]+)"/g)) assert.ok(ids.includes(ref), `${ref} exists`);
  });

  test('formats, places and statuses are shown in words', () => {
    const cancelled = items.find((i) => i.title === 'Stadtteilspaziergang Nord: Sichere Schulwege');
    assert.match(cancelled.html, /<strong class="pc-static-status">Abgesagt:<\/strong>/);
    assert.match(cancelled.html, /Vor Ort/);
    assert.match(cancelled.html, /Treffpunkt: Grundschule am Nordring/);
    const postponed = items.find((i) => /Straßenbahn/.test(i.title));
    assert.match(postponed.html, /Verschoben:/);
    assert.ok(items.some((i) => /<span class="pc-static-format">Online<\/span>/.test(i.html)));
    assert.ok(items.some((i) => /<span class="pc-static-format">Hybrid<\/span>/.test(i.html)));
    assert.match(result.stdout, /<time datetime="2026-11-27T22:00:00\+01:00">22:00<\/time> Uhr, endet am 28\. Nov\. um <time datetime="2026-11-28T01:00:00\+01:00">01:00<\/time> Uhr/);
  });

  test('titles link to the event page', () => {
    const item = items.find((i) => i.title === 'Ortsbeiratssitzung Innenstadt');
    assert.match(item.html, /<a href="https:\/\/www\.musterstadt\.example\/beteiligung\/ortsbeirat-innenstadt">Ortsbeiratssitzung Innenstadt<\/a>/);
  });

  test('the JSON-LD is an array of schema.org Events with valid values', () => {
    assert.ok(Array.isArray(jsonLd));
    for (const ev of jsonLd) {
      assert.equal(ev['@context'], 'https://schema.org');
      assert.equal(ev['@type'], 'Event');
      assert.equal(typeof ev.name, 'string');
      assert.ok(ISO_DATE.test(ev.startDate) || ISO_DATE_TIME.test(ev.startDate), ev.startDate);
      if (ev.endDate !== undefined) {
        assert.equal(ISO_DATE.test(ev.endDate), ISO_DATE.test(ev.startDate), 'start and end of the same kind');
        assert.ok(ISO_DATE.test(ev.endDate) ? ev.endDate >= ev.startDate : Date.parse(ev.endDate) >= Date.parse(ev.startDate));
      }
      assert.ok(STATUSES.includes(ev.eventStatus), ev.eventStatus);
      assert.ok(Object.values(MODES).includes(ev.eventAttendanceMode), ev.eventAttendanceMode);
      assert.match(ev.url, /^https:\/\//);
      assert.equal(ev.organizer['@type'], 'Organization');
      assert.equal(typeof ev.organizer.name, 'string');
      assert.equal(typeof ev.description, 'string');
      assert.equal(ev.inLanguage, 'de');
      const locations = [ev.location].flat();
      assert.ok(locations.length >= 1);
      for (const loc of locations) {
        assert.ok(['Place', 'VirtualLocation'].includes(loc['@type']), loc['@type']);
        if (loc['@type'] === 'Place') {
          assert.ok(typeof loc.name === 'string' || loc.address !== undefined);
          if (typeof loc.address === 'object') {
            assert.equal(loc.address['@type'], 'PostalAddress');
            assert.match(loc.address.postalCode, /^\d{5}$/);
          }
        } else {
          assert.match(loc.url, /^https:\/\//);
        }
      }
    }
  });

  test('every occurrence of the range is in the JSON-LD once (by name and startDate)', () => {
    const got = jsonLd.map((ev) => `${ev.name}|${pointOf(ev.startDate)}`);
    const want = expected.map((o) => `${o.event.title}|${startOf(o)}`);
    assert.deepEqual([...got].sort(), [...want].sort());
  });

  test('status, format and locations follow the feed', () => {
    const occByKey = new Map(expected.map((o) => [`${o.event.title}|${startOf(o)}`, o]));
    let cancelled = 0, online = 0, hybrid = 0;
    for (const ev of jsonLd) {
      const occ = occByKey.get(`${ev.name}|${pointOf(ev.startDate)}`);
      const raw = byId.get(occ.event.id);
      assert.equal(ev.eventStatus, `https://schema.org/Event${{ scheduled: 'Scheduled', cancelled: 'Cancelled', postponed: 'Postponed' }[raw.status ?? 'scheduled']}`);
      assert.equal(ev.eventAttendanceMode, MODES[raw.format]);
      if (raw.status === 'cancelled') cancelled++;
      if (raw.format === 'online') {
        online++;
        assert.equal(ev.location['@type'], 'VirtualLocation');
        assert.equal(ev.location.url, raw.onlineUrl);
      }
      if (raw.format === 'hybrid') {
        hybrid++;
        assert.ok(Array.isArray(ev.location));
        assert.deepEqual(ev.location.map((l) => l['@type']), ['Place', 'VirtualLocation']);
        assert.equal(ev.location[0].name, raw.location.name);
      }
      if (raw.format === 'in-person') assert.equal(ev.location['@type'], 'Place');
      if (occ.allDay) {
        assert.equal(ev.startDate, formatIsoDate(occ.firstDay));
        assert.equal(ev.endDate, formatIsoDate(occ.lastDay));
      } else {
        assert.equal(Date.parse(ev.endDate), occ.end);
      }
    }
    assert.ok(cancelled >= 1 && online >= 1 && hybrid >= 1, `covered: ${cancelled} cancelled, ${online} online, ${hybrid} hybrid`);
  });

  test('a PostalAddress is made of "street, postcode town"', () => {
    const ev = jsonLd.find((e) => e.name === 'Ortsbeiratssitzung Innenstadt');
    assert.deepEqual(ev.location, {
      '@type': 'Place',
      name: 'Rathaus, Ratssaal',
      address: { '@type': 'PostalAddress', streetAddress: 'Marktplatz 1', postalCode: '12345', addressLocality: 'Musterstadt' },
    });
    assert.equal(ev.startDate, '2026-11-03T18:30:00+01:00');
    assert.equal(ev.endDate, '2026-11-03T21:00:00+01:00');
  });
});

describe('hostile feed text', () => {
  const hostile = {
    timezone: 'Europe/Berlin',
    events: [
      {
        id: 'x1',
        title: '<img src=x onerror=alert(1)>',
        start: '2026-11-10T18:00:00+01:00',
        end: '2026-11-10T20:00:00+01:00',
        description: 'Ende </script><script>alert(1)</script> <!-- & \u2028 "quoted" \'single\'',
        url: 'javascript:alert(1)',
        onlineUrl: 'data:text/html,<script>alert(1)</script>',
        format: 'hybrid',
        location: { name: '"Saal" & <b>Foyer</b>', address: "O'Brien-Str. 1 </script>" },
        organizer: '</SCRIPT ><script>alert(2)</script>',
      },
      { id: 'x2', title: 'Harmlos', start: '2026-11-11', url: ' JaVaScRiPt:alert(1)' },
    ],
  };
  let result;
  before(() => {
    result = run(['render', feedFile('hostile.json', hostile), '--from', '2026-11-01', '--months', '1']);
  });

  test('exits 0 and reports the dropped links on stderr', () => {
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stderr, /dropped 3 fields/);
    assert.match(result.stderr, /url 'javascript:alert\(1\)' uses the scheme 'javascript:'/);
  });

  test('feed strings are escaped in the HTML', () => {
    assert.match(result.stdout, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(result.stdout, /&quot;Saal&quot; &amp; &lt;b&gt;Foyer&lt;\/b&gt;, O&#39;Brien-Str\. 1 &lt;\/script&gt;/);
    assert.doesNotMatch(result.stdout, /<img|<b>/i);
    assertWellFormed(result.stdout);
  });

  test('no javascript: or data: link, and no link for a title without a safe url', () => {
    assert.doesNotMatch(result.stdout, /javascript:/i);
    assert.doesNotMatch(result.stdout, /href="data:/i);
    const titles = [...result.stdout.matchAll(/<p class="pc-static-title">([\s\S]*?)<\/p>/g)].map((m) => m[1]);
    assert.deepEqual(titles, ['&lt;img src=x onerror=alert(1)&gt;', 'Harmlos']);
  });

  test('the JSON-LD cannot be ended early and keeps the text exactly', () => {
    const { text, value } = jsonLdOf(result.stdout);
    assert.doesNotMatch(text, /[<>&\u2028]/);
    assert.equal(value[0].name, hostile.events[0].title);
    assert.equal(value[0].description, hostile.events[0].description.trim());
    assert.equal(value[0].organizer.name, hostile.events[0].organizer);
    assert.equal(value[0].url, undefined);
    assert.deepEqual(value[0].location[1], { '@type': 'VirtualLocation' });
  });
});

describe('options', () => {
  test('--lang en writes English', () => {
    const r = run(['render', FIXTURE, '--from', '2026-11-01', '--months', '1', '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^<section class="pc-static" lang="en" aria-labelledby="pc-static-heading">/);
    assert.match(r.stdout, /<h2 id="pc-static-heading">Participation events, 1 November – 30 November 2026<\/h2>/);
    assert.match(r.stdout, /<time datetime="2026-11-03">Tuesday, 3 November 2026<\/time>/);
    assert.match(r.stdout, /Participation phases under way/);
    assert.match(r.stdout, /<span class="pc-static-format">On site<\/span>/);
    assert.match(r.stdout, /<strong class="pc-static-status">Cancelled:<\/strong>/);
    assert.match(r.stdout, /<time datetime="2026-11-27T22:00:00\+01:00">22:00<\/time>, ends on 28 Nov at <time datetime="2026-11-28T01:00:00\+01:00">01:00<\/time>/);
    assert.doesNotMatch(r.stdout, /Uhr|Vor Ort|Termine/);
    assert.ok(jsonLdOf(r.stdout).value.every((e) => e.inLanguage === 'en'));
    assertWellFormed(r.stdout);
  });

  test('--feed-lang marks the feed texts when they are in another language', () => {
    const r = run(['render', FIXTURE, '--from', '2026-11-01', '--months', '1', '--lang', 'en', '--feed-lang', 'de']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<a href="https:\/\/www\.musterstadt\.example\/beteiligung\/ortsbeirat-innenstadt" lang="de">Ortsbeiratssitzung Innenstadt<\/a>/);
    assert.ok(jsonLdOf(r.stdout).value.every((e) => e.inLanguage === 'de'));
  });

  test('--months and --from choose the range; --id-prefix the ids', () => {
    const r = run(['render', FIXTURE, '--from=2026-12-01', '--months=2', '--id-prefix', 'termine']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /Termine der Bürgerbeteiligung, 1\. Dezember 2026 – 31\. Januar 2027/);
    assert.match(r.stdout, /aria-labelledby="termine-heading"/);
    const want = expectedOccurrences(JSON.parse(readFileSync(FIXTURE, 'utf8')), '2026-12-01', 2);
    assert.equal(jsonLdOf(r.stdout).value.length, want.length);
    assert.equal(itemsOf(r.stdout).length, want.length);
  });

  test('an empty range says so', () => {
    const r = run(['render', FIXTURE, '--from', '2030-01-01', '--months', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<p>In diesem Zeitraum sind keine Termine angekündigt\.<\/p>/);
    assert.deepEqual(jsonLdOf(r.stdout).value, []);
    assertWellFormed(r.stdout);
  });

  test('without --from the list starts today', () => {
    const r = run(['render', FIXTURE, '--months', '1']);
    assert.equal(r.status, 0, r.stderr);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    const [y, mo, d] = today.split('-').map(Number);
    const dayMonth = `${d}. ${new Intl.DateTimeFormat('de-DE', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y, mo - 1, 15))}`;
    assert.match(r.stdout, new RegExp(`Termine der Bürgerbeteiligung, ${dayMonth}`));
  });

  test('--help and --version', () => {
    const help = run(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: participation-calendar render <feed>/);
    const version = run(['--version']);
    assert.equal(version.status, 0);
    assert.equal(version.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  for (const [args, message] of [
    [[], /missing command/],
    [['show', FIXTURE], /unknown command 'show'/],
    [['render'], /missing feed/],
    [['render', FIXTURE, '--lang', 'fr'], /--lang 'fr' is not one of de, en/],
    [['render', FIXTURE, '--months', '0'], /--months '0' is not a whole number from 1 to 24/],
    [['render', FIXTURE, '--months', 'drei'], /--months 'drei'/],
    [['render', FIXTURE, '--from', '2026-13-01'], /--from '2026-13-01' is not a date in the form YYYY-MM-DD/],
    [['render', FIXTURE, '--timezone', 'Mars/Olympus'], /--timezone 'Mars\/Olympus' is not an IANA time zone/],
    [['render', FIXTURE, '--colour', 'red'], /unknown option '--colour'/],
    [['render', FIXTURE, '--months'], /option --months needs a value/],
    [['render', '-', '-'], /standard input \(-\) can be read only once/],
  ]) {
    test(`bad options: ${args.join(' ') || '(none)'} -> exit 1`, () => {
      const r = run(args);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^participation-calendar: /);
      assert.match(r.stderr, message);
    });
  }
});

describe('time zones', () => {
  // Weekly on Tuesdays at 18:00 Berlin time; CEST ends on Sunday 2026-10-25.
  const series = {
    timezone: 'Europe/Berlin',
    events: [{
      id: 'ag', title: 'AG Radverkehr', start: '2026-10-06T18:00:00+02:00', end: '2026-10-06T19:30:00+02:00',
      rrule: 'FREQ=WEEKLY;BYDAY=TU;COUNT=6', format: 'in-person', location: { name: 'Rathaus' },
    }],
  };

  test('a weekly series keeps 18:00 local across the DST switch (one Event per occurrence)', () => {
    const r = run(['render', feedFile('series.json', series), '--from', '2026-10-01', '--months', '2']);
    assert.equal(r.status, 0, r.stderr);
    const events = jsonLdOf(r.stdout).value;
    assert.deepEqual(events.map((e) => [e.startDate, e.endDate]), [
      ['2026-10-06T18:00:00+02:00', '2026-10-06T19:30:00+02:00'],
      ['2026-10-13T18:00:00+02:00', '2026-10-13T19:30:00+02:00'],
      ['2026-10-20T18:00:00+02:00', '2026-10-20T19:30:00+02:00'],
      ['2026-10-27T18:00:00+01:00', '2026-10-27T19:30:00+01:00'],
      ['2026-11-03T18:00:00+01:00', '2026-11-03T19:30:00+01:00'],
      ['2026-11-10T18:00:00+01:00', '2026-11-10T19:30:00+01:00'],
    ]);
    assert.equal(r.stdout.match(/>18:00<\/time>–<time datetime="[^"]+">19:30<\/time> Uhr/g)?.length, 6);
    assert.match(r.stdout, /<time datetime="2026-10-27T18:00:00\+01:00">18:00<\/time>/);
  });

  test('a time in local mean time (an offset with seconds) is written in UTC: the same instant, in a form HTML and RFC 3339 read', () => {
    // Liberia kept -00:44:30 until 1972: 18:00 there was 18:44:30 UTC.
    const monrovia = { timezone: 'Africa/Monrovia', events: [{ id: 'm', title: 'Stadtrat', start: '1970-03-04T18:00', end: '1970-03-04T20:00' }] };
    const r = run(['render', feedFile('monrovia.json', monrovia), '--from', '1970-03-01', '--months', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<time datetime="1970-03-04T18:44:30Z">18:00<\/time>–<time datetime="1970-03-04T20:44:30Z">20:00<\/time> Uhr/);
    assert.deepEqual(jsonLdOf(r.stdout).value.map((e) => [e.startDate, e.endDate]), [['1970-03-04T18:44:30Z', '1970-03-04T20:44:30Z']]);
  });

  test('--timezone shows days and times in another zone; the JSON-LD stays in the feed zone', () => {
    const r = run(['render', feedFile('series.json', series), '--from', '2026-10-01', '--months', '2', '--timezone', 'America/New_York', '--lang', 'en']);
    assert.equal(r.status, 0, r.stderr);
    // 27 Oct: 18:00 CET = 13:00 EDT (the US switches on 1 Nov); 3 Nov: 18:00 CET = 12:00 EST.
    assert.match(r.stdout, /<time datetime="2026-10-27T13:00:00-04:00">13:00<\/time>/);
    assert.match(r.stdout, /<time datetime="2026-11-03T12:00:00-05:00">12:00<\/time>/);
    assert.match(r.stdout, /<time datetime="2026-10-20T12:00:00-04:00">12:00<\/time>/);
    const events = jsonLdOf(r.stdout).value;
    assert.equal(events[3].startDate, '2026-10-27T18:00:00+01:00');
  });
});

describe('input and errors', () => {
  test('a missing file: exit 1 and a clear message', () => {
    const r = run(['render', join(tmp, 'nope.json')]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `participation-calendar: cannot read '${join(tmp, 'nope.json')}': no such file or directory\n`);
  });

  test('a directory: exit 1', () => {
    const r = run(['render', tmp]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /it is a directory, not a file/);
  });

  test('JSON that is not a feed: exit 1 and what was found', () => {
    const r = run(['render', join(ROOT, 'package.json')]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^participation-calendar: Expected an array of events or an object with an 'events' array, but found an object with the keys name, version/);
  });

  test('not JSON, an HTML page, an empty file: exit 1', () => {
    let r = run(['render', feedFile('broken.json', '{"events": [')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /is not valid JSON/);
    r = run(['render', feedFile('page.json', '<!doctype html><title>Login</title>')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /returned an HTML page instead of JSON/);
    r = run(['render', feedFile('empty.json', '')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /is empty/);
  });

  test('skipped events are reported on stderr without failing', () => {
    const r = run(['render', feedFile('partly.json', [
      { id: 1, title: 'Gut', start: '2026-11-10T18:00' },
      { id: 2, title: 'Bürgerforum', start: '2026-13-01' },
      { id: 3, start: '2026-11-10' },
    ]), '--from', '2026-11-01', '--months', '1']);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^participation-calendar: skipped 2 of 3 events in '.*partly\.json':\n- event 2 'Bürgerforum': start '2026-13-01' is not a date\n- event 3: title is missing\n$/);
    assert.equal(jsonLdOf(r.stdout).value.length, 1);
    assert.equal(jsonLdOf(r.stdout).value[0].startDate, '2026-11-10T18:00:00+01:00');
  });

  test('a feed none of whose events can be used: exit 1, nothing written', () => {
    const r = run(['render', feedFile('all-bad.json', [1, 2, 3])]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /none of the 3 events in '.*all-bad\.json' could be used/);
  });

  test('- reads standard input', () => {
    const r = run(['render', '-', '--from', '2026-11-01', '--months', '1'], { input: readFileSync(FIXTURE, 'utf8') });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, run(['render', FIXTURE, '--from', '2026-11-01', '--months', '1']).stdout);
  });

  test('--output replaces the file only when rendering succeeded', () => {
    const out = join(tmp, 'termine.html');
    writeFileSync(out, 'old');
    let r = run(['render', FIXTURE, '--from', '2026-11-01', '--months', '1', '--output', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(readFileSync(out, 'utf8'), /^<section class="pc-static"/);
    const good = readFileSync(out, 'utf8');
    r = run(['render', join(tmp, 'nope.json'), '-o', out]);
    assert.equal(r.status, 1);
    assert.equal(readFileSync(out, 'utf8'), good);
  });

  describe('http(s) URLs', () => {
    let server, base;
    before(async () => {
      // Any other path answers 404.
      server = await startStaticServer({
        routes: {
          '/feed.json': (req, res) => send(res, 200, JSON.stringify({ events: [{ id: 1, title: 'Relativ verlinkt', start: '2026-11-10T18:00', url: '/beteiligung/1' }] }), { 'Content-Type': 'application/json' }),
          '/login': (req, res) => send(res, 200, '<html><body>Login</body></html>', { 'Content-Type': 'text/html' }),
        },
      });
      base = server.origin;
    });
    after(() => server.close());

    test('a feed URL is fetched and its relative links resolve against it', async () => {
      const r = await runAsync(['render', `${base}/feed.json`, '--from', '2026-11-01', '--months', '1']);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`<a href="${base}/beteiligung/1">Relativ verlinkt</a>`));
      assert.equal(jsonLdOf(r.stdout).value[0].url, `${base}/beteiligung/1`);
    });

    test('HTTP 404 and an HTML page: exit 1', async () => {
      let r = await runAsync(['render', `${base}/missing.json`]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /answered HTTP 404/);
      r = await runAsync(['render', `${base}/login`]);
      assert.equal(r.status, 1);
      assert.match(r.stderr, /returned an HTML page instead of JSON/);
    });

    test('a refused connection: exit 1', async () => {
      // A port that was free a moment ago.
      const probe = await startStaticServer();
      const { port } = probe;
      await probe.close();
      const r = await runAsync(['render', `http://127.0.0.1:${port}/feed.json`]);
      assert.equal(r.status, 1);
      assert.equal(r.stderr, `participation-calendar: cannot load http://127.0.0.1:${port}/feed.json: connection refused\n`);
    });
  });
});

describe('iCalendar input', () => {
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Musterstadt//Beteiligung//DE',
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Berlin',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:ag-rad@musterstadt.example',
    'DTSTAMP:20260901T120000Z',
    'DTSTART;TZID=Europe/Berlin:20261006T180000',
    'DTEND;TZID=Europe/Berlin:20261006T193000',
    'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=6',
    'SUMMARY:AG Radverkehr <b>',
    'LOCATION:Rathaus\\, Ratssaal',
    'URL:https://www.musterstadt.example/ag-rad',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:fest@musterstadt.example',
    'DTSTAMP:20260901T120000Z',
    'DTSTART;VALUE=DATE:20261107',
    'DTEND;VALUE=DATE:20261108',
    'SUMMARY:Tag der offenen Tür',
    'STATUS:CANCELLED',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');

  test('an .ics file renders like the same feed in JSON', () => {
    const r = run(['render', feedFile('feed.ics', ics), '--from', '2026-10-01', '--months', '2']);
    assert.equal(r.status, 0, r.stderr);
    assertWellFormed(r.stdout);
    assert.match(r.stdout, /AG Radverkehr &lt;b&gt;/);
    const events = jsonLdOf(r.stdout).value;
    const series = events.filter((e) => e.name === 'AG Radverkehr <b>').map((e) => e.startDate);
    assert.deepEqual(series, [
      '2026-10-06T18:00:00+02:00', '2026-10-13T18:00:00+02:00', '2026-10-20T18:00:00+02:00',
      '2026-10-27T18:00:00+01:00', '2026-11-03T18:00:00+01:00', '2026-11-10T18:00:00+01:00',
    ]);
    const fest = events.find((e) => e.name === 'Tag der offenen Tür');
    assert.equal(fest.startDate, '2026-11-07');
    assert.equal(fest.eventStatus, 'https://schema.org/EventCancelled');
  });

  test('iCalendar from standard input is recognised by its content', () => {
    const r = run(['render', '-', '--from', '2026-10-01', '--months', '2'], { input: ics });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(jsonLdOf(r.stdout).value.length, 7);
  });

  const vcalendar = (...vevents) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//DE', ...vevents.flat(), 'END:VCALENDAR', ''].join('\r\n');

  test('a VEVENT the import cannot read is reported on stderr; the rest is rendered', () => {
    const r = run(['render', feedFile('partly.ics', vcalendar(
      ['BEGIN:VEVENT', 'UID:a', 'SUMMARY:Ohne Beginn', 'END:VEVENT'],
      ['BEGIN:VEVENT', 'UID:b', 'DTSTART:20261110T170000Z', 'SUMMARY:Gut', 'END:VEVENT'],
    )), '--from', '2026-11-01', '--months', '1']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^participation-calendar: 1 problem in the iCalendar file '.*partly\.ics':\n- VEVENT 1 'Ohne Beginn': DTSTART is missing\n$/);
    assert.deepEqual(jsonLdOf(r.stdout).value.map((e) => [e.name, e.startDate]), [['Gut', '2026-11-10T18:00:00+01:00']]);
  });

  test('an iCalendar file with no readable event: exit 1, nothing written', () => {
    const r = run(['render', feedFile('unreadable.ics', vcalendar(['BEGIN:VEVENT', 'UID:a', 'SUMMARY:Ohne Beginn', 'END:VEVENT']))]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /none of the 1 events in '.*unreadable\.ics' could be used/);
  });

  test('a damaged iCalendar file: exit 1', () => {
    const r = run(['render', feedFile('damaged.ics', 'BEGIN:VCALENDAR\r\nfoo bar\r\n')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /^participation-calendar: '.*damaged\.ics' could not be read as iCalendar: /);
  });

  test('an iCalendar URL (text/calendar) is fetched and rendered', async () => {
    const server = await startStaticServer({
      routes: { '/termine': (req, res) => send(res, 200, ics, { 'Content-Type': 'text/calendar; charset=utf-8' }) },
    });
    try {
      const r = await runAsync(['render', `${server.origin}/termine`, '--from', '2026-10-01', '--months', '2']);
      assert.equal(r.status, 0, r.stderr);
      assert.equal(jsonLdOf(r.stdout).value.length, 7);
    } finally {
      await server.close();
    }
  });

  test('an .ics file that is not iCalendar: exit 1', () => {
    const r = run(['render', feedFile('wrong.ics', '{"events": []}')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /is not an iCalendar file/);
  });
});

describe('who can take part', () => {
  const feed = {
    timezone: 'Europe/Berlin',
    events: [
      {
        id: 'abend', title: 'Informationsabend auf Türkisch', start: '2026-11-17T18:00:00+01:00', end: '2026-11-17T20:00:00+01:00',
        format: 'in-person', location: { name: 'Bürgerhaus Nord', address: 'Nordring 40, 12347 Musterstadt' },
        languages: ['tr', 'de'], audience: ['Familien'],
        accessibility: { stepFree: true, signLanguage: 'on-request', signLanguageRequestBy: '2026-11-08', childcare: 'registration', note: 'Eingang über den Hof' },
      },
    ],
  };

  test('the static list says the facts, languages and audience in words', () => {
    const r = run(['render', feedFile('access.json', feed), '--from', '2026-11-01', '--months', '1']);
    assert.equal(r.status, 0, r.stderr);
    const lines = [...r.stdout.matchAll(/<p class="pc-static-access">(.*?)<\/p>/g)].map((m) => unescape(m[1]));
    assert.deepEqual(lines, [
      'Barrierefreiheit und Teilhabe: Stufenlos erreichbar, Gebärdensprache auf Anfrage (bis 8. November), Kinderbetreuung mit Anmeldung',
      'Sprachen: Türkisch, Deutsch',
      'Für wen: Familien',
      'Hinweise zur Barrierefreiheit: Eingang über den Hof',
    ]);
  });

  test('the JSON-LD gives them as the place\'s amenityFeature, audience and inLanguage', () => {
    const r = run(['render', feedFile('access.json', feed), '--from', '2026-11-01', '--months', '1']);
    const [event] = jsonLdOf(r.stdout).value;
    assert.deepEqual(event.inLanguage, ['tr', 'de']);
    assert.deepEqual(event.audience, [{ '@type': 'Audience', audienceType: 'Familien' }]);
    assert.deepEqual(event.location.amenityFeature.map((f) => [f['@type'], f.name, f.value]), [
      ['LocationFeatureSpecification', 'Stufenlos erreichbar', true],
      ['LocationFeatureSpecification', 'Gebärdensprache auf Anfrage', true],
      ['LocationFeatureSpecification', 'Kinderbetreuung mit Anmeldung', true],
    ]);
  });

  test('renders in Leichte Sprache with --lang de-x-ls', () => {
    const r = run(['render', feedFile('access.json', feed), '--from', '2026-11-01', '--months', '1', '--lang', 'de-x-ls']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /<section class="pc-static" lang="de-x-ls"/);
    assert.match(r.stdout, /Termine für Bürger·beteiligung/);
    assert.match(r.stdout, /von <time datetime="2026-11-17T18:00:00\+01:00">18:00<\/time> Uhr bis/);
  });
});

describe('a hostile or broken feed', () => {
  const good = { id: 'good', title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00' };

  for (const year of ['1800', '0001']) {
    test(`an hourly series from ${year}: the range is listed at once, and the series named on stderr`, () => {
      // Before: from 1800 22 s, from 0001 no output after two minutes.
      const path = feedFile(`hourly-${year}.json`, { events: [{ id: 'old', title: 'Alte Serie', start: `${year}-01-01T10:00:00+01:00`, rrule: 'FREQ=HOURLY' }, good] });
      const t0 = Date.now();
      const r = run(['render', path, '--from', '2026-11-01', '--months', '1'], { timeout: 20_000 });
      assert.equal(r.status, 0, r.stderr);
      assert.ok(Date.now() - t0 < 15_000, `took ${Date.now() - t0} ms`);
      const titles = itemsOf(r.stdout).map((i) => i.title);
      assert.ok(titles.includes('Bürgerforum'));
      assert.ok(titles.filter((t) => t === 'Alte Serie').length > 24, 'the hourly series is listed');
      assert.match(r.stderr, new RegExp(`event old 'Alte Serie': too many dates from ${year}-01-01 on; shown in part`));
    });
  }

  test('a VTIMEZONE observance from year 1 repeating hourly: rendered at once', () => {
    // Before: ical.js expanded 17 million offset changes; no output after minutes.
    const path = feedFile('zone.ics', [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//DE',
      'BEGIN:VTIMEZONE', 'TZID:Eigene Zone',
      'BEGIN:STANDARD', 'DTSTART:00010101T000000', 'RRULE:FREQ=HOURLY', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:1', 'DTSTAMP:20260901T120000Z', 'DTSTART;TZID=Eigene Zone:20261110T180000', 'SUMMARY:Bürgerforum', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n'));
    const r = run(['render', path, '--from', '2026-11-01', '--months', '1'], { timeout: 20_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(itemsOf(r.stdout).map((i) => i.times[0]), ['2026-11-10T18:00:00+01:00']);
  });

  test('a run past the time limit fails with a message instead of hanging the nightly job', async () => {
    const server = await startStaticServer({ routes: { '/langsam.json': () => {} } });
    try {
      const out = join(tmp, 'guarded.html');
      writeFileSync(out, 'the list of yesterday');
      const t0 = Date.now();
      const r = await runAsync(['render', `${server.origin}/langsam.json`, '--output', out], { PARTICIPATION_CALENDAR_TIME_LIMIT: '1' });
      assert.equal(r.status, 1);
      assert.ok(Date.now() - t0 < 10_000, `took ${Date.now() - t0} ms`);
      assert.equal(r.stderr, 'participation-calendar: stopped after 1 s without finishing (the limit is PARTICIPATION_CALENDAR_TIME_LIMIT); no --output file was replaced\n');
      assert.equal(readFileSync(out, 'utf8'), 'the list of yesterday');
    } finally {
      await server.close();
    }
  });

  test('a time limit that is not a number of seconds: exit 1', async () => {
    const r = await runAsync(['--version'], { PARTICIPATION_CALENDAR_TIME_LIMIT: 'soon' });
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "participation-calendar: PARTICIPATION_CALENDAR_TIME_LIMIT='soon' is not a number of seconds from 1 to 86400\n");
  });
});
