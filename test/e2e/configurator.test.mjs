// The configurator (dist/configurator.html) driven as an editor drives it, in every
// engine (PC_ENGINES): a good feed, a feed with every kind of problem, a feed on a
// server without CORS, a server that is not there, a copy of dist/ without chunks/, a
// file dropped from the computer, the contrast check, keyboard only, axe-core, and the
// copied code pasted into a blank page next to dist/ showing the same calendar as the
// preview. Screenshots at 1280 and 375 px go to screenshots/configurator/ (git-ignored).
//
//   node --test test/e2e/configurator.test.mjs      (needs a build: npm run build)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSampleFeed } from '../../demo/sample-feed.mjs';
import { send, startStaticServer } from '../../scripts/static-server.mjs';
import { startDemoServer } from '../../scripts/serve-demo.mjs';
import { ENGINES } from '../support/browsers.mjs';
import { launch } from '../support/drive.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIST = join(ROOT, 'dist');
const SHOTS = join(ROOT, 'screenshots/configurator');
const PROBLEMS = join(ROOT, 'test/fixtures/check/problems.json');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const engines = (process.env.PC_ENGINES ?? 'chromium').split(',').filter((e) => ENGINES.includes(e));

const tmp = mkdtempSync(join(tmpdir(), 'pc-configurator-'));
const PAGES = join(tmp, 'pages');
/** dist/ as an editor might copy it: everything but chunks/. */
const PARTIAL = join(tmp, 'partial');

const js = (file) => (req, res) => send(res, 200, readFileSync(file), { 'Content-Type': 'text/javascript; charset=utf-8' });
const jsonRoute = (body, headers = {}) => (req, res) => send(res, 200, body(), { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
const goodFeed = () => JSON.stringify(buildSampleFeed(new Date()));

let site;
let other;
/** Paths asked of the second origin, the feed server. */
const otherRequests = [];
let closedPort;

before(async () => {
  assert.ok(existsSync(join(DIST, 'configurator.html')), 'dist/configurator.html is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(PAGES, { recursive: true });
  cpSync(DIST, PARTIAL, { recursive: true, filter: (src) => !/[\\/](chunks|esm|types)$/.test(src) });
  site = await startStaticServer({
    folders: { dist: DIST, pages: PAGES, partial: PARTIAL },
    routes: {
      '/__test/recorder.js': js(join(ROOT, 'test/support/recorder.js')),
      '/__test/axe.js': js(join(ROOT, 'node_modules/axe-core/axe.min.js')),
      '/feeds/good.json': jsonRoute(goodFeed),
      '/feeds/problems.json': jsonRoute(() => readFileSync(PROBLEMS, 'utf8')),
    },
    transformHtml: (html) => html.replace(/<head>/i, '<head><script src="/__test/recorder.js"></script>'),
  });
  other = await startStaticServer({
    routes: {
      '/no-cors.json': jsonRoute(goodFeed),
      '/open.json': jsonRoute(goodFeed, { 'Access-Control-Allow-Origin': '*' }),
    },
    onAnswer: ({ pathname }) => otherRequests.push(pathname),
  });
  closedPort = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
});
after(async () => {
  await site?.close();
  await other?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** The findings' headlines as the CLI prints them for the same feed today: one implementation, one wording. */
function cliHeadlines(feed) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/participation-calendar.mjs'), 'check', feed, '--json'], { encoding: 'utf8' });
  const labels = { error: 'Fehler', warning: 'Warnung', notice: 'Hinweis' };
  return JSON.parse(r.stdout).sources[0].findings.map((f) => `${labels[f.severity]}: ${f.title}`);
}

// In the page ---------------------------------------------------------------

/** What the check shows: verdict, summary, group headings and each finding's headline. */
function shownResult() {
  const text = (el) => el?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  const section = document.querySelector('#results-heading')?.closest('section');
  return {
    verdict: text(section?.querySelector('.verdict')),
    summary: text(section?.querySelector('.verdict ~ p:not(.source)')),
    groups: [...(section?.querySelectorAll('h3') ?? [])].map(text),
    findings: [...(section?.querySelectorAll('.finding h4') ?? [])].map(text),
    status: text(section?.querySelector('[role="status"]')),
  };
}

/** What a calendar shows: heading, view, events' texts, its state message, the accent on the pressed view button. */
function calendarState(selector) {
  const el = document.querySelector(selector);
  const root = el?.shadowRoot;
  if (!root) return null;
  const text = (node) => node?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  const pressed = root.querySelector('[part~="button"][aria-pressed="true"]');
  return {
    lang: root.querySelector('.root')?.getAttribute('lang') ?? null,
    heading: text(root.querySelector('[part~="heading"]')),
    events: [...root.querySelectorAll('[part~="event"], [part~="list-item"]')].map(text),
    state: text(root.querySelector('[part~="state"]')),
    filters: Boolean(root.querySelector('[part~="filters"]')),
    running: Boolean(root.querySelector('[part~="running"]')),
    accent: pressed ? getComputedStyle(pressed).backgroundColor : null,
  };
}

describe('configurator', () => {
  for (const engine of engines) {
    describe(engine, () => {
      let browser;
      before(async () => {
        browser = await launch(engine, { timeZone: 'Europe/Berlin' });
      });
      after(() => browser?.close());

      /** Opens the configurator (of `dist` or another copy) with a feed already in its address. */
      async function open({ feed, width = 1280, height = 900, base = '/dist/' } = {}) {
        const page = await browser.newPage({ width, height });
        await page.goto(`${site.origin}${base}configurator.html${feed ? `?feed=${encodeURIComponent(feed)}` : ''}`);
        assert.ok(await page.waitFor(() => document.querySelector('#feed-url')), 'the configurator did not start');
        if (feed) assert.ok(await page.waitFor(() => document.querySelector('.verdict'), undefined, 25_000), 'the check did not finish');
        return page;
      }
      const settle = (ms = 600) => new Promise((resolve) => setTimeout(resolve, ms));
      /** Waits until the preview's widget has reported (load or error, see test/support/recorder.js) and shown it. */
      const previewShows = async (page) => {
        const reported = await page.waitFor(() => window.__e2e.loads.length + window.__e2e.errors.length > 0, undefined, 20_000);
        await settle();
        return reported;
      };

      async function axeViolations(page) {
        await page.evaluate(() => new Promise((resolve, reject) => {
          if (window.axe) return resolve();
          const script = Object.assign(document.createElement('script'), { src: '/__test/axe.js', onload: resolve, onerror: reject });
          document.head.append(script);
        }));
        return page.evaluate(async (tags) => {
          const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
          // As in test/element/helpers.ts (isDayCell): the preview's day cells are named by their visible
          // day number, not by the titles of the events inside them, which are controls with their own names.
          return result.violations
            .map((v) => (v.id === 'label-content-name-mismatch' ? { ...v, nodes: v.nodes.filter((n) => !/^<div role="gridcell"/.test(n.html)) } : v))
            .filter((v) => v.nodes.length)
            .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }, AXE_TAGS);
      }

      test(`[${engine}] a good feed: "all good", its numbers, the preview, axe-clean, no request but to dist/ and the feed`, async () => {
        const feed = `${site.origin}/feeds/good.json`;
        const page = await open({ feed });
        try {
          const result = await page.evaluate(shownResult);
          assert.equal(result.verdict, 'Alles in Ordnung: Der Kalender kann die Termine zeigen.');
          const count = buildSampleFeed(new Date()).events.length;
          assert.match(result.summary, new RegExp(`^${count} Termine in der Datei, alle können angezeigt werden\\. In den nächsten 3 Monaten: \\d+ Termine\\.$`));
          assert.deepEqual(result.findings, []);
          assert.ok(await previewShows(page), 'the preview shows the calendar');
          const preview = await page.evaluate(calendarState, '.preview participation-calendar');
          assert.ok(preview.events.length >= 10, `preview shows ${preview.events.length} events`);
          await settle();
          assert.deepEqual(await axeViolations(page), []);
          const recorded = await page.evaluate(() => window.__e2e);
          assert.deepEqual([...recorded.consoleErrors, ...recorded.uncaught, ...page.browserErrors], []);
          const foreign = await page.evaluate((origin) => performance.getEntriesByType('resource').map((e) => e.name)
            .filter((url) => !url.startsWith(`${origin}/dist/`) && !url.startsWith(`${origin}/__test/`) && !url.startsWith(`${origin}/feeds/good.json`)), site.origin);
          assert.deepEqual(foreign, [], 'requests other than dist/ and the feed');
          await page.screenshot(join(SHOTS, `${engine}-good-1280.png`));
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] the demo's link opens the configurator with the demo's feed checked`, async () => {
        const demo = await startDemoServer({ port: 0 });
        const page = await browser.newPage({ width: 1280, height: 900 });
        try {
          await page.goto(`${demo.origin}/demo/`);
          const href = await page.evaluate(() => document.querySelector('a[href*="configurator.html"]')?.href ?? null);
          assert.equal(href, `${demo.origin}/dist/configurator.html?feed=${encodeURIComponent(`${demo.origin}/demo/events.json`)}`);
          await page.goto(href);
          assert.ok(await page.waitFor(() => document.querySelector('.verdict'), undefined, 25_000), 'the check did not finish');
          assert.equal((await page.evaluate(shownResult)).verdict, 'Alles in Ordnung: Der Kalender kann die Termine zeigen.');
        } finally {
          await page.close();
          await demo.close();
        }
      });

      test(`[${engine}] a feed with every kind of problem: grouped, counted, in the CLI's words`, async () => {
        const page = await open({ feed: `${site.origin}/feeds/problems.json` });
        try {
          const result = await page.evaluate(shownResult);
          assert.equal(result.verdict, 'Der Kalender kann Termine zeigen, aber einiges sollte korrigiert werden.');
          assert.deepEqual(result.findings, cliHeadlines(PROBLEMS), 'the same findings and words as `participation-calendar check`');
          const warnings = result.findings.filter((f) => f.startsWith('Warnung')).length;
          assert.deepEqual(result.groups, [`Warnungen (${warnings})`, 'Hinweise (1)']);
          assert.match(result.status, /^Der Kalender kann Termine zeigen, aber einiges sollte korrigiert werden\. \d+ Warnungen, 1 Hinweis\.$/);
          // The events concerned are behind a disclosure that names how many.
          const night = await page.evaluate(() => {
            const item = [...document.querySelectorAll('.finding')].find((f) => f.querySelector('h4').textContent.includes('mitten in der Nacht'));
            item.querySelector('details').open = true;
            return [item.querySelector('summary').textContent.trim(), [...item.querySelectorAll('.items li')].map((li) => li.textContent.trim())];
          });
          assert.deepEqual(night, ['Betroffene Termine (2)', [
            '„Infoabend“ (id 6): beginnt am Freitag, 20. November 2026 um 01:00 Uhr',
            '„Radforum“ (id 8): beginnt am Freitag, 6. November 2026 um 00:00 Uhr',
          ]]);
          // Presets come from the feed's real values.
          const offered = await page.evaluate(() => [...document.querySelectorAll('input[name="formats"]')].map((i) => i.value));
          assert.deepEqual(offered, []);
          await settle();
          assert.deepEqual(await axeViolations(page), []);
          for (const width of [1280, 375]) {
            if (width !== 1280) {
              await page.close();
              const narrow = await open({ feed: `${site.origin}/feeds/problems.json`, width: 375 });
              await narrow.evaluate(() => document.querySelectorAll('.finding details').forEach((d) => { d.open = true; }));
              await narrow.screenshot(join(SHOTS, `${engine}-problems-375.png`));
              await narrow.close();
            } else {
              await page.screenshot(join(SHOTS, `${engine}-problems-1280.png`));
            }
          }
        } finally {
          await page.close().catch(() => {});
        }
      });

      test(`[${engine}] a feed on a server that does not let other sites read it: CORS, with what to ask its administrator`, async () => {
        otherRequests.length = 0;
        const feed = `${other.origin}/no-cors.json`;
        const page = await open({ feed });
        try {
          const result = await page.evaluate(shownResult);
          assert.equal(result.verdict, 'Der Kalender bliebe leer. Beheben Sie die Fehler, bevor Sie ihn einbinden.');
          assert.deepEqual(result.findings, [`Fehler: Der Server 127.0.0.1:${other.port} erlaubt anderen Websites nicht, die Termindatei zu lesen`]);
          const advice = await page.evaluate(() => document.querySelector('.finding').textContent);
          assert.ok(advice.includes(`„Access-Control-Allow-Origin: ${site.origin}“`), advice);
          assert.deepEqual([...new Set(otherRequests)], ['/no-cors.json'], 'the feed server got no request but for the feed');
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] a feed on another server that allows it: no finding, the preview shows it`, async () => {
        const page = await open({ feed: `${other.origin}/open.json` });
        try {
          assert.equal((await page.evaluate(shownResult)).verdict, 'Alles in Ordnung: Der Kalender kann die Termine zeigen.');
          assert.ok(await previewShows(page));
          assert.ok((await page.evaluate(calendarState, '.preview participation-calendar')).events.length >= 10);
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] a server that is not there, and an address that is not one`, async () => {
        const page = await open({ feed: `http://127.0.0.1:${closedPort}/termine.json` });
        try {
          assert.deepEqual((await page.evaluate(shownResult)).findings, ['Fehler: Die Termindatei ist nicht erreichbar']);
          await page.evaluate(() => {
            const input = document.querySelector('#feed-url');
            input.value = 'www.musterstadt.de/termine.json';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            input.form.requestSubmit();
          });
          assert.ok(await page.waitFor(() => document.querySelector('#feed-url-error')));
          assert.equal(await page.evaluate(() => document.querySelector('#feed-url').getAttribute('aria-invalid')), 'true');
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] a copy of dist/ without chunks/: the missing program files are named, and the preview says so too`, async () => {
        const page = await open({ feed: `${site.origin}/feeds/good.json`, base: '/partial/' });
        try {
          // The check of dist/ names every missing file; the preview's own error (one file) may come first.
          assert.ok(await page.waitFor(() => [...document.querySelectorAll('.finding h4')].some((h) => h.textContent.includes('Programmdateien'))));
          const result = await page.evaluate(shownResult);
          const listed = new RegExp(`^Fehler: \\d+ Programmdateien des Kalenders fehlen, zum Beispiel ${site.origin}/partial/chunks/`);
          assert.ok(result.findings.some((f) => listed.test(f)), result.findings.join('\n'));
          assert.equal(result.verdict, 'Der Kalender bliebe leer. Beheben Sie die Fehler, bevor Sie ihn einbinden.');
          assert.ok(await previewShows(page));
          const preview = await page.evaluate(calendarState, '.preview participation-calendar');
          assert.match(preview.state, /^Eine Programmdatei des Kalenders fehlt: .*chunks\/.*; kopieren Sie den ganzen Ordner dist\/\. Erneut versuchen$/);
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] a file dropped from the computer: checked, previewed, the code asks for its address`, async () => {
        const page = await open();
        try {
          const file = join(ROOT, 'test/fixtures/ics/broken.ics');
          const ics = readFileSync(file, 'utf8');
          await page.evaluate((text) => {
            const data = new DataTransfer();
            data.items.add(new File([text], 'termine.ics', { type: 'text/calendar' }));
            document.querySelector('.drop').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
          }, ics);
          assert.ok(await page.waitFor(() => document.querySelector('.verdict')));
          const result = await page.evaluate(shownResult);
          assert.ok(result.findings.includes('Warnung: Ein Eintrag der Datei ist kein lesbarer Termin'), result.findings.join(' | '));
          assert.deepEqual(result.findings, cliHeadlines(file));
          assert.ok(await previewShows(page));
          const code = await page.evaluate(() => document.querySelector('#snippet-code').value);
          assert.match(code, /<participation-calendar src="ADRESSE-DER-TERMINDATEI" lang="de">/);
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] an accent colour with too little contrast: warned, the nearest colour offered and taken`, async () => {
        const page = await open({ feed: `${site.origin}/feeds/good.json` });
        try {
          await page.evaluate(() => {
            document.querySelector('input[name="theme"][value="light"]').click();
            document.querySelector('input[name="accent-default"]').click();
          });
          await page.waitFor(() => document.querySelector('#accent-code'));
          await page.evaluate(() => {
            const input = document.querySelector('#accent-code');
            input.value = '#f0c020';
            input.dispatchEvent(new Event('change', { bubbles: true }));
          });
          assert.ok(await page.waitFor(() => document.querySelector('.contrast .low')));
          const low = await page.evaluate(() => [document.querySelector('.contrast').textContent.trim(), document.querySelector('.nearest').textContent.replace(/\s+/g, ' ').trim()]);
          assert.match(low[0], /^Kontrast nur 1,\d : 1 zum hellen Hintergrund; nötig sind mindestens 4,5 : 1\.$/);
          const nearest = /#[0-9a-f]{6}/.exec(low[1])[0];
          await page.evaluate(() => document.querySelector('.nearest button').click());
          assert.ok(await page.waitFor(() => document.querySelector('.contrast .ok')));
          assert.match(await page.evaluate(() => document.querySelector('.contrast').textContent.trim()), /^Kontrast 4,\d : 1 zum hellen Hintergrund: gut lesbar\.$/);
          const code = await page.evaluate(() => document.querySelector('#snippet-code').value);
          assert.ok(code.includes(`theme="light" style="--pc-accent: ${nearest}"`), code.slice(0, 300));
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] keyboard only: enter the address, check, choose the list, copy the code`, async () => {
        const page = await open();
        try {
          /** Presses Tab until `selector` has the focus (at most `limit` times). */
          const tabTo = async (selector, limit = 120) => {
            for (let i = 0; i < limit; i++) {
              if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return true;
              await page.press('Tab');
            }
            return false;
          };
          assert.ok(await tabTo('#feed-url'), 'Tab reaches the address field');
          await page.type(`${site.origin}/feeds/good.json`);
          await page.press('Enter');
          assert.ok(await page.waitFor(() => document.querySelector('.verdict'), undefined, 25_000), 'Enter runs the check');
          assert.ok(await tabTo('input[name="view"][value="month"]'), 'Tab reaches the view choice');
          await page.press('ArrowRight');
          assert.ok(await page.waitFor(() => document.querySelector('input[name="view"][value="list"]').checked), 'an arrow key chooses the list');
          assert.ok(await page.waitFor(() => document.querySelector('.preview participation-calendar')?.getAttribute('view') === 'list'), 'the preview follows');
          assert.ok(await tabTo('.copy-row button'), 'Tab reaches "Code kopieren"');
          await page.press('Enter');
          assert.ok(await page.waitFor(() => document.querySelector('.copy-result').textContent.trim() !== ''));
          assert.match(await page.evaluate(() => document.querySelector('.copy-result').textContent.trim()),
            /^(Der Code ist kopiert\. Fügen Sie ihn jetzt ein\.|Kopieren ging nicht\. Markieren Sie den Code und kopieren Sie ihn mit Strg\+C \(Mac: Cmd\+C\)\.)$/);
        } finally {
          await page.close();
        }
      });

      test(`[${engine}] the copied code, pasted into a blank page next to dist/, shows the same calendar as the preview`, async () => {
        const page = await open({ feed: `${site.origin}/feeds/good.json` });
        let blank;
        try {
          await page.evaluate(() => {
            document.querySelector('input[name="lang"][value="en"]').click();
            document.querySelector('input[name="view"][value="list"]').click();
            document.querySelector('input[name="running"][value="none"]').click();
            document.querySelector('input[name="categories"][value="Mobilität"]').click();
            document.querySelector('input[name="accent-default"]').click();
          });
          await page.evaluate(() => {
            const input = document.querySelector('#accent-code');
            input.value = '#8a1538';
            input.dispatchEvent(new Event('change', { bubbles: true }));
          });
          await page.waitFor(() => document.querySelector('.preview participation-calendar').getAttribute('style') === '--pc-accent: #8a1538');
          await page.waitFor(() => document.querySelector('.preview participation-calendar').shadowRoot.querySelector('[part~="list-item"]'));
          await settle(800);
          const preview = await page.evaluate(calendarState, '.preview participation-calendar');
          const code = await page.evaluate(() => document.querySelector('#snippet-code').value);
          // WebKitWebDriver drives one window at a time.
          await page.close();
          assert.match(code, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/dist\/participation-calendar\.js"><\/script>\n<participation-calendar src="[^"]+\/feeds\/good\.json" lang="en" view="list" running="none" categories="Mobilität" style="--pc-accent: #8a1538">\n<section class="pc-static"/);
          writeFileSync(join(PAGES, `blank-${engine}.html`), `<!doctype html>\n<html lang="de"><head><meta charset="utf-8"><title>Leere Seite</title></head>\n<body>\n${code}</body></html>\n`);
          blank = await browser.newPage({ width: 1280, height: 900 });
          await blank.goto(`${site.origin}/pages/blank-${engine}.html`);
          assert.ok(await blank.waitFor(() => window.__e2e.loads.length > 0, undefined, 20_000), 'the pasted calendar loaded its feed');
          await blank.waitFor(() => document.querySelector('participation-calendar').shadowRoot.querySelector('[part~="list-item"]'));
          await settle(800);
          const pasted = await blank.evaluate(calendarState, 'participation-calendar');
          assert.deepEqual(pasted, preview);
          assert.equal(preview.lang, 'en');
          assert.equal(preview.running, false);
          assert.equal(preview.accent, 'rgb(138, 21, 56)');
          assert.ok(preview.events.length > 0 && preview.events.every((e) => e.length > 0));
          const recorded = await blank.evaluate(() => window.__e2e);
          assert.deepEqual([...recorded.consoleErrors, ...recorded.uncaught], []);
        } finally {
          await page.close().catch(() => {});
          await blank?.close();
        }
      });

      test(`[${engine}] in English, at 375 px without sideways scrolling`, async () => {
        const page = await open({ feed: `${site.origin}/feeds/good.json`, width: 375, height: 800 });
        try {
          assert.ok(await previewShows(page));
          await settle();
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(width <= 375, `the page is ${width} px wide`);
          await page.screenshot(join(SHOTS, `${engine}-good-375.png`));
          await page.evaluate(() => document.querySelector('.language').click());
          assert.ok(await page.waitFor(() => document.documentElement.lang === 'en' && document.querySelector('h1').textContent === 'Set up the participation calendar'));
          assert.equal(await page.evaluate(() => document.querySelector('.verdict').textContent.trim()), 'All good: the calendar can show the events.');
        } finally {
          await page.close();
        }
      });
    });
  }
});
