/**
 * Several feeds in one widget: how an editor names them (`src` with several
 * addresses, the `events` property with several feeds, `source-names`) and
 * what residents read as each one's name.
 */
import type { Feed, FeedInput } from '../event.js';

/**
 * The addresses in a `src` attribute: separated by whitespace, which a URL
 * cannot contain raw (a space in one is written `%20`), so every `src` that
 * worked before means the same. Repeats are dropped.
 */
export function sourceAddresses(src: string | undefined): string[] {
  return [...new Set(src?.split(/\s+/).filter(Boolean))];
}

/** An `events` value that holds several feeds: an array of feed objects (each with its own `events`). */
export function isSeveralFeeds(events: FeedInput | readonly Feed[] | undefined): events is readonly Feed[] {
  return Array.isArray(events) && events.length > 0 && events.every((f) => Array.isArray((f as Partial<Feed> | null)?.events));
}

/** A feed address's host without `www.`, as a name for a feed that gives none: "jugendrat.musterstadt.de". */
export function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).host.replace(/^www\./, '') || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** Names in `source-names`, comma-separated in the order of the sources; an empty entry keeps the feed's own. */
export function nameOverrides(attribute: string | undefined): string[] {
  return attribute ? attribute.split(',').map((n) => n.trim()) : [];
}

/**
 * The name each source is shown with: the editor's, else the feed's own, else
 * its host, else "Quelle N". Names that would be the same are told apart by a
 * number ("stadt.de (2)"): the source facet and "Quelle:" must not merge them.
 */
export function sourceNames(
  sources: readonly { own?: string | undefined; url?: string | undefined }[],
  overrides: readonly string[],
  numbered: (n: number) => string,
): string[] {
  const seen = new Map<string, number>();
  return sources.map(({ own, url }, i) => {
    const base = overrides[i] || own || hostOf(url) || numbered(i + 1);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count > 1 ? `${base} (${count})` : base;
  });
}
