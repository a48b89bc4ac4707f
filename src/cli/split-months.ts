/**
 * Which calendar months (in the feed's zone) each event of a feed belongs in,
 * for `participation-calendar split`: a widget whose `src` has `{from}` and
 * `{to}` fetches one month's file at a time, and must find in it every event
 * it shows in that month. Pure: the command does the reading and writing.
 *
 * An event is in every month it overlaps, on the days the widget shows it on
 * (occurrence.ts's lastDayOf: an evening until 01:00 stays on its first day).
 * A series is in every month from its first occurrence to the last one's end,
 * written whole (rule and exdates) in each, so the widget expands it there as
 * it would from the whole feed. A series without COUNT or UNTIL never ends:
 * it runs until 12 months after the last month of the other events.
 */
import type { CalendarEvent, ParsedFeed } from '../data/event.js';
import { lastDayOf } from '../data/occurrences/occurrence.js';
import { expandAllDaySeries, expandSeries, nextSeriesStartAfter, seriesProblem } from '../data/recurrence/recurrence.js';
import type { Budget } from '../data/recurrence/limits.js';
import { dayNumber, fromDayNumber } from '../data/time/plain-date.js';
import { dayInZone } from '../data/time/time-zone.js';

/** More months than a hundred years of files is not a calendar but a mistake (UNTIL=29991231). */
export const MAX_MONTHS = 1200;
/** Months an open-ended series runs past the other events. */
export const OPEN_SERIES_MONTHS = 12;
/**
 * Work for working out where one bounded series ends (limits.ts's units; the
 * widget spends 60,000 on a series per query): an hourly rule with a COUNT of
 * hundreds of thousands is refused rather than left to run for minutes.
 */
const SERIES_END_WORK = 6_000_000;

/** A month as a number: year * 12 + month - 1. */
export type MonthIndex = number;

export const monthOfDay = (day: number): MonthIndex => {
  const { year, month } = fromDayNumber(day);
  return year * 12 + month - 1;
};
export const firstDayOfMonth = (m: MonthIndex) => dayNumber(Math.floor(m / 12), (m % 12) + 1, 1);

export interface MonthPlan {
  /** First and last month that has an event (every month in between gets a file). */
  first: MonthIndex;
  last: MonthIndex;
  /** Per month from `first`, the events in it, in feed order. */
  months: CalendarEvent[][];
  /** Events left out, and why (a series that never occurs). */
  leftOut: { event: CalendarEvent; reason: string }[];
}

/** What goes wrong before anything is written: too many months, a series whose end cannot be worked out. */
export class SplitError extends Error {}

interface Span {
  event: CalendarEvent;
  first: MonthIndex;
  /** NaN for a series without end (set once the other events' last month is known). */
  last: MonthIndex;
}

/** The months of each event, and every month's events. Call loadRecurrenceEngine(feed.events) first. */
export function planMonths(feed: ParsedFeed): MonthPlan {
  const tz = feed.timezone;
  const spans: Span[] = [];
  const leftOut: MonthPlan['leftOut'] = [];
  for (const event of feed.events) {
    const span = event.rrule ? seriesSpan(event, tz) : singleSpan(event, tz);
    if ('reason' in span) leftOut.push({ event, reason: span.reason });
    else spans.push(span);
  }
  if (!spans.length) return { first: NaN, last: NaN, months: [], leftOut };

  let othersLast = -Infinity, openFirst = -Infinity;
  for (const s of spans) {
    if (Number.isNaN(s.last)) openFirst = Math.max(openFirst, s.first);
    else othersLast = Math.max(othersLast, s.last);
  }
  const openLast = (othersLast > -Infinity ? othersLast : openFirst) + OPEN_SERIES_MONTHS;
  let first = Infinity, last = -Infinity;
  for (const s of spans) {
    if (Number.isNaN(s.last)) s.last = Math.max(s.first, openLast);
    first = Math.min(first, s.first);
    last = Math.max(last, s.last);
  }
  if (last - first + 1 > MAX_MONTHS) {
    const widest = spans.reduce((a, b) => (b.last - b.first > a.last - a.first ? b : a));
    throw new SplitError(`the events span ${last - first + 1} months (${monthName(first)} to ${monthName(last)}), more than ${MAX_MONTHS}; `
      + `the longest is event ${widest.event.id} '${widest.event.title}' (${monthName(widest.first)} to ${monthName(widest.last)})`);
  }
  const months: CalendarEvent[][] = Array.from({ length: last - first + 1 }, () => []);
  for (const s of spans) for (let m = s.first; m <= s.last; m++) months[m - first].push(s.event);
  return { first, last, months, leftOut };
}

/** `2026-11`. */
export const monthName = (m: MonthIndex) => `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;

function singleSpan(e: CalendarEvent, tz: string): Span {
  if (e.allDay) return { event: e, first: monthOfDay(e.startDay), last: monthOfDay(e.endDay) };
  const firstDay = dayInZone(e.start, tz);
  return { event: e, first: monthOfDay(firstDay), last: monthOfDay(lastDayOf(e.start, e.end, firstDay, tz)) };
}

function seriesSpan(e: CalendarEvent, tz: string): Span | { reason: string } {
  const problem = seriesProblem(e, tz);
  if (problem) return { reason: problem };
  const bounded = /(?:^|;)(?:COUNT|UNTIL)=/.test(e.rrule!);
  if (!bounded) {
    // Where it begins is enough: it has no end. (DTSTART counts only when it matches the rule.)
    const next = nextSeriesStartAfter(e, e.allDay ? e.startDay - 1 : e.start - 1, tz, MAX_MONTHS * 31);
    if (next === null) return { reason: `its rule '${e.rrule}' has no date within ${MAX_MONTHS} months of its start` };
    return { event: e, first: monthOfDay(e.allDay ? next : dayInZone(next, tz)), last: NaN };
  }
  // One expansion over the longest span a split allows: past it, the split is refused anyway.
  const b: Budget = { work: SERIES_END_WORK };
  let starts: number[];
  if (e.allDay) {
    const firstMonth = monthOfDay(e.startDay);
    starts = expandAllDaySeries(e, e.startDay, firstDayOfMonth(firstMonth + MAX_MONTHS + 1), b);
  } else {
    const firstMonth = monthOfDay(dayInZone(e.start, tz));
    starts = expandSeries(e, e.start, firstDayOfMonth(firstMonth + MAX_MONTHS + 1) * 86_400_000, tz, b);
  }
  if (b.work < 0) {
    throw new SplitError(`event ${e.id} '${e.title}': its rule '${e.rrule}' has too many dates to work out where it ends`);
  }
  // A start before the event's own is an earlier occurrence still running into the window: not one of this series'.
  starts = starts.filter((s) => (e.allDay ? s >= e.startDay : s >= e.start));
  if (!starts.length) return { reason: `its rule '${e.rrule}' yields no date` };
  let firstStart = Infinity, lastStart = -Infinity;
  for (const s of starts) {
    firstStart = Math.min(firstStart, s);
    lastStart = Math.max(lastStart, s);
  }
  if (e.allDay) return { event: e, first: monthOfDay(firstStart), last: monthOfDay(lastStart + (e.endDay - e.startDay)) };
  const lastFirstDay = dayInZone(lastStart, tz);
  return {
    event: e,
    first: monthOfDay(dayInZone(firstStart, tz)),
    last: monthOfDay(lastDayOf(lastStart, lastStart + (e.end - e.start), lastFirstDay, tz)),
  };
}
