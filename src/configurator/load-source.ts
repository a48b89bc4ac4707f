/**
 * The configurator's feed: an address typed (fetched here with the widget's
 * own loader, as the widget on the editor's site will fetch it) or a file
 * dropped (read in the browser, sent nowhere). The only requests go to the
 * address typed: the feed, and, when the browser refuses to read it, one
 * more that tells a server without CORS apart from one that is not there.
 */
import { unreadableSource, type CheckOptions } from '../data/check/check-feed.js';
import { checkText, corsFinding, failureFinding } from '../data/check/read-source.js';
import type { SourceCheck } from '../data/check/finding.js';
import { FeedError } from '../data/load/feed-error.js';
import { fetchFeedText, isCalendarText } from '../data/load/feed.js';

/** What the preview shows: the address (the widget fetches it itself) or the data of a dropped file. */
export type PreviewSource = { src: string } | { events: unknown } | null;

export interface LoadedSource {
  check: SourceCheck;
  preview: PreviewSource;
}

/** The widget waits 15 s for a feed; the check waits as long, so it sees what residents would. */
const TIMEOUT_MS = 15_000;

/**
 * Whether the server answers at all when the browser does not ask to read the
 * answer (`no-cors`): then a refused read was CORS, not a server that is not there.
 */
async function answersWithoutCors(url: string): Promise<boolean> {
  try {
    await fetch(url, { mode: 'no-cors', cache: 'no-store', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
}

export async function checkAddress(url: string, options: CheckOptions): Promise<LoadedSource> {
  try {
    const body = await fetchFeedText(url, { timeoutMs: TIMEOUT_MS });
    return { check: await checkText({ ...body, source: url, baseUrl: body.url }, options), preview: { src: url } };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    // fetch() fails alike for a refused read (CORS) and a server not there; the second request tells them apart.
    const cors = error.kind === 'network' && (await answersWithoutCors(url)) ? corsFinding(url, null, location.origin) : null;
    // The preview shows what residents would see: the widget's own error message.
    return { check: unreadableSource(url, cors ?? failureFinding(error, url)), preview: { src: url } };
  }
}

/** A file from the editor's computer: checked like a feed, previewed from its data. */
export async function checkFile(file: File, options: CheckOptions): Promise<LoadedSource> {
  const text = await file.text();
  const calendar = /\.(ics|ical|icalendar)$/i.test(file.name) || isCalendarText(text);
  const check = await checkText({ text, contentType: calendar ? 'text/calendar' : file.type, url: '', source: file.name }, options);
  return { check, preview: check.feed ? { events: await previewData(text, calendar) } : null };
}

/** The file's events in the form the widget's `events` property takes. */
async function previewData(text: string, calendar: boolean): Promise<unknown> {
  if (!calendar) return JSON.parse(text.replace(/^\uFEFF/, ''));
  const { icsToFeed } = await import('../data/ics/ics-import.js');
  return icsToFeed(text).feed;
}
