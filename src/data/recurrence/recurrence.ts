/**
 * Repeating events. The series code (~2 KB gzip) is loaded only when a feed
 * has rules, and the rrule library (~9 KB) only when one of them is beyond
 * the common ones: call `loadRecurrenceEngine(events)` first; then these
 * functions answer at once. The implementation is in series-engine.ts: a
 * series is expanded in its own wall-clock time in the feed's zone, so a
 * weekly 18:00 meeting stays at 18:00 across DST changes.
 */
import type { CalendarEvent } from '../event.js';
import type { RuleSyntax } from '../validate/event-fields.js';
import { onDemand } from '../load/on-demand.js';

type Engine = typeof import('./series-engine.js');

/** When it does not arrive, onDemand says which file is missing (FeedError 'chunk'), not the feed. */
const seriesCode = onDemand(() => import('./series-engine.js'));

/**
 * Loads the engine for these events (without events: for any rule). Later
 * calls reuse what was loaded. A failed load may be retried.
 */
export async function loadRecurrenceEngine(events?: readonly CalendarEvent[]): Promise<void> {
  await (await seriesCode.load()).loadRulesFor(events);
}

/** The RRULE checks feed validation needs (they come with the series code, without rrule itself). */
export function loadRuleSyntax(): Promise<RuleSyntax> {
  return seriesCode.load();
}

/** Whether the series of these events (without events: any series) can be expanded now. */
export function isRecurrenceEngineLoaded(events?: readonly CalendarEvent[]): boolean {
  return seriesCode.value?.readyFor(events) ?? false;
}

export function needsRecurrence(events: readonly CalendarEvent[]): boolean {
  return events.some((e) => e.rrule !== undefined);
}

function loaded(): Engine {
  const engine = seriesCode.value;
  if (!engine) throw new Error('Series need the recurrence engine: await loadRecurrenceEngine(events) first');
  return engine;
}

/** Why the engine cannot expand this event's rule, or null if it can. */
export const seriesProblem: Engine['seriesProblem'] = (...args) => loaded().seriesProblem(...args);
/** Start instants of a timed series' occurrences overlapping [fromInstant, toInstant); a budget bounds the work (limits.ts). */
export const expandSeries: Engine['expandSeries'] = (...args) => loaded().expandSeries(...args);
/** Start days of an all-day series' occurrences overlapping [fromDay, toDay]. */
export const expandAllDaySeries: Engine['expandAllDaySeries'] = (...args) => loaded().expandAllDaySeries(...args);
/** The first start after `after` (instant, or day for all-day series), or null within `limitDays`. */
export const nextSeriesStartAfter: Engine['nextSeriesStartAfter'] = (...args) => loaded().nextSeriesStartAfter(...args);
