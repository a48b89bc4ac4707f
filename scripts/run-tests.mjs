#!/usr/bin/env node
// Runs every test: unit and element tests in headless Chromium (web-test-runner),
// then the end-to-end checks of the demo pages (strict CSP, hostile CSS, both bundles).
// Expects a fresh build in dist/ (npm test builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
const countFile = join(mkdtempSync(join(tmpdir(), 'pc-tests-')), 'wtr-count.json');
const env = { ...process.env, CHROME_PATH: chrome, TEST_COUNT_FILE: countFile };
const watch = process.argv.includes('--watch');

const steps = [
  ['npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...(watch ? ['--watch'] : [])]],
  ...(watch
    ? []
    : [
        ['node', ['scripts/e2e.mjs']],
        ['node', ['scripts/test-stories.mjs']],
        ['node', ['scripts/test-package.mjs']],
        ['node', ['--test', 'test/cli/render.test.mjs', 'test/cli/browser.test.mjs']],
      ]),
];
// These print their own "N passed, M failed" line; it is added to the total.
const COUNTED = new Set(['scripts/e2e.mjs', 'scripts/test-stories.mjs', 'scripts/test-package.mjs', '--test']);

/** "N passed, M failed" (our scripts) or node:test's "# pass N" / "# fail M" lines. */
function countsIn(output) {
  const ours = /^(\d+) passed, (\d+) failed$/m.exec(output);
  if (ours) return { passed: +ours[1], failed: +ours[2] };
  const pass = /^(?:#|ℹ) pass (\d+)$/m.exec(output), fail = /^(?:#|ℹ) fail (\d+)$/m.exec(output);
  return { passed: pass ? +pass[1] : 0, failed: fail ? +fail[1] : 0 };
}

const counts = [];
for (const [cmd, args] of steps) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const counted = COUNTED.has(args[0]);
  const run = spawnSync(cmd, args, { stdio: counted ? ['inherit', 'pipe', 'inherit'] : 'inherit', env, encoding: 'utf8' });
  if (counted) {
    process.stdout.write(run.stdout);
    counts.push({ name: args[0] === '--test' ? 'cli' : args[0].replace(/^scripts\/|\.mjs$/g, ''), ...countsIn(run.stdout) });
  }
  if (run.status !== 0) process.exit(run.status ?? 1);
}

if (!watch) {
  const browser = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : { passed: 0, failed: 0 };
  const all = [{ name: 'browser tests', ...browser }, ...counts];
  console.log(`\n${all.map((c) => `${c.name}: ${c.passed} passed, ${c.failed} failed`).join('; ')}`);
  const sum = (key) => all.reduce((n, c) => n + c[key], 0);
  console.log(`total: ${sum('passed')} passed, ${sum('failed')} failed`);
}
