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
/** A date produced costs 6 steps: a budget yields 10,000 at most. */
const DATE_COST = 6;

interface Compiled {
  each: WallIterator;
  exWallSeconds: Set<number>;
  exDays: Set<number>;
}

const compiledCache = new WeakMap<CalendarEvent, Map<string, Compiled | string>>();

/**
 * Why the engine cannot expand this event's rule, or null if it can.
 * expandSeries returns [] for such events; the caller may report this text.
 */
export function seriesProblem(event: CalendarEvent, feedTz: string): string | null {
  const c = compile(event, zoneOf(event, feedTz));
  return typeof c === 'string' ? c : null;
}

/** Merged from several sources, a series keeps the wall clock of its own feed's zone. */
const zoneOf = (event: CalendarEvent, feedTz: string) => event.timezone ?? feedTz;

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
  return engine.rruleIterator(engine.RRule, rule, dtstart, until);
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
  feedTz = zoneOf(event, feedTz);
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
  feedTz = zoneOf(event, feedTz);
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
