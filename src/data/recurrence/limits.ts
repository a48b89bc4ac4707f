/**
 * Bounds of series expansion, shared by the loader (recurrence.ts), the
 * engine it loads (series-engine.ts) and the index: a module of its own, so
 * that the engine does not import its own loader.
 */

/** An occurrence list longer than this per query is a feed error, not a calendar. */
export const MAX_OCCURRENCES_PER_QUERY = 5_000;
