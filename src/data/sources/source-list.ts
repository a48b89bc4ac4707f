/**
 * Several feeds in one widget, as an editor gives them: `src` with several
 * addresses, or the `events` property with several feeds. (Their names:
 * source-names.ts, loaded with the code for several sources.)
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
