/**
 * Instants <-> wall-clock times in an IANA zone, on top of `Intl` only.
 *
 * The hot question is "what is the zone's UTC offset at this instant": it is
 * asked for every event when an index is built (tens of thousands of times),
 * and `formatToParts` costs several microseconds. So offsets are cached per
 * zone and UTC day: a day whose first and last second have the same offset is
 * taken as constant (real zones change at most once a day); for a day with a
 * transition, the transition second is found by bisection and cached too.
 */

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The zone of a feed that names none: the widget is made for German cities. */
export const DEFAULT_TIMEZONE = 'Europe/Berlin';

const MS_PER_DAY = 86_400_000;
const MS_PER_BLOCK = 8 * MS_PER_DAY;
/** Bounds memory when a long-lived page queries many years in many zones. */
const MAX_CACHED_DAYS = 100_000;

/** A day's offset: constant, or changing at `at` (ms) from `before` to `after`. */
type DayOffset = number | { at: number; before: number; after: number };

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCaches = new Map<string, Map<number, DayOffset>>();
/** Per zone and 8-day block: its constant offset, or null when it changes within. */
const blockCaches = new Map<string, Map<number, number | null>>();
const validity = new Map<string, string | null>();
let lastZone: string | undefined;
let lastBlocks = new Map<number, number | null>();
let lastDays = new Map<number, DayOffset>();

/** The zone's canonical name (`europe/berlin` -> `Europe/Berlin`), or null if `Intl` does not know it. */
export function canonicalTimeZone(tz: string): string | null {
  let result = validity.get(tz);
  if (result !== undefined) return result;
  result = null;
  // Intl also accepts offsets such as "+01:00"; a feed must name a real zone, so
  // that its DST rules are known.
  if (typeof tz === 'string' && /^[A-Za-z]/.test(tz)) {
    try {
      result = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    } catch {
      result = null;
    }
  }
  validity.set(tz, result);
  return result;
}

export function isValidTimeZone(tz: string): boolean {
  return canonicalTimeZone(tz) !== null;
}

function formatterFor(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(tz, f);
  }
  return f;
}

/** Offset (ms, local minus UTC) at a whole-second instant, straight from Intl. */
function computeOffset(instant: number, tz: string): number {
  const at = Math.floor(instant / 1000) * 1000;
  let year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0, bc = false;
  for (const part of formatterFor(tz).formatToParts(at)) {
    switch (part.type) {
      case 'year': year = +part.value; break;
      case 'month': month = +part.value; break;
      case 'day': day = +part.value; break;
      case 'hour': hour = +part.value; break;
      case 'minute': minute = +part.value; break;
      case 'second': second = +part.value; break;
      case 'era': bc = part.value.startsWith('B'); break;
    }
  }
  if (bc) year = 1 - year;
  const d = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime() - at;
}

/** The zone's UTC offset in milliseconds at `instant` (CEST: +7,200,000). */
export function offsetAt(instant: number, tz: string): number {
  // Nearly every call asks about the same zone as the last one: two map lookups spared.
  if (tz !== lastZone) {
    let blocks = blockCaches.get(tz);
    let cache = offsetCaches.get(tz);
    if (!blocks || !cache) {
      if (!isValidTimeZone(tz)) throw new RangeError(`Unknown time zone '${tz}'`);
      blockCaches.set(tz, (blocks = new Map()));
      offsetCaches.set(tz, (cache = new Map()));
    }
    lastZone = tz;
    lastBlocks = blocks;
    lastDays = cache;
  }
  const blocks = lastBlocks, cache = lastDays;
  const blockIndex = Math.floor(instant / MS_PER_BLOCK);
  let block = blocks.get(blockIndex);
  if (block === undefined) {
    if (blocks.size >= MAX_CACHED_DAYS) blocks.clear();
    const first = computeOffset(blockIndex * MS_PER_BLOCK, tz);
    block = first === computeOffset((blockIndex + 1) * MS_PER_BLOCK - 1000, tz) ? first : null;
    blocks.set(blockIndex, block);
  }
  if (block !== null) return block;
  const dayIndex = Math.floor(instant / MS_PER_DAY);
  let entry = cache.get(dayIndex);
  if (entry === undefined) {
    if (cache.size >= MAX_CACHED_DAYS) cache.clear();
    entry = offsetsOfDay(dayIndex * MS_PER_DAY, tz);
    cache.set(dayIndex, entry);
  }
  if (typeof entry === 'number') return entry;
  return instant < entry.at ? entry.before : entry.after;
}

function offsetsOfDay(start: number, tz: string): DayOffset {
  const before = computeOffset(start, tz);
  let hi = start + MS_PER_DAY - 1000;
  const after = computeOffset(hi, tz);
  if (before === after) return before;
  // Bisect on whole seconds for the first one with the new offset.
  let lo = start;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (computeOffset(mid, tz) === before) lo = mid;
    else hi = mid;
  }
  return { at: hi, before, after };
}

/**
 * "UTC that means wall-clock": the wall-clock time of `instant` in `tz`,
 * encoded as if it were a UTC timestamp. Read it back with getUTC*().
 */
export function wallClockMs(instant: number, tz: string): number {
  return instant + offsetAt(instant, tz);
}

export function wallClock(instant: number, tz: string): WallClock {
  const d = new Date(wallClockMs(instant, tz));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/** Day number (see plain-date.ts) of the calendar day `instant` falls on in `tz`. */
export function dayInZone(instant: number, tz: string): number {
  return Math.floor(wallClockMs(instant, tz) / MS_PER_DAY);
}

/**
 * The instant of a wall-clock time given as "UTC that means wall-clock" ms.
 * Same rules as `instantFromWallClock`.
 */
export function instantFromWallClockMs(local: number, tz: string): number {
  // The offsets a day before and after bracket any transition near `local`;
  // each is a candidate, kept only if the zone agrees at the resulting instant.
  const before = offsetAt(local - MS_PER_DAY, tz);
  const after = offsetAt(local + MS_PER_DAY, tz);
  let best = NaN;
  for (const offset of before === after ? [before] : [before, after]) {
    const candidate = local - offset;
    if (offsetAt(candidate, tz) === offset && !(candidate >= best)) best = candidate;
  }
  if (!Number.isNaN(best)) return best;
  if (before === after) {
    // Two transitions within two days (rare historical cases): ask the zone directly.
    const offset = offsetAt(local - before, tz);
    const candidate = local - offset;
    if (offsetAt(candidate, tz) === offset) return candidate;
  }
  // A gap (the clock skipped this time): shift forward by the gap's length,
  // like Temporal's 'compatible' disambiguation (02:30 -> 03:30 when clocks spring forward).
  return local - before;
}

/**
 * The instant at which the clocks in `tz` show this wall-clock time (month 1–12).
 * In a spring-forward gap the time moves forward by the gap (02:30 -> 03:30 CEST);
 * in a fall-back overlap the earlier instant wins (02:30 CEST, not 02:30 CET).
 */
export function instantFromWallClock(
  year: number, month: number, day: number, hour: number, minute: number, second: number, tz: string,
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return instantFromWallClockMs(d.getTime(), tz);
}

/** The instant the calendar day `day` begins in `tz` (01:00 where midnight falls into a gap). */
export function startOfDayInstant(day: number, tz: string): number {
  return instantFromWallClockMs(day * MS_PER_DAY, tz);
}
