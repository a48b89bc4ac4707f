// In-page side of the benchmark (loaded by page.html; driven by scripts/bench.mjs through
// window.runScenario). Each call runs in a fresh browser context, so nothing is cached or warm
// except the entry module itself, which a city page has also loaded before the element renders.
//
// Scenarios:
//   month-src     <participation-calendar src=… view=month date=2026-11-01>: fetch + parse + validate + render
//   month-events  the same with the `events` property; the feed was fetched and parsed before timing
//   list          view=list date=2026-11-01 via src
//   nav           month view of January 2026 via src (untimed), then 12 × date = 1st of the next month
const raf2 = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

// Long tasks are recorded from page start ('buffered' also hands over those queued before
// observe()); each scenario later picks the ones overlapping its timed window.
const longTasks = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });

try {
  await import('/dist/participation-calendar.js');
  await customElements.whenDefined('participation-calendar');
  window.benchReady = true;
} catch (error) {
  window.benchReady = `loading dist/participation-calendar.js failed: ${error?.stack ?? error}`;
}

/** Heap in bytes after two forced GCs (the second collects what the first's finalizers freed). */
async function settledHeap() {
  if (typeof gc !== 'function' || !performance.memory) return null;
  gc();
  await sleep(20);
  gc();
  const used = performance.memory.usedJSHeapSize;
  await sleep(0); // the timed part then starts in a task of its own, not in the GC's
  return used;
}

/** Creates and appends the element; resolves with the `load` detail, rejects on `error`. */
function mount({ view, date, src, events }) {
  const el = document.createElement('participation-calendar');
  el.setAttribute('view', view);
  el.setAttribute('date', date);
  el.setAttribute('lang', 'de');
  el.setAttribute('timezone', 'Europe/Berlin');
  const loaded = new Promise((ok, fail) => {
    el.addEventListener('load', (e) => ok(e.detail), { once: true });
    el.addEventListener('error', (e) => fail(new Error(`error event: ${e.detail?.kind}: ${e.detail?.message}`)), { once: true });
  });
  if (events) el.events = events;
  else el.setAttribute('src', src);
  document.getElementById('host').append(el);
  return { el, loaded };
}

function nextMonth(date) {
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

function longTasksIn(t0, t1) {
  const hits = longTasks.filter((e) => e.startTime < t1 && e.startTime + e.duration > t0);
  return { longTasks: hits.length, longestTaskMs: hits.reduce((max, e) => Math.max(max, e.duration), 0) };
}

window.runScenario = async ({ scenario, n }) => {
  const src = `/feeds/feed-${n}.json`;
  // month-events: the data is in memory before the clock starts (and before the heap baseline,
  // so "retained" is what the element adds on top of the caller's array).
  const data = scenario === 'month-events' ? await (await fetch(src)).json() : null;
  window.benchInput = data; // the caller keeps its array, in both heap readings
  const out = { scenario, n };
  const heapBefore = await settledHeap();
  let el, detail, t0, t1;

  if (scenario === 'nav') {
    ({ el, loaded: detail } = mount({ view: 'month', date: '2026-01-01', src }));
    detail = await detail;
    await raf2();
    await sleep(100); // let the initial render's leftovers (long-task entries, idle work) pass
    let date = '2026-01-01';
    const steps = [];
    t0 = performance.now();
    for (let i = 0; i < 12; i++) {
      const ts = performance.now();
      date = nextMonth(date);
      el.setAttribute('date', date);
      await el.updateComplete;
      await raf2();
      steps.push(performance.now() - ts);
    }
    t1 = performance.now();
    out.stepsMs = steps;
    out.worstStepMs = Math.max(...steps);
  } else {
    const view = scenario === 'list' ? 'list' : 'month';
    t0 = performance.now();
    ({ el, loaded: detail } = mount({ view, date: '2026-11-01', src, events: data }));
    detail = await detail;
    await raf2();
    t1 = performance.now();
  }
  out.ms = t1 - t0;

  await sleep(150); // long-task entries are delivered after their task ends
  Object.assign(out, longTasksIn(t0, t1));
  out.events = el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? null;
  out.heading = el.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.trim() ?? null;
  out.load = { count: detail?.count, skipped: detail?.skipped?.length, warnings: detail?.warnings?.length };
  out.firstSkipped = detail?.skipped?.[0]?.reason;
  const heapAfter = await settledHeap();
  out.heapRetainedBytes = heapBefore == null ? null : heapAfter - heapBefore;
  out.heapAfterBytes = heapAfter;
  // Which bundle files this page fetched: shows whether the on-demand chunks were needed.
  out.files = performance.getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.startsWith('/dist/'));
  return out;
};
