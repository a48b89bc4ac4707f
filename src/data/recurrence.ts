/**
 * Repeating events. The series code and the rrule library behind it (~8 KB
 * gzip) are loaded only when a feed has rules: call `loadRecurrenceEngine()`
 * first; then these functions answer at once. The implementation is in
 * series-engine.ts: a series is expanded in its own wall-clock time in the
 * feed's zone, so a weekly 18:00 meeting stays at 18:00 across DST changes.
 */
import type { CalendarEvent } from './event.js';

type Engine = typeof import('./series-engine.js');

/** An occurrence list longer than this per query is a feed error, not a calendar. */
export const MAX_OCCURRENCES_PER_QUERY = 5_000;

let engine: Engine | null = null;
let loading: Promise<void> | null = null;

/** Loads the engine once; later calls return the same promise. A failed load may be retried. */
export function loadRecurrenceEngine(): Promise<void> {
  loading ??= import('./series-engine.js').then(
    (module) => {
      engine = module;
    },
    (error) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

export function isRecurrenceEngineLoaded(): boolean {
  return engine !== null;
}

export function needsRecurrence(events: readonly CalendarEvent[]): boolean {
  return events.some((e) => e.rrule !== undefined);
}

function loaded(): Engine {
  if (!engine) throw new Error('The recurrence engine is not loaded: await loadRecurrenceEngine() before expanding series');
  return engine;
}

/** Why the engine cannot expand this event's rule, or null if it can. */
export const seriesProblem: Engine['seriesProblem'] = (...args) => loaded().seriesProblem(...args);
/** Start instants of a timed series' occurrences overlapping [fromInstant, toInstant). */
export const expandSeries: Engine['expandSeries'] = (...args) => loaded().expandSeries(...args);
/** Start days of an all-day series' occurrences overlapping [fromDay, toDay]. */
export const expandAllDaySeries: Engine['expandAllDaySeries'] = (...args) => loaded().expandAllDaySeries(...args);
/** The first start after `after` (instant, or day for all-day series), or null within `limitDays`. */
export const nextSeriesStartAfter: Engine['nextSeriesStartAfter'] = (...args) => loaded().nextSeriesStartAfter(...args);
