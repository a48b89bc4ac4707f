// End-to-end checks of the demo pages in every engine (PC_ENGINES; test/run.mjs sets
// it): the built widget, embedded the way a city's editor embeds it, under a strict
// CSP, next to hostile page CSS, loaded twice (classic script + ES module), on a
// topic page with presets, and at 320 px. Also writes screenshots of the month and
// the list at 1280 and 375 px per engine into screenshots/e2e/ (git-ignored) to look
// at, and compares the month's layout between engines.
//
//   node --test test/e2e/demo-pages.test.mjs      (needs a build: npm run build)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distExists, startDemoServer } from '../../scripts/serve-demo.mjs';
import { send } from '../../scripts/static-server.mjs';
import { ENGINES } from '../support/browsers.mjs';
import { launch } from '../support/drive.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SHOTS = join(ROOT, 'screenshots/e2e');
const engines = (process.env.PC_ENGINES ?? 'chromium').split(',').filter((e) => ENGINES.includes(e));
const MIN_EVENTS = 10;
/** A quiet moment after rendering, so late work (a chunk, a ResizeObserver re-render, a timer) can still show. */
const SETTLE_MS = 500;
const RED = 'rgb(255, 0, 0)';

// classic.html puts two widgets side by side; below 600 px of its own width a month
// turns compact (dots instead of titles), so it gets a wide window.
const PAGES = [
  { path: '/demo/index.html', expectCleanFeed: true, shots: true },
  { path: '/demo/classic.html', width: 1600, widgets: 2 },
  { path: '/demo/strict-csp.html' },
  { path: '/demo/hostile-css.html', hostile: true },
  // The topic page shows only its preset category (Mobilität) in a list: fewer events.
  { path: '/demo/mobilitaet.html', minEvents: 2, onlyCategory: 'Mobilität' },
  // The widget and the page in Leichte Sprache (lang="de-x-ls"), as a list.
  { path: '/demo/leichte-sprache.html' },
  // Three sources, one of them down: the others are shown, the missing one named with a retry.
  { path: '/demo/quellen.html', downSource: { path: '/demo/bezirksbeiraete.json', name: 'Bezirksbeiräte' } },
  // Three themed widgets side by side (stacked below ~1200 px).
  { path: '/demo/themes.html', width: 1800, widgets: 3 },
];

const brief = (list, n = 3) => (list.length ? list.slice(0, n).join(' | ') + (list.length > n ? ` (+${list.length - n} more)` : '') : '');

/** In the page: per widget, its view and what its shadow root shows. */
function widgetState() {
  return [...document.querySelectorAll('participation-calendar')].map((el) => {
    const root = el.shadowRoot;
    return {
      view: el.getAttribute('view') || 'month',
      hasShadow: Boolean(root),
      events: root ? root.querySelectorAll('[part~="event"]').length : 0,
    };
  });
}

/** In the page: resources fetched from other origins (a CDN, a font, an analytics beacon). */
function foreignRequests() {
  return performance.getEntriesByType('resource').map((e) => e.name).filter((url) => !url.startsWith(location.origin) && !/^(data|blob):/.test(url));
}

/** The classic script on a feed with a rule only rrule expands (the last Friday of each month). */
const RRULE_FEED = {
  events: [
    { id: 'fr', title: 'Letzter Freitag', start: '2026-11-27T18:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;COUNT=6' },
    { id: 'ok', title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00' },
  ],
};
const CLASSIC_RRULE_PAGE = `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>classic</title><script src="/__test/recorder.js"></script></head><body>
<script src="/dist/participation-calendar.iife.js"></script>
<participation-calendar src="/__test/rrule-feed.json" date="2026-11-01"></participation-calendar></body></html>`;

let server;
/** Answers with status >= 400, per page path that caused them (the Referer). */
const failedAnswers = [];

before(async () => {
  assert.ok(distExists(), 'dist/participation-calendar.js is missing: run `npm run build` first');
  mkdirSync(SHOTS, { recursive: true });
  const recorder = readFileSync(join(ROOT, 'test/support/recorder.js'));
  server = await startDemoServer({
    port: 0,
    routes: {
      '/__test/recorder.js': (req, res) => send(res, 200, recorder, { 'Content-Type': 'text/javascript; charset=utf-8' }),
      '/__test/classic-rrule.html': (req, res) => send(res, 200, CLASSIC_RRULE_PAGE, { 'Content-Type': 'text/html; charset=utf-8' }),
      '/__test/rrule-feed.json': (req, res) => send(res, 200, JSON.stringify(RRULE_FEED), { 'Content-Type': 'application/json' }),
    },
    transformHtml: (html) => html.replace(/<head>/i, '<head><script src="/__test/recorder.js"></script>'),
    onAnswer: (answer) => answer.status >= 400 && failedAnswers.push(answer),
  });
});
after(() => server?.close());

/** Month layout per engine at 1280 px, compared at the end. */
const layouts = {};

for (const engine of engines) {
  describe(engine, () => {
    let browser;
    before(async () => {
      browser = await launch(engine, { timeZone: 'Europe/Berlin' });
    });
    after(() => browser?.close());

    /** Opens a page and waits until every widget has reported (load or error) and shows its events. */
    async function open(path, { width = 1280, height = 900, minEvents = MIN_EVENTS } = {}) {
      const page = await browser.newPage({ width, height });
      const failedBefore = failedAnswers.length;
      await page.goto(server.origin + path);
      const defined = await page.evaluate(() => Boolean(customElements.get('participation-calendar')));
      if (defined) {
        await page.waitFor(() => window.__e2e.loads.length + window.__e2e.errors.length >= document.querySelectorAll('participation-calendar').length);
        if (width >= 1000) {
          await page.waitFor(
            (min) => [...document.querySelectorAll('participation-calendar')].every((el) => (el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) >= min),
            minEvents,
          );
        }
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const recorded = await page.evaluate(() => window.__e2e);
      return { page, defined, recorded, failed: () => failedAnswers.slice(failedBefore).map((a) => `${a.status} ${a.pathname}`) };
    }

    for (const spec of PAGES) {
      const name = spec.path.replace('/demo/', '');
      const minEvents = spec.minEvents ?? MIN_EVENTS;
      test(`[${engine}] ${name}: loads clean and shows its events`, async () => {
        const { page, defined, recorded, failed } = await open(spec.path, { width: spec.width ?? 1280, minEvents });
        try {
          assert.ok(defined, 'the script did not register <participation-calendar> (is dist/ built? see console errors)');
          // The source that is down on purpose: its failed request and its console line are expected (checked below).
          const down = spec.downSource;
          const expected = (m) => down && m.includes(down.path);
          const problems = [
            ...recorded.uncaught.map((m) => `uncaught: ${m}`),
            ...recorded.consoleErrors.filter((m) => !expected(m)).map((m) => `console: ${m}`),
            ...page.browserErrors.filter((m) => !expected(m) && !(down && /503/.test(m))),
            ...recorded.csp.map((m) => `CSP: ${m}`),
            ...recorded.errors.map((e) => `widget error event: ${e.kind}: ${e.message}`),
            ...failed().filter((m) => !expected(m)).map((m) => `request failed: ${m}`),
            ...(await page.evaluate(foreignRequests)).map((url) => `request to another host: ${url}`),
          ];
          assert.deepEqual(problems, [], brief(problems));
          const widgets = await page.evaluate(widgetState);
          assert.equal(widgets.length, spec.widgets ?? 1, 'number of widgets on the page');
          widgets.forEach((w, i) => assert.ok(w.events >= minEvents, `widget ${i + 1} (${w.view}) shows ${w.hasShadow ? w.events : 'no shadow root and no'} events, expected at least ${minEvents}`));
          if (spec.expectCleanFeed) {
            const load = recorded.loads[0];
            assert.ok(load, 'no load event');
            assert.deepEqual([...load.skipped, ...load.warnings], [], 'the sample feed loads without skipped events or warnings');
          }
          if (spec.onlyCategory) {
            const off = await page.evaluate(async (category) => {
              const feed = await (await fetch('/demo/events.json')).json();
              const byId = new Map(feed.events.map((e) => [String(e.id), e]));
              const ids = [...document.querySelector('participation-calendar').shadowRoot.querySelectorAll('[part~="event"]')].map((e) => e.dataset.eventId);
              return ids.filter((id) => !(byId.get(id)?.categories ?? []).includes(category));
            }, spec.onlyCategory);
            assert.deepEqual(off, [], `events outside the preset category '${spec.onlyCategory}'`);
          }
          if (down) {
            const load = recorded.loads[0];
            assert.deepEqual(load.sources.map((x) => [x.name, Boolean(x.error)]), [['Stadt Musterstadt', false], ['Jugendrat Musterstadt', false], [down.name, true]]);
            assert.equal(load.merged.length, 1, 'the event both the city and the youth council publish is shown once');
            const notice = await page.evaluate(() => document.querySelector('participation-calendar').shadowRoot.querySelector('[part="sources"]')?.textContent.replace(/\s+/g, ' ').trim());
            assert.match(notice ?? '', new RegExp(`Es fehlen Termine von: ${down.name}\\.`));
          }
          if (spec.hostile) await checkHostile(page);
        } finally {
          await page.close();
        }
      });
    }

    for (const { path } of PAGES) {
      test(`[${engine}] ${path.replace('/demo/', '')} at 320 px: no horizontal scrolling`, async () => {
        const { page } = await open(path, { width: 320, height: 640 });
        try {
          const m = await page.evaluate(() => {
            const wide = [...document.body.querySelectorAll('*')]
              .filter((el) => el.getBoundingClientRect().right > 320.5)
              .map((el) => `${el.localName}${typeof el.className === 'string' && el.className ? `.${el.className.split(' ')[0]}` : ''}`);
            return { width: document.documentElement.scrollWidth, wide: [...new Set(wide)] };
          });
          assert.ok(m.width <= 320, `scrollWidth ${m.width}; too wide: ${brief(m.wide, 5)}`);
        } finally {
          await page.close();
        }
      });
    }

    for (const width of [1280, 375]) {
      test(`[${engine}] month and list at ${width} px: screenshots, titles clamped`, async () => {
        const { page } = await open('/demo/index.html', { width, height: 900 });
        try {
          await page.screenshot(join(SHOTS, `${engine}-month-${width}.png`));
          const month = await page.evaluate(monthLayout);
          if (width === 1280) {
            layouts[engine] = month;
            assert.ok(month.chips > 0, 'the month at 1280 px shows event chips');
            assert.deepEqual(month.tallChips, [], 'chips taller than their line clamp allows (a clamp the engine ignores)');
          }
          await page.evaluate(() => {
            document.querySelector('participation-calendar').view = 'list';
          });
          await page.waitFor(() => Boolean(document.querySelector('participation-calendar').shadowRoot.querySelector('[part~="list-item"]')));
          await page.screenshot(join(SHOTS, `${engine}-list-${width}.png`));
        } finally {
          await page.close();
        }
      });
    }
  });
}

describe('the classic script', () => {
  test('[chromium] skips a series only the rrule library could expand, with the reason, and shows the rest', async () => {
    const browser = await launch('chromium');
    try {
      const page = await browser.newPage({ width: 1280, height: 900 });
      await page.goto(`${server.origin}/__test/classic-rrule.html`);
      await page.waitFor(() => window.__e2e.loads.length > 0);
      const { loads } = await page.evaluate(() => window.__e2e);
      assert.equal(loads[0].count, 1, 'the ordinary event is shown');
      assert.match(loads[0].skipped.join('\n'), /Letzter Freitag.*needs the ES module build/);
      const notice = await page.evaluate(() => document.querySelector('participation-calendar').shadowRoot.querySelector('[part~="incomplete"] summary')?.textContent);
      assert.equal(notice, '1 Termin aus der Termindatei konnte nicht angezeigt werden.');
    } finally {
      await browser.close();
    }
  });
});

if (engines.length > 1 && engines.includes('chromium')) {
  for (const engine of engines.filter((e) => e !== 'chromium')) {
    test(`[${engine}] the month at 1280 px is laid out like Chromium's (height within 10 %)`, () => {
      const [ours, chromium] = [layouts[engine], layouts.chromium];
      assert.ok(ours && chromium, 'both months were measured');
      const ratio = ours.height / chromium.height;
      assert.ok(ratio > 0.9 && ratio < 1.1, `month ${Math.round(ours.height)} px high in ${engine}, ${Math.round(chromium.height)} px in Chromium`);
    });
  }
}

/** In the page: the month grid's height, and chips taller than their line clamp allows. */
function monthLayout() {
  const root = document.querySelector('participation-calendar').shadowRoot;
  const grid = root.querySelector('[role="grid"]');
  const chips = [...root.querySelectorAll('[role="grid"] [part~="event"]')];
  // Whatever carries a line clamp (the chip's title) must not be taller than the clamp allows.
  const tallChips = chips
    .filter((chip) => {
      const clamped = [chip, ...chip.querySelectorAll('*')].find((el) => Number(getComputedStyle(el).webkitLineClamp) > 0);
      if (!clamped) return false;
      const style = getComputedStyle(clamped);
      const lineHeight = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.3;
      return clamped.getBoundingClientRect().height > lineHeight * (Number(style.webkitLineClamp) + 0.5);
    })
    .map((chip) => chip.textContent.replace(/\s+/g, ' ').trim().slice(0, 40));
  return { height: grid?.getBoundingClientRect().height ?? 0, chips: chips.length, tallChips };
}

/** The page's CSS hides divs/buttons/[role] and paints everything red; the widget must not care. */
async function checkHostile(page) {
  const result = await page.evaluate((red) => {
    const events = [...document.querySelectorAll('participation-calendar')].flatMap((el) => (el.shadowRoot ? [...el.shadowRoot.querySelectorAll('[part~="event"]')] : []));
    const label = (el) => el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
    const hidden = [];
    const redOnes = [];
    for (const ev of events) {
      const box = ev.getBoundingClientRect();
      const visible = box.width > 0 && box.height > 0 && ev.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
      if (!visible) hidden.push(label(ev));
      // The event and every element inside it that shows text.
      const painted = [ev, ...ev.querySelectorAll('*')].filter((n) => n === ev || n.textContent.trim());
      if (painted.some((n) => getComputedStyle(n).color === red)) redOnes.push(label(ev));
    }
    return { total: events.length, hidden, redOnes };
  }, RED);
  assert.ok(result.total > 0, 'no events found');
  assert.deepEqual(result.hidden, [], 'events hidden by the page CSS');
  assert.deepEqual(result.redOnes, [], `event text painted ${RED} by the page CSS`);
}
