#!/usr/bin/env node
// Runs every test: unit and element tests in headless Chromium (web-test-runner),
// then the end-to-end checks of the demo pages (strict CSP, hostile CSS, both bundles).
// Expects a fresh build in dist/ (npm test builds first).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const chrome = findChromium();
if (!chrome) {
  console.error('No Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
const env = { ...process.env, CHROME_PATH: chrome };
const watch = process.argv.includes('--watch');

const steps = [
  ['npx', ['wtr', '--config', 'web-test-runner.config.mjs', ...(watch ? ['--watch'] : [])]],
  ...(watch ? [] : [['node', ['scripts/e2e.mjs']]]),
];

for (const [cmd, args] of steps) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}
