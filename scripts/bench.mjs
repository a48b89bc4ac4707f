#!/usr/bin/env node
// Performance benchmark of <participation-calendar>: bundle sizes, then render / navigation
// timings, longest tasks, retained heap and rendered event counts for generated feeds of
// N = 100, 1,000 and 10,000 events (and one round at 50,000), in headless Chromium (the
// system's, see test/support/browsers.mjs).
// A measuring tool only: nothing here asserts on times (they depend on the machine).
//
//   npm run bench [-- --quick] [-- --no-build] [-- --compare] [-- --save-baseline] [-- --big]
//
//   --no-build        use dist/ as it is (default: npm run build first)
//   --quick           N = 100 and 1,000, 3 rounds
//   --compare         compare the N = 1,000 figures with bench-results/baseline-1000.json
//   --save-baseline   write this run's N = 1,000 figures to bench-results/baseline-1000.json
//   --big             add N = 50,000 (1 round: month via src, the same load with probes, 12-step
//                     nav) also where it is not in by default: with NS set, or --quick
//   --no-big          leave N = 50,000 out of the default run
//   env ROUNDS (5) / ROUNDS_LARGE (3, N ≥ 10,000), NS (e.g. "100,1000"), CAP_S (60 s per page),
//   PC_DIST_DIR (measure that folder instead of dist/; implies --no-build)
// Besides month / list / nav at every N: filter-panel changes at N = 1,000 and 10,000, and a
// load with responsiveness probes at N ≥ 10,000 (see bench/page.js).
//
// Writes bench-results/latest.md and latest.json (rewritten after every round, so a cut-off
// run still leaves its figures, marked PARTIAL).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChromium } from '../test/support/browsers.mjs';
import { generateFeed } from './bench/gen-feed.mjs';
import { writeMonthFiles } from './bench/month-files.mjs';
import { startServer } from './bench/server.mjs';
import { bundleSizes, snapshotDist } from './bench/sizes.mjs';
import { SCENARIOS, EXTRA_SCENARIOS, summarize, markdown, compare } from './bench/report.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
// PC_DIST_DIR measures another build (say, a release's dist/) as serve-demo.mjs does; no build then.
const DIST = resolve(process.env.PC_DIST_DIR || join(ROOT, 'dist'));
const OUT = join(ROOT, 'bench-results');
const BASELINE = join(OUT, 'baseline-1000.json');

const flags = new Set(process.argv.slice(2));
const known = ['--no-build', '--quick', '--compare', '--save-baseline', '--big', '--no-big', '--help'];
for (const f of flags) if (!known.includes(f)) { console.error(`bench: unknown option ${f} (known: ${known.join(' ')})`); process.exit(2); }
if (flags.has('--help')) { console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 23).join('\n')); process.exit(0); }
const QUICK = flags.has('--quick');
const envInt = (name, fallback) => (process.env[name] ? Number.parseInt(process.env[name], 10) : fallback);
const ROUNDS = envInt('ROUNDS', QUICK ? 3 : 5);
const ROUNDS_LARGE = envInt('ROUNDS_LARGE', QUICK ? 3 : 3);
// The big feed is in the default run (it adds ~30 s; the whole default run took ~2 min on 2
// cores, far below the 10 min limit); NS or --quick leave it out unless --big asks for it.
const BIG = flags.has('--big') || (!flags.has('--no-big') && !process.env.NS && !QUICK);
const BIG_N = 50000;
const NS = [...new Set([...(process.env.NS ? process.env.NS.split(',').map(Number) : QUICK ? [100, 1000] : [100, 1000, 10000]),
  ...(BIG ? [BIG_N] : [])])].sort((a, b) => a - b);
const CAP_MS = envInt('CAP_S', 60) * 1000;
const roundsFor = (n) => (n >= BIG_N ? 1 : n >= 10000 ? ROUNDS_LARGE : ROUNDS);
// Which scenarios run at which N: the big feed only what the issue asks (month via src, the
// probed load, navigation); filter timings at 1,000 and 10,000; the probed load from 10,000.
const scenariosFor = (n) => (n >= BIG_N ? ['month-src', 'load-probe', 'nav']
  : [...SCENARIOS, ...EXTRA_SCENARIOS.filter((s) => (s === 'filter' ? n >= 1000 : s === 'sources-3' || s === 'range-100k' ? n === 1000 : n >= 10000))]);
if (flags.has('--save-baseline') && !NS.includes(1000)) { console.error('bench: --save-baseline needs N = 1000 in NS.'); process.exit(2); }

// The flags the brief fixes: no sandbox (containers), no GPU, nothing in the background that could
// steal a core mid-measurement; precise memory info + exposed gc() for the heap figures.
const CHROMIUM_ARGS = [...CHROME_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];

const t0 = Date.now();
// Load average at the start and end go into the report: on a shared machine they explain noise.
const loadAtStart = os.loadavg()[0];
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
const minutes = (ms) => `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;

const chromePath = findChromium();
if (!chromePath) { console.error('bench: no Chromium found (see test/support/browsers.mjs).'); process.exit(1); }

if (!flags.has('--no-build') && !process.env.PC_DIST_DIR) {
  console.log('bench: npm run build …');
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  } catch {
    // Another build running at the same moment empties dist/ under ours; one retry settles it.
    console.log('bench: build failed; trying once more …');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
}
// Everything the pages load lives in one temp dir: a snapshot of the build and the generated feeds.
const workDir = mkdtempSync(join(os.tmpdir(), 'pc-bench-'));
const distCopy = join(workDir, 'dist');
const feedDir = join(workDir, 'feeds');
try {
  await snapshotDist(DIST, distCopy);
} catch (error) {
  console.error(`bench: could not copy ${DIST} (${error.message}); build it, or run without --no-build.`);
  rmSync(workDir, { recursive: true, force: true });
  process.exit(1);
}
const sizes = bundleSizes(distCopy);

// Feeds: generated once per run (5 MB at N = 10,000; never in the checkout).
mkdirSync(feedDir);
for (const n of NS) writeFileSync(join(feedDir, `feed-${n}.json`), JSON.stringify(generateFeed(n)));
// Scenario sources-3: two more sources of N = 1,000 (other seeds), answered 400 and 800 ms late (see LATE).
if (NS.includes(1000)) for (const seed of [7, 8]) writeFileSync(join(feedDir, `feed-1000-${seed}.json`), JSON.stringify(generateFeed(1000, seed)));
// Scenario range-100k: 100,000 events over eight years, one file a month (src with {from}).
if (NS.includes(1000)) console.log(`bench: ${writeMonthFiles(join(feedDir, 'months')).toLocaleString('en-US')} events written as month files (${elapsed()})`);
console.log(`bench: feeds for N = ${NS.join(', ')} generated (${elapsed()})`);

/** The late sources of scenario sources-3: a slower server's answer, after a delay. */
const LATE = { '/late/feed-1000-7.json': 400, '/late/feed-1000-8.json': 800 };
const lateRoutes = Object.fromEntries(Object.entries(LATE).map(([path, wait]) => [path, (req, res) => setTimeout(() => {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  res.end(readFileSync(join(feedDir, path.slice('/late/'.length))));
}, wait)]));
const server = await startServer({ dist: distCopy, feeds: feedDir, bench: join(ROOT, 'scripts/bench') }, lateRoutes);
let browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();

let cleaned = false;
async function cleanup() {
  if (cleaned) return;
  cleaned = true;
  await browser?.close().catch(() => {});
  await server.close();
  rmSync(workDir, { recursive: true, force: true });
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, async () => { await cleanup(); process.exit(130); });

/** One measurement: a fresh context + page, the scenario run in the page, the page closed. */
async function measure(n, scenario) {
  if (!browser.isConnected()) browser = await chromium.launch({ executablePath: chromePath, headless: true, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin', locale: 'de-DE' });
  const errors = [];
  let timer;
  try {
    const page = await context.newPage();
    page.on('pageerror', (e) => errors.push(`pageerror: ${String(e).slice(0, 300)}`));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text().slice(0, 300)}`); });
    await page.goto(`${server.origin}/bench/page.html`);
    await page.waitForFunction(() => window.benchReady !== undefined, null, { timeout: 30000 });
    const ready = await page.evaluate(() => window.benchReady);
    if (ready !== true) return { failed: String(ready), fatal: true, errors };
    // load-probe: real key presses (CDP input, the renderer's input queue) every ~50 ms while the
    // page loads; each press waits for the renderer to take it, so a blocked thread slows the loop.
    let pressing = scenario === 'load-probe';
    const presser = (async () => {
      while (pressing) {
        await page.keyboard.press('Shift').catch(() => { pressing = false; });
        await new Promise((ok) => setTimeout(ok, 50));
      }
    })();
    const result = await Promise.race([
      page.evaluate((args) => window.runScenario(args), { scenario, n }).finally(() => { pressing = false; }),
      new Promise((_, fail) => { timer = setTimeout(() => fail(new Error(`no result within CAP_S=${CAP_MS / 1000} s`)), CAP_MS); }),
    ]);
    pressing = false;
    await presser;
    return { ...result, errors };
  } catch (error) {
    const failed = String(error?.message ?? error).split('\n')[0].slice(0, 300);
    return { failed, timedOut: failed.includes('CAP_S'), errors };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

/** Which build was measured: the checkout's commit says nothing about it with PC_DIST_DIR or --no-build. */
function distLabel() {
  let built = '?';
  try { built = statSync(join(DIST, 'participation-calendar.js')).mtime.toISOString().replace(/\.\d+Z$/, 'Z'); } catch {}
  if (process.env.PC_DIST_DIR) return `PC_DIST_DIR=${DIST} (entry built ${built})`;
  return flags.has('--no-build') ? `dist/ as it was (entry built ${built})` : `dist/ built by this run (${built})`;
}

function gitCommit() {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '.', ':!bench-results'], { cwd: ROOT, encoding: 'utf8' }).trim();
    return dirty ? `${sha} + uncommitted changes` : sha;
  } catch { return 'unknown'; }
}

const results = [];
function write(complete) {
  const meta = {
    date: new Date().toISOString(), commit: gitCommit(), dist: distLabel(), chromium: chromiumVersion, cores: os.cpus().length,
    cpu: os.cpus()[0]?.model?.trim() ?? '?', node: process.version, rounds: ROUNDS, roundsLarge: ROUNDS_LARGE,
    ns: NS, quick: QUICK, big: BIG, complete, loadAvg1: [loadAtStart, os.loadavg()[0]].map((x) => Math.round(x * 10) / 10), durationS: Math.round((Date.now() - t0) / 1000), durationText: minutes(Date.now() - t0),
  };
  const summary = summarize(results, NS);
  let comparison = null;
  if (flags.has('--compare') && complete && summary[1000]) {
    if (existsSync(BASELINE)) comparison = compare(JSON.parse(readFileSync(BASELINE, 'utf8')), summary[1000], sizes);
    else console.warn(`bench: --compare: ${BASELINE} does not exist (write it with --save-baseline).`);
  }
  const md = markdown({ meta, sizes, summary, comparison });
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'latest.md'), md);
  writeFileSync(join(OUT, 'latest.json'), `${JSON.stringify({ meta, sizes, summary, comparison, results }, null, 1)}\n`);
  return { meta, summary, md, comparison };
}

// Rounds outermost: a burst of machine noise then hits one round of everything rather than
// every round of one scenario; the scenario order rotates so none always runs first.
const total = NS.reduce((sum, n) => sum + roundsFor(n) * scenariosFor(n).length, 0);
let done = 0;
let fatal = null;
const gaveUp = new Set();
console.log(`bench: Chromium ${chromiumVersion} · ${total} measurements · rounds ${ROUNDS} (N ≥ 10,000: ${ROUNDS_LARGE}${BIG ? `; N = ${BIG_N}: 1` : ''})`);
// One discarded page first: the browser's first renderer is several times slower (process
// start-up, code caches), which would otherwise land on whichever measurement comes first.
const warmUp = await measure(Math.min(...NS), 'month-src');
if (warmUp.fatal) fatal = warmUp.failed;
else console.log(`bench: warm-up page ${warmUp.failed ? `FAILED ${warmUp.failed}` : `${Math.round(warmUp.ms)} ms (discarded)`} (${elapsed()})`);
outer: for (let round = 0; !fatal && round < Math.max(...NS.map(roundsFor)); round++) {
  for (const n of NS) {
    if (round >= roundsFor(n)) continue;
    const list = scenariosFor(n);
    const order = list.map((_, i) => list[(i + round) % list.length]);
    for (const scenario of order) {
      // A page that hit the cap once would most likely hit it again: do not spend CAP_S per round on it.
      if (gaveUp.has(`${n}|${scenario}`)) continue;
      const r = await measure(n, scenario);
      if (r.timedOut) gaveUp.add(`${n}|${scenario}`);
      results.push({ n, scenario, round, ...r });
      done++;
      const head = `[${String(done).padStart(String(total).length)}/${total}] N=${n} ${scenario.padEnd(12)} round ${round + 1}/${roundsFor(n)}:`;
      if (r.failed) console.log(`${head} FAILED ${r.failed}`);
      else {
        const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
        let step = r.worstStepMs != null ? `, worst step ${Math.round(r.worstStepMs)} ms` : '';
        if (r.changes) step = `, ${r.changes.length} changes: 1 rAF median ${median(r.changes.map((c) => c.raf1Ms)).toFixed(1)} / worst ${Math.max(...r.changes.map((c) => c.raf1Ms)).toFixed(1)} ms`;
        if (r.zeroMaxLateMs != null) step = `, max event-loop lateness ${Math.round(r.zeroMaxLateMs)} ms, max keydown delay ${Math.round(r.keyMaxDelayMs ?? NaN)} ms (timer) / ${Math.round(r.realKeyMaxDelayMs ?? NaN)} ms (real, ${r.realKeys})`;
        console.log(`${head} ${Math.round(r.ms)} ms${step}, longest task ${Math.round(r.longestTaskMs)} ms, ` +
          `heap +${r.heapRetainedBytes == null ? '?' : Math.round(r.heapRetainedBytes / 1024)} KB, ${r.events} events (${elapsed()})`);
      }
      if (r.fatal) { fatal = r.failed; break outer; }
    }
  }
  write(false);
}

const { summary, md, comparison } = write(!fatal);
await cleanup();
console.log(`\n${md}`);
if (flags.has('--save-baseline') && !fatal) {
  const { meta } = JSON.parse(readFileSync(join(OUT, 'latest.json'), 'utf8'));
  writeFileSync(BASELINE, `${JSON.stringify({ meta, n: 1000, sizes, summary: summary[1000] }, null, 1)}\n`);
  console.log(`bench: baseline written to ${BASELINE}`);
}
console.log(`bench: done in ${minutes(Date.now() - t0)}; results in bench-results/latest.md and latest.json`);
if (fatal) console.error(`bench: the bundle failed to load in the page, so nothing was measured:\n${fatal}`);
const failures = results.filter((r) => r.failed).length;
if (failures) console.error(`bench: ${failures} of ${results.length} measurements failed (see the report).`);
process.exit(fatal || failures ? 1 : 0);
