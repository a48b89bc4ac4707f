// Put first in <head> of every demo page the end-to-end tests open (by the test
// server, see test/e2e/): records, in any engine, what a resident's browser
// would show in its console and what the widgets report. It runs before the
// page's own scripts, as a classic script from the page's origin (allowed by
// the strict CSP page too).
(() => {
  const log = { consoleErrors: [], uncaught: [], csp: [], loads: [], errors: [] };
  Object.defineProperty(window, '__e2e', { value: log });
  const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}` : typeof value === 'string' ? value : JSON.stringify(value));
  const error = console.error.bind(console);
  console.error = (...args) => {
    log.consoleErrors.push(args.map(text).join(' '));
    error(...args);
  };
  addEventListener('error', (e) => log.uncaught.push(e.message || text(e.error)));
  addEventListener('unhandledrejection', (e) => log.uncaught.push(`unhandled rejection: ${text(e.reason)}`));
  document.addEventListener(
    'securitypolicyviolation',
    (e) => log.csp.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`),
    true,
  );
  // The widget's load / error do not bubble: listen in the capture phase.
  for (const type of ['load', 'error']) {
    document.addEventListener(
      type,
      (e) => {
        if (e.target?.localName !== 'participation-calendar') return;
        const d = e.detail ?? {};
        const reasons = (x) => (Array.isArray(x) ? x.map((i) => i.reason ?? String(i)) : []);
        if (type === 'load') {
          const sources = (d.sources ?? []).map((s) => ({ name: s.name, count: s.count, error: s.error?.message }));
          log.loads.push({ count: d.count, skipped: reasons(d.skipped), warnings: reasons(d.warnings), sources, merged: d.merged ?? [] });
        }
        else log.errors.push({ message: d.message, kind: d.kind });
      },
      true,
    );
  }
})();
