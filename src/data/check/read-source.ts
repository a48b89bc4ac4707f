/**
 * A source as the check receives it, read the way the widget reads it: an
 * answer's text (JSON or iCalendar), or the failure that kept it from
 * arriving, which becomes a finding of its own. Shared by the configurator
 * (the browser fetches) and `participation-calendar check` (Node fetches).
 */
import { FeedError } from '../load/feed-error.js';
import { isCalendarBody, parseJsonBody, type FeedBody } from '../load/feed.js';
import { DEFAULT_TIMEZONE, parseFeed } from '../validate/validate.js';
import { checkFeed, unreadableSource, type CheckOptions } from './check-feed.js';
import { finding, type Finding, type SourceCheck } from './finding.js';

export interface SourceText extends FeedBody {
  /** What to call it: the address, or the file's name. */
  source: string;
  /** Base for relative links: the address it came from (none for a dropped file). */
  baseUrl?: string;
}

/** Reads, validates and checks a feed's text. Never throws for the feed's own faults: they are findings. */
export async function checkText(input: SourceText, options: CheckOptions): Promise<SourceCheck> {
  try {
    if (isCalendarBody(input)) {
      const { icsToFeed } = await import('../ics/ics-import.js');
      let converted;
      try {
        // Times without a zone are the default zone's, as for a JSON feed without `timezone`.
        converted = icsToFeed(input.text, { defaultTimeZone: DEFAULT_TIMEZONE });
      } catch (error) {
        return unreadableSource(input.source, finding('not-a-feed', [{ detail: error instanceof Error ? error.message : String(error) }]));
      }
      const feed = parseFeed(converted.feed, input.baseUrl ? { baseUrl: input.baseUrl } : {});
      return await checkFeed(input.source, feed, options, converted.problems);
    }
    const json = parseJsonBody(input.text, input.contentType, input.source);
    return await checkFeed(input.source, parseFeed(json, input.baseUrl ? { baseUrl: input.baseUrl } : {}), options);
  } catch (error) {
    if (error instanceof FeedError) return unreadableSource(input.source, failureFinding(error, input.url));
    throw error;
  }
}

const hostOf = (url: string | undefined) => {
  try {
    return url ? new URL(url).host : undefined;
  } catch {
    return undefined;
  }
};

/** The finding for a feed that could not be loaded or read. */
export function failureFinding(error: FeedError, url?: string): Finding {
  const host = hostOf(url);
  const data = host ? { host } : {};
  const detail = [{ detail: error.message }];
  switch (error.kind) {
    case 'http': return finding('http', detail, { ...data, ...(error.status ? { status: error.status } : {}) });
    case 'timeout': return finding('timeout', detail, data);
    case 'html': return finding('html', detail, data);
    case 'not-json': return finding('not-a-feed', detail, data);
    case 'shape': return finding('shape', detail, data);
    case 'chunk': return finding('missing-file', detail, { file: /\w+:\/\/\S+/.exec(error.message)?.[0] ?? 'chunks/…' });
    default: return finding('unreachable', detail, data);
  }
}

/**
 * Whether pages on other sites may read the feed, from its answer's
 * Access-Control-Allow-Origin header. With `pageOrigin` (the site the calendar
 * will be on) a refusal is an error; without, a notice naming who may.
 */
export function corsFinding(feedUrl: string, allowOrigin: string | null, pageOrigin?: string): Finding | null {
  const feed = new URL(feedUrl);
  const allowed = allowOrigin?.trim() ?? null;
  if (allowed === '*') return null;
  if (pageOrigin !== undefined) {
    if (pageOrigin === feed.origin || allowed === pageOrigin) return null;
    return finding('cors', [], { origin: pageOrigin, host: feed.host });
  }
  return finding('cors-limited', [], { origin: allowed && allowed !== 'null' ? allowed : feed.origin, host: feed.host });
}
