import { format } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import type { Occurrence } from '../data/event.js';
import { fromDayNumber } from '../data/plain-date.js';
import type { Messages } from './messages.js';

type Pattern = keyof Messages['patterns'];

/** Formats a calendar day. Days have no zone: local noon is the same day everywhere. */
export function formatDay(day: number, pattern: Pattern, m: Messages): string {
  const { year, month, day: d } = fromDayNumber(day);
  return format(new Date(year, month - 1, d, 12), m.patterns[pattern], { locale: m.locale });
}

/** Formats an instant as wall-clock time in the display zone. */
export function formatInstant(instant: number, timeZone: string, pattern: Pattern, m: Messages): string {
  return format(new TZDate(instant, timeZone), m.patterns[pattern], { locale: m.locale });
}

export interface TimeContext {
  m: Messages;
  timeZone: string;
}

/**
 * The time line of an occurrence, as seen from one of the days it is shown on:
 * "18:00–20:00 Uhr", "ganztägig", "bis 30. November",
 * "22:00 Uhr, endet am 26. Nov. um 01:00 Uhr".
 */
export function timeLabel(occ: Occurrence, { m, timeZone }: TimeContext): string {
  if (occ.allDay) {
    return occ.lastDay > occ.firstDay ? m.until(formatDay(occ.lastDay, 'dayMonth', m)) : m.allDay;
  }
  const from = formatInstant(occ.start, timeZone, 'time', m);
  if (!occ.event.hasEnd || occ.end === occ.start) return m.clock(from);
  const to = formatInstant(occ.end, timeZone, 'time', m);
  const endDay = occ.end > occ.start ? dayOfEnd(occ, timeZone, m) : null;
  if (endDay === null) return m.clockRange(from, to);
  if (occ.isPhase) return m.until(`${endDay}, ${m.clock(to)}`);
  return `${m.clock(from)}, ${m.endsOn(endDay, to)}`;
}

/** The end's short date when the occurrence ends on a later day than it starts, else null. */
function dayOfEnd(occ: Occurrence, timeZone: string, m: Messages): string | null {
  const startDate = formatInstant(occ.start, timeZone, 'shortDate', m);
  // An event ending at exactly midnight ends "that day", not the next.
  const endDate = formatInstant(occ.end - 1, timeZone, 'shortDate', m);
  return startDate === endDate ? null : formatInstant(occ.end, timeZone, 'shortDate', m);
}

/**
 * What a screen reader hears for one event when it meets it on its own
 * (field notes: never the bare title): title, date, time, format, status.
 */
export function accessibleEventLabel(occ: Occurrence, ctx: TimeContext): string {
  const { m } = ctx;
  const parts = [occ.event.title, formatDay(occ.firstDay, 'fullDate', m), timeLabel(occ, ctx)];
  if (occ.event.format) parts.push(m.formats[occ.event.format]);
  if (occ.event.status !== 'scheduled') parts.push(m.statuses[occ.event.status]);
  return parts.join(', ');
}
