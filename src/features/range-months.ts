/**
 * A `src` with `{from}` and `{to}` (see data/sources/feed-ranges.ts): its
 * months are the sources, fetched as the resident goes there, and joined
 * into one feed. With the code for several sources; the classic script
 * carries this part too.
 */
import type { ParsedFeed } from '../data/event.js';
import { rangeUrl } from '../data/sources/feed-ranges.js';
import { joinRanges } from '../data/sources/join-ranges.js';
import { addMonths, formatIsoDate } from '../data/time/plain-date.js';
import type { Run, SourceState } from '../controllers/feed-types.js';
import { formatDay } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';

/** The months fetched so far as one feed; each named by its month (for the notice of one that failed). */
export function joinMonths(sources: SourceState[], m: Messages | undefined): { feed: ParsedFeed; merged: [] } {
  for (const s of sources) s.name = m ? formatDay(s.month!, 'monthYear', m) : formatIsoDate(s.month!).slice(0, 7);
  return { feed: joinRanges(sources.flatMap((s) => (s.feed ? [s.feed] : []))), merged: [] };
}

/**
 * A range-paged feed: the month shown is fetched at once (unless it is here
 * or on its way), the months before and after while the page is idle, so
 * that going there finds them. Each joins what is shown as it arrives.
 */
export function showMonth(run: Run, month: number, read: (source: SourceState) => void) {
  if (run.asked === month) return;
  run.asked = month;
  const fetch = (m: number) => {
    if (run.sources.some((s) => s.month === m)) return;
    const url = new URL(rangeUrl(run.template!, m), document.baseURI).href;
    const s: SourceState = { input: { url }, url, name: '', pending: true, month: m };
    run.sources.push(s);
    read(s);
  };
  fetch(month);
  const idle = (globalThis.requestIdleCallback ?? setTimeout) as (f: () => void) => void;
  idle(() => [addMonths(month, -1), addMonths(month, 1)].forEach(fetch));
}
