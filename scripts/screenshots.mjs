#!/usr/bin/env node
// Full-page screenshots of the demo page for review: month and list view, desktop
// and phone width, German and English, plus 320 px and forced colours
// (Windows high contrast). Written to screenshots/ (git-ignored).
//
//   node scripts/screenshots.mjs          deterministic: the fixture feed
//                                         test/fixtures/sample-feed-2026-11.json,
//                                         with "today" fixed to 15 November 2026
//   node scripts/screenshots.mjs --live   the demo's feed for the real today
//
// It also renews the README's picture, docs/screenshot-month.png: the German
// month view at 1280 px cropped to the widget (not with --live). Look at it
// before committing it.
//
// Deterministic by default so two runs can be compared picture by picture.
import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChromium } from '../test/support/browsers.mjs';
import { distExists, startDemoServer } from './serve-demo.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT_DIR = `${ROOT}screenshots`;
const FIXTURE = `${ROOT}test/fixtures/sample-feed-2026-11.json`;
// The day the fixture was built for (see demo/sample-feed.mjs), mid-morning in Berlin.
const FIXTURE_NOW = new Date('2026-11-15T10:00:00+01:00');
const TIMEOUT_MS = 15_000;
const README_PICTURE = `${ROOT}docs/screenshot-month.png`;

const SHOTS = [];
for (const view of ['month', 'list']) {
  for (const width of [1280, 375]) {
    for (const lang of ['de', 'en']) SHOTS.push({ name: `demo-${view}-${lang}-${width}`, view, lang, width });
  }
}
SHOTS.push({ name: 'demo-month-de-320', view: 'month', lang: 'de', width: 320 });
SHOTS.push({ name: 'demo-month-de-1280-forced-colors', view: 'month', lang: 'de', width: 1280, forcedColors: 'active' });

/** In the page: sets the widget's attributes as an editor would and waits until it has re-rendered. */
async function configure({ view, lang }) {
  const el = document.querySelector('participation-calendar');
  el.setAttribute('view', view);
  el.setAttribute('lang', lang);
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/** In the page: the widget shows something worth a picture (events, or the compact grid). */
function rendered() {
  const root = document.querySelector('participation-calendar')?.shadowRoot;
  return Boolean(root?.querySelector('[part~="event"], [part~="day"]'));
}

async function shoot(browser, baseUrl, shot, { live, fixture }) {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: 900 },
    timezoneId: 'Europe/Berlin',
    locale: 'de-DE',
    reducedMotion: 'reduce',
    forcedColors: shot.forcedColors ?? 'none',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  if (!live) {
    await page.clock.setFixedTime(FIXTURE_NOW);
    await page.route('**/demo/events.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: fixture }),
    );
  }
  try {
    // Listen before the page's scripts run: the widget's load event does not bubble.
    await page.addInitScript(() => {
      document.addEventListener(
        'load',
        (e) => {
          if (e.target?.localName === 'participation-calendar') window.__pcLoaded = true;
        },
        true,
      );
    });
    await page.goto(`${baseUrl}demo/index.html`, { waitUntil: 'load' });
    await page
      .waitForFunction(() => window.__pcLoaded === true, null, { timeout: TIMEOUT_MS })
      .catch(() => problems.push('the widget fired no load event within 15 s'));
    await page.evaluate(configure, shot);
    await page.waitForFunction(rendered, null, { timeout: TIMEOUT_MS });
    const path = `${OUT_DIR}/${shot.name}.png`;
    await page.screenshot({ path, fullPage: true, animations: 'disabled' });
    if (!live && shot.name === 'demo-month-de-1280') {
      await page.locator('participation-calendar').screenshot({ path: README_PICTURE, animations: 'disabled' });
      console.log(`wrote ${README_PICTURE.slice(ROOT.length)}`);
    }
    return { path, problems };
  } finally {
    await context.close();
  }
}

async function main() {
  const live = process.argv.includes('--live');
  if (!distExists()) {
    console.error('dist/participation-calendar.js is missing: run `npm run build` first.');
    process.exit(1);
  }
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('No Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  await mkdir(OUT_DIR, { recursive: true });
  const fixture = live ? '' : await readFile(FIXTURE, 'utf8');
  const server = await startDemoServer({ port: 0 });
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS, timeout: 30_000 });
  let failures = 0;
  try {
    console.log(live ? 'Feed: generated for today' : `Feed: ${FIXTURE.slice(ROOT.length)}, today = 2026-11-15`);
    for (const shot of SHOTS) {
      try {
        const { path, problems } = await shoot(browser, server.url, shot, { live, fixture });
        console.log(`wrote ${path.slice(ROOT.length)}${problems.length ? `  (page reported: ${problems.join(' | ')})` : ''}`);
      } catch (error) {
        failures += 1;
        console.error(`FAILED ${shot.name}: ${error.message.split('\n')[0]}`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (failures) process.exit(1);
}

await main();
