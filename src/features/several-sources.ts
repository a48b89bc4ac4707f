/**
 * What only calendars of several sources need, fetched on demand (with the
 * feeds, when `src` has several addresses): their names, their events put
 * together with duplicates merged, the per-source outcome of `load`, and the
 * notice of sources on their way or missing.
 */
import type { ParsedFeed } from '../data/event.js';
import { mergeFeeds, type MergedDuplicate } from '../data/sources/merge-feeds.js';
import { nameOverrides, sourceNames } from '../data/sources/source-names.js';
import { joinMonths } from './range-months.js';
import type { ErrorDetail, LoadedFeed, Run, SourceOutcome, SourceState } from '../controllers/feed-types.js';
import type { Messages } from '../i18n/messages.js';

export { sourcesNotice, sourcesStyles } from '../views/sources-notice.js';
export { showMonth } from './range-months.js';

/**
 * Names every source (the editor's `source-names`, the feed's own, its host,
 * "Quelle N") and merges what arrived; what a source could not use is said
 * with its name.
 */
export function combine(sources: SourceState[], names: string | undefined, m: Messages | undefined, ranged?: string): { feed: ParsedFeed; merged: MergedDuplicate[] } {
  if (ranged) return joinMonths(sources, m);
  const given = sourceNames(sources.map((s) => ({ own: s.feed?.name, url: s.url })), nameOverrides(names), (n) => `${m?.sources.source ?? 'Quelle'} ${n}`);
  sources.forEach((s, i) => (s.name = given[i]));
  const arrived = sources.filter((s) => s.feed);
  const { feed, duplicates } = mergeFeeds(arrived.map((s) => ({ name: s.name, feed: s.feed! })));
  const named = <T extends { reason: string }>(s: SourceState, list: T[]) => list.map((p) => ({ ...p, reason: `${s.name}: ${p.reason}` }));
  feed.skipped = arrived.flatMap((s) => named(s, s.feed!.skipped));
  feed.warnings = arrived.flatMap((s) => named(s, s.feed!.warnings));
  return { feed, merged: duplicates };
}

/** Each source's outcome for the `load` detail; a failed one is said on the console too. */
export function outcomes(sources: readonly SourceState[], describe: (error: unknown) => ErrorDetail): SourceOutcome[] {
  return sources.map((s) => {
    if (s.error) console.error(`participation-calendar: source ${s.name}: ${s.error instanceof Error ? s.error.message : String(s.error)}`);
    return {
      name: s.name,
      ...(s.url ? { url: s.url } : {}),
      ...(s.feed ? { count: s.feed.events.length, skipped: s.feed.skipped, warnings: s.feed.warnings } : {}),
      ...(s.error ? { error: describe(s.error) } : {}),
    };
  });
}

/**
 * What the live region says when sources were put together: that one is
 * missing (each time one fails), or, once, that more events came after the
 * first were shown (`shown`).
 */
export function news(shown: LoadedFeed | undefined, loaded: LoadedFeed, run: Run, m: Messages | undefined): string | undefined {
  const failed = loaded.sources.filter((s) => s.error);
  const more = shown !== undefined && loaded.feed.events.length > shown.feed.events.length;
  const said = run.joined;
  if (more) run.joined = true;
  if (!m) return undefined;
  if (failed.length > (shown?.sources.filter((s) => s.error).length ?? 0)) return m.sources.missing(failed.map((s) => s.name).join(', '));
  return more && !said ? m.sources.joined : undefined;
}
