/**
 * Expands repeating events: the implementation behind recurrence.ts, loaded
 * only when a feed has rules (see loadRecurrenceEngine). Common rules are
 * expanded by simple-rule.ts; the rrule library (~9 KB gzip) is loaded on top
 * only for a feed with a rule that needs it (BYSETPOS, BYWEEKNO, HOURLY …).
 *
 * A series is expanded in its own wall-clock time in the FEED's zone, so a
 * weekly 18:00 meeting stays at 18:00 across DST changes (field-notes.md:
 * FullCalendar's rrule plugin shifts such series by an hour). rrule gets "UTC
 * that means wall-clock" dates, as its README recommends; each occurrence is
 * then turned into a real instant with `instantFromWallClockMs`.
 */
import type { CalendarEvent } from '../event.js';
import { hourlyRuleCanReachByhour, parseUntil } from '../validate/rrule-syntax.js';
import { compileSimpleRule, isSimpleRule, type WallIterator } from './simple-rule.js';
import { instantFromWallClockMs, wallClockMs } from '../time/time-zone.js';
import { budget, type Budget } from './limits.js';
import { onDemand } from '../load/on-demand.js';

// Validation's RRULE checks travel with this chunk: a feed without series never loads them.
export { checkRrule, hourlyRuleCanReachByhour } from '../validate/rrule-syntax.js';

/**
 * UNTIL as the widget reads it, for the .ics export: through this module, so
 * that rrule-syntax.ts stays inside this chunk (imported by two chunks, it
 * would be a third file, fetched only after this one arrived).
 */
export const readUntil = (value: string) => parseUntil(value);

const rruleCode = onDemand(() => import('./rrule-engine.js'));

/** True when every rule of these events (all rules, without events) can be expanded now. */
export function readyFor(events?: readonly CalendarEvent[]): boolean {
  return rruleCode.value !== undefined || (events !== undefined && !events.some(needsRrule));
}

/** Loads rrule when these events (or, without events, any feed) need it. */
export async function loadRulesFor(events?: readonly CalendarEvent[]): Promise<void> {
  if (!readyFor(events)) await rruleCode.load();
}

const needsRrule = (e: CalendarEvent) => e.rrule !== undefined && !isSimpleRule(e.rrule);

const DAY = 86_400_000;
/** rrule's periods by its Frequency numbers (YEARLY = 0 … HOURLY = 4); months and years as their shortest. */
const PERIOD_MS = [365 * DAY, 28 * DAY, 7 * DAY, DAY, DAY / 24];
/** rrule reads `interval` twice per period; a period (~20 µs) costs 40 steps of the budget (see limits.ts). */
const RRULE_READ_COST = 20;
/** A date produced costs 6 steps: a budget yields 10,000 at most. */
const DATE_COST = 6;
/** Start times a day a series may have: an hourly rule has 24; BYMINUTE × BYSECOND can make 86,400. */
const MAX_TIMES_A_DAY = 24;

interface Compiled {
  each: WallIterator;
  exWallSeconds: Set<number>;
  exDays: Set<number>;
}

const compiledCache = new WeakMap<CalendarEvent, Map<string, Compiled | string>>();

class BudgetExhausted extends Error {}

/**
 * Why the engine cannot expand this event's rule, or null if it can.
 * expandSeries returns [] for such events; the caller may report this text.
 */
export function seriesProblem(event: CalendarEvent, feedTz: string): string | null {
  const c = compile(event, feedTz);
  return typeof c === 'string' ? c : null;
}

function compile(event: CalendarEvent, feedTz: string): Compiled | string {
  if (!event.rrule) return 'the event has no rrule';
  let perZone = compiledCache.get(event);
  if (!perZone) compiledCache.set(event, (perZone = new Map()));
  const key = event.allDay ? '' : feedTz;
  let c = perZone.get(key);
  if (c === undefined) {
    c = build(event, feedTz);
    perZone.set(key, c);
  }
  return c;
}

function build(event: CalendarEvent, feedTz: string): Compiled | string {
  try {
    const dtstart = event.allDay ? event.startDay * DAY : wallClockMs(event.start, feedTz);
    const parts = event.rrule!.split(';');
    const untilPart = parts.find((p) => p.startsWith('UNTIL='));
    let until: number | null = null;
    if (untilPart) {
      const u = parseUntil(untilPart.slice(6));
      if (!u) return `UNTIL in '${event.rrule}' is not a date`;
      // A date includes its whole day; an instant is compared as wall-clock time in the feed zone.
      // (All-day series have no zone: an UNTIL date-time counts by its date.)
      const wall = u.kind === 'date' ? (u.day + 1) * DAY - 1
        : u.kind === 'utc' && !event.allDay ? wallClockMs(u.instant, feedTz)
          : u.kind === 'utc' ? u.instant : u.wallMs;
      until = event.allDay ? (Math.floor(wall / DAY) + 1) * DAY - 1 : wall;
    }
    if (!event.allDay && !hourlyRuleCanReachByhour(event.rrule!, new Date(dtstart).getUTCHours())) {
      return `'${event.rrule}' never reaches a BYHOUR hour from the start time`;
    }
    const each = compileSimpleRule(event.rrule!, dtstart, until)
      ?? withRrule(parts.filter((p) => p !== untilPart).join(';'), dtstart, until);
    const exWallSeconds = new Set<number>();
    const exDays = new Set(event.exdates?.days ?? []);
    for (const instant of event.exdates?.instants ?? []) exWallSeconds.add(Math.floor(wallClockMs(instant, feedTz) / 1000));
    return { each, exWallSeconds, exDays };
  } catch (error) {
    if (error instanceof EngineNotLoaded) throw error;
    return `rrule '${event.rrule}' was rejected by the recurrence engine: ${error instanceof Error ? error.message : String(error)}`;
  }
}

class EngineNotLoaded extends Error {}

/** The rrule library's expansion of a rule simple-rule.ts does not handle (without UNTIL). */
function withRrule(rule: string, dtstart: number, until: number | null): WallIterator {
  const engine = rruleCode.value;
  if (!engine) throw new EngineNotLoaded('Series need the recurrence engine: await loadRecurrenceEngine(events) first');
  const { RRule, rruleOptions } = engine;
  // Not RRule.parseString: the bundles ship rrule without its string parser.
  const r = new RRule({ ...rruleOptions(rule, RRule), dtstart: new Date(dtstart), until: until === null ? null : new Date(until), tzid: null }, true);
  const options = r.options;
  const { interval, freq, byhour, byminute, bysecond } = options;
  // Several start times a day need rrule: every combination of BYHOUR, BYMINUTE and
  // BYSECOND is one (86,400 a day at most), and rrule builds them all for each range.
  if ((byhour?.length ?? 24) * byminute.length * bysecond.length > MAX_TIMES_A_DAY) throw new Error(`it starts more than ${MAX_TIMES_A_DAY} times a day`);
  // rrule loops until year 9999 on a rule that never matches (BYDAY=1MO;BYMONTHDAY=20):
  // seconds of frozen page. Its loop reads `interval` every period, so a counting
  // getter can stop it, and charge the caller's budget. Relies on rrule 2.8.1
  // internals (this getter, `options.dtstart` read per call); the package is pinned.
  let left = Infinity;
  let spent: Budget = budget();
  Object.defineProperty(options, 'interval', {
    get() {
      if (--left < 0 || (spent.work -= RRULE_READ_COST) < 0) throw new BudgetExhausted();
      return interval;
    },
  });
  const stepMs = PERIOD_MS[freq] * interval;
  // rrule walks every period from DTSTART on: an hourly series from 1900 takes seconds
  // to reach today, a monthly one from year 1 runs out of budget. The defaults DTSTART
  // gives (minute, weekday, day of month) are in `options` already, so a start whole
  // periods of the rule later gives the same dates from there on: HOURLY, DAILY and
  // WEEKLY move by steps of fixed length (not WEEKLY with BYSETPOS: it would pick from
  // a partial week); MONTHLY and YEARLY to the first day of a period, one period
  // early (a year's BYWEEKNO can reach into January of the next). Not with COUNT,
  // which counts from DTSTART.
  const shift = !options.count && !(freq === 2 && options.bysetpos);
  const start = new Date(dtstart);
  const months = freq === 0 ? 12 * interval : interval;
  const shifted = (fromWall: number): number => {
    if (!shift || fromWall <= dtstart) return dtstart;
    if (freq > 1) return dtstart + Math.floor((fromWall - dtstart) / stepMs) * stepMs;
    const from = new Date(fromWall);
    const periods = Math.floor(((from.getUTCFullYear() - start.getUTCFullYear()) * 12 + from.getUTCMonth() - start.getUTCMonth()) / months) - 1;
    if (periods <= 0) return dtstart;
    // Not Date.UTC: it reads years 0–99 as 1900–1999.
    const day = new Date(0);
    day.setUTCFullYear(start.getUTCFullYear(), start.getUTCMonth() + periods * months, 1);
    return day.getTime();
  };
  return (fromWall, toWall, visit, b = budget()) => {
    const first = shifted(fromWall);
    options.dtstart = new Date(first);
    spent = b;
    // rrule reads `interval` twice per period: enough for the window, plus some.
    left = 2 * (Math.ceil((toWall - first) / stepMs) + 10) + 100;
    try {
      r.between(new Date(fromWall), new Date(toWall), true, (date) => visit(date.getTime()));
    } catch (error) {
      // Out of work (the budget says so), or out of the window's periods: the rule matches nothing more in it.
      if (!(error instanceof BudgetExhausted)) throw error;
    } finally {
      left = Infinity;
    }
  };
}

/**
 * Calls `visit` with the wall-clock ms of each occurrence in [fromWall, toWall],
 * minus exdates, until it returns false or the budget is spent. Never throws.
 */
function iterate(c: Compiled, fromWall: number, toWall: number, b: Budget = budget(), visit: (wall: number) => boolean): void {
  // (A spent budget stops either engine at its first period, before rrule builds anything.)
  try {
    c.each(fromWall, toWall, (wall) => {
      if (c.exDays.has(Math.floor(wall / DAY)) || c.exWallSeconds.has(Math.floor(wall / 1000))) return true;
      return (b.work -= DATE_COST) >= 0 && visit(wall);
    }, b);
  } catch {
    // An engine error: what was visited stands.
  }
}

/**
 * Start instants of the timed series' occurrences whose [start, start + duration)
 * overlaps [fromInstant, toInstant) (a zero-length occurrence: starts inside it).
 * A budget (default: one series' worth) bounds the work; below 0 after, the result is cut short.
 */
export function expandSeries(event: CalendarEvent, fromInstant: number, toInstant: number, feedTz: string, b?: Budget): number[] {
  const c = compile(event, feedTz);
  if (typeof c === 'string' || event.allDay) return [];
  const duration = event.end - event.start;
  const result: number[] = [];
  // The window in wall-clock ms, widened by a day on each side for offset changes.
  const fromWall = wallClockMs(fromInstant - duration, feedTz) - DAY;
  const toWall = wallClockMs(toInstant, feedTz) + DAY;
  iterate(c, fromWall, toWall, b, (wall) => {
    const start = instantFromWallClockMs(wall, feedTz);
    if (start < toInstant && (start + duration > fromInstant || start >= fromInstant)) result.push(start);
    return true;
  });
  return result;
}

/** Start days of the all-day series' occurrences that overlap [fromDay, toDay] (inclusive). */
export function expandAllDaySeries(event: CalendarEvent, fromDay: number, toDay: number, b?: Budget): number[] {
  const c = compile(event, '');
  if (typeof c === 'string' || !event.allDay) return [];
  const span = event.endDay - event.startDay;
  const result: number[] = [];
  iterate(c, (fromDay - span) * DAY, toDay * DAY + DAY - 1, b, (wall) => {
    result.push(Math.floor(wall / DAY));
    return true;
  });
  return result;
}

/**
 * The first occurrence start strictly after `after`: an instant for timed
 * series, a day number for all-day series (then `after` is a day number too).
 * Looks at most `limitDays` ahead; null when there is none.
 */
export function nextSeriesStartAfter(event: CalendarEvent, after: number, feedTz: string, limitDays = 3660, b?: Budget): number | null {
  const c = compile(event, event.allDay ? '' : feedTz);
  if (typeof c === 'string') return null;
  let found: number | null = null;
  if (event.allDay) {
    iterate(c, (after + 1) * DAY, (after + 1 + limitDays) * DAY, b, (wall) => {
      found = Math.floor(wall / DAY);
      return false;
    });
  } else {
    const fromWall = wallClockMs(after, feedTz) - DAY;
    iterate(c, fromWall, fromWall + (limitDays + 2) * DAY, b, (wall) => {
      const start = instantFromWallClockMs(wall, feedTz);
      if (start <= after) return true;
      found = start;
      return false;
    });
  }
  return found;
}
