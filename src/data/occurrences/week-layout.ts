/**
 * Lays out a week row of the month grid the way residents know it from every
 * calendar app: what lasts several days is a bar across the days it covers
 * (continued into the next row), in lanes above the day's own events; what
 * does not fit into the lanes is counted on each day it covers, so a day
 * never looks free while four phases run on it. Pure: day numbers in, layout out.
 */
import type { Occurrence } from '../event.js';
import { compareOccurrences, compareSameDay } from './occurrence.js';

/** A multi-day occurrence drawn as a bar in one week row. */
export interface WeekBar {
  occ: Occurrence;
  /** 0 = the top lane. */
  lane: number;
  /** Columns it covers in this row, 0 (Monday) to 6 (Sunday). */
  from: number;
  to: number;
  /** It began in an earlier row / goes on in a later one. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface WeekDay {
  day: number;
  /** Occurrences of this day alone (single-day and short overnight ones), in day order. */
  events: Occurrence[];
  /** Multi-day occurrences covering this day, in lane order; those from `hiddenFrom` on have no bar. */
  spanning: Occurrence[];
  /** How many of `spanning` are drawn as bars (the rest are counted in the day's "+N"). */
  drawn: number;
}

export interface WeekLayout {
  days: WeekDay[];
  bars: WeekBar[];
  /** Lanes the row needs (at most the maximum asked for). */
  lanes: number;
}

const spans = (o: Occurrence) => o.lastDay > o.firstDay;

/** Longer first where two start together, so a long phase keeps the top lane. */
function compareSpanning(a: Occurrence, b: Occurrence): number {
  return a.firstDay - b.firstDay || b.lastDay - a.lastDay || compareOccurrences(a, b);
}

/**
 * One week row (7 consecutive day numbers). `occs` may hold anything; what
 * does not touch the week is ignored. At most `maxLanes` bars are stacked.
 */
export function layoutWeek(week: readonly number[], occs: readonly Occurrence[], maxLanes: number): WeekLayout {
  const first = week[0];
  const last = week[week.length - 1];
  const days: WeekDay[] = week.map((day) => ({ day, events: [], spanning: [], drawn: 0 }));
  const spanning: Occurrence[] = [];
  for (const occ of occs) {
    if (occ.lastDay < first || occ.firstDay > last) continue;
    if (spans(occ)) spanning.push(occ);
    else days[occ.firstDay - first].events.push(occ);
  }
  for (const d of days) d.events.sort(compareSameDay);
  spanning.sort(compareSpanning);

  // Greedy lanes: each bar takes the first lane free from its first day on.
  const laneEnds: number[] = [];
  const bars: WeekBar[] = [];
  const hidden: Occurrence[] = [];
  for (const occ of spanning) {
    const from = Math.max(occ.firstDay, first) - first;
    const to = Math.min(occ.lastDay, last) - first;
    let lane = laneEnds.findIndex((end) => end < from);
    if (lane < 0) lane = laneEnds.length;
    if (lane >= maxLanes) {
      hidden.push(occ);
      continue;
    }
    laneEnds[lane] = to;
    bars.push({ occ, lane, from, to, continuesBefore: occ.firstDay < first, continuesAfter: occ.lastDay > last });
  }
  bars.sort((a, b) => a.lane - b.lane || a.from - b.from);
  for (const bar of bars) {
    for (let col = bar.from; col <= bar.to; col++) days[col].spanning.push(bar.occ);
  }
  for (const d of days) d.drawn = d.spanning.length;
  for (const occ of hidden) {
    for (let col = Math.max(occ.firstDay, first) - first; col <= Math.min(occ.lastDay, last) - first; col++) days[col].spanning.push(occ);
  }
  return { days, bars, lanes: laneEnds.length };
}

/** Every row of a month grid (see monthGrid). */
export function layoutMonth(weeks: readonly (readonly number[])[], occs: readonly Occurrence[], maxLanes: number): WeekLayout[] {
  return weeks.map((week) => layoutWeek(week, occs, maxLanes));
}

/** Everything shown on a day, once each: the multi-day occurrences covering it, then its own. */
export function itemsOfDay(day: WeekDay): Occurrence[] {
  return [...day.spanning, ...day.events];
}
