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

/** The two accepted shapes, without capture groups: the numbers are read at their fixed places. */
const SHAPE = /^\d{4}-\d\d-\d\d(?:[Tt]\d\d:\d\d(?::\d\d(?:\.\d{1,9})?)?(?:[Zz]|[+-]\d\d:?\d\d)?)?$/;

/**
 * Parses a date or date-time. Returns the point, or a phrase saying what is
 * wrong ("is not a date"), meant to follow the quoted value in a message.
 *
 * Accepts `YYYY-MM-DD` and `YYYY-MM-DDTHH:mm[:ss[.f…]][Z|±HH:mm|±HHmm]`. The
 * numbers are read from character codes rather than from capture groups: a
 * feed has two or three of these per event, and eight captures allocate eight
 * strings only to turn them into numbers again.
 */
export function parsePoint(text: string, tz: string): ParsedPoint | string {
  const value = text.trim();
  if (!SHAPE.test(value)) {
    return /^\d{4}-\d{1,2}-\d{1,2}$/.test(value) ? 'is not a date (expected YYYY-MM-DD with two-digit month and day)'
      : 'is neither a date (YYYY-MM-DD) nor a date-time (YYYY-MM-DDTHH:mm, optionally with seconds and Z or ±HH:mm)';
  }
  const n = value.length;
  const year = two(value, 0) * 100 + two(value, 2), month = two(value, 5), day = two(value, 8);
  const noSuchDay = month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month);
  if (n === 10) return noSuchDay ? 'is not a date' : { allDay: true, day: dayNumber(year, month, day) };
  const hour = two(value, 11), minute = two(value, 14);
  let i = 16, second = 0, ms = 0;
  if (value[i] === ':') {
    second = two(value, 17);
    i = 19;
    // .f…: the first three digits are the milliseconds (.25 = 250 ms), the rest is cut off.
    if (value[i] === '.') for (let scale = 100; ++i < n && value[i] >= '0' && value[i] <= '9'; scale /= 10) ms += Math.floor((value.charCodeAt(i) - 48) * scale);
  }
  if (noSuchDay) return 'is not a date-time (no such day)';
  if (hour > 23 || minute > 59 || second > 59) return 'is not a date-time (no such time of day)';
  if (i === n) return { allDay: false, instant: instantFromWallClock(year, month, day, hour, minute, second, tz) + ms };
  // Z, or ±HH:mm / ±HHmm (the minutes are the last two characters either way).
  const oh = i + 1 === n ? 0 : two(value, i + 1), om = i + 1 === n ? 0 : two(value, n - 2);
  if (oh > 23 || om > 59) return 'has an impossible UTC offset';
  let utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC takes the years 0–99 for 1900–1999 (where 29 February may not exist): set the date again.
  if (year < 100) utc = new Date(utc).setUTCFullYear(year, month - 1, day);
  return { allDay: false, instant: utc - (value[i] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000 };
}

/** The two-digit number at `i` (the shape guarantees digits there). */
const two = (s: string, i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
