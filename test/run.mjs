#!/usr/bin/env node
// `npm test`: everything CI runs, in one command with one honest total.
//
//   node test/run.mjs [--engines chromium,firefox,webkit] [--only unit,element,e2e,stories,package,cli] [--no-build]
//
//  1. finds (as root on Debian: installs) a browser per engine, or stops naming the package;
//  2. builds, type-checks, checks the byte budgets, the API docs and the import graph;
//  3. unit and element tests in every engine (web-test-runner; WebKit under xvfb-run);
//  4. the Node suites: end-to-end checks of the demo pages (every engine), the stories
//     with axe (Chromium), the packed package, the CLI (node:test);
//  5. prints tests per suite and engine and one total, counted from the runners' own
//     results (JSON), never from their printed output.
// Exits non-zero as soon as a step fails; the counts so far are printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ENGINES, browserVersion, findBrowser, installHint } from './support/browsers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SUITES = ['unit', 'element', 'e2e', 'stories', 'package', 'cli'];
const BROWSER_SUITES = new Set(['unit', 'element']);
const NODE_SUITES = ['e2e', 'stories', 'package', 'cli'];

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = process.argv[i + 1];
  if (!value || value.startsWith('--')) fail(`--${name} needs a value`);
  return value.split(',').map((v) => v.trim()).filter(Boolean);
}

function fail(message) {
  console.error(`test: ${message}`);
  process.exit(2);
}

const engines = option('engines') ?? (process.env.PC_ENGINES ? process.env.PC_ENGINES.split(',') : [...ENGINES]);
const only = option('only') ?? SUITES;
for (const e of engines) if (!ENGINES.includes(e)) fail(`unknown engine '${e}' (engines: ${ENGINES.join(', ')})`);
for (const s of only) if (!SUITES.includes(s)) fail(`unknown suite '${s}' (suites: ${SUITES.join(', ')})`);
const build = !process.argv.includes('--no-build');

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) fail(`Node ${process.versions.node} is too old: the project needs Node 20.19 or newer (package.json engines).`);

const started = Date.now();
const temp = mkdtempSync(join(tmpdir(), 'pc-test-'));
process.on('exit', () => rmSync(temp, { recursive: true, force: true }));
const results = [];
const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;

function step(title, cmd, args, env = {}) {
  console.log(`\n$ ${[cmd, ...args].join(' ')}    # ${title}`);
  const t = Date.now();
  const run = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`# ${title}: ${run.status === 0 ? 'done' : `FAILED (exit ${run.status ?? run.signal})`} in ${seconds(Date.now() - t)}`);
  return run.status === 0;
}

function summary() {
  const lines = [];
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const { suite, engine, passed, failed, skipped } of results) {
    lines.push(`${`${suite}${engine === 'all' ? '' : ` (${engine})`}`.padEnd(22)} ${String(passed).padStart(5)} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
    total.passed += passed;
    total.failed += failed;
    total.skipped += skipped;
  }
  console.log(`\n${lines.join('\n')}`);
  console.log(`total: ${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''} (${seconds(Date.now() - started)}; engines: ${engines.join(', ')})`);
  return total;
}

function stop(message) {
  console.error(`\ntest: ${message}`);
  summary();
  process.exit(1);
}

// 1. Browsers.
const browsers = {};
for (const engine of engines) {
  const found = findBrowser(engine, { install: true });
  if (!found) stop(installHint(engine));
  browsers[engine] = found;
  console.log(`${engine}: ${browserVersion(found)} (${found.path})`);
}
const xvfb = engines.includes('webkit') ? [browsers.webkit.xvfbRun, '-a', '-s', '-screen 0 1920x4000x24 -dpi 96'] : [];
const withDisplay = (cmd, args) => (xvfb.length && !process.env.DISPLAY ? [xvfb[0], [...xvfb.slice(1), cmd, ...args]] : [cmd, args]);

// 2. Build and static checks.
if (build) {
  const npx = (title, ...args) => step(title, 'npx', args) || stop(`${title} failed`);
  step('build', 'npm', ['run', 'build']) || stop('the build failed');
  npx('type-check', 'tsc', '--noEmit', '-p', 'tsconfig.json');
  step('byte budgets', 'node', ['scripts/check-size.mjs']) || stop('a bundle is over its byte budget');
  step('API docs match the element', 'node', ['scripts/check-api-docs.mjs']) || stop('README and custom-elements.json disagree');
  step('import graph', 'node', ['scripts/check-imports.mjs']) || stop('the import graph has a cycle or a stage imports a later one');
}

// 3. Browser suites.
const wtrGroups = only.filter((s) => BROWSER_SUITES.has(s));
if (wtrGroups.length) {
  const countFile = join(temp, 'wtr.json');
  const groups = wtrGroups.flatMap((s) => (s === 'unit' ? ['unit-berlin', 'unit-los-angeles'] : [s])).flatMap((g) => engines.map((e) => `${g}:${e}`));
  // Several --group flags are not supported: the config reads PC_GROUPS instead.
  const [cmd, args] = withDisplay('npx', ['wtr', '--config', 'web-test-runner.config.mjs']);
  const title = `unit and element tests (${engines.join(', ')})`;
  const env = { PC_ENGINES: engines.join(','), PC_GROUPS: groups.join(','), TEST_COUNT_FILE: countFile };
  const readCounts = () => (existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : {});
  let ok = step(title, cmd, args, env);
  let counts = readCounts();
  // A run that fails with no failing test counted lost a browser on the way (WebKitGTK's driver
  // now and then ends a session silently, and wtr exits without a word): run it once more, and
  // say so. A run that counted a failing test is not run again.
  if (!ok && engines.every((e) => (counts[e]?.failed ?? 0) === 0)) {
    console.error('\ntest: the browser run ended without a failing test (a browser was lost); running it once more');
    rmSync(countFile, { force: true });
    ok = step(`${title}, second run`, cmd, args, env);
    counts = readCounts();
  }
  for (const engine of engines) {
    const c = counts[engine] ?? { passed: 0, failed: ok ? 0 : 1, skipped: 0 };
    results.push({ suite: 'browser: unit+element', engine, ...c });
  }
  // The Node suites still run: one CI run shows every failure.
  if (!ok) console.error('\ntest: browser tests failed; the other suites run on');
}

// 4. Node suites.
const nodeSuites = NODE_SUITES.filter((s) => only.includes(s));
if (nodeSuites.length) {
  const files = nodeSuites.flatMap((s) => readdirSync(join(ROOT, 'test', s)).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => `test/${s}/${f}`));
  const countFile = join(temp, 'node.json');
  const [cmd, args] = withDisplay(process.execPath, [
    '--test', '--test-concurrency=1',
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./test/support/count-reporter.mjs', `--test-reporter-destination=${countFile}`,
    ...files,
  ]);
  const ok = step(`${nodeSuites.join(', ')}`, cmd, args, { PC_ENGINES: engines.join(',') });
  const counts = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : {};
  for (const suite of nodeSuites) {
    for (const [engine, c] of Object.entries(counts[suite] ?? { all: { passed: 0, failed: ok ? 0 : 1, skipped: 0 } })) {
      results.push({ suite, engine, ...c });
    }
  }
}

const total = summary();
process.exit(total.failed ? 1 : 0);
