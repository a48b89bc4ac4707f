import { onDemand } from '../load/on-demand.js';

/**
 * Validation (~3.5 KB gzip), a chunk of its own: every feed needs it, but not
 * before the feed is there, so the ES entry stays small and this arrives while
 * the feed does (fetched when a load starts, and while the page is idle).
 * When it does not arrive, onDemand says which file is missing (FeedError 'chunk'), not the feed.
 */
export const validationCode = onDemand(() => import('./validate.js'));
