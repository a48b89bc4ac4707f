// In-page side of the benchmark (loaded by page.html; driven by scripts/bench.mjs through
// window.runScenario). Each call runs in a fresh browser context, so nothing is cached or warm
// except the entry module itself, which a city page has also loaded before the element renders.
//
// Scenarios:
//   month-src     <participation-calendar src=… view=month date=2026-11-01>: fetch + parse + validate + render
//   month-events  the same with the `events` property; the feed was fetched and parsed before timing
//   list          view=list date=2026-11-01 via src
//   nav           month view of January 2026 via src (untimed), then 12 × date = 1st of the next month
//   filter        month view of November 2026 via src (untimed), then FILTER_PLAN: 20 changes in the
//                 filter panel (search typed letter by letter and cleared, two topic checkboxes on/off),
//                 each timed from just before the input is dispatched to updateComplete + 1 / 2 rAFs
//   load-probe    month-src again, with two probes running from the append to load + 2 rAFs: a
//                 setTimeout(0) loop (max lateness = longest the event loop was blocked) and a keydown
//                 dispatched to the toolbar's "today" button every 50 ms (delay from its due time to
//                 its handler); meanwhile the driver presses Shift (real input through CDP) every
//                 ~50 ms: delay from the event's time stamp to the handler. Separate from month-src
//                 because the probes cost a little CPU.
//   sources-3     month via src with three sources of N = 1,000 (N = 1,000 only): this one, and two
//                 more answered 400 and 800 ms late; firstPaintMs = the first source's events painted,
//                 joinLongestTaskMs = the longest task from then until load + 2 rAFs (the others join).
//                 month-src records firstPaintMs too, for the comparison.
//   range-100k    month via src="/feeds/months/{from}.json" (100,000 events over eight years, a file a
//                 month; N = 1,000 only): firstPaintMs of November 2026; then 6 steps back (« button),
//                 each once the month it goes to was prefetched, to updateComplete + 2 rAFs.
const raf = () => new Promise((ok) => requestAnimationFrame(ok));
const raf2 = () => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
// A task queued after a frame's rAF callbacks runs once that frame's style, layout and paint are done.
const channel = new MessageChannel();
const taskQueue = [];
channel.port1.onmessage = () => taskQueue.shift()?.();
const nextTask = () => new Promise((ok) => { taskQueue.push(ok); channel.port2.postMessage(0); });

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
  return {
    longTasks: hits.length, longestTaskMs: hits.reduce((max, e) => Math.max(max, e.duration), 0),
    // [start after t0, duration] of each, ms: where in the load or navigation they fell
    longTaskList: hits.map((e) => [Math.round(e.startTime - t0), Math.round(e.duration)]),
  };
}

// 20 changes: what a resident does in the panel. Topic A and B are the first two topics listed.
const FILTER_PLAN = [
  ...['r', 'ra', 'rad', ''].map((value) => ({ kind: 'search', value })),
  { kind: 'topic', which: 0, on: true }, { kind: 'topic', which: 1, on: true },
  { kind: 'topic', which: 0, on: false }, { kind: 'topic', which: 1, on: false },
  ...['b', 'bü', 'bür', ''].map((value) => ({ kind: 'search', value })),
  { kind: 'topic', which: 0, on: true }, { kind: 'topic', which: 1, on: true },
  { kind: 'topic', which: 0, on: false }, { kind: 'topic', which: 1, on: false },
  ...['r', 'ra', 'rad', ''].map((value) => ({ kind: 'search', value })),
];
// Time between two changes (a fast typist: ~8 keys a second). Below the element's 700 ms
// announcement delay, so its "n results" re-render only comes after the last change.
const FILTER_PAUSE_MS = 120;

const countEvents = (el) => el.shadowRoot?.querySelectorAll('[part~="event"]').length ?? null;
/** Shown events + the numbers of every "+N more": all of the month's day entries the filter let through. */
function countDayEntries(el) {
  const more = [...(el.shadowRoot?.querySelectorAll('[part~="more"]') ?? [])]
    .reduce((sum, b) => sum + (Number.parseInt(b.textContent.match(/\d+/)?.[0] ?? '0', 10) || 0), 0);
  return countEvents(el) + more;
}

/** The checkbox of the option labelled `name` in the fieldset with legend `legend` (queried afresh: options may re-order). */
function checkbox(root, legend, name) {
  const set = [...root.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.trim() === legend);
  if (!set) return null;
  if (name === undefined) return [...set.querySelectorAll('label')].map((l) => l.querySelector('.option-label')?.textContent.trim() ?? l.textContent.trim());
  const label = [...set.querySelectorAll('label')].find((l) => (l.querySelector('.option-label')?.textContent.trim() ?? l.textContent.trim()) === name);
  return label?.querySelector('input[type="checkbox"]') ?? null;
}

async function runFilterChanges(el, out) {
  const root = el.shadowRoot;
  // Side panel from 1150 px; a narrower widget has the panel behind .filter-toggle: open it (untimed).
  const toggle = root.querySelector('.filter-toggle');
  out.panel = toggle ? 'disclosure' : 'side';
  if (toggle && toggle.getAttribute('aria-expanded') !== 'true') { toggle.click(); await el.updateComplete; await raf2(); }
  const search = root.querySelector('#filter-search');
  const topics = checkbox(root, 'Themen') ?? [];
  if (!search || topics.length < 2) throw new Error(`filter panel incomplete: search ${Boolean(search)}, topics ${topics.length}`);
  out.topics = topics.slice(0, 2);
  let fired = 0;
  el.addEventListener('filter-change', () => fired++);
  const initialEvents = countEvents(el);
  const initialEntries = countDayEntries(el);
  const changes = [];
  for (const step of FILTER_PLAN) {
    await sleep(FILTER_PAUSE_MS);
    const prev = changes[changes.length - 1];
    if (prev) prev.eventsLater = countEvents(el); // changed since its 2nd rAF = a late render
    const firedBefore = fired;
    let box = null;
    if (step.kind === 'search') search.value = step.value;
    else {
      box = checkbox(root, 'Themen', out.topics[step.which]);
      if (!box) throw new Error(`topic checkbox "${out.topics[step.which]}" not found`);
      if (box.checked === step.on) throw new Error(`topic "${out.topics[step.which]}" already ${step.on ? 'on' : 'off'}`);
    }
    const ts = performance.now();
    if (box) box.click(); // toggles and fires input + change, synchronously
    else search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const tu = performance.now();
    await raf();
    const t1 = performance.now();
    await nextTask();
    const tp = performance.now();
    await raf();
    const t2 = performance.now();
    changes.push({
      kind: step.kind, what: step.kind === 'search' ? `"${step.value}"` : `${out.topics[step.which]} ${step.on ? 'on' : 'off'}`,
      t0: ts, t1: t2, updateMs: tu - ts, raf1Ms: t1 - ts, paintedMs: tp - ts, raf2Ms: t2 - ts,
      events: countEvents(el), entries: countDayEntries(el), fired: fired - firedBefore,
    });
  }
  await sleep(FILTER_PAUSE_MS);
  changes[changes.length - 1].eventsLater = countEvents(el);
  out.initialEvents = initialEvents;
  out.initialEntries = initialEntries;
  out.finalEvents = countEvents(el);
  out.finalEntries = countDayEntries(el);
  out.changes = changes;
}

/** Starts the two responsiveness probes; stop() returns their figures. */
function startProbes(el) {
  const st = { stopped: false, zero: [], key: [], real: [] };
  const zeroLoop = () => {
    const scheduled = performance.now();
    setTimeout(() => {
      if (st.stopped) return;
      st.zero.push(performance.now() - scheduled);
      zeroLoop();
    }, 0);
  };
  zeroLoop();
  let due = performance.now();
  // Synthetic keydowns (ours, from a timer): delay from due time to handler. Real ones (the
  // driver presses Shift through CDP every ~50 ms): delay from the browser's event time stamp
  // to the handler, i.e. the input delay a resident would feel.
  const onKey = (e) => {
    if (e.key !== 'Shift') return;
    if (e.isTrusted) st.real.push(performance.now() - e.timeStamp);
    else if (e.__due !== undefined) st.key.push(performance.now() - e.__due);
  };
  el.addEventListener('keydown', onKey);
  const keyLoop = () => {
    // The next multiple of 50 ms after the last due time that is at most 50 ms past (after a
    // blocked stretch, one late key is measured, not a burst of catch-up keys).
    do due += 50; while (due < performance.now() - 50);
    setTimeout(() => {
      if (st.stopped) return;
      const button = el.shadowRoot?.querySelector('[part~="today"]');
      const target = button ?? el;
      target.focus?.();
      const event = new KeyboardEvent('keydown', { key: 'Shift', bubbles: true, composed: true });
      event.__due = due;
      target.dispatchEvent(event);
      keyLoop();
    }, Math.max(0, due - performance.now()));
  };
  keyLoop();
  return () => {
    st.stopped = true;
    el.removeEventListener('keydown', onKey);
    const max = (xs) => (xs.length ? Math.max(...xs) : null);
    return {
      zeroProbes: st.zero.length, zeroMaxLateMs: max(st.zero), zeroOver50: st.zero.filter((x) => x > 50).length,
      keyProbes: st.key.length, keyMaxDelayMs: max(st.key), keyOver100: st.key.filter((x) => x > 100).length,
      realKeys: st.real.length, realKeyMaxDelayMs: max(st.real), realKeyOver100: st.real.filter((x) => x > 100).length,
    };
  };
}

/** Resolves with the time the widget's first events were painted (checked every frame; painted = the task after that frame). */
async function firstPaint(getEl) {
  for (;;) {
    await raf();
    const el = getEl();
    if (el && countEvents(el) > 0) {
      await nextTask();
      return performance.now();
    }
  }
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
  } else if (scenario === 'filter') {
    ({ el, loaded: detail } = mount({ view: 'month', date: '2026-11-01', src }));
    detail = await detail;
    await raf2();
    await sleep(100);
    t0 = performance.now();
    await runFilterChanges(el, out);
    t1 = performance.now();
  } else if (scenario === 'load-probe') {
    t0 = performance.now();
    ({ el, loaded: detail } = mount({ view: 'month', date: '2026-11-01', src }));
    const stop = startProbes(el);
    detail = await detail;
    out.loadEventMs = performance.now() - t0;
    await raf2();
    t1 = performance.now();
    Object.assign(out, stop());
  } else if (scenario === 'range-100k') {
    t0 = performance.now();
    ({ el, loaded: detail } = mount({ view: 'month', date: '2026-11-01', src: '/feeds/months/{from}.json' }));
    out.firstPaintMs = (await firstPaint(() => el)) - t0;
    detail = await detail;
    out.loadEventMs = performance.now() - t0;
    await raf2();
    let month = '2026-11-01';
    const steps = [];
    const stepTasks = [];
    for (let i = 0; i < 6; i++) {
      const [y, m] = month.split('-').map(Number);
      month = m === 1 ? `${y - 1}-12-01` : `${y}-${String(m - 1).padStart(2, '0')}-01`;
      // Prefetched: its file has arrived, and was joined (a few frames).
      const arrived = () => performance.getEntriesByType('resource').some((e) => e.name.endsWith(`/months/${month}.json`) && e.responseEnd > 0);
      for (let w = 0; !arrived() && w < 200; w++) await sleep(25);
      await sleep(400);
      const ts = performance.now();
      el.shadowRoot.querySelector('[part~="previous"]').click();
      await el.updateComplete;
      await raf2();
      const te = performance.now();
      steps.push(te - ts);
      stepTasks.push([ts, te]);
    }
    t1 = performance.now();
    out.stepsMs = steps;
    out.worstStepMs = Math.max(...steps);
    await sleep(150);
    out.stepLongestTaskMs = Math.max(0, ...stepTasks.map(([a, b]) => longTasksIn(a, b).longestTaskMs));
    out.rangeFiles = performance.getEntriesByType('resource').filter((e) => e.name.includes('/months/')).length;
  } else if (scenario === 'sources-3') {
    t0 = performance.now();
    ({ el, loaded: detail } = mount({ view: 'month', date: '2026-11-01', src: `${src} /late/feed-1000-7.json /late/feed-1000-8.json` }));
    const painted = firstPaint(() => el);
    const tFirst = await painted;
    out.firstPaintMs = tFirst - t0;
    detail = await detail;
    out.loadEventMs = performance.now() - t0;
    await raf2();
    t1 = performance.now();
    await sleep(150);
    out.joinLongestTaskMs = longTasksIn(tFirst, t1).longestTaskMs;
    out.sources = detail.sources?.map((x) => x.count);
  } else {
    const view = scenario === 'list' ? 'list' : 'month';
    t0 = performance.now();
    ({ el, loaded: detail } = mount({ view, date: '2026-11-01', src, events: data }));
    const painted = scenario === 'month-src' ? firstPaint(() => el) : null;
    detail = await detail;
    if (painted) out.firstPaintMs = (await painted) - t0;
    out.loadEventMs = performance.now() - t0;
    await raf2();
    t1 = performance.now();
  }
  out.ms = t1 - t0;

  await sleep(150); // long-task entries are delivered after their task ends
  Object.assign(out, longTasksIn(t0, t1));
  // Per filter change: the longest task overlapping it (dispatch … 2nd rAF).
  for (const c of out.changes ?? []) c.longestTaskMs = longTasksIn(c.t0, c.t1).longestTaskMs;
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
