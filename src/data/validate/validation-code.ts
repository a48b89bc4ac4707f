import { onDemand } from '../load/on-demand.js';
import { FeedError } from '../load/feed-error.js';

/**
 * Validation (~3.5 KB gzip), a chunk of its own: every feed needs it, but not
 * before the feed is there, so the ES entry stays small and this arrives while
 * the feed does (fetched when a load starts, and while the page is idle).
 */
export const validationCode = onDemand(() => import('./validate.js').catch((error: unknown) => {
  // A file next to the bundle that did not arrive: the connection's fault, as the message says, not the feed's.
  throw new FeedError('network', `Could not load the validation code of participation-calendar: ${String(error)}`, { cause: error });
}));
