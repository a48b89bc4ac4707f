/**
 * A command's feed: from a file, an http(s) URL or standard input, in JSON or
 * iCalendar, validated like the widget does. URLs are loaded with the widget's
 * loader (src/data/load/feed.ts) through the `fetch` in `CliIo`; its failures
 * are said in the CLI's words, with what the system reported.
 */
import type { Feed, ParsedFeed } from '../data/event.js';
import { FeedError } from '../data/load/feed-error.js';
import { fetchFeedText, isCalendarBody, isCalendarText, parseJsonBody } from '../data/load/feed.js';
import { DEFAULT_TIMEZONE, parseFeed } from '../data/validate/validate.js';
import { CliError, NAME, systemMessage, type CliIo } from './command.js';

export interface FeedInput {
  feed: ParsedFeed;
  /** Where the feed came from, for messages: `'feed.json'`, `standard input` or the URL. */
  source: string;
  /** VEVENTs the iCalendar import could not turn into events (already reported on stderr). */
  unreadable: number;
}

/** A feed's text as it arrived, before it is read as JSON or iCalendar. */
export interface FeedText {
  text: string;
  kind: 'json' | 'ics';
  /** For messages: `'feed.json'`, `standard input` or the URL. */
  source: string;
  /** Base for relative links (the URL a feed was fetched from). */
  baseUrl?: string;
  contentType: string;
  /** A URL's answer: its Access-Control-Allow-Origin header (null when it sent none). */
  allowOrigin?: string | null;
}

export interface ReadOptions {
  /** Sent as the request's Origin (a site that will show the feed), so a server that answers per origin answers for it. */
  origin?: string;
}

/** A command can wait longer for a slow city server than a page's visitor (the widget gives up after 15 s). */
const FETCH_TIMEOUT_MS = 30_000;
const ICS_FILE = /\.(ics|ical|ifb|icalendar)$/i;

/**
 * Reads and validates the feed at `location` (a path, an http(s) URL or `-`).
 * Relative links resolve against the URL it came from, else against `baseUrl`.
 */
export async function readFeed(location: string, io: CliIo, baseUrl?: string): Promise<FeedInput> {
  let input: FeedText;
  try {
    input = await readFeedText(location, io);
  } catch (error) {
    throw error instanceof FeedError ? new CliError(downloadFailure(error, location)) : error;
  }
  const base = input.baseUrl ?? baseUrl;
  if (input.kind === 'json') {
    return { feed: parseFeed(parseJsonBody(input.text, input.contentType, input.source), { baseUrl: base }), source: input.source, unreadable: 0 };
  }
  const { feed, problems } = await icsToFeed(input);
  if (problems.length) {
    io.stderr(`${NAME}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the iCalendar file ${input.source}:\n`
      + problems.map((p) => `- ${describeProblem(p)}\n`).join(''));
  }
  return { feed: parseFeed(feed, { baseUrl: base }), source: input.source, unreadable: problems.length };
}

/** iCalendar -> feed with src/data/ics/ics-import.ts, which (with ical.js) is loaded only for iCalendar input. */
async function icsToFeed(input: FeedText): Promise<{ feed: Feed; problems: readonly unknown[] }> {
  if (!isCalendarText(input.text)) throw new CliError(`${input.source} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)`);
  const { icsToFeed: convert } = await import('../data/ics/ics-import.js');
  try {
    // Like a JSON feed without `timezone`: times without a zone are the default zone's,
    // whatever --timezone (the zone they are shown in) says.
    return convert(input.text, { defaultTimeZone: DEFAULT_TIMEZONE });
  } catch (error) {
    throw new CliError(`${input.source} could not be read as iCalendar: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function describeProblem(problem: unknown): string {
  if (typeof problem === 'string') return problem;
  if (typeof problem === 'object' && problem !== null) {
    const { reason, message } = problem as { reason?: unknown; message?: unknown };
    if (typeof reason === 'string') return reason;
    if (typeof message === 'string') return message;
  }
  return JSON.stringify(problem) ?? String(problem);
}

/**
 * The text at `location`. A file or standard input that cannot be read is a
 * CliError; a URL that cannot be loaded is the loader's FeedError (see
 * `downloadFailure` for its words), which the check reports as a finding.
 */
export async function readFeedText(location: string, io: CliIo, options: ReadOptions = {}): Promise<FeedText> {
  if (location === '-') {
    let text: string;
    try {
      text = await io.readStdin();
    } catch (error) {
      throw new CliError(`cannot read standard input: ${systemMessage(error)}`);
    }
    if (!text.trim()) throw new CliError('standard input is empty; expected a JSON feed or an iCalendar file');
    return { text, kind: isCalendarText(text) ? 'ics' : 'json', source: 'standard input', contentType: '' };
  }
  if (/^https?:\/\//i.test(location)) return download(location, io, options.origin);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) throw new CliError(`'${location}' is neither a file nor an http(s) URL`);

  let text: string;
  try {
    text = await io.readFile(location);
  } catch (error) {
    throw new CliError(`cannot read '${location}': ${systemMessage(error)}`);
  }
  const kind = ICS_FILE.test(location) || isCalendarText(text) ? 'ics' : 'json';
  if (kind === 'json' && !text.trim()) throw new CliError(`'${location}' is empty; expected a JSON feed`);
  return { text, kind, source: `'${location}'`, contentType: '' };
}

async function download(url: string, io: CliIo, origin?: string): Promise<FeedText> {
  let allowOrigin: string | null = null;
  // The loader's own request, with the Origin a browser on that site would send, and its CORS answer noted.
  const load: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (origin !== undefined) headers.set('Origin', origin);
    const response = await io.fetch(input, { ...init, headers });
    allowOrigin = response.headers.get('access-control-allow-origin');
    return response;
  };
  const body = await fetchFeedText(url, { fetch: load, timeoutMs: FETCH_TIMEOUT_MS });
  return {
    text: body.text, kind: isCalendarBody(body) ? 'ics' : 'json', source: body.url, baseUrl: body.url, contentType: body.contentType, allowOrigin,
  };
}

/**
 * The loader's messages are written for a browser's console, where the reason
 * of a network failure is hidden; Node's fetch tells it (as the cause of its
 * TypeError), and the CLI says it. Its HTTP message is the CLI's already.
 */
export function downloadFailure(error: FeedError, url: string): string {
  if (error.kind === 'timeout') return `cannot load ${url}: no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  if (error.kind !== 'network') return error.message;
  const failed = error.cause as { cause?: unknown } | undefined;
  return `cannot load ${url}: ${systemMessage(failed?.cause ?? failed)}`;
}
