// Small builders shared by the data-layer tests.
import type { FeedEvent, ParsedFeed } from '../../src/data/event.js';
import { formatIsoDate, parseIsoDayNumber } from '../../src/data/time/plain-date.js';
import { wallClock } from '../../src/data/time/time-zone.js';
import { parseFeed } from '../../src/data/validate/validate.js';

/** Day number of an ISO date, failing loudly on a typo in a test. */
export function day(iso: string): number {
  const n = parseIsoDayNumber(iso);
  if (n === null) throw new Error(`test typo: '${iso}' is not a date`);
  return n;
}

export const isoDay = (n: number) => formatIsoDate(n);
export const utc = (instant: number) => new Date(instant).toISOString();

/** "2026-03-31 18:00" — the wall clock of an instant in a zone, for readable assertions. */
export function local(instant: number, tz = 'Europe/Berlin'): string {
  const w = wallClock(instant, tz);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${w.year}-${p(w.month)}-${p(w.day)} ${p(w.hour)}:${p(w.minute)}`;
}

/** Parses a feed that the test expects to be entirely valid. */
export function feedOf(events: Partial<FeedEvent>[], timezone = 'Europe/Berlin'): ParsedFeed {
  const parsed = parseFeed({ timezone, events });
  if (parsed.skipped.length) throw new Error(`test feed has skipped events: ${parsed.skipped.map((s) => s.reason).join('; ')}`);
  return parsed;
}

export function eventOf(event: Partial<FeedEvent>, timezone = 'Europe/Berlin') {
  return feedOf([{ id: 1, title: 'Test', ...event }], timezone).events[0];
}
