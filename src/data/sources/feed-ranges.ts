/**
 * Feeds too big for one file, fetched month by month: a `src` with `{from}`
 * and `{to}` is a template that each month's range fills in (its first and
 * last day, ISO dates, both inclusive). The server answers with every event
 * that overlaps the range, so a phase that began months earlier is in every
 * month it touches; `participation-calendar split` writes such files. The
 * months fetched are joined by join-ranges.ts (with the code for several sources).
 */
import { formatIsoDate, lastOfMonth } from '../time/plain-date.js';

/** Whether a `src` is fetched month by month. */
export const isRangeTemplate = (src: string | undefined): src is string => /\{(from|to)\}/.test(src ?? '');

/** The address of the month that begins on `monthStart` (a day number). */
export function rangeUrl(template: string, monthStart: number): string {
  return template.replaceAll('{from}', formatIsoDate(monthStart)).replaceAll('{to}', formatIsoDate(lastOfMonth(monthStart)));
}
