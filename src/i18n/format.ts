import type { Occurrence, RegistrationDeadline } from '../data/event.js';
import { fromDayNumber, weekdayOf } from '../data/time/plain-date.js';
import { dayInZone, wallClock } from '../data/time/time-zone.js';
import type { DateParts, Messages } from './messages.js';

type Pattern = keyof Messages['dates'] | 'weekdayShort' | 'weekdayLong';

interface Names {
  /** January first. */
  months: string[];
  monthsShort: string[];
  /** Monday first. */
  weekdays: string[];
  weekdaysShort: string[];
}

const namesCache = new Map<string, Names>();

/**
 * Month and weekday names from the browser's CLDR data, asked once per
 * language. Formatting a day is then string assembly: no Intl call, no Date,
 * no zone (days have none), so a month of thousands of events stays cheap.
 */
function namesOf(locale: string): Names {
  let names = namesCache.get(locale);
  if (!names) {
    const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    const monthLong = format({ month: 'long' });
    // In a date ("20. Nov.") the abbreviation differs from the bare month ("Nov").
    const monthShort = format({ day: 'numeric', month: 'short' });
    const weekdayLong = format({ weekday: 'long' });
    const weekdayShort = format({ weekday: 'short' });
    const months = Array.from({ length: 12 }, (_, i) => Date.UTC(2026, i, 15));
    // 2026-01-05 was a Monday.
    const weekdays = Array.from({ length: 7 }, (_, i) => Date.UTC(2026, 0, 5 + i));
    names = {
      months: months.map((t) => monthLong.format(t)),
      monthsShort: months.map((t) => monthShort.formatToParts(t).find((part) => part.type === 'month')!.value),
      weekdays: weekdays.map((t) => weekdayLong.format(t)),
      // Column heads: "Mo", "Di" (German CLDR adds a period: "Mo.").
      weekdaysShort: weekdays.map((t) => weekdayShort.format(t).replace(/\.$/, '')),
    };
    namesCache.set(locale, names);
  }
  return names;
}

/** Formats a calendar day in the widget's language. */
export function formatDay(day: number, pattern: Pattern, m: Messages): string {
  const names = namesOf(m.intl);
  const weekday = weekdayOf(day);
  if (pattern === 'weekdayShort') return names.weekdaysShort[weekday];
  if (pattern === 'weekdayLong') return names.weekdays[weekday];
  const { year, month, day: d } = fromDayNumber(day);
  const parts: DateParts = { weekday: names.weekdays[weekday], day: d, month: names.months[month - 1], monthShort: names.monthsShort[month - 1], year, monthNumber: month };
  return m.dates[pattern](parts);
}

/**
 * Formats an instant in the display zone: the clock time from the zone's wall
 * clock (24-hour in both languages), any date pattern via the instant's day.
 */
export function formatInstant(instant: number, timeZone: string, pattern: Pattern | 'time', m: Messages): string {
  if (pattern !== 'time') return formatDay(dayInZone(instant, timeZone), pattern, m);
  const { hour, minute } = wallClock(instant, timeZone);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
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
export function dayOfEnd(occ: Occurrence, timeZone: string, m: Messages): string | null {
  const startDate = formatInstant(occ.start, timeZone, 'shortDate', m);
  // An event ending at exactly midnight ends "that day", not the next.
  const endDate = formatInstant(occ.end - 1, timeZone, 'shortDate', m);
  return startDate === endDate ? null : formatInstant(occ.end, timeZone, 'shortDate', m);
}

/** "endet heute", "endet morgen", "noch 5 Tage": how long something open today stays open. */
export function timeLeft(lastDay: number, today: number, m: Messages): string {
  const days = lastDay - today;
  return days <= 0 ? m.participate.endsToday : days === 1 ? m.participate.endsTomorrow : m.participate.daysLeft(days);
}

/** A registration deadline with the time left, or that it has passed. */
export function deadlineLabel(
  deadline: RegistrationDeadline,
  today: number,
  { m, timeZone }: TimeContext,
  hour = '',
  ahead: (date: string, left: string) => string = m.participate.deadline,
  passed: (date: string) => string = m.participate.deadlinePassed,
): string {
  const day = deadline.allDay ? deadline.day : dayInZone(deadline.instant, timeZone);
  const date = formatDay(day, 'dayMonth', m) + hour;
  return day < today ? passed(date) : ahead(date, timeLeft(day, today, m));
}

const languageNames = new Map<string, Intl.DisplayNames | null>();

/** A language tag's name in the widget's language ("tr" → "Türkisch"); the tag itself where Intl has no name. */
export function languageName(tag: string, m: Messages): string {
  if (tag.toLowerCase() === 'de-x-ls') return m.access.easyGerman;
  let names = languageNames.get(m.intl);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames([m.intl], { type: 'language' });
    } catch {
      names = null;
    }
    languageNames.set(m.intl, names);
  }
  try {
    return names?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
