// Browser tests: everything runs in real headless Chromium (the system's package,
// see scripts/find-chromium.mjs). Pure data-layer tests run twice: once with the
// browser in Europe/Berlin and once in America/Los_Angeles, because a resident
// abroad (or CI in UTC) must see the same Berlin days and times.
import { writeFileSync } from 'node:fs';
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChromium } from './scripts/find-chromium.mjs';
import { feedFixtures, flakyFeed } from './test/server/feed-fixtures.mjs';

const executablePath = findChromium({ install: false });

const chromeArgs = [...CHROME_ARGS, '--disable-features=Translate,MediaRouter,OptimizationHints'];

/**
 * `forced-colors` emulation: the built-in emulateMedia command knows only colour
 * scheme and reduced motion, so tests reach Chromium's own media emulation here.
 */
const forcedColorsPlugin = {
  name: 'forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
    return true;
  },
};

/** Counts tests over every group, so `npm test` can print one total (TEST_COUNT_FILE). */
const countingReporter = {
  stop({ sessions }) {
    const count = { passed: 0, failed: 0, skipped: 0 };
    const walk = (suite) => {
      for (const t of suite.tests) count[t.skipped ? 'skipped' : t.passed ? 'passed' : 'failed'] += 1;
      suite.suites.forEach(walk);
    };
    for (const session of sessions) {
      if (session.testResults) walk(session.testResults);
      // A file that failed to load has no results but must not pass unseen.
      if (!session.passed && !session.testResults?.tests.length && !session.testResults?.suites.length) count.failed += 1;
    }
    if (process.env.TEST_COUNT_FILE) writeFileSync(process.env.TEST_COUNT_FILE, JSON.stringify(count));
  },
};

const chromeIn = (timeZone) =>
  chromeLauncher({
    launchOptions: {
      executablePath,
      headless: true,
      args: chromeArgs,
      env: { ...process.env, TZ: timeZone },
    },
  });

export default {
  nodeResolve: { browser: true, exportConditions: ['browser', 'production'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), forcedColorsPlugin],
  middleware: [feedFixtures, flakyFeed],
  reporters: [defaultReporter(), countingReporter],
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  concurrency: 1,
  groups: [
    { name: 'unit-berlin', files: 'test/unit/**/*.test.ts', browsers: [chromeIn('Europe/Berlin')] },
    { name: 'unit-los-angeles', files: 'test/unit/**/*.test.ts', browsers: [chromeIn('America/Los_Angeles')] },
    { name: 'element', files: 'test/element/**/*.test.ts', browsers: [chromeIn('Asia/Tokyo')] },
  ],
};
