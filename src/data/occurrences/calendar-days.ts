/**
 * The month grid's days and the agenda list (week rows are laid out in week-layout.ts).
 * Pure functions over day numbers; the views only render what comes out.
 */
import type { Occurrence } from '../event.js';
import { compareOccurrences, compareSameDay } from './occurrence.js';
import { endOfWeek, firstOfMonth, lastOfMonth, startOfWeek } from '../time/plain-date.js';

/** Weeks (Monday–Sunday, 7 day numbers each) covering the month of `anyDayOfMonth`: 4 to 6 rows. */
export function monthGrid(anyDayOfMonth: number): number[][] {
  const weeks: number[][] = [];
  const last = endOfWeek(lastOfMonth(anyDayOfMonth));
  for (let monday = startOfWeek(firstOfMonth(anyDayOfMonth)); monday <= last; monday += 7) {
    weeks.push(Array.from({ length: 7 }, (_, i) => monday + i));
  }
  return weeks;
}

/** Within one day: phases first, then all-day, then by start. */
function compareInDay(a: Occurrence, b: Occurrence): number {
  return (a.isPhase === b.isPhase ? 0 : a.isPhase ? -1 : 1) || compareSameDay(a, b);
}

/**
 * The agenda: every occurrence exactly once. Phases that began before `fromDay`
 * are "running" (sorted by when they end); everything else is listed under the
 * day it starts, or under `fromDay` if it began earlier. Days ascending.
 * Occurrences entirely outside [fromDay, toDay] are left out.
 */
export function groupForList(occs: readonly Occurrence[], fromDay: number, toDay: number):
  { running: Occurrence[]; days: { day: number; items: Occurrence[] }[] } {
  const running: Occurrence[] = [];
  const byDay = new Map<number, Occurrence[]>();
  for (const occ of occs) {
    if (occ.lastDay < fromDay || occ.firstDay > toDay) continue;
    if (occ.isPhase && occ.firstDay < fromDay) {
      running.push(occ);
      continue;
    }
    const day = Math.max(occ.firstDay, fromDay);
    let list = byDay.get(day);
    if (!list) byDay.set(day, (list = []));
    list.push(occ);
  }
  running.sort((a, b) => a.lastDay - b.lastDay || compareOccurrences(a, b));
  const days = [...byDay.keys()].sort((a, b) => a - b).map((day) => ({ day, items: byDay.get(day)!.sort(compareInDay) }));
  return { running, days };
}
