// The output of `participation-calendar render` in a real browser (headless Chromium
// through playwright-core): how the HTML parser reads it, a strict Content Security
// Policy, axe-core's WCAG 2.2 AA rules, and the widget taking its place. Skipped when
// no Chromium is installed (test/support/browsers.mjs says how to get one).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../support/browsers.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/participation-calendar.mjs');
const FIXTURE = join(ROOT, 'test/fixtures/sample-feed-2026-11.json');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const ORIGIN = 'http://city.test';
const CHROME_ARGS = [
  '--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
// The policy of a strict city page: no inline script or style, nothing from elsewhere.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; require-trusted-types-for 'script'";

const executablePath = findChromium({ install: false });
const skip = !executablePath ? 'no Chromium found (set CHROME_PATH)'
  : !existsSync(join(ROOT, 'dist/esm/cli/main.js')) ? 'run `npm run build` first' : false;

function render(args, input) {
  const r = spawnSync(process.execPath, [BIN, 'render', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

const page = (lang, body, head = '') => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<title>Bürgerbeteiligung – Musterstadt</title>${head}</head>
<body><main><h1>Bürgerbeteiligung</h1>
<participation-calendar src="/feed.json" lang="${lang}">
${body}</participation-calendar>
</main></body></html>`;

describe('the static HTML in Chromium', { skip }, () => {
  let browser;
  const hostile = {
    events: [{
      id: 'x', title: '<img src=x onerror=alert(1)>', start: '2026-11-10T18:00:00+01:00', end: '2026-11-10T20:00:00+01:00',
      description: '</script><script>window.pwned = 1</script><!--', url: 'javascript:alert(1)', format: 'in-person',
      location: { name: '<iframe src=//evil.example>', address: 'Marktplatz 1, 12345 Musterstadt' },
    }],
  };

  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, headless: true, args: CHROME_ARGS, timeout: 30_000 });
  });
  after(async () => {
    await browser?.close();
  });

  /** A page at ORIGIN/ with `html`; the widget bundle and the feed are served too. Records CSP violations and requests. */
  async function open(html, { width = 1024 } = {}) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const requests = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      requests.push(url.href);
      if (url.origin !== ORIGIN) return route.abort();
      if (url.pathname === '/') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
      if (url.pathname === '/feed.json') return route.fulfill({ contentType: 'application/json', path: FIXTURE });
      const file = join(ROOT, 'dist', url.pathname);
      if (url.pathname.startsWith('/assets/') || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: 'text/javascript', path: file });
    });
    const p = await context.newPage();
    await p.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await p.goto(`${ORIGIN}/`);
    return { page: p, context, requests };
  }

  async function axe(p) {
    await p.evaluate(readFileSync(AXE, 'utf8'));
    return p.evaluate(async (tags) => {
      const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    }, AXE_TAGS);
  }

  for (const lang of ['de', 'en']) {
    test(`${lang}: no axe-core WCAG 2.2 A/AA violations, no CSP violation, no request`, async () => {
      const html = render([FIXTURE, '--from', '2026-11-01', '--months', '2', '--lang', lang]);
      const { page: p, context, requests } = await open(page(lang, html));
      try {
        assert.deepEqual(await p.evaluate(() => window.violations), []);
        assert.deepEqual(requests, [`${ORIGIN}/`]);
        assert.deepEqual(await axe(p), []);
        // The parser sees what the string says: one section, one script, a heading per day.
        const shape = await p.evaluate(() => ({
          scripts: document.querySelectorAll('participation-calendar script').length,
          h2: document.querySelectorAll('participation-calendar h2').length,
          h3: document.querySelectorAll('participation-calendar h3').length,
          items: document.querySelectorAll('participation-calendar li').length,
          events: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent).length,
          lang: document.querySelector('.pc-static').lang,
        }));
        assert.equal(shape.scripts, 1);
        assert.equal(shape.h2, 1);
        assert.ok(shape.h3 > 10);
        assert.equal(shape.items, shape.events);
        assert.equal(shape.lang, lang);
      } finally {
        await context.close();
      }
    });
  }

  test('at 320 px the list needs no sideways scrolling', async () => {
    const { page: p, context } = await open(page('de', render([FIXTURE, '--from', '2026-11-01', '--months', '1'])), { width: 320 });
    try {
      assert.ok(await p.evaluate(() => document.documentElement.scrollWidth <= 320));
    } finally {
      await context.close();
    }
  });

  test('hostile feed text stays text: no element, no script runs, JSON-LD intact', async () => {
    const html = render(['-', '--from', '2026-11-01', '--months', '1'], JSON.stringify(hostile));
    const { page: p, context, requests } = await open(page('de', html));
    try {
      const seen = await p.evaluate(() => ({
        img: document.querySelectorAll('img, iframe').length,
        scripts: document.querySelectorAll('script').length,
        pwned: window.pwned,
        links: [...document.querySelectorAll('a')].map((a) => a.getAttribute('href')),
        title: document.querySelector('.pc-static-title').textContent,
        jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent),
      }));
      assert.equal(seen.img, 0);
      assert.equal(seen.scripts, 1);
      assert.equal(seen.pwned, undefined);
      assert.deepEqual(seen.links, []);
      assert.equal(seen.title, hostile.events[0].title);
      assert.equal(seen.jsonLd[0].description, hostile.events[0].description);
      assert.equal(seen.jsonLd[0].location.name, hostile.events[0].location.name);
      assert.deepEqual(requests, [`${ORIGIN}/`]);
      assert.deepEqual(await p.evaluate(() => window.violations), []);
    } finally {
      await context.close();
    }
  });

  test('with JavaScript the widget takes the place of the static list', { skip: !existsSync(join(ROOT, 'dist/participation-calendar.js')) && 'no widget bundle' }, async () => {
    const html = render([FIXTURE, '--from', '2026-11-01', '--months', '1']);
    const { page: p, context } = await open(page('de', html, '<script type="module" src="/participation-calendar.js"></script>'));
    try {
      const staticList = p.locator('participation-calendar > .pc-static');
      await p.waitForFunction(() => document.querySelector('participation-calendar')?.shadowRoot?.querySelector('[part~="heading"]'), null, { timeout: 15_000 });
      assert.equal(await staticList.isVisible(), false, 'the static list is not rendered once the widget runs');
      // Still in the document for search engines.
      assert.equal(await p.locator('script[type="application/ld+json"]').count(), 1);
    } finally {
      await context.close();
    }
  });
});
