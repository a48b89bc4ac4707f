/**
 * Points in time as the ICS import hands them to the feed: a day (all-day)
 * or an instant, written in the feed zone's offset so a maintainer reading
 * the converted feed sees the local times the calendar showed.
 */
import { isoDateTime } from '../time/iso-date-time.js';
import { formatIsoDate } from '../time/plain-date.js';

export type Point = { day: number } | { instant: number };

/** `2026-11-10T18:00:00+01:00` in the feed zone, or `2026-11-10` for a day. */
export function iso(p: Point, tz: string): string {
  return 'day' in p ? formatIsoDate(p.day) : isoDateTime(p.instant, tz);
}

/** `20261110` or `20261110T170000Z`: ids of overrides and RDATE copies, and UNTIL values. */
export function compact(p: Point): string {
  return 'day' in p ? formatIsoDate(p.day).replace(/-/g, '')
    : `${new Date(p.instant).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** `to` moved by the distance from `from` to `target` (an RDATE copy keeps the event's length). */
export function shift(to: Point, from: Point, target: Point): Point | undefined {
  if ('day' in to && 'day' in from && 'day' in target) return { day: target.day + to.day - from.day };
  if ('instant' in to && 'instant' in from && 'instant' in target) return { instant: target.instant + to.instant - from.instant };
  return undefined;
}
