// Turns the raw measurements into the summary (medians and worst values per N × scenario),
// the Markdown report and the comparison with a saved N = 1,000 baseline. No I/O here.
import { sizeTotals } from './sizes.mjs';

// The four base scenarios (every N; the render, heap and sanity tables) and the extra ones:
// 'filter' (N = 1,000 and 10,000) and 'load-probe' (N ≥ 10,000); see page.js and bench.mjs.
export const SCENARIOS = ['month-src', 'month-events', 'list', 'nav'];
export const EXTRA_SCENARIOS = ['filter', 'load-probe', 'sources-3', 'range-100k'];
const ALL_SCENARIOS = [...SCENARIOS, ...EXTRA_SCENARIOS];
const LABEL = {
  'month-src': 'month, src',
  'month-events': 'month, events prop',
  list: 'list (month)',
  nav: 'nav 12 steps',
  filter: 'filter changes',
  'load-probe': 'month, src, with probes',
  'sources-3': 'month, 3 sources',
  'range-100k': 'month by month, 100,000 events',
};

const nums = (xs) => xs.filter((x) => typeof x === 'number' && Number.isFinite(x));
export function median(xs) {
  const s = nums(xs).sort((a, b) => a - b);
  if (!s.length) return null;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const worst = (xs) => (nums(xs).length ? Math.max(...nums(xs)) : null);
const stat = (xs) => ({ median: median(xs), worst: worst(xs) });

/** summary[n][scenario] = { rounds, ok, failures, ms, worstStepMs, longestTaskMs, … } */
export function summarize(results, ns) {
  const summary = {};
  for (const n of ns) {
    summary[n] = {};
    for (const s of ALL_SCENARIOS) {
      const all = results.filter((r) => r.n === n && r.scenario === s);
      if (!all.length) continue;
      const ok = all.filter((r) => !r.failed);
      const pick = (k) => ok.map((r) => r[k]);
      const events = nums(pick('events'));
      summary[n][s] = {
        rounds: all.length,
        ok: ok.length,
        failures: [...new Set(all.filter((r) => r.failed).map((r) => r.failed))],
        ms: stat(pick('ms')),
        ...(s === 'nav' ? { worstStepMs: stat(pick('worstStepMs')) } : {}),
        longestTaskMs: stat(pick('longestTaskMs')),
        longTasks: stat(pick('longTasks')),
        heapRetainedBytes: stat(pick('heapRetainedBytes')),
        events: { median: median(events), min: events.length ? Math.min(...events) : null, max: worst(events) },
        load: ok[0]?.load ?? null,
        firstSkipped: ok.find((r) => r.firstSkipped)?.firstSkipped ?? null,
        heading: ok[0]?.heading ?? null,
        onDemandFetched: ok.filter((r) => r.files?.some((f) => f.startsWith('/dist/chunks/'))).length,
        // Pages that fetched each chunk, by its name without the hash (series-engine, rrule-engine.browser …).
        chunkPages: countChunkPages(ok),
        pageErrors: [...new Set(all.flatMap((r) => r.errors ?? []))].slice(0, 3),
      };
      const cell = summary[n][s];
      if (s === 'nav') cell.stepMs = stat(ok.flatMap((r) => r.stepsMs ?? []));
      if (s === 'month-src' || s === 'sources-3' || s === 'range-100k') cell.firstPaintMs = stat(pick('firstPaintMs'));
      if (s === 'range-100k') {
        cell.stepMs = stat(ok.flatMap((r) => r.stepsMs ?? []));
        cell.stepLongestTaskMs = stat(pick('stepLongestTaskMs'));
        cell.loadEventMs = stat(pick('loadEventMs'));
        cell.rangeFiles = ok[0]?.rangeFiles ?? null;
      }
      if (s === 'sources-3') {
        cell.joinLongestTaskMs = stat(pick('joinLongestTaskMs'));
        cell.loadEventMs = stat(pick('loadEventMs'));
        cell.sources = ok[0]?.sources ?? null;
      }
      if (s === 'month-src' || s === 'load-probe') {
        const slowest = ok.reduce((a, r) => (a && a.ms >= r.ms ? a : r), null);
        cell.slowestLongTasks = slowest?.longTaskList?.length ? slowest.longTaskList.map(([t, d]) => `[${t}, ${d}]`).join(' ') : 'none';
        cell.loadEventMs = stat(pick('loadEventMs'));
      }
      if (s === 'load-probe') {
        for (const k of ['zeroMaxLateMs', 'keyMaxDelayMs', 'zeroProbes', 'keyProbes', 'zeroOver50', 'keyOver100', 'realKeys', 'realKeyMaxDelayMs', 'realKeyOver100']) cell[k] = stat(pick(k));
      }
      if (s === 'filter') {
        // Every change of every page pooled: median over all of them, worst = the slowest one.
        const changes = ok.flatMap((r) => r.changes ?? []);
        const of = (kind) => (kind ? changes.filter((c) => c.kind === kind) : changes);
        for (const k of ['updateMs', 'raf1Ms', 'paintedMs', 'raf2Ms']) cell[k] = stat(of().map((c) => c[k]));
        cell.searchRaf1Ms = stat(of('search').map((c) => c.raf1Ms));
        cell.topicRaf1Ms = stat(of('topic').map((c) => c.raf1Ms));
        cell.changes = changes.length;
        cell.over16 = changes.filter((c) => c.raf1Ms > 16).length;
        const slowest = changes.reduce((a, c) => (a && a.raf1Ms >= c.raf1Ms ? a : c), null);
        cell.slowest = slowest ? { what: slowest.what, raf1Ms: slowest.raf1Ms, events: slowest.events } : null;
        cell.firedWrong = changes.filter((c) => c.fired !== 1).length;
        cell.lateRenders = changes.filter((c) => c.eventsLater != null && c.eventsLater !== c.events).length;
        cell.countMismatch = ok.filter((r) => r.finalEvents !== r.initialEvents).map((r) => `${r.initialEvents} → ${r.finalEvents}`);
        cell.topics = ok[0]?.topics ?? null;
        cell.panel = ok[0]?.panel ?? null;
        // Events shown after each step of the first page: the filter did narrow the view.
        cell.trace = ok[0]?.changes?.map((c) => `${c.what}: ${c.events} (${c.entries})`) ?? null;
        cell.initialEvents = ok[0] ? `${ok[0].initialEvents} (${ok[0].initialEntries})` : null;
        cell.entriesMismatch = ok.filter((r) => r.finalEntries !== r.initialEntries).map((r) => `${r.initialEntries} → ${r.finalEntries}`);
      }
    }
  }
  return summary;
}

const int = (x) => (x == null ? '–' : Math.round(x).toLocaleString('en-US'));
const kb = (x) => (x == null ? '–' : (x / 1024).toLocaleString('en-US', { maximumFractionDigits: 0 }));
const pair = (st, f = int) => (st?.median == null ? '–' : `${f(st.median)} / ${f(st.worst)}`);

function cellOr(c, text) {
  if (!c) return 'not run';
  if (!c.ok) return `FAILED (${c.failures[0]?.slice(0, 60)})`;
  return c.ok < c.rounds ? `${text} [${c.rounds - c.ok} of ${c.rounds} failed]` : text;
}

function metricTable(summary, ns, title, cols) {
  let md = `### ${title}\n\n| N | ${cols.map((c) => c.head).join(' | ')} |\n|---:|${cols.map(() => '---:').join('|')}|\n`;
  for (const n of ns) {
    md += `| ${n.toLocaleString('en-US')} | ${cols.map((c) => cellOr(summary[n]?.[c.s], c.get(summary[n]?.[c.s] ?? {}))).join(' | ')} |\n`;
  }
  return `${md}\n`;
}

export function markdown({ meta, sizes, summary, comparison }) {
  const { ns } = meta;
  let md = `# participation-calendar benchmark${meta.complete ? '' : ' — PARTIAL (run cut off)'}\n\n`;
  md += `${meta.date} · commit ${meta.commit}${meta.dist ? ` · measured build: ${meta.dist}` : ''} · Chromium ${meta.chromium} headless · ${meta.cores} cores (${meta.cpu}) · Node ${meta.node} · load avg (1 min) ${meta.loadAvg1?.join(' → ') ?? '?'} · `;
  md += `rounds: ${meta.rounds} (N ≤ 1,000), ${meta.roundsLarge} (N = 10,000)${meta.ns.some((n) => n >= 50000) ? ', 1 (N = 50,000)' : ''} · ${meta.quick ? 'quick run · ' : ''}run took ${meta.durationText}\n\n`;
  md += 'Each measurement runs in a fresh browser context and page (1280×900, Europe/Berlin, de-DE), files served from a loopback server without caching. ';
  md += 'Generated feeds (scripts/bench/gen-feed.mjs, seeded): events over 2026, ~10% RRULE series, ~5% all-day / multi-day, events across both DST switches. ';
  md += 'Times are wall-clock ms in the page; 2-core machines are noisy, so compare within one run or against a baseline from the same machine.\n\n';

  md += '## Bundle sizes (bytes)\n\n| file | loaded | raw | gzip -9 | brotli q11 |\n|---|---|---:|---:|---:|\n';
  for (const r of sizes) md += `| ${r.file} | ${r.loading} | ${int(r.raw)} | ${int(r.gzip)} | ${int(r.brotli)} |\n`;
  const t = sizeTotals(sizes);
  md += `| **ES, before any feed** | entry + static chunks | ${int(t.esInitial.raw)} | ${int(t.esInitial.gzip)} | ${int(t.esInitial.brotli)} |\n`;
  md += `| **ES, all files** | with the on-demand chunks | ${int(t.esAll.raw)} | ${int(t.esAll.gzip)} | ${int(t.esAll.brotli)} |\n\n`;
  const fetched = ns.flatMap((n) => SCENARIOS.map((s) => summary[n]?.[s])).filter(Boolean);
  const byChunk = {};
  for (const cell of fetched) for (const [name, pages] of Object.entries(cell.chunkPages ?? {})) byChunk[name] = (byChunk[name] ?? 0) + pages;
  md += `On-demand chunks were fetched in ${fetched.reduce((a, c) => a + c.onDemandFetched, 0)} of ${fetched.reduce((a, c) => a + c.ok, 0)} measured pages (every generated feed has RRULE series)`;
  md += Object.keys(byChunk).length ? `; pages per chunk: ${Object.entries(byChunk).sort().map(([k, v]) => `${k} ${v}`).join(', ')}.\n\n` : '.\n\n';

  md += '## Timings\n\nCells: median / worst over the rounds, ms. month / list: from appending the element to its `load` event + 2 requestAnimationFrames (src: fetch + parse + validate + on-demand chunk + render, to paint; events prop: the feed is already in memory). ';
  md += 'nav: month view mounted at January 2026 (untimed), then 12 × `date` = 1st of the next month, each step `updateComplete` + 2 rAFs. ';
  md += 'Two frames are a floor of ~33 ms per paint at 60 Hz (≥ ~0.4 s for the 12 nav steps), so small N mostly measures that floor.\n\n';
  md += metricTable(summary, ns, 'Render and navigation (ms, median / worst)', [
    { s: 'month-src', head: 'month Nov 2026, src', get: (c) => pair(c.ms) },
    { s: 'month-events', head: 'month Nov 2026, events prop', get: (c) => pair(c.ms) },
    { s: 'list', head: 'list Nov 2026, src', get: (c) => pair(c.ms) },
    { s: 'nav', head: 'nav 12 steps, total', get: (c) => pair(c.ms) },
    { s: 'nav', head: 'nav, worst step', get: (c) => pair(c.worstStepMs) },
  ]);
  const perScenario = (get) => SCENARIOS.map((s) => ({ s, head: LABEL[s], get }));
  md += metricTable(summary, ns, 'Longest task during the timed part (ms, median / worst; 0 = none over 50 ms)',
    perScenario((c) => pair(c.longestTaskMs)));
  md += metricTable(summary, ns, 'Retained JS heap after forced GC (KB, median / worst; after − before mount; events prop: the caller\'s array is in both)',
    perScenario((c) => pair(c.heapRetainedBytes, kb)));
  md += 'The month grid shows a few events per day and a "+N more" button, so its count levels off while the list keeps growing.\n\n';
  md += metricTable(summary, ns, 'Sanity: rendered [part~="event"] (median; range if rounds differ) · load detail count / skipped / warnings',
    perScenario((c) => {
      const e = c.events ?? {};
      const range = e.min !== e.max ? ` (${int(e.min)}–${int(e.max)})` : '';
      const load = c.load ? ` · ${c.load.count}/${c.load.skipped}/${c.load.warnings}` : '';
      return `${int(e.median)}${range}${load}`;
    }));
  const headings = SCENARIOS.map((s) => summary[ns[0]]?.[s]?.heading).filter(Boolean);
  if (headings.length) md += `Headings at the end (N = ${ns[0]}): ${SCENARIOS.map((s, i) => `${LABEL[s]}: “${summary[ns[0]]?.[s]?.heading ?? '–'}”`).join(' · ')}\n\n`;

  md += filterMarkdown(summary, ns);
  md += sourcesMarkdown(summary);
  md += rangeMarkdown(summary);
  md += bigMarkdown(summary, ns, meta);

  const problems = ns.flatMap((n) => ALL_SCENARIOS.flatMap((s) => {
    const c = summary[n]?.[s];
    const lines = [...(c?.failures ?? []), ...(c?.pageErrors ?? [])];
    if (c?.firstSkipped) lines.push(`skipped event, e.g.: ${c.firstSkipped}`);
    return lines.map((l) => `- N = ${n}, ${LABEL[s]}: ${l.replace(/\s+/g, ' ').slice(0, 300)}`);
  }));
  if (problems.length) md += `## Failures and page errors\n\n${problems.join('\n')}\n\n`;
  if (comparison) md += comparisonMarkdown(comparison);
  return md;
}

const ms1 = (x) => (x == null ? '–' : x < 100 ? x.toFixed(1) : int(x));
const pair1 = (st) => (st?.median == null ? '–' : `${ms1(st.median)} / ${ms1(st.worst)}`);

function filterMarkdown(summary, ns) {
  const rows = ns.filter((n) => summary[n]?.filter);
  if (!rows.length) return '';
  let md = '## Filter and search: input to updated view (ms)\n\n';
  md += 'Month view of November 2026 loaded via `src` (untimed), filter panel beside the grid (1200 px widget). Per page 20 changes, 120 ms apart: ';
  md += 'search typed letter by letter and cleared (“r”, “ra”, “rad”, “” · “b”, “bü”, “bür”, “” · “r”, “ra”, “rad”, “”) and the first two topics (Themen) switched on and off, twice. ';
  md += 'Each change is timed from just before the `input` event is dispatched (search: value set, then `input`; topic: `click()` on the checkbox) to `updateComplete`, then to 1 requestAnimationFrame ';
  md += '(the frame that will show it has started), to the task after that frame (its style, layout and paint done), and to a 2nd rAF. ';
  md += 'Cells: median / worst over every change of every page (pooled). Issue target: ≤ 16 ms at 10,000 events, input to updated view (reported here, not asserted).\n\n';
  md += '| N | pages × changes | to updateComplete | to 1 rAF | to 1 rAF + task (painted) | to 2 rAFs | search, to 1 rAF | topic, to 1 rAF | changes > 16 ms (1 rAF) | longest task in the changes (per page, median / worst; 0 = none > 50 ms) |\n';
  md += '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n';
  for (const n of rows) {
    const c = summary[n].filter;
    if (!c.ok) { md += `| ${n.toLocaleString('en-US')} | FAILED (${c.failures[0]?.slice(0, 80)}) |||||||||\n`; continue; }
    md += `| ${n.toLocaleString('en-US')} | ${c.ok} × ${Math.round(c.changes / c.ok)}${c.ok < c.rounds ? ` [${c.rounds - c.ok} failed]` : ''} | ${pair1(c.updateMs)} | ${pair1(c.raf1Ms)} | ${pair1(c.paintedMs)} | ${pair1(c.raf2Ms)} | `;
    md += `${pair1(c.searchRaf1Ms)} | ${pair1(c.topicRaf1Ms)} | ${c.over16} of ${c.changes} | ${pair(c.longestTaskMs)} |\n`;
  }
  md += '\nChecks: ';
  md += rows.map((n) => {
    const c = summary[n].filter;
    if (!c.ok) return `N = ${n.toLocaleString('en-US')}: failed`;
    const slow = c.slowest ? `slowest change ${c.slowest.what} (${ms1(c.slowest.raf1Ms)} ms)` : '';
    return `N = ${n.toLocaleString('en-US')}: topics ${c.topics?.map((t) => `“${t}”`).join(' and ')}, panel ${c.panel}; ` +
      `\`filter-change\` not fired exactly once for ${c.firedWrong} of ${c.changes} changes; late renders (event count changed after the 2nd rAF) ${c.lateRenders}; ` +
      `pages whose count after the last clear differs from before the first change: ${[...c.countMismatch, ...c.entriesMismatch].join(', ') || 'none'}; ${slow}. ` +
      `Events shown per step, first page — [part~="event"] (those + every "+N more" number): ${c.initialEvents} at start → ${c.trace?.join(' · ')}`;
  }).join('\n\n');
  return `${md}\n\n`;
}

function bigMarkdown(summary, ns) {
  const cols = ns.filter((n) => n >= 10000 && (summary[n]?.['load-probe'] || summary[n]?.['month-src']));
  if (!cols.length || !cols.some((n) => summary[n]?.['load-probe'])) return '';
  const big = cols.filter((n) => n > 10000);
  let md = `## Big feed and responsiveness while loading${big.length ? ` (N = ${big.map((n) => n.toLocaleString('en-US')).join(', ')}: ${summary[big[0]]?.['month-src']?.rounds ?? 1} round)` : ''}\n\n`;
  md += 'Cells: median / worst over the rounds (one round: the value twice). Load: `<participation-calendar src=… view=month date=2026-11-01>` appended → `load` + 2 rAFs (fetch, parse, validate, chunks, render, paint). ';
  md += '"With probes" is a separate page load of the same: a setTimeout(0) loop (lateness = how long the event loop could not run a task) and, every 50 ms, a `keydown` dispatched to the focused toolbar “Heute” button (delay = handler time − its due time), both from the append to load + 2 rAFs; ';
  md += 'meanwhile the driver presses Shift through CDP (real input, into the focused “Heute” button) every ~50 ms: delay = handler time − the event\'s time stamp. ';
  md += 'Timer-driven probes run at ordinary task priority; the element\'s sliced loading continues in ordinary tasks (`scheduler.postTask`, queued behind timers already due) while Chromium runs input first, so the timer figures show what a page\'s own setTimeout work waits, the real presses what a keyboard user feels. ';
  md += 'Navigation: the nav scenario (12 × `date` = 1st of the next month from January 2026, each to `updateComplete` + 2 rAFs; per step pooled over rounds). Targets from the issue are reported, not asserted.\n\n';
  const cell = (n, s) => summary[n]?.[s];
  const rows = [
    ['load to paint, month Nov 2026 via src (ms)', '', (n) => pair(cell(n, 'month-src')?.ms)],
    ['longest task during that load (ms)', 'none > 200', (n) => pair(cell(n, 'month-src')?.longestTaskMs)],
    ['long tasks (> 50 ms) during that load (count)', '', (n) => pair(cell(n, 'month-src')?.longTasks)],
    ['… of the slowest load: [start after append, duration] (ms)', '', (n) => cell(n, 'month-src')?.slowestLongTasks ?? '–'],
    ['load to paint with the probes running (ms)', '', (n) => pair(cell(n, 'load-probe')?.ms)],
    ['longest task during the probed load (ms)', 'none > 200', (n) => pair(cell(n, 'load-probe')?.longestTaskMs)],
    ['event-loop lateness, setTimeout(0) probe, max (ms)', '', (n) => pair(cell(n, 'load-probe')?.zeroMaxLateMs)],
    ['keydown every 50 ms on a toolbar button: max delay, due → handled (ms)', '', (n) => pair(cell(n, 'load-probe')?.keyMaxDelayMs)],
    ['keydowns handled during the load / of them > 100 ms late (median counts)', '', (n) => `${int(cell(n, 'load-probe')?.keyProbes?.median)} / ${int(cell(n, 'load-probe')?.keyOver100?.median)}`],
    ['real key presses (CDP, every ~50 ms): max input delay, event time stamp → handler (ms)', '', (n) => pair(cell(n, 'load-probe')?.realKeyMaxDelayMs)],
    ['real key presses handled during the load / of them > 100 ms late (median counts)', '', (n) => `${int(cell(n, 'load-probe')?.realKeys?.median)} / ${int(cell(n, 'load-probe')?.realKeyOver100?.median)}`],
    ['nav 12 steps, total (ms)', '', (n) => pair(cell(n, 'nav')?.ms)],
    ['nav, per step: median / worst (ms)', '< 100 a step', (n) => pair(cell(n, 'nav')?.stepMs)],
    ['longest task during nav (ms)', '', (n) => pair(cell(n, 'nav')?.longestTaskMs)],
    ['retained JS heap after the month load (KB)', '', (n) => pair(cell(n, 'month-src')?.heapRetainedBytes, kb)],
    ['rendered [part~="event"] · load count / skipped / warnings', '', (n) => {
      const c = cell(n, 'month-src');
      return c ? `${int(c.events?.median)} · ${c.load?.count}/${c.load?.skipped}/${c.load?.warnings}` : 'not run';
    }],
  ];
  md += `| metric | target | ${cols.map((n) => `N = ${n.toLocaleString('en-US')}`).join(' | ')} |\n|---|---|${cols.map(() => '---:').join('|')}|\n`;
  for (const [label, target, get] of rows) md += `| ${label} | ${target} | ${cols.map(get).join(' | ')} |\n`;
  return `${md}\n`;
}

// ---- baseline comparison (N = 1,000) ----
// [summary key, statistic, unit, label]
const METRICS = [
  ['ms', 'median', 'ms', 'time, median'], ['ms', 'worst', 'ms', 'time, worst'], ['worstStepMs', 'median', 'ms', 'worst step, median'],
  ['longestTaskMs', 'median', 'ms', 'longest task, median'], ['heapRetainedBytes', 'median', 'KB', 'retained heap, median'],
  ['events', 'median', '', 'rendered events'],
];

const FILTER_METRICS = [
  ['raf1Ms', 'median', 'input → 1 rAF, median'], ['raf1Ms', 'worst', 'input → 1 rAF, worst'],
  ['raf2Ms', 'median', 'input → 2 rAFs, median'], ['longestTaskMs', 'median', 'longest task, median'],
];

const SIZE_LABEL = { esInitial: 'ES entry + static chunks', esAll: 'all ES files', iife: 'IIFE bundle' };

/** Rows { metric, before, now, changePct } for every scenario × metric both runs have. */
export function compare(baseline, summary, sizes) {
  const rows = [];
  for (const s of SCENARIOS) {
    for (const [key, which, unit, label] of METRICS) {
      const before = baseline.summary?.[s]?.[key]?.[which];
      const now = summary?.[s]?.[key]?.[which];
      if (before == null || now == null) continue;
      const scale = unit === 'KB' ? 1 / 1024 : 1;
      rows.push({ metric: `${LABEL[s]}: ${label}${unit ? ` (${unit})` : ''}`, before: before * scale, now: now * scale,
        changePct: before === 0 ? (now === 0 ? 0 : null) : ((now - before) / before) * 100 });
    }
  }
  for (const [key, which, label] of FILTER_METRICS) {
    const before = baseline.summary?.filter?.[key]?.[which];
    const now = summary?.filter?.[key]?.[which];
    if (before == null || now == null) continue;
    rows.push({ metric: `filter changes: ${label} (ms)`, before, now, changePct: before === 0 ? (now === 0 ? 0 : null) : ((now - before) / before) * 100 });
  }
  const totalsNow = sizeTotals(sizes), totalsBefore = baseline.sizes ? sizeTotals(baseline.sizes) : null;
  for (const k of ['esInitial', 'esAll', 'iife']) {
    const before = totalsBefore?.[k]?.gzip, now = totalsNow[k].gzip;
    if (before) rows.push({ metric: `size: ${SIZE_LABEL[k]}, gzip (bytes)`, before, now, changePct: ((now - before) / before) * 100 });
  }
  return { baselineMeta: baseline.meta, rows };
}

export function comparisonMarkdown({ baselineMeta, rows }) {
  let md = `## Compared with the baseline (N = 1,000)\n\nBaseline: ${baselineMeta?.date} · commit ${baselineMeta?.commit}${baselineMeta?.dist ? ` · build ${baselineMeta.dist}` : ''} · Chromium ${baselineMeta?.chromium}. `;
  md += 'Positive = more (slower / bigger). Timing changes within ±10–20% are usually noise on a shared 2-core machine.\n\n';
  md += '| metric | baseline | now | change |\n|---|---:|---:|---:|\n';
  const f = (x) => (Math.abs(x) >= 100 ? int(x) : x.toFixed(1));
  for (const r of rows) {
    const ch = r.changePct == null ? 'n/a' : `${r.changePct >= 0 ? '+' : ''}${r.changePct.toFixed(1)}%`;
    md += `| ${r.metric} | ${f(r.before)} | ${f(r.now)} | ${ch} |\n`;
  }
  return `${md}\n`;
}

/** Pages per chunk name (hash dropped): which on-demand code the measured pages needed. */
function countChunkPages(runs) {
  const pages = {};
  for (const r of runs) {
    const names = new Set((r.files ?? []).filter((f) => f.startsWith('/dist/chunks/')).map((f) => f.slice(13).replace(/-[\w-]{8}\.js$/, '')));
    for (const name of names) pages[name] = (pages[name] ?? 0) + 1;
  }
  return pages;
}

/** Scenario sources-3 beside month-src at N = 1,000: the first source paints as soon as one feed would. */
function sourcesMarkdown(summary) {
  const c = summary[1000]?.['sources-3'];
  const one = summary[1000]?.['month-src'];
  if (!c) return '';
  let md = '## Three sources of 1,000 events each (N = 1,000)\n\n';
  md += '`src` with three addresses: the feed of month-src, and two more of 1,000 events (other seeds) that the server answers 400 and 800 ms late. ';
  md += 'First paint: from the append to the task after the first frame showing events. Longest task while joining: from that paint to `load` + 2 rAFs (0 = none over 50 ms). Issue targets: first paint no later than one feed of 1,000 events; no task over 50 ms while the others join.\n\n';
  if (!c.ok) return `${md}FAILED (${c.failures[0]?.slice(0, 80)})\n\n`;
  md += '| | first paint (ms) | load event (ms) | longest task while joining (ms) | events per source |\n|---|---:|---:|---:|---|\n';
  md += `| one feed (month-src) | ${pair(one?.firstPaintMs)} | ${pair(one?.loadEventMs)} | – | ${one?.load?.count ?? '–'} |\n`;
  md += `| three sources | ${pair(c.firstPaintMs)} | ${pair(c.loadEventMs)} | ${pair(c.joinLongestTaskMs)} | ${c.sources?.join(' + ') ?? '–'} |\n\n`;
  return md;
}

/** Scenario range-100k beside month-src at N = 1,000. */
function rangeMarkdown(summary) {
  const c = summary[1000]?.['range-100k'];
  const one = summary[1000]?.['month-src'];
  if (!c) return '';
  let md = '## A feed of 100,000 events, month by month (N = 1,000 for comparison)\n\n';
  md += '`src="/feeds/months/{from}.json"`: 100,000 events over eight years (2022–2029), one file a month (~1,040 events each, every event that touches the month). ';
  md += 'First paint of November 2026 beside one feed of 1,000 events (month-src); then 6 steps back with the « button, each once its month was prefetched (while idle), to `updateComplete` + 2 rAFs. ';
  md += 'Issue targets: first paint as fast as one feed of 1,000 events; each step under 100 ms once prefetched.\n\n';
  if (!c.ok) return `${md}FAILED (${c.failures[0]?.slice(0, 80)})\n\n`;
  md += '| | first paint (ms) | load event (ms) | step (ms, median / worst) | longest task in the steps (ms) | month files fetched |\n|---|---:|---:|---:|---:|---:|\n';
  md += `| one feed of 1,000 (month-src) | ${pair(one?.firstPaintMs)} | ${pair(one?.loadEventMs)} | – | – | – |\n`;
  md += `| 100,000, month by month | ${pair(c.firstPaintMs)} | ${pair(c.loadEventMs)} | ${pair(c.stepMs)} | ${pair(c.stepLongestTaskMs)} | ${c.rangeFiles ?? '–'} |\n\n`;
  return md;
}
