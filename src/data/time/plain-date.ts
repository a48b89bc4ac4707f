/**
 * Calendar days without time or zone. A grid cell is a day, not an instant:
 * keeping the two apart removes the off-by-one-day bugs around midnight and DST.
 *
 * A day is stored as a "day number": whole days since 1970-01-01 (proleptic
 * Gregorian). Numbers compare, sort, index and subtract without allocation.
 */

export interface PlainDate {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayNumber(year: number, month: number, day: number): number {
  const utc = Date.UTC(year, month - 1, day);
  // Date.UTC takes the years 0–99 for 1900–1999.
  return Math.floor((year >= 0 && year < 100 ? new Date(utc).setUTCFullYear(year, month - 1, day) : utc) / MS_PER_DAY);
}

function toDayNumber(date: PlainDate): number {
  return dayNumber(date.year, date.month, date.day);
}

export function fromDayNumber(n: number): PlainDate {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; returns null for anything else, including impossible days like 2026-02-30. */
export function parseIsoDate(text: string): PlainDate | null {
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const year = +m[1], month = +m[2], day = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/**
 * A day typed by a resident, day first as in German and British usage
 * ("3.12.2026", "03/12/2026") or as ISO `2026-12-03`; null when it is no day.
 */
export function parseDayInput(text: string): number | null {
  const t = text.trim();
  const m = DAY_FIRST.exec(t);
  return m ? parseIsoDayNumber(`${m[3]}-${pad(+m[2])}-${pad(+m[1])}`) : parseIsoDayNumber(t);
}

export function parseIsoDayNumber(text: string): number | null {
  const date = parseIsoDate(text);
  return date ? toDayNumber(date) : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate(date: PlainDate | number): string {
  const d = typeof date === 'number' ? fromDayNumber(date) : date;
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function daysInMonth(year: number, month: number): number {
  // Asked twice per event while a feed is validated: arithmetic, not a Date.
  if (month === 2) return year % 4 || (year % 100 === 0 && year % 400) ? 28 : 29;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** ISO weekday of a day number: 0 = Monday … 6 = Sunday. */
export function weekdayOf(n: number): number {
  // 1970-01-01 was a Thursday (3).
  return (((n + 3) % 7) + 7) % 7;
}

export function firstOfMonth(n: number): number {
  const d = fromDayNumber(n);
  return dayNumber(d.year, d.month, 1);
}

export function lastOfMonth(n: number): number {
  const d = fromDayNumber(n);
  return dayNumber(d.year, d.month, daysInMonth(d.year, d.month));
}

/** Moves by whole months, keeping the day of month where it exists (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(n: number, months: number): number {
  const d = fromDayNumber(n);
  const total = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return dayNumber(year, month, Math.min(d.day, daysInMonth(year, month)));
}

/** Start of the week containing `n` (weeks start on Monday, as in Germany). */
export function startOfWeek(n: number): number {
  return n - weekdayOf(n);
}

export function endOfWeek(n: number): number {
  return startOfWeek(n) + 6;
}
