// A node:test reporter that counts tests per suite folder (test/e2e, test/cli …)
// and, where a test's name starts with "[engine]", per engine, then writes the
// counts as JSON: test/run.mjs adds them to one total without reading any
// human-readable output. Suites (describe) are not counted, only their tests.
import { relative, sep } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;

/** "test/e2e/demo-pages.test.mjs" -> "e2e" */
function suiteOf(file) {
  const parts = relative(ROOT, file ?? '').split(sep);
  return parts[0] === 'test' && parts.length > 2 ? parts[1] : 'other';
}

export default async function* countReporter(source) {
  const counts = {};
  for await (const { type, data } of source) {
    if (type !== 'test:pass' && type !== 'test:fail') continue;
    if (data.details?.type === 'suite') {
      // A suite that failed outside its tests (a `before` hook threw) must not pass unseen.
      if (type === 'test:fail' && data.details.error?.failureType !== 'subtestsFailed') {
        const count = (counts[suiteOf(data.file)] ??= {});
        const all = (count.all ??= { passed: 0, failed: 0, skipped: 0 });
        all.failed += 1;
      }
      continue;
    }
    const engine = /^\[(chromium|firefox|webkit)\]/.exec(data.name)?.[1] ?? 'all';
    const count = ((counts[suiteOf(data.file)] ??= {})[engine] ??= { passed: 0, failed: 0, skipped: 0 });
    if (data.skip || data.todo) count.skipped += 1;
    else if (type === 'test:pass') count.passed += 1;
    else count.failed += 1;
  }
  yield `${JSON.stringify(counts)}\n`;
}
