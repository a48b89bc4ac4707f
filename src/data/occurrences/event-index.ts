/**
 * Answers "which occurrences are shown between these two days" for the views.
 * Built once per (parsed feed, display zone); feeds of 10,000–50,000 events
 * must page month by month without a pause.
 *
 * Events and the occurrences of their series are placed once, up front, and
 * kept in span tiers sorted by first day: within a tier no entry spans more
 * than `maxSpan` days, so a range query is two binary searches plus the
 * matches (one 4-week phase does not make every query scan four weeks of
 * short events).
 */
import type { CalendarEvent, FeedWarning, Occurrence, ParsedFeed } from '../event.js';
import { budget } from '../recurrence/limits.js';
import {
  expandAllDaySeries, expandSeries, nextSeriesStartAfter, seriesProblem,
} from '../recurrence/recurrence.js';
import { formatIsoDate } from '../time/plain-date.js';
import { dayInZone, startOfDayInstant } from '../time/time-zone.js';
import { allDayOccurrence, compareOccurrences, lastDayOf, occurrence, timedOccurrence } from './occurrence.js';
import { TierEntries, toTier, upperBound, type Tier } from './span-tiers.js';
import { runAtOnce, runSliced, type Slicer } from '../slicer.js';

/** Upper span bounds (lastDay - firstDay) of the tiers; the last tier takes the rest. */
const TIER_SPANS = [0, 7, 31, 366, Infinity];
const RANGE_CACHE_SIZE = 24;
const NEVER_OCCURS = 'its rrule never produces a date within ten years of its start (check BYDAY, BYMONTHDAY, UNTIL and exdates)';

export interface EventIndexOptions {
  /** "Now" (ms), from which repeating series are expanded ahead. Default `Date.now()`. */
  now?: number;
}

/** Series are expanded once, ahead, up to two years after today or the feed's last day. */
const SERIES_AHEAD_DAYS = 2 * 366;
const SERIES_AHEAD_MAX_DAYS = 10 * 366;

const EMPTY_FEED: ParsedFeed = { timezone: 'UTC', events: [], skipped: [], warnings: [] };

/**
 * Everything a render needs from a feed, computed once per feed and display
 * zone: each occurrence's days, sorted into span tiers for O(log n + k) range
 * queries. Repeating series are expanded once up to a horizon (two years
 * ahead) and stored like single events; only months past the horizon, and
 * series too dense to store, are expanded per query.
 */
export class EventIndex {
  /** Series the recurrence engine could not expand (they show no occurrences). */
  readonly seriesProblems: FeedWarning[] = [];
  /**
   * Series shown only in part or worked out per range because a limit was met
   * (see limits.ts), each named once, at the first index build or range query that meets one.
   */
  readonly warnings: FeedWarning[] = [];
  private events = 0;
  private tiers: Tier[] = [];
  /** Series stored in the tiers up to `horizonEnd`, expanded per query beyond it. */
  private storedSeries: CalendarEvent[] = [];
  /** Series with more occurrences than one expansion returns: always expanded per query. */
  private querySeries: CalendarEvent[] = [];
  private horizonEnd = -Infinity;
  private feedTz = 'UTC';
  private readonly rangeCache = new Map<string, Occurrence[]>();

  /** Builds the index at once (tests, small feeds). */
  constructor(feed: ParsedFeed, private readonly displayTz: string, options: EventIndexOptions = {}) {
    runAtOnce(this.fill(feed, options.now ?? Date.now()));
  }

  /** Builds the index in time slices: the page stays responsive while 50,000 events are indexed. */
  static async build(feed: ParsedFeed, displayTz: string, slicer: Slicer, options: EventIndexOptions = {}): Promise<EventIndex> {
    const index = new EventIndex(EMPTY_FEED, displayTz, options);
    await runSliced(index.fill(feed, options.now ?? Date.now()), slicer);
    return index;
  }

  /** The display zone the days were computed in. */
  get zone(): string {
    return this.displayTz;
  }

  /** Number of validated events indexed (a series counts once). */
  get size(): number {
    return this.events;
  }

  private *fill(feed: ParsedFeed, now: number): Generator<void> {
    // Without the recurrence engine (loadRecurrenceEngine), seriesProblem below throws and says so.
    this.events = feed.events.length;
    this.feedTz = feed.timezone;
    const displayTz = this.displayTz;
    const entries = TIER_SPANS.map(() => new TierEntries());
    /**
     * Stores the occurrence starting at `start` (a day for all-day events, an
     * instant for timed ones) unless it begins after `horizon`; returns its last day.
     */
    const add = (e: CalendarEvent, start: number, horizon = Infinity): number => {
      const first = e.allDay ? start : dayInZone(start, displayTz);
      const last = e.allDay ? start + (e.endDay - e.startDay) : lastDayOf(start, start + (e.end - e.start), first, displayTz);
      if (first > horizon) return last;
      let tier = 0;
      while (last - first > TIER_SPANS[tier]) tier++;
      entries[tier].add(e, e.allDay ? NaN : start, first, last);
      return last;
    };
    const series: CalendarEvent[] = [];
    let lastDay = dayInZone(now, displayTz);
    const events = feed.events;
    for (let i = 0; i < events.length; i++) {
      const e = events[i];
      if (e.rrule !== undefined) series.push(e);
      else lastDay = Math.max(lastDay, add(e, e.allDay ? e.startDay : e.start));
      // A step per 16 events: one event takes well under a microsecond once warm.
      if ((i & 15) === 15) yield;
    }
    const today = dayInZone(now, displayTz);
    this.horizonEnd = Math.min(Math.max(today + SERIES_AHEAD_DAYS, lastDay), today + SERIES_AHEAD_MAX_DAYS);
    this.buildLeft = 20 * budget().work + 2_000 * series.length;
    for (const e of series) {
      const problem = seriesProblem(e, this.feedTz) ?? this.storeSeries(e, add);
      if (problem) this.seriesProblems.push(warning(e, problem));
      yield;
    }
    this.tiers = [];
    for (const tier of entries) {
      if (!tier.events.length) continue;
      this.tiers.push(toTier(tier));
      yield;
    }
  }

  /**
   * Stores a series' occurrences up to the horizon, or keeps it for per-query
   * expansion when too dense. A series without dates up to the horizon is
   * searched further and, when it never occurs, not stored: returns why.
   */
  private storeSeries(e: CalendarEvent, add: (e: CalendarEvent, start: number, horizon: number) => number): string | null {
    const b = budget();
    const before = b.work;
    // Once the feed's series have had their share (their dates' work included), the rest are worked out per range.
    const starts = this.buildLeft > 0
      ? e.allDay
        ? expandAllDaySeries(e, e.startDay, this.horizonEnd, b)
        : expandSeries(e, e.start, startOfDayInstant(this.horizonEnd + 1, this.displayTz), this.feedTz, b)
      : null;
    // A rule that yields no date within ten years of its start (a first Monday on the 20th,
    // every date excluded) is reported once here instead of costing every month query its budget.
    const never = starts?.length === 0 && nextSeriesStartAfter(e, (e.allDay ? e.startDay : e.start) - 1, this.feedTz, undefined, b) === null;
    this.buildLeft -= before - b.work;
    // Thousands of dates, or a sparse rule over centuries: its dates are worked out only for each range shown.
    if (!starts || b.work < 0) {
      this.querySeries.push(e);
      this.tooMany(e, e.allDay ? e.startDay : dayInZone(e.start, this.displayTz));
      return null;
    }
    if (never) return NEVER_OCCURS;
    for (const start of starts) add(e, start, this.horizonEnd);
    this.storedSeries.push(e);
    return null;
  }

  /**
   * Says that a series has more dates from a day on than one budget works out
   * (limits.ts): it is then expanded per range shown, or cut short in this one.
   */
  private tooMany(e: CalendarEvent, fromDay: number) {
    // Once per series: browsing month after month must not grow the list.
    if (!this.warnings.some((w) => w.index === e.index)) this.warnings.push(warning(e, `too many dates from ${formatIsoDate(fromDay)} on; shown in part`));
  }

  /**
   * The work all series together may spend when the index is built, each date
   * stored included (1,000 series of three starts a day would store 2.2 million
   * dates from a 100 KB feed): generous for the feed's size; past it, series are
   * expanded per range shown.
   */
  private buildLeft = 0;

  /** Occurrences shown on any day of [fromDay, toDay] (inclusive) in the display zone, in display order. */
  occurrences(fromDay: number, toDay: number): Occurrence[] {
    if (!(toDay >= fromDay)) return [];
    const result: Occurrence[] = [];
    for (const tier of this.tiers) {
      const end = upperBound(tier.firstDays, toDay);
      const { events, starts, firstDays, lastDays } = tier;
      for (let i = upperBound(firstDays, fromDay - tier.maxSpan - 1); i < end; i++) {
        if (lastDays[i] < fromDay) continue;
        const e = events[i];
        result.push(occurrence(e, starts[i], e.allDay ? NaN : starts[i] + (e.end - e.start), firstDays[i], lastDays[i]));
      }
    }
    // Not push(...expanded): tens of thousands of arguments overflow the stack.
    for (const occ of this.expandedOccurrences(fromDay, toDay)) result.push(occ);
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
      if (i < tier.events.length) best = Math.min(best, tier.firstDays[i]);
    }
    if (this.expandedOccurrences(next, next).length) return next;
    // Stored series are in the tiers up to the horizon; past it they count too.
    const candidates = best > this.horizonEnd ? [...this.querySeries, ...this.storedSeries] : this.querySeries;
    const after = best > this.horizonEnd ? Math.max(afterDay, this.horizonEnd) : afterDay;
    const fromInstant = startOfDayInstant(after + 1, this.displayTz);
    // One budget for all: a thousand sparse series must not each search ten years.
    const b = budget();
    for (const e of candidates) {
      const start = e.allDay
        ? nextSeriesStartAfter(e, after, this.feedTz, limitDays, b)
        : nextSeriesStartAfter(e, fromInstant - 1, this.feedTz, limitDays + 1, b);
      if (start !== null) best = Math.min(best, e.allDay ? start : dayInZone(start, this.displayTz));
    }
    return best <= afterDay + limitDays ? best : null;
  }

  /** Occurrences not in the tiers: dense series, and stored series past the horizon. */
  private expandedOccurrences(fromDay: number, toDay: number): Occurrence[] {
    const pastHorizon = toDay > this.horizonEnd;
    if (!this.querySeries.length && !(pastHorizon && this.storedSeries.length)) return [];
    const cacheKey = `${fromDay}:${toDay}`;
    const cached = this.rangeCache.get(cacheKey);
    if (cached) return cached;
    const fromInstant = startOfDayInstant(fromDay, this.displayTz);
    const toInstant = startOfDayInstant(toDay + 1, this.displayTz);
    const result: Occurrence[] = [];
    // One budget for the whole range, all series together (limits.ts).
    const b = budget();
    const expand = (e: CalendarEvent, onlyPastHorizon: boolean) => {
      const starts = e.allDay ? expandAllDaySeries(e, fromDay, toDay, b) : expandSeries(e, fromInstant, toInstant, this.feedTz, b);
      for (const start of starts) {
        const occ = e.allDay ? allDayOccurrence(e, start) : timedOccurrence(e, start, start + (e.end - e.start), this.displayTz);
        // A short occurrence that began the evening before overlaps in time but is not shown.
        if (occ.lastDay < fromDay || occ.firstDay > toDay) continue;
        if (onlyPastHorizon && occ.firstDay <= this.horizonEnd) continue;
        result.push(occ);
      }
      // Spent (by this series or those before): the range has all the dates it may have; named.
      if (b.work < 0) this.tooMany(e, fromDay);
    };
    // Stored series first: those that are too dense to store must not crowd out the ordinary ones.
    if (pastHorizon) for (const e of this.storedSeries) expand(e, true);
    for (const e of this.querySeries) expand(e, false);
    if (this.rangeCache.size >= RANGE_CACHE_SIZE) this.rangeCache.delete(this.rangeCache.keys().next().value!);
    this.rangeCache.set(cacheKey, result);
    return result;
  }
}

const warning = (e: CalendarEvent, reason: string): FeedWarning => ({ index: e.index, id: e.id, reason: `event ${e.id} '${e.title}': ${reason}` });
