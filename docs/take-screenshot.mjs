#!/usr/bin/env node
// Writes docs/screenshot-month.png, the README's picture: the widget alone (not the whole demo
// page) in the German month view at 1280 px, from the fixed fixture feed with "today" set to
// 15 November 2026, the same set-up as scripts/screenshots.mjs. Needs a build (npm run build).
//
//   node docs/take-screenshot.mjs
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { distExists, startDemoServer } from '../scripts/serve-demo.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}docs/screenshot-month.png`;
const FIXTURE = `${ROOT}test/fixtures/sample-feed-2026-11.json`;
const FIXTURE_NOW = new Date('2026-11-15T10:00:00+01:00');

if (!distExists()) {
  console.error('dist/participation-calendar.js is missing: run `npm run build` first.');
  process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
const fixture = await readFile(FIXTURE, 'utf8');
const server = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/Berlin', locale: 'de-DE', reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(FIXTURE_NOW);
  await page.route('**/demo/events.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: fixture }));
  // The widget's load event does not bubble: listen in the capture phase, before the page's scripts run.
  await page.addInitScript(() => {
    document.addEventListener('load', (e) => {
      if (e.target?.localName === 'participation-calendar') window.__pcLoaded = true;
    }, true);
  });
  await page.goto(`${server.url}demo/index.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__pcLoaded === true, null, { timeout: 15_000 });
  await page.evaluate(async () => {
    const el = document.querySelector('participation-calendar');
    el.setAttribute('view', 'month');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  await page.locator('participation-calendar').screenshot({ path: OUT, animations: 'disabled' });
  console.log(`wrote ${OUT.slice(ROOT.length)}`);
} finally {
  await browser.close();
  await server.close();
}
