// Renders every Storybook story in headless Chromium and checks it with axe-core.
//
//   node --test test/stories/stories.test.mjs                  build Storybook into a temp dir, test it
//   STORYBOOK_DIR=storybook-static node --test test/stories/…  test an existing build
//
// For each story of the build's index.json: opens iframe.html?id=…&viewMode=story, waits
// until Storybook has rendered it and run its play function, waits until every
// <participation-calendar> has fired `load` or `error` and shows content (stories tagged
// `loading-state`: until it shows its loading state), then runs axe-core on the widgets
// (WCAG 2.0–2.2 A and AA). A story fails on a render or play error, an uncaught page
// error, a widget that never settles, or any axe violation. Chromium only: the stories'
// feeds come from msw's service worker, and the engines are compared by the end-to-end
// and element suites.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findBrowser } from '../support/browsers.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const STORY_TIMEOUT_MS = 15_000;
const CONCURRENCY = 3;

function run(cmd, args, what) {
  const result = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  assert.equal(result.status, 0, `${what} failed (exit ${result.status}):\n${result.stdout ?? ''}${result.stderr ?? ''}`);
}

/**
 * In the page, before any script: remembers every `load` / `error` the widgets fire
 * (neither bubbles), and listens on Storybook's channel (set as a global by its runtime)
 * for the outcome of the story: render and play exceptions, errors thrown while playing,
 * and the final status.
 */
function recordOutcomes() {
  window.__pcOutcomes = [];
  window.__pcStory = { errors: [], finished: null };
  for (const type of ['load', 'error']) {
    document.addEventListener(
      type,
      (e) => {
        if (e.target?.localName === 'participation-calendar') window.__pcOutcomes.push(type);
      },
      true,
    );
  }
  const message = (error) => (error && typeof error === 'object' ? `${error.name ?? 'Error'}: ${error.message ?? JSON.stringify(error)}` : String(error));
  const listen = (channel) => {
    if (!channel?.on || channel.__pcListening) return;
    channel.__pcListening = true;
    const story = window.__pcStory;
    channel.on('storyThrewException', (e) => story.errors.push(`render threw ${message(e)}`));
    channel.on('storyErrored', (e) => story.errors.push(`render failed: ${e?.title ?? ''} ${e?.description ?? ''}`.trim()));
    channel.on('playFunctionThrewException', (e) => story.errors.push(`play function threw ${message(e)}`));
    channel.on('unhandledErrorsWhilePlaying', (errors) => story.errors.push(...errors.map((e) => `uncaught while playing: ${message(e)}`)));
    channel.on('storyMissing', (id) => story.errors.push(`story ${id} is missing`));
    channel.on('storyFinished', ({ status }) => (story.finished = status));
  };
  let current;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => current,
    set(channel) {
      current = channel;
      listen(channel);
    },
  });
}

/** In the page: Storybook has finished the story (render, play function), or shows an error. */
function storyDone() {
  const { errors, finished } = window.__pcStory;
  if (finished) return { finished, errors };
  if (document.body.classList.contains('sb-show-errordisplay')) {
    const shown = `${document.querySelector('#error-message')?.textContent ?? ''}`.trim();
    return { finished: 'error', errors: errors.length ? errors : [`Storybook shows an error: ${shown || 'see the browser console'}`] };
  }
  return false;
}

/** In the page: every widget has settled (fired load/error and shows content, or shows loading). */
function widgetsSettled(expectLoading) {
  const widgets = [...document.querySelectorAll('participation-calendar')];
  if (!widgets.length) return false;
  return widgets.every((el) => {
    const root = el.shadowRoot;
    if (!root) return false;
    const loading = root.querySelector('[part~="state"][part~="loading"]');
    if (expectLoading) return Boolean(loading);
    return !loading && window.__pcOutcomes.length > 0 && Boolean(root.querySelector('[part~="day"], [part~="list-item"], [part~="state"]'));
  });
}

async function axeCheck(page) {
  if (!(await page.evaluate(() => typeof window.axe?.run === 'function' && window.axe.version === window.__pcAxeVersion))) {
    await page.addScriptTag({ path: AXE });
    await page.evaluate(() => (window.__pcAxeVersion = window.axe.version));
  }
  return page.evaluate(async (tags) => {
    const results = await window.axe.run('participation-calendar', { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    // As in test/element/helpers.ts (isDayCell): a day cell's name holds its visible label, the day number,
    // not the titles of the events inside it, which are controls with names of their own.
    return results.violations
      .map((v) => (v.id === 'label-content-name-mismatch' ? { ...v, nodes: v.nodes.filter((n) => !/^<div role="gridcell"/.test(n.html)) } : v))
      .filter((v) => v.nodes.length)
      .map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s), e.g. ${v.nodes[0]?.target?.join(' >>> ')}`,
    );
  }, AXE_TAGS);
}

async function testStory(context, baseUrl, story) {
  const page = await context.newPage();
  page.setDefaultTimeout(STORY_TIMEOUT_MS);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  try {
    // a11y.manual: the a11y addon would run axe a second time after each story.
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`);
    const done = await page
      .waitForFunction(storyDone, null, { timeout: STORY_TIMEOUT_MS, polling: 50 })
      .then((h) => h.jsonValue())
      .catch(() => ({ finished: 'timeout', errors: [] }));
    // A play function's exception does not change the status Storybook reports: count both.
    problems.push(...done.errors);
    if (done.finished === 'timeout') problems.push('Storybook did not finish the story within 15 s');
    else if (done.finished !== 'success' && !done.errors.length) problems.push(`Storybook reports the story as ${done.finished}`);
    if (!problems.length) {
      const expectLoading = story.tags?.includes('loading-state') ?? false;
      const settled = await page
        .waitForFunction(widgetsSettled, expectLoading, { timeout: STORY_TIMEOUT_MS, polling: 50 })
        .then(() => true)
        .catch(() => false);
      if (!settled) {
        problems.push(expectLoading ? 'the widget shows no loading state' : 'the widget fired no load/error or shows no content within 15 s');
      } else {
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        for (const violation of await axeCheck(page)) problems.push(`axe: ${violation}`);
      }
    }
  } catch (error) {
    problems.push(`test error: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

// The controls come from the manifest: keep it current with the element.
run(join(ROOT, 'node_modules/.bin/cem'), ['analyze', '--litelement', '--quiet'], 'cem analyze');
// Storybook builds stories without type-checking them.
run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', '.storybook/tsconfig.json'], 'type-checking the stories (tsc -p .storybook/tsconfig.json)');
let dir = process.env.STORYBOOK_DIR && resolve(ROOT, process.env.STORYBOOK_DIR);
const temp = dir ? null : mkdtempSync(join(tmpdir(), 'pc-storybook-'));
if (dir) assert.ok(existsSync(join(dir, 'index.json')), `${dir} has no index.json; run \`npm run build-storybook\` first`);
else {
  dir = temp;
  run(join(ROOT, 'node_modules/.bin/storybook'), ['build', '--output-dir', dir, '--quiet', '--disable-telemetry'], 'storybook build');
}
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

describe('stories', { concurrency: CONCURRENCY }, () => {
  let server, browser, context;
  before(async () => {
    const executablePath = findBrowser('chromium')?.path;
    assert.ok(executablePath, 'no Chromium found (Debian/Ubuntu: apt-get install chromium, or set CHROME_PATH)');
    server = await startStaticServer({ folders: { '': dir } });
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
    context = await browser.newContext({
      viewport: { width: 1320, height: 900 },
      timezoneId: 'Europe/Berlin',
      locale: 'de-DE',
      reducedMotion: 'reduce',
    });
    await context.addInitScript(recordOutcomes);
    // No fake clock (context.clock): Playwright's clock swallows exceptions thrown in
    // timer callbacks, which would hide page errors. "Today" is the real day.
    // msw registers its service worker on the first page; later pages reuse it.
  });
  after(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    if (temp) rmSync(temp, { recursive: true, force: true });
  });

  test('the build has stories', () => assert.ok(stories.length > 0, 'the Storybook build has no stories'));
  for (const story of stories) {
    test(`${story.title} › ${story.name}`, async () => {
      const problems = await testStory(context, server.origin, story);
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});
