/**
 * The two forms a feed may use for a point in time: a plain date (all-day) or
 * an ISO 8601 / RFC 3339 date-time. A date-time without offset is accepted as
 * wall-clock time in the feed's zone, because that is what people mean when
 * they write `2026-11-03T18:00` for a meeting in their town hall.
 */
import { daysInMonth, dayNumber } from './plain-date.js';
import { instantFromWallClock } from './time-zone.js';

export type ParsedPoint =
  | { allDay: true; day: number }
  | { allDay: false; instant: number };

/**
 * Parses a date or date-time. Returns the point, or a phrase saying what is
 * wrong ("is not a date"), meant to follow the quoted value in a message.
 *
 * Accepts `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm[:ss[.f…]][Z|±HH:mm|±HHmm]`. Read
 * character by character rather than with a regular expression: a feed has
 * two or three of these per event, and a match with eight capture groups
 * allocates eight strings only to turn them into numbers again.
 */
export function parsePoint(text: string, tz: string): ParsedPoint | string {
  const value = text.trim();
  const n = value.length;
  const year = digits(value, 0, 4), month = digits(value, 5, 2), day = digits(value, 8, 2);
  if (year < 0 || month < 0 || day < 0 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return notAPoint(value);
  if (n === 10) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'is not a date';
    return { allDay: true, day: dayNumber(year, month, day) };
  }
  const t = value.charCodeAt(10);
  const hour = digits(value, 11, 2), minute = digits(value, 14, 2);
  if ((t !== 84 && t !== 116) || hour < 0 || minute < 0 || value.charCodeAt(13) !== COLON) return notAPoint(value);
  let i = 16, second = 0, ms = 0;
  if (value.charCodeAt(i) === COLON) {
    second = digits(value, i + 1, 2);
    if (second < 0) return notAPoint(value);
    i += 3;
    if (value.charCodeAt(i) === DOT) {
      // 1–9 digits; the first three are the milliseconds (.25 = 250 ms), the rest is cut off.
      let end = i + 1;
      while (end < n && end - i <= 9 && isDigit(value.charCodeAt(end))) end++;
      const count = end - i - 1;
      if (count === 0) return notAPoint(value);
      ms = digits(value, i + 1, Math.min(count, 3)) * (count === 1 ? 100 : count === 2 ? 10 : 1);
      i = end;
    }
  }
  // The offset: none (wall-clock time in `tz`), Z, ±HH:mm or ±HHmm.
  let sign = 0, oh = 0, om = 0;
  if (i < n) {
    const c = value.charCodeAt(i);
    if ((c === 90 || c === 122) && i + 1 === n) {
      sign = 1;
    } else if ((c === PLUS || c === DASH) && (n - i === 5 || (n - i === 6 && value.charCodeAt(i + 3) === COLON))) {
      sign = c === DASH ? -1 : 1;
      oh = digits(value, i + 1, 2);
      om = digits(value, n - 2, 2);
      if (oh < 0 || om < 0) return notAPoint(value);
    } else {
      return notAPoint(value);
    }
  }
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'is not a date-time (no such day)';
  if (hour > 23 || minute > 59 || second > 59) return 'is not a date-time (no such time of day)';
  if (oh > 23 || om > 59) return 'has an impossible UTC offset';
  if (sign === 0) return { allDay: false, instant: instantFromWallClock(year, month, day, hour, minute, second, tz) + ms };
  let utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC takes the years 0–99 for 1900–1999.
  if (year < 100) utc = new Date(utc).setUTCFullYear(year);
  return { allDay: false, instant: utc - sign * (oh * 60 + om) * 60_000 };
}

const DASH = 45, PLUS = 43, COLON = 58, DOT = 46;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The number written by `count` ASCII digits at `from`, or -1 when any of them is not a digit (or missing). */
function digits(s: string, from: number, count: number): number {
  let result = 0;
  for (let i = from; i < from + count; i++) {
    const c = s.charCodeAt(i); // NaN past the end
    if (!isDigit(c)) return -1;
    result = result * 10 + (c - 48);
  }
  return result;
}

/** The phrase for a text that has neither form. */
function notAPoint(value: string): string {
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) return 'is not a date (expected YYYY-MM-DD with two-digit month and day)';
  return 'is neither a date (YYYY-MM-DD) nor a date-time (YYYY-MM-DDTHH:mm, optionally with seconds and Z or ±HH:mm)';
}
