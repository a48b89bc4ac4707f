/**
 * Loads a feed over HTTP and tells apart the ways that goes wrong, because each
 * needs a different message for the city's editors (a 404 is not a typo in JSON).
 */
import { FeedError } from './feed-error.js';
import type { Slicer } from '../slicer.js';
import { onDemand } from './on-demand.js';

export interface FetchFeedOptions {
  /** Aborting it rejects with kind 'aborted', which callers usually ignore (a newer load replaced this one). */
  signal?: AbortSignal;
  /** Default 15 000 ms. */
  timeoutMs?: number;
  /** Resolves a relative `url` (e.g. the page's URL); without it `fetch` resolves against the document or worker. */
  baseUrl?: string;
  /** The answer will be parsed in slices (see json-slices.ts): its parser is asked for with the headers of a big answer. */
  slicer?: Slicer;
  /** Default: the global `fetch`. The CLI passes the one its bin hands it (Node's). */
  fetch?: typeof fetch;
  /** Told the answer's size as its headers arrive (Content-Length: compressed bytes when compressed; 0 when not given). */
  onResponse?: (bytes: number) => void;
}

/**
 * An answer this big on the wire (compressed JSON is ~8× smaller than its
 * text) is likely over SLICE_JSON_ABOVE_CHARS: the slicing parser, and the
 * series code (a feed this big nearly always has series), are asked for with
 * its headers, so they arrive with the body instead of a round trip after it.
 */
export const LIKELY_BIG_BYTES = 25_000;

/*
 * The body is read whole with `response.text()` (Chromium decodes it as the
 * bytes arrive). Read as a stream instead, Chromium's network panel sometimes
 * lists a request that arrived whole as "(canceled)" (the reader saw its end
 * before the network service reported it done), and a city's developer would
 * take it for a failed feed.
 */

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface FeedBody {
  text: string;
  contentType: string;
  /** The absolute URL that was fetched. */
  url: string;
}

/** iCalendar by its first line (RFC 5545 names are case-insensitive: ical.js reads `begin:vcalendar` too). */
export const isCalendarText = (text: string) => /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(text);

/** An iCalendar answer: by its content type, a `.ics` address, or its first line. */
export function isCalendarBody({ text, contentType, url }: FeedBody): boolean {
  return /^\s*text\/calendar\b/i.test(contentType) || /\.ics(?:[?#]|$)/i.test(url) || isCalendarText(text);
}

/** Below this size one JSON.parse takes no noticeable time; above it the slicing parser is fetched. */
const SLICE_JSON_ABOVE_CHARS = 200_000;

/**
 * Only big feeds need the slicing parser: loaded on demand, like the recurrence
 * engine, and asked for with the headers of a big answer (see LIKELY_BIG_BYTES).
 */
const slicingParser = onDemand(() => import('./json-slices.js'));

/** Starts loading the slicing parser; a failure shows when the parse asks for it. */
const prefetchSlicingParser = () => void slicingParser.load().catch(() => {});

/** Parses a JSON answer in time slices; FeedError 'html' or 'not-json' when it is not JSON. */
export async function parseJsonBodyInSlices(body: FeedBody, slicer: Slicer): Promise<unknown> {
  const json = jsonBody(body.text, body.contentType, body.url);
  try {
    if (json.length < SLICE_JSON_ABOVE_CHARS) return JSON.parse(json);
    const { parseJsonInSlices } = await slicingParser.load();
    return await parseJsonInSlices(json, slicer);
  } catch (cause) {
    if (cause instanceof SyntaxError) throw notJson(cause, body.url);
    throw cause;
  }
}

/** Fetches `url` and returns the answer's text; rejects with a `FeedError` whose `kind` says what went wrong. */
export async function fetchFeedText(url: string, options: FetchFeedOptions = {}): Promise<FeedBody> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, baseUrl, fetch: load = fetch } = options;
  let target: string;
  try {
    target = baseUrl ? new URL(url, baseUrl).href : url;
  } catch (cause) {
    throw new FeedError('network', `Feed URL '${url}' is not a valid URL`, { cause });
  }
  if (signal?.aborted) throw new FeedError('aborted', `Loading ${target} was aborted`, { cause: signal.reason });

  // An own timer rather than AbortSignal.any + AbortSignal.timeout: the flag says
  // for certain which of the two aborted, whatever reason the caller passed.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('Feed request timed out', 'TimeoutError'));
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });

  const failure = (cause: unknown, during: string): FeedError => {
    if (signal?.aborted) return new FeedError('aborted', `Loading ${target} was aborted`, { cause });
    if (timedOut) return new FeedError('timeout', `No complete answer from ${target} within ${timeoutMs} ms`, { cause });
    // fetch() rejects with a bare TypeError for DNS failures, refused or dropped
    // connections and CORS refusals alike; the browser does not say which.
    return new FeedError('network', `Could not ${during} ${target} (network error, offline, or blocked by CORS): ${String(cause)}`, { cause, url: target });
  };

  try {
    let response: Response;
    try {
      // Accept is a CORS-safelisted header: no preflight, so any static file host works.
      response = await load(target, {
        signal: controller.signal,
        credentials: 'same-origin',
        headers: { Accept: 'application/json, text/calendar;q=0.9' },
      });
    } catch (cause) {
      throw failure(cause, 'load');
    }
    if (!response.ok) {
      // Drain the body so the connection can be reused; its content does not matter.
      response.text().catch(() => {});
      throw new FeedError('http', `${target} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, { status: response.status });
    }
    const contentType = response.headers.get('content-type') ?? '';
    // An iCalendar answer is never parsed as JSON: it needs no JSON parser.
    const calendar = /^\s*text\/calendar\b/i.test(contentType);
    const bytes = Number(response.headers.get('content-length')) || 0;
    options.onResponse?.(bytes);
    // Unsized (compressed on the fly, chunked): possibly big; the parser is ~1 KB.
    if (!calendar && (bytes > LIKELY_BIG_BYTES || !bytes) && options.slicer) prefetchSlicingParser();
    let text: string;
    try {
      text = await response.text();
    } catch (cause) {
      throw failure(cause, 'read the answer from');
    }
    return { text, contentType, url: response.url || target };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** JSON.parse with the two failure kinds a feed URL typically produces: an HTML page, or broken JSON. */
export function parseJsonBody(text: string, contentType: string, source = 'the feed'): unknown {
  const body = jsonBody(text, contentType, source);
  try {
    return JSON.parse(body);
  } catch (cause) {
    throw notJson(cause, source);
  }
}

/** The text to parse as JSON, or a FeedError('html') for the web page that came instead. */
function jsonBody(text: string, contentType: string, source: string): string {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  // A CMS error page or login redirect often comes with status 200.
  if (/^\s*text\/html\b/i.test(contentType) || body.startsWith('<')) {
    throw new FeedError('html', `${source} returned an HTML page instead of JSON (content-type '${contentType || 'none'}')`);
  }
  return body;
}

function notJson(cause: unknown, source: string): FeedError {
  const detail = cause instanceof Error ? cause.message : String(cause);
  return new FeedError('not-json', `${source} is not valid JSON: ${detail}`, { cause });
}
