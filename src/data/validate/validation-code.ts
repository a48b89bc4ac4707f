import { onDemand } from '../load/on-demand.js';

/**
 * Validation (~3.5 KB gzip), a chunk of its own: every feed needs it, but not
 * before the feed is there, so the ES entry stays small and this arrives while
 * the feed does (fetched when a load starts, and while the page is idle).
 * When it does not arrive, onDemand says which file is missing (FeedError 'chunk'), not the feed.
 */
export const validationCode = onDemand(() => {
  // The small chunks it imports (the RRULE checks, the access facts' order) are requested with
  // it, not a round trip later when the browser meets its imports (~150 ms on a phone).
  import('./rrule-syntax.js').catch(() => {});
  import('../access-facts.js').catch(() => {});
  return import('./validate.js');
});
