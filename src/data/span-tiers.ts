/**
 * The event index's storage: entries in span tiers, each a set of parallel
 * arrays sorted by first day, so a range query is two binary searches plus
 * the matches.
 */
import type { CalendarEvent } from './event.js';

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

export function toTier(entries: TierEntries): Tier {
  const n = entries.events.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Stable by feed order within a day: the sort is stable and entries are in feed order.
  order.sort((a, b) => entries.firstDays[a] - entries.firstDays[b]);
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
