/**
 * Bounds of series expansion, shared by the loader (recurrence.ts), the
 * engine it loads (series-engine.ts) and the index: a module of its own, so
 * that the engine does not import its own loader.
 *
 * A rule of a hundred bytes can describe millions of dates (every minute of
 * a day, every hour since 1900): what a feed asks for must never decide how
 * long a page or a nightly job works. Each expansion, and each range query
 * over all series together, gets a budget of work and stops when it is
 * spent; the index reports that.
 */

/**
 * The work of one budget, in steps: a period of a rule looked at by
 * simple-rule.ts (~0.5 µs in Chromium) is one, a period of rrule's (~20 µs)
 * 40, a date produced 6 (series-engine.ts). About 35 ms in Chromium, three
 * times that in WebKit, and at most 10,000 dates.
 */
const MAX_WORK = 60_000;

/** Work left; below 0 the expansion was cut short. */
export interface Budget {
  work: number;
}

export const budget = (): Budget => ({ work: MAX_WORK });
