#!/usr/bin/env node
// End-to-end smoke test of the demo pages in headless Chromium: the built
// widget, embedded the way a city's editor embeds it, under a strict CSP, next
// to hostile page CSS, and loaded twice (classic script + ES module).
//
//   node scripts/e2e.mjs          (needs a build in dist/: npm run build)
//
// Prints one line per check and finally "N passed, M failed"; exits 1 on failure.
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChromium } from './find-chromium.mjs';
import { distExists, startDemoServer } from './serve-demo.mjs';

/** Per page: navigation plus waiting for the widgets never takes longer than this. */
const PAGE_TIMEOUT_MS = 15_000;
const MIN_EVENTS = 10;
const SETTLE_MS = 500;
const RED = 'rgb(255, 0, 0)';

// classic.html puts two widgets side by side; below 600 px of its own width a
// month view turns compact (dots instead of titles), so it gets a wide window.
const PAGES = [
  { path: '/demo/index.html', expectCleanFeed: true },
  { path: '/demo/classic.html', width: 1600, widgets: 2 },
  { path: '/demo/strict-csp.html' },
  { path: '/demo/hostile-css.html', hostile: true },
  // The topic page shows only its preset category (Mobilität) in a list: fewer events.
  { path: '/demo/mobilitaet.html', minEvents: 2, onlyCategory: 'Mobilität' },
  // Three themed widgets side by side (stacked below ~1200 px).
  { path: '/demo/themes.html', width: 1800, widgets: 3 },
];
const NARROW_PAGES = PAGES.map((p) => p.path);

/**
 * Runs in the page before any of its scripts: records CSP violations and the
 * widget's own load/error events (capture phase, since they do not bubble).
 */
function recorder() {
  const log = { csp: [], loads: [], errors: [] };
  Object.defineProperty(window, '__e2e', { value: log });
  document.addEventListener(
    'securitypolicyviolation',
    (e) => log.csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
  for (const type of ['load', 'error']) {
    document.addEventListener(
      type,
      (e) => {
        if (e.target?.localName !== 'participation-calendar') return;
        const d = e.detail ?? {};
        const list = (x) => (Array.isArray(x) ? x.map((i) => i.reason ?? String(i)) : []);
        (type === 'load' ? log.loads : log.errors).push(
          type === 'load'
            ? { count: d.count, skipped: list(d.skipped), warnings: list(d.warnings) }
            : { message: d.message, kind: d.kind },
        );
      },
      true,
    );
  }
}

/** In the page: per widget, its view and what its shadow root shows. */
function widgetState() {
  return [...document.querySelectorAll('participation-calendar')].map((el) => {
    const root = el.shadowRoot;
    return {
      view: el.getAttribute('view') || 'month',
      hasShadow: Boolean(root),
      events: root ? root.querySelectorAll('[part~="event"]').length : 0,
      days: root ? root.querySelectorAll('[part~="day"]').length : 0,
    };
  });
}

let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

const brief = (list, n = 3) =>
  list.length ? list.slice(0, n).join(' | ') + (list.length > n ? ` (+${list.length - n} more)` : '') : '';

/** Opens a page with all the listeners; returns what it recorded. */
async function openPage(browser, origin, path, viewport, minEvents = MIN_EVENTS) {
  const context = await browser.newContext({ viewport, timezoneId: 'Europe/Berlin', locale: 'de-DE' });
  await context.addInitScript(recorder);
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  const seen = { pageErrors: [], consoleErrors: [], cspConsole: [], foreign: [], navError: '' };
  page.on('pageerror', (error) => seen.pageErrors.push(error.message));
  page.on('console', (msg) => {
    const text = msg.text();
    if (/content security policy|trusted type/i.test(text)) seen.cspConsole.push(text);
    else if (msg.type() === 'error') {
      const where = msg.location()?.url;
      seen.consoleErrors.push(where ? `${text} (${where})` : text);
    }
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin) seen.foreign.push(url.href);
  });

  const deadline = Date.now() + PAGE_TIMEOUT_MS;
  try {
    await page.goto(origin + path, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  } catch (error) {
    seen.navError = error.message.split('\n')[0];
  }
  seen.defined = await page.evaluate(() => Boolean(customElements.get('participation-calendar'))).catch(() => false);
  // Wait until every widget has reported (load or error), then for its events to show.
  if (seen.defined) {
    await page
      .waitForFunction(
        () => window.__e2e.loads.length + window.__e2e.errors.length >= document.querySelectorAll('participation-calendar').length,
        null,
        { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
      )
      .catch(() => {});
    if (viewport.width >= 1000) {
      await page
        .waitForFunction(
          (min) => [...document.querySelectorAll('participation-calendar')].every((el) => (el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? 0) >= min),
          minEvents,
          { timeout: Math.max(1, deadline - Date.now()), polling: 100 },
        )
        .catch(() => {});
    }
  }
  // A quiet moment after rendering, so late work (a lazily loaded chunk, a
  // ResizeObserver re-render, a timer) can still show its errors and layout.
  await page.waitForTimeout(SETTLE_MS);
  seen.recorded = await page.evaluate(() => window.__e2e).catch(() => ({ csp: [], loads: [], errors: [] }));
  seen.widgets = await page.evaluate(widgetState).catch(() => []);
  return { page, context, seen };
}

async function checkPage(browser, origin, spec) {
  const name = spec.path.replace('/demo/', '');
  const minEvents = spec.minEvents ?? MIN_EVENTS;
  const { page, context, seen } = await openPage(browser, origin, spec.path, { width: spec.width ?? 1280, height: 900 }, minEvents);
  try {
    check(`${name}: page loads`, !seen.navError, seen.navError);
    check(
      `${name}: <participation-calendar> is defined`,
      seen.defined,
      seen.defined ? '' : 'the script did not register the element (is dist/ built? see console errors)',
    );
    check(`${name}: no uncaught page errors`, seen.pageErrors.length === 0, brief(seen.pageErrors));
    check(`${name}: no console errors`, seen.consoleErrors.length === 0, brief(seen.consoleErrors));
    const csp = [...seen.recorded.csp, ...seen.cspConsole];
    check(`${name}: no CSP or Trusted Types violations`, csp.length === 0, brief(csp));
    check(`${name}: no requests to other hosts`, seen.foreign.length === 0, brief(seen.foreign));
    check(`${name}: no widget error event`, seen.recorded.errors.length === 0, brief(seen.recorded.errors.map((e) => `${e.kind}: ${e.message}`)));

    const expected = spec.widgets ?? 1;
    check(`${name}: ${expected} widget(s) on the page`, seen.widgets.length === expected, `found ${seen.widgets.length}`);
    seen.widgets.forEach((w, i) => {
      const label = `${name}: widget ${i + 1} (${w.view} view) shows at least ${minEvents} events`;
      check(label, w.events >= minEvents, w.hasShadow ? `found ${w.events}` : 'no open shadow root');
    });
    if (spec.onlyCategory) {
      // Every event shown must carry the preset category: read them from the feed the page loaded.
      const off = await page.evaluate(async (category) => {
        const feed = await (await fetch('/demo/events.json')).json();
        const byId = new Map(feed.events.map((e) => [String(e.id), e]));
        const ids = [...document.querySelector('participation-calendar').shadowRoot.querySelectorAll('[part~="event"]')].map((e) => e.dataset.eventId);
        return ids.filter((id) => !(byId.get(id)?.categories ?? []).includes(category));
      }, spec.onlyCategory);
      check(`${name}: shows only events of the preset category '${spec.onlyCategory}'`, off.length === 0, `others: ${off.join(', ')}`);
    }

    if (spec.expectCleanFeed) {
      const load = seen.recorded.loads[0];
      const problems = load ? [...load.skipped, ...load.warnings] : ['no load event'];
      check(
        `${name}: sample feed loads without skipped events or warnings`,
        problems.length === 0,
        load ? `${load.count} events${problems.length ? `; ${brief(problems)}` : ''}` : 'no load event',
      );
    }
    if (spec.hostile) await checkHostile(page, name);
  } finally {
    await context.close();
  }
}

/** The page's CSS hides divs/buttons/[role] and paints everything red; the widget must not care. */
async function checkHostile(page, name) {
  const result = await page.evaluate((red) => {
    const events = [...document.querySelectorAll('participation-calendar')].flatMap((el) =>
      el.shadowRoot ? [...el.shadowRoot.querySelectorAll('[part~="event"]')] : [],
    );
    const hidden = [];
    const redOnes = [];
    const label = (el) => el.textContent.replace(/\s+/g, ' ').trim().slice(0, 40);
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
  const of = (bad, what) =>
    !result.total ? 'no events found' : bad.length ? `${bad.length} of ${result.total} ${what}: ${brief(bad)}` : `${result.total} checked`;
  check(`${name}: events are visible with a non-zero size`, result.total > 0 && !result.hidden.length, of(result.hidden, 'hidden'));
  check(`${name}: event text is not red (${RED})`, result.total > 0 && !result.redOnes.length, of(result.redOnes, 'red'));
}

/** At 320 px (the smallest phone WCAG reflow asks for) the page must not scroll sideways. */
async function checkNarrow(browser, origin, path) {
  const name = path.replace('/demo/', '');
  const { context, page } = await openPage(browser, origin, path, { width: 320, height: 640 });
  try {
    const m = await page.evaluate(() => {
      const width = document.documentElement.scrollWidth;
      const wide = [...document.body.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > 320.5)
        .map((el) => `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`);
      return { width, wide: [...new Set(wide)] };
    });
    const culprits = m.width > 320 && m.wide.length ? `; too wide: ${brief(m.wide, 5)}` : '';
    check(`${name} at 320 px: no horizontal scrolling`, m.width <= 320, `scrollWidth ${m.width}${culprits}`);
  } finally {
    await context.close();
  }
}

async function main() {
  if (!distExists()) {
    check('dist/participation-calendar.js exists', false, 'run `npm run build` first; the checks below will fail');
  }
  const executablePath = findChromium({ install: false });
  if (!executablePath) {
    check('Chromium found', false, 'install chromium or set CHROME_PATH');
    return;
  }
  const server = await startDemoServer({ port: 0 });
  const origin = server.url.replace(/\/$/, '');
  const browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS, timeout: 30_000 });
  try {
    for (const spec of PAGES) await checkPage(browser, origin, spec);
    for (const path of NARROW_PAGES) await checkNarrow(browser, origin, path);
  } finally {
    await browser.close();
    await server.close();
  }
}

try {
  await main();
} catch (error) {
  check('e2e run completes', false, error.stack ?? String(error));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
