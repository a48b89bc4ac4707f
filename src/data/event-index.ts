/**
 * Answers "which occurrences are shown between these two days" for the views.
 * Built once per (parsed feed, display zone); feeds of 10,000–50,000 events
 * must page month by month without a pause.
 *
 * Single events are placed once, up front, and kept in span tiers sorted by
 * first day: within a tier no event spans more than `maxSpan` days, so a range
 * query is two binary searches plus the matches (one 4-week phase does not
 * make every query scan four weeks of short events). Series are expanded per
 * query and cached per range.
 */
import type { CalendarEvent, FeedWarning, Occurrence, ParsedFeed } from './event.js';
import {
  expandAllDaySeries, expandSeries, isRecurrenceEngineLoaded, needsRecurrence, nextSeriesStartAfter, seriesProblem,
} from './recurrence.js';
import { dayInZone, startOfDayInstant } from './time-zone.js';

const DAY = 86_400_000;
/** Upper span bounds (lastDay - firstDay) of the tiers; the last tier takes the rest. */
const TIER_SPANS = [0, 7, 31, 366, Infinity];
const RANGE_CACHE_SIZE = 24;
const NEVER_OCCURS = 'its rrule never produces a date within ten years of its start (check BYDAY, BYMONTHDAY, UNTIL and exdates)';
const collator = new Intl.Collator('de');

/** The order every list in the widget uses; total, so results are deterministic. */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.firstDay - b.firstDay || compareSameDay(a, b);
}

/** The order within one day, ignoring where each occurrence began. */
export function compareSameDay(a: Occurrence, b: Occurrence): number {
  return (a.allDay === b.allDay ? 0 : a.allDay ? -1 : 1)
    || (a.allDay ? 0 : a.start - b.start)
    || collator.compare(a.event.title, b.event.title)
    || a.event.index - b.event.index
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function timedOccurrence(event: CalendarEvent, start: number, end: number, displayTz: string): Occurrence {
  const firstDay = dayInZone(start, displayTz);
  // Shorter than a day: shown on its start day only (22:00–01:00 is an evening
  // event; the view says when it ends). Longer: on every day it touches.
  const lastDay = end - start < DAY ? firstDay : Math.max(firstDay, dayInZone(end - 1, displayTz));
  return {
    event, key: `${event.id}@${start}`, allDay: false, start, end, firstDay, lastDay,
    isPhase: lastDay - firstDay + 1 >= 7,
  };
}

export function allDayOccurrence(event: CalendarEvent, startDay: number): Occurrence {
  const lastDay = startDay + (event.endDay - event.startDay);
  return {
    event, key: `${event.id}@d${startDay}`, allDay: true, start: NaN, end: NaN, firstDay: startDay, lastDay,
    isPhase: lastDay - startDay + 1 >= 7,
  };
}

interface Tier {
  maxSpan: number;
  firstDays: Float64Array;
  /** prefixMaxLast[i] = max lastDay of occs[0..i]: "does anything started by i still run?" */
  prefixMaxLast: Float64Array;
  occs: Occurrence[];
}

/** First index whose value is > x (values sorted ascending). */
function upperBound(values: Float64Array, x: number): number {
  let lo = 0, hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class EventIndex {
  /** Number of validated events indexed (series count once). */
  readonly size: number;
  /** Series the recurrence engine could not expand (they show no occurrences). */
  readonly seriesProblems: FeedWarning[] = [];
  private readonly tiers: Tier[];
  private readonly series: CalendarEvent[];
  private readonly feedTz: string;
  private readonly displayTz: string;
  private readonly rangeCache = new Map<string, Occurrence[]>();

  /**
   * A rule that yields no date within ten years of its start (a first Monday on
   * the 20th, every date excluded) is reported once here instead of silently
   * costing every month query its expansion budget.
   */
  private neverOccurs(e: CalendarEvent): boolean {
    return e.allDay
      ? nextSeriesStartAfter(e, e.startDay - 1, this.feedTz) === null
      : nextSeriesStartAfter(e, e.start - 1, this.feedTz) === null;
  }

  constructor(feed: ParsedFeed, displayTz: string) {
    if (needsRecurrence(feed.events) && !isRecurrenceEngineLoaded()) {
      throw new Error('This feed has repeating events: await loadRecurrenceEngine() before building an EventIndex');
    }
    this.size = feed.events.length;
    this.feedTz = feed.timezone;
    this.displayTz = displayTz;
    this.series = [];
    for (const e of feed.events) {
      if (e.rrule === undefined) continue;
      const problem = seriesProblem(e, this.feedTz) ?? (this.neverOccurs(e) ? NEVER_OCCURS : null);
      if (problem) this.seriesProblems.push({ index: e.index, id: e.id, reason: `event ${e.id} '${e.title}': ${problem}` });
      else this.series.push(e);
    }
    const buckets: Occurrence[][] = TIER_SPANS.map(() => []);
    for (const e of feed.events) {
      if (e.rrule !== undefined) continue;
      const occ = e.allDay ? allDayOccurrence(e, e.startDay) : timedOccurrence(e, e.start, e.end, displayTz);
      buckets[TIER_SPANS.findIndex((max) => occ.lastDay - occ.firstDay <= max)].push(occ);
    }
    this.tiers = buckets.filter((b) => b.length > 0).map((occs) => {
      occs.sort((a, b) => a.firstDay - b.firstDay);
      const firstDays = new Float64Array(occs.length);
      const prefixMaxLast = new Float64Array(occs.length);
      let maxSpan = 0, maxLast = -Infinity;
      occs.forEach((o, i) => {
        firstDays[i] = o.firstDay;
        prefixMaxLast[i] = maxLast = Math.max(maxLast, o.lastDay);
        maxSpan = Math.max(maxSpan, o.lastDay - o.firstDay);
      });
      return { maxSpan, firstDays, prefixMaxLast, occs };
    });
  }

  /** Occurrences shown on any day of [fromDay, toDay] (inclusive) in the display zone, in display order. */
  occurrences(fromDay: number, toDay: number): Occurrence[] {
    if (!(toDay >= fromDay)) return [];
    const result: Occurrence[] = [];
    for (const tier of this.tiers) {
      const end = upperBound(tier.firstDays, toDay);
      for (let i = upperBound(tier.firstDays, fromDay - tier.maxSpan - 1); i < end; i++) {
        if (tier.occs[i].lastDay >= fromDay) result.push(tier.occs[i]);
      }
    }
    if (this.series.length) result.push(...this.seriesOccurrences(fromDay, toDay));
    return result.sort(compareOccurrences);
  }

  /**
   * The first day after `afterDay` on which anything is shown, looking at most
   * `limitDays` ahead: where to jump from an empty month.
   */
  nextDayWithEvents(afterDay: number, limitDays = 3660): number | null {
    const next = afterDay + 1;
    let best = Infinity;
    for (const tier of this.tiers) {
      const i = upperBound(tier.firstDays, afterDay);
      if (i > 0 && tier.prefixMaxLast[i - 1] >= next) return next;
      if (i < tier.occs.length) best = Math.min(best, tier.firstDays[i]);
    }
    if (this.series.length) {
      if (this.seriesOccurrences(next, next).length) return next;
      const fromInstant = startOfDayInstant(next, this.displayTz);
      for (const e of this.series) {
        const start = e.allDay
          ? nextSeriesStartAfter(e, afterDay, this.feedTz, limitDays)
          : nextSeriesStartAfter(e, fromInstant - 1, this.feedTz, limitDays + 1);
        if (start !== null) best = Math.min(best, e.allDay ? start : dayInZone(start, this.displayTz));
      }
    }
    return best <= afterDay + limitDays ? best : null;
  }

  private seriesOccurrences(fromDay: number, toDay: number): Occurrence[] {
    const cacheKey = `${fromDay}:${toDay}`;
    const cached = this.rangeCache.get(cacheKey);
    if (cached) return cached;
    const fromInstant = startOfDayInstant(fromDay, this.displayTz);
    const toInstant = startOfDayInstant(toDay + 1, this.displayTz);
    const result: Occurrence[] = [];
    for (const e of this.series) {
      if (e.allDay) {
        for (const day of expandAllDaySeries(e, fromDay, toDay)) result.push(allDayOccurrence(e, day));
      } else {
        const duration = e.end - e.start;
        for (const start of expandSeries(e, fromInstant, toInstant, this.feedTz)) {
          const occ = timedOccurrence(e, start, start + duration, this.displayTz);
          // A short occurrence that began the evening before overlaps in time but is not shown.
          if (occ.lastDay >= fromDay && occ.firstDay <= toDay) result.push(occ);
        }
      }
    }
    if (this.rangeCache.size >= RANGE_CACHE_SIZE) this.rangeCache.delete(this.rangeCache.keys().next().value!);
    this.rangeCache.set(cacheKey, result);
    return result;
  }
}
