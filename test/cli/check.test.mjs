// Tests of `participation-calendar check` (bin/participation-calendar.mjs) against the
// build: `npm run build && npm run test:cli`. Every test runs the real executable in a
// child process; feeds come from files and from the repository's static server.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleFeed } from '../../demo/sample-feed.mjs';
import { send, startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/participation-calendar.mjs');
const PROBLEMS = join(ROOT, 'test/fixtures/check/problems.json');
const BROKEN_ICS = join(ROOT, 'test/fixtures/ics/broken.ics');
const DIST = join(ROOT, 'dist/esm');

if (!existsSync(join(DIST, 'cli/main.js'))) throw new Error('dist/esm/cli/main.js is missing: run `npm run build` before `npm run test:cli`.');

const tmp = mkdtempSync(join(tmpdir(), 'pc-check-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function feedFile(name, feed) {
  const path = join(tmp, name);
  writeFileSync(path, typeof feed === 'string' ? feed : JSON.stringify(feed));
  return path;
}

/** Runs the CLI asynchronously (the feeds may be served from this process). */
function run(args, { input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input);
  });
}

const headlines = (text) => text.split('\n').filter((line) => /^(Fehler|Warnung|Hinweis|Error|Warning|Note): /.test(line));
const kindsOf = (json) => json.sources.flatMap((s) => s.findings.map((f) => f.kind));

const good = buildSampleFeed(new Date());
const json = (body, headers = {}) => (req, res) => send(res, 200, typeof body === 'string' ? body : JSON.stringify(body), { 'Content-Type': 'application/json; charset=utf-8', ...headers });
let server;
/** A port nothing listens on. */
let closedPort;
before(async () => {
  server = await startStaticServer({
    routes: {
      '/open.json': json(good, { 'Access-Control-Allow-Origin': '*' }),
      '/own-site.json': json(good),
      '/www-only.json': json(good, { 'Access-Control-Allow-Origin': 'https://www.musterstadt.example' }),
      // Answers for the Origin it is asked from, as many servers are set up to.
      '/reflects.json': (req, res) => json(good, req.headers.origin === 'https://www.musterstadt.example' ? { 'Access-Control-Allow-Origin': req.headers.origin, Vary: 'Origin' } : {})(req, res),
      '/problems.json': json(readFileSync(PROBLEMS, 'utf8'), { 'Access-Control-Allow-Origin': '*' }),
      '/login': (req, res) => send(res, 200, '<!doctype html><title>Anmeldung</title>', { 'Content-Type': 'text/html; charset=utf-8' }),
      '/broken.json': json('{"events": [ {"id": 1,'),
    },
  });
  closedPort = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
});
after(() => server?.close());

describe('participation-calendar check', () => {
  test('a good feed: its numbers and "all good", exit 0', async () => {
    const r = await run(['check', feedFile('good.json', good)]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
    const count = good.events.length;
    assert.match(r.stdout, new RegExp(`^Termindatei: '.*good\\.json'\\n${count} Termine in der Datei, alle können angezeigt werden\\. In den nächsten 3 Monaten: \\d+ Termine\\.\\n`));
    assert.deepEqual(headlines(r.stdout), []);
    assert.match(r.stdout, /Alles in Ordnung: Der Kalender kann die Termine zeigen\.\n$/);
  });

  test('a feed with every kind of problem: each named once, counted, with what it means and what to do', async () => {
    const r = await run(['check', PROBLEMS, '--today', '2026-11-01']);
    assert.equal(r.status, 0, 'some events can still be shown');
    assert.deepEqual(headlines(r.stdout), [
      'Warnung: 1 Termin mit einer schon vergebenen id wird nicht angezeigt',
      'Warnung: 1 Termin ohne gültige id wird nicht angezeigt',
      'Warnung: 1 Termin ohne Titel wird nicht angezeigt',
      'Warnung: 1 Termin mit fehlendem oder ungültigem Beginn wird nicht angezeigt',
      'Warnung: 1 Termin mit unpassendem Ende wird nicht angezeigt',
      'Warnung: Ein regelmäßiger Termin (Serie) wird nicht angezeigt',
      'Warnung: 2 Termine beginnen mitten in der Nacht (zwischen 23 und 5 Uhr)',
      'Warnung: Die Zeitzone „Europe/Berln“ ist unbekannt',
      'Warnung: Bei einem Termin ist der Status unbekannt',
      'Warnung: Eine Ausnahme (exdates) wird nicht berücksichtigt',
      'Warnung: Bei einem Termin ist die Teilnahmeform unbekannt',
      'Warnung: Ein Link wurde entfernt, weil er unsicher oder ungültig ist',
      'Warnung: Bei einem Termin fehlt das Ende',
      'Hinweis: Eine Angabe wurde weggelassen',
    ]);
    assert.match(r.stdout, /\n11 Termine in der Datei, 5 davon können angezeigt werden\./);
    assert.match(r.stdout, /Warnung: 1 Termin mit fehlendem oder ungültigem Beginn wird nicht angezeigt\n {2}Für Bürgerinnen und Bürger: Dieser Termin fehlt im Kalender\.\n {2}Was Sie tun können: Schreiben Sie den Beginn \(start\)/);
    assert.match(r.stdout, / {2}- „Planungswerkstatt“ \(id 3\): start '2026-13-01T18:00' is not a date-time \(no such day\)\n/);
    assert.match(r.stdout, / {2}- „Infoabend“ \(id 6\): beginnt am Freitag, 20\. November 2026 um 01:00 Uhr\n/);
    assert.match(r.stdout, /Der Kalender kann Termine zeigen, aber einiges sollte korrigiert werden\.\n$/);
  });

  test('--json: the same findings, machine-readable, with the same sentences', async () => {
    const [text, machine] = await Promise.all([run(['check', PROBLEMS, '--today', '2026-11-01']), run(['check', PROBLEMS, '--today', '2026-11-01', '--json'])]);
    assert.equal(machine.status, 0);
    const report = JSON.parse(machine.stdout);
    assert.equal(report.showable, true);
    assert.equal(report.verdict, 'fix');
    const [source] = report.sources;
    assert.deepEqual([source.events, source.usable, source.timezone], [11, 5, 'Europe/Berlin']);
    assert.deepEqual(source.findings.map((f) => f.kind), [
      'duplicate-id', 'skipped-id', 'skipped-title', 'skipped-start', 'skipped-end', 'skipped-rule',
      'night-times', 'unknown-timezone', 'unknown-status', 'exdates-ignored', 'unknown-format', 'unsafe-link', 'missing-end', 'dropped-field',
    ]);
    assert.deepEqual(source.findings.map((f) => `${{ warning: 'Warnung', notice: 'Hinweis' }[f.severity]}: ${f.title}`), headlines(text.stdout));
    const night = source.findings.find((f) => f.kind === 'night-times');
    assert.deepEqual(night.items.map((i) => [i.id, i.start]), [['6', '2026-11-20T01:00:00+01:00'], ['8', '2026-11-06T00:00:00+01:00']]);
    const duplicate = source.findings.find((f) => f.kind === 'duplicate-id');
    assert.deepEqual(duplicate.items, [{ index: 1, id: '1', title: 'Bürgerforum Nord', detail: "id '1' is already used by event #1", text: "„Bürgerforum Nord“ (id 1): id '1' is already used by event #1" }]);
  });

  test('prints exactly the words of the shared implementation (src/i18n/describe-check.ts)', async () => {
    const { checkText } = await import(`${DIST}/data/check/read-source.js`);
    const { report } = await import(`${DIST}/data/check/finding.js`);
    const { reportText } = await import(`${DIST}/i18n/describe-check.js`);
    const { loadMessages, loadCheckMessages } = await import(`${DIST}/i18n/index.js`);
    const now = Date.UTC(2026, 10, 1, 12);
    const source = await checkText({ text: readFileSync(PROBLEMS, 'utf8'), contentType: '', url: '', source: `'${PROBLEMS}'` }, { now });
    const expected = reportText(report([source]), await loadMessages('en'), await loadCheckMessages('en'));
    const r = await run(['check', PROBLEMS, '--today', '2026-11-01', '--lang', 'en']);
    assert.equal(r.stdout, expected);
    assert.match(r.stdout, /^Warning: 2 events start in the middle of the night \(between 11 pm and 5 am\)$/m);
  });

  test('a feed none of whose events can be shown: exit 1, "the calendar would stay empty"', async () => {
    const r = await run(['check', feedFile('none.json', [{ id: 1, title: 'Forum', start: 'bald' }, { id: 2, title: 'Werkstatt' }])]);
    assert.equal(r.status, 1);
    assert.deepEqual(headlines(r.stdout), [
      'Fehler: Keiner der 2 Termine kann angezeigt werden',
      'Warnung: 2 Termine mit fehlendem oder ungültigem Beginn werden nicht angezeigt',
    ]);
    assert.match(r.stdout, /Der Kalender bliebe leer\. Beheben Sie die Fehler, bevor Sie ihn einbinden\.\n$/);
  });

  test('an empty feed: exit 1', async () => {
    const r = await run(['check', feedFile('empty.json', { events: [] })]);
    assert.equal(r.status, 1);
    assert.deepEqual(headlines(r.stdout), ['Fehler: Die Termindatei enthält keine Termine']);
  });

  test('all events in the past, and none in the coming months: warnings with the day, exit 0', async () => {
    const past = await run(['check', PROBLEMS, '--today', '2027-06-01', '--json']);
    assert.equal(past.status, 0);
    const allPast = JSON.parse(past.stdout).sources[0].findings.find((f) => f.kind === 'all-past');
    assert.equal(allPast.title, 'Alle Termine liegen in der Vergangenheit; der letzte war am Sonntag, 29. November 2026');
    const ahead = await run(['check', PROBLEMS, '--today', '2026-06-01', '--json']);
    const none = JSON.parse(ahead.stdout).sources[0].findings.find((f) => f.kind === 'none-upcoming');
    assert.equal(none.meaning, 'Der nächste Termin ist am Sonntag, 1. November 2026. Bis dahin sehen Besucherinnen und Besucher leere Monate, mit einem Knopf zum nächsten Termin.');
  });

  test('an iCalendar file with an unreadable entry', async () => {
    const r = await run(['check', BROKEN_ICS, '--today', '2026-11-01']);
    assert.equal(r.status, 0);
    assert.deepEqual(headlines(r.stdout), ['Warnung: Ein Eintrag der Datei ist kein lesbarer Termin']);
    assert.match(r.stdout, / {2}- „Bürgerforum“: DTSTART is missing\n/);
  });

  test('several feeds, one of them empty: both reported, exit 1', async () => {
    const r = await run(['check', feedFile('good2.json', good), feedFile('empty2.json', []), '--json']);
    assert.equal(r.status, 1);
    const report = JSON.parse(r.stdout);
    assert.equal(report.sources.length, 2);
    assert.deepEqual(kindsOf(report), ['empty']);
    assert.equal(report.verdict, 'empty');
  });

  test('standard input', async () => {
    const r = await run(['check', '-', '--json'], { input: JSON.stringify(good) });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).sources[0].source, 'standard input');
  });
});

describe('participation-calendar check: feeds on a server', () => {
  test('a server that lets every site read the feed: nothing to say', async () => {
    const r = await run(['check', `${server.url}open.json`, '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(kindsOf(JSON.parse(r.stdout)), []);
  });

  test('a server without CORS headers: a notice that only its own site can show the feed', async () => {
    const r = await run(['check', `${server.url}own-site.json`]);
    assert.equal(r.status, 0);
    assert.deepEqual(headlines(r.stdout), [`Hinweis: Nur Seiten unter ${server.origin} können die Termine zeigen`]);
    assert.match(r.stdout, /bitten Sie die Administration von 127\.0\.0\.1:\d+, mit der Termindatei den HTTP-Header „Access-Control-Allow-Origin: \*“ zu senden/);
  });

  test('--origin: a site the server does not allow is an error naming the header to ask for, exit 1', async () => {
    const r = await run(['check', `${server.url}www-only.json`, '--origin', 'https://beteiligung.musterstadt.example/termine']);
    assert.equal(r.status, 1);
    assert.deepEqual(headlines(r.stdout), [`Fehler: Der Server 127.0.0.1:${server.port} erlaubt anderen Websites nicht, die Termindatei zu lesen`]);
    assert.match(r.stdout, /„Access-Control-Allow-Origin: https:\/\/beteiligung\.musterstadt\.example“/);
    const allowed = await run(['check', `${server.url}www-only.json`, '--origin', 'https://www.musterstadt.example']);
    assert.equal(allowed.status, 0);
    assert.deepEqual(headlines(allowed.stdout), []);
  });

  test('--origin is sent, so a server that answers per site is judged for that site', async () => {
    const r = await run(['check', `${server.url}reflects.json`, '--origin', 'https://www.musterstadt.example']);
    assert.equal(r.status, 0, r.stdout);
    assert.deepEqual(headlines(r.stdout), []);
  });

  const failures = [
    ['a feed that is not there (404)', () => `${server.url}nowhere.json`, 'Fehler: Die Termindatei wurde nicht gefunden (Fehler 404)', /Prüfen Sie die Adresse: Meist ist sie falsch geschrieben/],
    ['a web page instead of the feed', () => `${server.url}login`, 'Fehler: Statt der Termine kommt eine Webseite zurück', /Tragen Sie die Adresse der Termindatei selbst ein/],
    ['broken JSON', () => `${server.url}broken.json`, 'Fehler: Die Termindatei ist beschädigt', /is not valid JSON/],
    ['a server that is not there', () => `http://127.0.0.1:${closedPort}/feed.json`, 'Fehler: Die Termindatei ist nicht erreichbar', /connection refused/],
  ];
  for (const [what, url, headline, detail] of failures) {
    test(`${what}: an error saying so, exit 1`, async () => {
      const r = await run(['check', url()]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.deepEqual(headlines(r.stdout), [headline]);
      assert.match(r.stdout, detail);
      assert.match(r.stdout, /Der Kalender bliebe leer\./);
    });
  }

  test('the problems feed from a URL: the same findings as from the file', async () => {
    const [fromUrl, fromFile] = await Promise.all([
      run(['check', `${server.url}problems.json`, '--today', '2026-11-01']),
      run(['check', PROBLEMS, '--today', '2026-11-01']),
    ]);
    assert.deepEqual(headlines(fromUrl.stdout), headlines(fromFile.stdout));
  });
});

describe('participation-calendar check: options', () => {
  for (const [args, message] of [
    [['check'], /missing feed/],
    [['check', PROBLEMS, '--lang', 'fr'], /--lang 'fr' is not one of de, en/],
    [['check', PROBLEMS, '--today', 'morgen'], /--today 'morgen' is not a date in the form YYYY-MM-DD/],
    [['check', PROBLEMS, '--origin', 'www.stadt.de'], /--origin 'www.stadt.de' is not the address of a site/],
    [['check', PROBLEMS, '--json=yes'], /--json takes no value/],
    [['check', PROBLEMS, '--months', '3'], /option --months is not an option of 'check'/],
    [['render', PROBLEMS, '--json'], /option --json is not an option of 'render'/],
    [['check', '-', '-'], /standard input \(-\) can be read only once/],
    [['check', join(tmp, 'nothing-here.json')], /cannot read '.*nothing-here\.json': no such file or directory/],
  ]) {
    test(`${args.slice(0, 1).concat(args.slice(2)).join(' ')} -> exit 1 with one line`, async () => {
      const r = await run(args);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /^participation-calendar: /);
      assert.match(r.stderr, message);
    });
  }

  test('--help shows both commands', async () => {
    const r = await run(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /Usage: participation-calendar render <feed>/);
    assert.match(r.stdout, /Usage: participation-calendar check <feed>\.\.\. \[options\]/);
  });

  test('check --help shows only the check\'s options', async () => {
    const r = await run(['check', '--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: participation-calendar check <feed>\.\.\. \[options\]/);
    assert.doesNotMatch(r.stdout, /participation-calendar render <feed>/);
  });
});
