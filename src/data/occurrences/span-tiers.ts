/**
 * The event index's storage: entries in span tiers, each a set of parallel
 * arrays sorted by first day, so a range query is two binary searches plus
 * the matches.
 */
import type { CalendarEvent } from '../event.js';

/**
 * One span tier, as parallel arrays sorted by first day. Occurrence objects
 * are made per query, only for what a view shows: 10,000 events with their
 * series are ~20,000 entries, and objects for all of them would be megabytes
 * of heap and garbage-collector time before the first paint.
 */
export interface Tier {
  maxSpan: number;
  firstDays: Float64Array;
  lastDays: Float64Array;
  /** prefixMaxLast[i] = max lastDay of entries 0..i: "does anything started by i still run?" */
  prefixMaxLast: Float64Array;
  /** Timed: start instant; all-day: NaN. */
  starts: Float64Array;
  events: CalendarEvent[];
}

/** Entries of one tier while the index is filled, in feed order. */
export class TierEntries {
  events: CalendarEvent[] = [];
  starts: number[] = [];
  firstDays: number[] = [];
  lastDays: number[] = [];

  add(event: CalendarEvent, start: number, firstDay: number, lastDay: number) {
    this.events.push(event);
    this.starts.push(start);
    this.firstDays.push(firstDay);
    this.lastDays.push(lastDay);
  }
}

/** First index whose value is > x (values sorted ascending). */
export function upperBound(values: Float64Array, x: number): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Indexes of `days` in ascending order of day, ties in index order (feed
 * order). Sorting 20,000 entries with a comparator cost ~15 ms on a cold
 * page; days are whole numbers, nearly always within a few years of each
 * other, so a counting sort does it in three passes. Days spread over
 * centuries take the comparator (stable, so ties keep feed order).
 */
function sortedOrder(days: readonly number[]): Uint32Array {
  const n = days.length;
  const order = new Uint32Array(n);
  let min = Infinity, max = -Infinity;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (days[i] < min) min = days[i];
    if (days[i] > max) max = days[i];
  }
  if (n === 0) return order;
  const range = max - min + 1;
  if (!(range <= 4 * n + 4096) || !Number.isInteger(range)) return order.sort((a, b) => days[a] - days[b]);
  // starts[d] = how many entries come before day min + d.
  const starts = new Uint32Array(range + 1);
  for (let i = 0; i < n; i++) starts[days[i] - min + 1]++;
  for (let d = 1; d <= range; d++) starts[d] += starts[d - 1];
  for (let i = 0; i < n; i++) order[starts[days[i] - min]++] = i;
  return order;
}

export function toTier(entries: TierEntries): Tier {
  const n = entries.events.length;
  const order = sortedOrder(entries.firstDays);
  const tier: Tier = {
    maxSpan: 0, firstDays: new Float64Array(n), lastDays: new Float64Array(n), prefixMaxLast: new Float64Array(n),
    starts: new Float64Array(n), events: new Array<CalendarEvent>(n),
  };
  let maxLast = -Infinity;
  for (let i = 0; i < n; i++) {
    const j = order[i];
    const first = entries.firstDays[j], last = entries.lastDays[j];
    tier.firstDays[i] = first;
    tier.lastDays[i] = last;
    tier.prefixMaxLast[i] = maxLast = Math.max(maxLast, last);
    tier.starts[i] = entries.starts[j];
    tier.events[i] = entries.events[j];
    tier.maxSpan = Math.max(tier.maxSpan, last - first);
  }
  return tier;
}
