// Drives a page in any of the three engines through one small interface, for the
// Node suites (end-to-end checks, screenshots): Chromium over CDP and Firefox over
// WebDriver BiDi (both puppeteer-core), WebKit over classic WebDriver (webdriverio
// with WebKitWebDriver and the MiniBrowser, which needs a display: test/run.mjs
// starts the suites under xvfb-run when WebKit is among the engines).
//
// What a page records (console errors, uncaught errors, the widget's events) is
// recorded in the page itself by a script the test server puts first in <head>
// (see test/support/recorder.js): classic WebDriver has no "run before the page"
// hook, and one mechanism for all engines keeps their results comparable.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { CHROME_ARGS, findBrowser, focusBrowserWindows } from './browsers.mjs';

const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
};

const MIN_WINDOW_WIDTH = 480;
/** Xvfb's screen height (test/run.mjs) bounds the window. */
const MAX_SHOT_HEIGHT = 3800;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @typedef {{
 *   engine: string,
 *   goto(url: string): Promise<void>,
 *   evaluate<T>(fn: (...args: any[]) => T, ...args: unknown[]): Promise<Awaited<T>>,
 *   waitFor(fn: (arg: any) => unknown, arg?: unknown, timeoutMs?: number): Promise<boolean>,
 *   press(key: string): Promise<void>,
 *   type(text: string): Promise<void>,
 *   screenshot(path: string): Promise<void>,
 *   close(): Promise<void>,
 *   browserErrors: string[],
 * }} DrivenPage
 */

/** Starts an engine with the browser in `timeZone`; `newPage` opens a fresh page (own storage) at a viewport size. */
export async function launch(engine, { timeZone = 'Europe/Berlin' } = {}) {
  const found = findBrowser(engine);
  if (!found) throw new Error(`no ${engine} found`);
  const env = { ...process.env, TZ: timeZone, LANG: 'de_DE.UTF-8' };
  if (engine === 'webkit') return launchWebKit(found, env);
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: found.path,
    headless: true,
    env,
    ...(engine === 'firefox'
      ? { browser: 'firefox', extraPrefsFirefox: { ...FIREFOX_PREFS, 'intl.accept_languages': 'de-DE,de' } }
      : { args: [...CHROME_ARGS, '--lang=de-DE'] }),
    protocolTimeout: 60_000,
  });
  return {
    engine,
    async newPage({ width, height }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      const browserErrors = [];
      page.on('pageerror', (error) => browserErrors.push(`uncaught: ${error.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error') browserErrors.push(`console: ${msg.text()}`);
      });
      return {
        engine,
        browserErrors,
        goto: async (url) => void (await page.goto(url, { waitUntil: 'load', timeout: 30_000 })),
        evaluate: (fn, ...args) => page.evaluate(fn, ...args),
        waitFor: (fn, arg, timeoutMs = 15_000) =>
          page.waitForFunction(fn, { timeout: timeoutMs, polling: 100 }, arg).then(() => true, () => false),
        press: (key) => page.keyboard.press(key),
        type: (text) => page.keyboard.type(text),
        screenshot: (path) => page.screenshot({ path, fullPage: true }).then(() => {}),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

async function launchWebKit(found, env) {
  const { remote } = await import('webdriverio');
  const port = await freePort();
  const driver = spawn(found.driver, [`--port=${port}`], { env, stdio: 'ignore' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const sessions = new Set();
  return {
    engine: 'webkit',
    async newPage({ width, height }) {
      // A session per page: its own window and storage, like a new browser context.
      const browser = await remote({
        hostname: '127.0.0.1',
        port,
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: found.path, args: ['--automation'] },
        },
      });
      sessions.add(browser);
      focusBrowserWindows();
      // The MiniBrowser's window is at least ~450 px wide (its toolbar): narrower viewports
      // are an iframe of that width, and the page's scripts run inside it.
      const framed = width < MIN_WINDOW_WIDTH;
      const chromeSize = async () => {
        await browser.switchToParentFrame().catch(() => {});
        return browser.execute(() => ({ w: window.outerWidth - window.innerWidth, h: window.outerHeight - window.innerHeight }));
      };
      const fit = async (w, h) => {
        const chrome = await chromeSize();
        if (!framed) return browser.setWindowSize(w + chrome.w, h + chrome.h);
        await browser.setWindowSize(MIN_WINDOW_WIDTH + 40 + chrome.w, h + 40 + chrome.h);
        await browser.execute((fw, fh) => Object.assign(document.querySelector('iframe').style, { width: `${fw}px`, height: `${fh}px` }), w, h);
        await browser.switchFrame(await browser.$('iframe'));
      };
      return {
        engine: 'webkit',
        browserErrors: [],
        async goto(url) {
          await browser.url(framed
            ? `data:text/html,${encodeURIComponent(`<body style="margin:0"><iframe src="${url}" style="border:0;width:${width}px;height:${height}px"></iframe>`)}`
            : url);
          await fit(width, height);
        },
        // WebDriver sends the function's source; arguments and results must be JSON. Run
        // asynchronously, so that a function returning a promise is awaited as in puppeteer.
        async evaluate(fn, ...args) {
          const result = await browser.executeAsync(
            `const done = arguments[arguments.length - 1];
             try { Promise.resolve((${fn}).apply(null, [].slice.call(arguments, 0, -1))).then((value) => done({ value }), (e) => done({ error: String(e && e.stack || e) })); }
             catch (e) { done({ error: String(e && e.stack || e) }); }`,
            ...args,
          );
          if (result?.error) throw new Error(`in WebKit: ${result.error}`);
          return result?.value;
        },
        async waitFor(fn, arg, timeoutMs = 15_000) {
          const end = Date.now() + timeoutMs;
          while (Date.now() < end) {
            if (await browser.executeAsync(`const done = arguments[arguments.length - 1]; Promise.resolve((${fn})(arguments[0])).then(done, () => done(false));`, arg)) return true;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          return false;
        },
        press: (key) => browser.keys([KEYS[key] ?? key]),
        // One command per character: WebKitWebDriver drops a repeated character within one sequence.
        async type(text) {
          for (const char of text) await browser.keys([char]);
        },

        // WebDriver shoots the viewport: make it as tall as the page first, then restore it.
        async screenshot(path) {
          const tall = await browser.execute(() => document.documentElement.scrollHeight);
          await fit(width, Math.min(tall, MAX_SHOT_HEIGHT));
          await browser.switchToParentFrame().catch(() => {});
          await browser.saveScreenshot(path);
          await fit(width, height);
        },
        async close() {
          sessions.delete(browser);
          await browser.deleteSession().catch(() => {});
        },
      };
    },
    async close() {
      await Promise.all([...sessions].map((s) => s.deleteSession().catch(() => {})));
      driver.kill();
    },
  };
}

/** WebDriver key codes for the keys the tests press by name (puppeteer takes the names). */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: '\uE00D',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
};
