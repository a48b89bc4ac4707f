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
  ...(watch ? [] : [['node', ['scripts/e2e.mjs']]]),
];

let e2e = { passed: 0, failed: 0 };
for (const [cmd, args] of steps) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const isE2e = args[0] === 'scripts/e2e.mjs';
  const run = spawnSync(cmd, args, { stdio: isE2e ? ['inherit', 'pipe', 'inherit'] : 'inherit', env, encoding: 'utf8' });
  if (isE2e) {
    process.stdout.write(run.stdout);
    const m = /^(\d+) passed, (\d+) failed$/m.exec(run.stdout);
    if (m) e2e = { passed: +m[1], failed: +m[2] };
  }
  if (run.status !== 0) process.exit(run.status ?? 1);
}

if (!watch) {
  const browser = existsSync(countFile) ? JSON.parse(readFileSync(countFile, 'utf8')) : { passed: 0, failed: 0 };
  console.log(`\nbrowser tests: ${browser.passed} passed, ${browser.failed} failed; end-to-end checks: ${e2e.passed} passed, ${e2e.failed} failed`);
  console.log(`total: ${browser.passed + e2e.passed} passed, ${browser.failed + e2e.failed} failed`);
}
