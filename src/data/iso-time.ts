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

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_SHAPE =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?$/;

/**
 * Parses a date or date-time. Returns the point, or a phrase saying what is
 * wrong ("is not a date"), meant to follow the quoted value in a message.
 */
export function parsePoint(text: string, tz: string): ParsedPoint | string {
  const value = text.trim();
  let m = value.length === 10 ? DATE_SHAPE.exec(value) : null;
  if (m) {
    const year = +m[1], month = +m[2], day = +m[3];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'is not a date';
    return { allDay: true, day: dayNumber(year, month, day) };
  }
  m = DATE_TIME_SHAPE.exec(value);
  if (m) {
    const year = +m[1], month = +m[2], day = +m[3], hour = +m[4], minute = +m[5], second = m[6] ? +m[6] : 0;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'is not a date-time (no such day)';
    if (hour > 23 || minute > 59 || second > 59) return 'is not a date-time (no such time of day)';
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    const zone = m[8];
    if (!zone) return { allDay: false, instant: instantFromWallClock(year, month, day, hour, minute, second, tz) + ms };
    let offsetMinutes = 0;
    if (zone !== 'Z' && zone !== 'z') {
      const oh = +zone.slice(1, 3), om = +zone.slice(-2);
      if (oh > 23 || om > 59) return 'has an impossible UTC offset';
      offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    let utc = Date.UTC(year, month - 1, day, hour, minute, second, ms);
    // Date.UTC takes the years 0–99 for 1900–1999.
    if (year < 100) utc = new Date(utc).setUTCFullYear(year);
    return { allDay: false, instant: utc - offsetMinutes * 60_000 };
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) return 'is not a date (expected YYYY-MM-DD with two-digit month and day)';
  return 'is neither a date (YYYY-MM-DD) nor a date-time (YYYY-MM-DDTHH:mm, optionally with seconds and Z or ±HH:mm)';
}
