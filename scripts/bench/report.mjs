// Turns the raw measurements into the summary (medians and worst values per N × scenario),
// the Markdown report and the comparison with a saved N = 1,000 baseline. No I/O here.
import { sizeTotals } from './sizes.mjs';

export const SCENARIOS = ['month-src', 'month-events', 'list', 'nav'];
const LABEL = {
  'month-src': 'month, src',
  'month-events': 'month, events prop',
  list: 'list (month)',
  nav: 'nav 12 steps',
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
    for (const s of SCENARIOS) {
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
        pageErrors: [...new Set(all.flatMap((r) => r.errors ?? []))].slice(0, 3),
      };
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
  md += `${meta.date} · commit ${meta.commit} · Chromium ${meta.chromium} headless · ${meta.cores} cores (${meta.cpu}) · Node ${meta.node} · load avg (1 min) ${meta.loadAvg1?.join(' → ') ?? '?'} · `;
  md += `rounds: ${meta.rounds} (N ≤ 1,000), ${meta.roundsLarge} (N ≥ 10,000) · ${meta.quick ? 'quick run · ' : ''}run took ${meta.durationText}\n\n`;
  md += 'Each measurement runs in a fresh browser context and page (1280×900, Europe/Berlin, de-DE), files served from a loopback server without caching. ';
  md += 'Generated feeds (scripts/bench/gen-feed.mjs, seeded): events over 2026, ~10% RRULE series, ~5% all-day / multi-day, events across both DST switches. ';
  md += 'Times are wall-clock ms in the page; 2-core machines are noisy, so compare within one run or against a baseline from the same machine.\n\n';

  md += '## Bundle sizes (bytes)\n\n| file | loaded | raw | gzip -9 | brotli q11 |\n|---|---|---:|---:|---:|\n';
  for (const r of sizes) md += `| ${r.file} | ${r.loading} | ${int(r.raw)} | ${int(r.gzip)} | ${int(r.brotli)} |\n`;
  const t = sizeTotals(sizes);
  md += `| **ES, before any feed** | entry + static chunks | ${int(t.esInitial.raw)} | ${int(t.esInitial.gzip)} | ${int(t.esInitial.brotli)} |\n`;
  md += `| **ES, all files** | with the on-demand chunks | ${int(t.esAll.raw)} | ${int(t.esAll.gzip)} | ${int(t.esAll.brotli)} |\n\n`;
  const fetched = ns.flatMap((n) => SCENARIOS.map((s) => summary[n]?.[s])).filter(Boolean);
  md += `On-demand chunks were fetched in ${fetched.reduce((a, c) => a + c.onDemandFetched, 0)} of ${fetched.reduce((a, c) => a + c.ok, 0)} measured pages (every generated feed has RRULE series).\n\n`;

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

  const problems = ns.flatMap((n) => SCENARIOS.flatMap((s) => {
    const c = summary[n]?.[s];
    const lines = [...(c?.failures ?? []), ...(c?.pageErrors ?? [])];
    if (c?.firstSkipped) lines.push(`skipped event, e.g.: ${c.firstSkipped}`);
    return lines.map((l) => `- N = ${n}, ${LABEL[s]}: ${l.replace(/\s+/g, ' ').slice(0, 300)}`);
  }));
  if (problems.length) md += `## Failures and page errors\n\n${problems.join('\n')}\n\n`;
  if (comparison) md += comparisonMarkdown(comparison);
  return md;
}

// ---- baseline comparison (N = 1,000) ----
// [summary key, statistic, unit, label]
const METRICS = [
  ['ms', 'median', 'ms', 'time, median'], ['ms', 'worst', 'ms', 'time, worst'], ['worstStepMs', 'median', 'ms', 'worst step, median'],
  ['longestTaskMs', 'median', 'ms', 'longest task, median'], ['heapRetainedBytes', 'median', 'KB', 'retained heap, median'],
  ['events', 'median', '', 'rendered events'],
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
  const totalsNow = sizeTotals(sizes), totalsBefore = baseline.sizes ? sizeTotals(baseline.sizes) : null;
  for (const k of ['esInitial', 'esAll', 'iife']) {
    const before = totalsBefore?.[k]?.gzip, now = totalsNow[k].gzip;
    if (before) rows.push({ metric: `size: ${SIZE_LABEL[k]}, gzip (bytes)`, before, now, changePct: ((now - before) / before) * 100 });
  }
  return { baselineMeta: baseline.meta, rows };
}

export function comparisonMarkdown({ baselineMeta, rows }) {
  let md = `## Compared with the baseline (N = 1,000)\n\nBaseline: ${baselineMeta?.date} · commit ${baselineMeta?.commit} · Chromium ${baselineMeta?.chromium}. `;
  md += 'Positive = more (slower / bigger). Timing changes within ±10–20% are usually noise on a shared 2-core machine.\n\n';
  md += '| metric | baseline | now | change |\n|---|---:|---:|---:|\n';
  const f = (x) => (Math.abs(x) >= 100 ? int(x) : x.toFixed(1));
  for (const r of rows) {
    const ch = r.changePct == null ? 'n/a' : `${r.changePct >= 0 ? '+' : ''}${r.changePct.toFixed(1)}%`;
    md += `| ${r.metric} | ${f(r.before)} | ${f(r.now)} | ${ch} |\n`;
  }
  return `${md}\n`;
}
