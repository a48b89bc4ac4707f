/**
 * Instants written as ISO 8601, for the CLI's static HTML and JSON-LD and for
 * the feed the iCalendar import writes. A file of its own, not beside
 * parsePoint in iso-time.ts: that one is in the widget's entry bundle, and
 * whatever a module exports to an on-demand chunk is carried in the module's
 * own chunk (~140 B gzip here for nothing the entry uses).
 */
import { formatIsoDate } from './plain-date.js';
import { offsetAt, wallClock } from './time-zone.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An instant in the zone's wall-clock time and offset at that instant:
 * `2026-11-10T18:00:00+01:00`, with milliseconds only when there are any.
 * Before standard time, zones kept local mean time, whose offsets have seconds
 * (Monrovia until 1972: -00:44:30). HTML's `datetime`, RFC 3339 and
 * parsePoint take offsets in minutes only, so such an instant is written in
 * UTC, `1970-03-04T18:44:30Z`: the same instant, readable by all three.
 */
export function isoDateTime(instant: number, tz: string): string {
  const offset = offsetAt(instant, tz);
  const inMinutes = offset % 60_000 === 0;
  const w = wallClock(instant, inMinutes ? tz : 'UTC');
  const ms = ((instant % 1000) + 1000) % 1000;
  const minutes = Math.abs(offset) / 60_000;
  const zone = inMinutes ? `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` : 'Z';
  return `${formatIsoDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${ms ? `.${pad(ms, 3)}` : ''}${zone}`;
}
