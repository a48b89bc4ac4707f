// Browser tests in real engines: Chromium (puppeteer over CDP), Firefox (puppeteer
// over WebDriver BiDi) and WebKit (WebKitGTK's MiniBrowser over WebDriver), all
// from the system's packages (test/support/browsers.mjs). PC_ENGINES picks the
// engines (test/run.mjs sets it; default: every engine found). Pure data-layer
// tests run twice, with the browser in Europe/Berlin and in America/Los_Angeles,
// because a resident abroad (or CI in UTC) must see the same Berlin days and
// times; element tests run with the browser in Asia/Tokyo.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { CHROME_ARGS, ENGINES, findBrowser, focusBrowserWindows } from './test/support/browsers.mjs';
import { feedFixtures, flakyFeed } from './test/server/feed-fixtures.mjs';

const wanted = (process.env.PC_ENGINES ?? ENGINES.join(',')).split(',').map((e) => e.trim()).filter(Boolean);
const found = Object.fromEntries(wanted.map((engine) => [engine, findBrowser(engine)]).filter(([, f]) => f));

const chromeArgs = [...CHROME_ARGS, '--disable-features=Translate,MediaRouter,OptimizationHints'];

const chromium = (timeZone) =>
  chromeLauncher({
    launchOptions: { executablePath: found.chromium.path, headless: true, args: chromeArgs, env: { ...process.env, TZ: timeZone } },
  });

const firefox = (timeZone) =>
  chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: found.firefox.path,
      headless: true,
      env: { ...process.env, TZ: timeZone },
      // No update checks, telemetry or remote settings on a closed network.
      extraPrefsFirefox: {
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
      },
    },
  });

/** A free loopback port for one WebKitWebDriver. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const drivers = [];
process.once('exit', () => drivers.forEach((d) => d.kill()));

/**
 * WebKit: one WebKitWebDriver per time zone (the MiniBrowser it starts inherits
 * the driver's TZ). It needs a display: test/run.mjs runs web-test-runner under
 * xvfb-run when WebKit is among the engines.
 */
async function webkit(timeZone) {
  const port = await freePort();
  const driver = spawn(found.webkit.driver, [`--port=${port}`], { env: { ...process.env, TZ: timeZone }, stdio: 'ignore' });
  drivers.push(driver);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const launcher = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // webdriverio 9 asks for WebDriver BiDi unless told otherwise; WebKitWebDriver refuses that session.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: found.webkit.path, args: ['--automation'] },
    },
  });
  // Its window exists once the first session starts: give it the keyboard focus (see focusBrowserWindows).
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (...args) => {
    await startSession(...args);
    focusBrowserWindows();
  };
  return launcher;
}

const LAUNCH = { chromium, firefox, webkit };

/**
 * The commands test/element/engine.ts sends, the same in every engine where the
 * engine's driver can do it: the viewport (WebKit: its window, minus the
 * toolbar), media features and forced colours (Chromium's emulation over CDP;
 * elsewhere `false`, and the test is skipped with the reason engine.ts gives).
 */
const cdpSessions = new WeakMap();
/** WebDriver's key codes for the named keys the tests press. */
const WEBDRIVER_KEYS = {
  Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Tab: '\uE004', Enter: '\uE007', Escape: '\uE00C', ' ': '\uE00D',
  PageUp: '\uE00E', PageDown: '\uE00F', End: '\uE010', Home: '\uE011',
  ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015', F2: '\uE032', Backspace: '\uE003',
};
const isChromium = (session) => session.browser.type === 'puppeteer' && session.browser.name === 'Chrome';

const enginePlugin = {
  name: 'engine-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'pc-viewport') {
      if (session.browser.type === 'webdriver') {
        const driver = session.browser.driver;
        const chrome = await driver.execute(() => ({ w: window.outerWidth - window.innerWidth, h: window.outerHeight - window.innerHeight }));
        await driver.setWindowSize(payload.width + chrome.w, payload.height + chrome.h);
      } else {
        await session.browser.getPage(session.id).setViewport(payload);
      }
      return true;
    }
    if (command === 'pc-keys') {
      if (session.browser.type === 'webdriver') {
        const driver = session.browser.driver;
        if (payload.type !== undefined) {
          // One command per character: WebKitWebDriver drops a repeated character within one sequence ("strasse" -> "strase").
          for (const char of payload.type) await driver.keys([char]);
        } else {
          const keys = payload.press.split('+').map((k) => WEBDRIVER_KEYS[k] ?? k);
          await driver.performActions([{
            type: 'key',
            id: 'keyboard',
            actions: [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))],
          }]);
          await driver.releaseActions();
        }
      } else {
        const { keyboard } = session.browser.getPage(session.id);
        if (payload.type !== undefined) await keyboard.type(payload.type);
        else {
          const keys = payload.press.split('+');
          for (const key of keys) await keyboard.down(key);
          for (const key of keys.reverse()) await keyboard.up(key);
        }
      }
      return true;
    }
    if (command === 'pc-a11y') {
      // What a screen reader is told: the role, name and description Chromium computes, read
      // from its accessibility tree (selectors pierce shadow roots with >>>).
      if (!isChromium(session)) return false;
      const page = session.browser.getPage(session.id);
      const results = [];
      for (const handle of await page.$$(payload.selector)) {
        const node = await page.accessibility.snapshot({ root: handle, interestingOnly: false });
        results.push(node ? { role: node.role, name: node.name ?? '', description: node.description ?? '' } : null);
        await handle.dispose();
      }
      return results;
    }
    if (command === 'pc-media') {
      if (!isChromium(session)) return false;
      const features = Object.entries(payload).map(([name, value]) => ({ name, value }));
      await session.browser.getPage(session.id).emulateMediaFeatures(features);
      return true;
    }
    if (command === 'pc-forced-colors') {
      if (!isChromium(session)) return false;
      const page = session.browser.getPage(session.id);
      // puppeteer's emulateMediaFeatures accepts only the colour scheme and reduced motion; the
      // session stays attached, since detaching it ends its emulation.
      if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
      await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload.active ? 'active' : 'none' }] });
      return true;
    }
    return undefined;
  },
};

/** Counts tests per engine over every group, so the runner can print one total (TEST_COUNT_FILE). */
const countingReporter = {
  stop({ sessions }) {
    const counts = {};
    for (const session of sessions) {
      const engine = session.browser.name === 'Chrome' ? 'chromium' : /firefox/i.test(session.browser.name) ? 'firefox' : 'webkit';
      const count = (counts[engine] ??= { passed: 0, failed: 0, skipped: 0 });
      const walk = (suite) => {
        for (const t of suite.tests) count[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed'] += 1;
        suite.suites.forEach(walk);
      };
      if (session.testResults) walk(session.testResults);
      // A file that failed to load has no results but must not pass unseen.
      if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) count.failed += 1;
    }
    if (process.env.TEST_COUNT_FILE) writeFileSync(process.env.TEST_COUNT_FILE, JSON.stringify(counts));
  },
};

/**
 * test/run.mjs names the groups to run (web-test-runner's --group takes only one);
 * PC_FILES narrows them to some files (`PC_FILES=test/element/api.test.ts`).
 */
const onlyGroups = process.env.PC_GROUPS?.split(',');

const GROUPS = [
  { name: 'unit-berlin', files: 'test/unit/**/*.test.ts', timeZone: 'Europe/Berlin' },
  { name: 'unit-los-angeles', files: 'test/unit/**/*.test.ts', timeZone: 'America/Los_Angeles' },
  { name: 'element', files: 'test/element/**/*.test.ts', timeZone: 'Asia/Tokyo' },
];

export default {
  nodeResolve: { browser: true, exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), enginePlugin],
  middleware: [feedFixtures, flakyFeed],
  reporters: [defaultReporter(), countingReporter],
  // Generous: WebKitGTK's first test of a file includes compiling its modules, slow on a loaded 2-core machine.
  // PC_GREP runs only the tests whose names match (mocha's grep). wtr counts the tests it left out as failed:
  // read the passed count of such a run, never its exit status.
  testFramework: { config: { timeout: 20000, ...(process.env.PC_GREP ? { grep: process.env.PC_GREP } : {}) } },
  testsFinishTimeout: 600000,
  browserStartTimeout: 60000,
  concurrency: 1,
  groups: await Promise.all(
    GROUPS.flatMap(({ name, files, timeZone }) =>
      Object.keys(found)
        .filter((engine) => !onlyGroups || onlyGroups.includes(`${name}:${engine}`))
        .map(async (engine) => ({ name: `${name}:${engine}`, files: process.env.PC_FILES?.split(',') ?? files, browsers: [await LAUNCH[engine](timeZone)] })),
    ),
  ),
};
