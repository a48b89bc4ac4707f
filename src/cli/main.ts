/**
 * `participation-calendar render …`: reads a feed (file, URL or standard
 * input; JSON or iCalendar), validates it like the widget does, and writes the
 * static HTML of render.ts. The file system and process live in
 * bin/participation-calendar.mjs, which passes them in as `CliIo`: this module
 * stays testable and free of Node types.
 *
 * Exit status: 0 when the HTML was written (skipped events and dropped fields
 * are reported on stderr, like the widget's console warnings); 1 with one
 * line on stderr when the options, the input or the feed cannot be used.
 */
import type { Feed, ParsedFeed } from '../data/event.js';
import { FeedError } from '../data/load/feed-error.js';
import { fetchFeedText, isCalendarBody, isCalendarText, parseJsonBody, type FeedBody } from '../data/load/feed.js';
import { DEFAULT_TIMEZONE, parseFeed } from '../data/validate/validate.js';
import { parseArgs, USAGE, type RenderCommand } from './args.js';
import { renderStatic } from './render.js';

export interface CliIo {
  /** Reads a UTF-8 file; rejects with an error carrying a Node `code` (ENOENT …). */
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  /** Replaces the file with `text` (atomically: written next to it, then renamed). */
  writeFile(path: string, text: string): Promise<void>;
  stdout(text: string): void;
  stderr(text: string): void;
  fetch: typeof fetch;
  /** Package version, for --version. */
  version: string;
  /** "Now" in ms. Default `Date.now()`. */
  now?: () => number;
}

/** A command can wait longer for a slow city server than a page's visitor (the widget gives up after 15 s). */
const FETCH_TIMEOUT_MS = 30_000;
const NAME = 'participation-calendar';

class CliError extends Error {}

interface Input {
  text: string;
  kind: 'json' | 'ics';
  /** Where the feed came from, for messages. */
  source: string;
  /** Base for relative links (the URL a feed was fetched from). */
  baseUrl?: string;
  contentType: string;
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.stderr(`${NAME}: ${args.error}\nRun '${NAME} --help' for the options.\n`);
    return 1;
  }
  if (args.command === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  try {
    await render(args, io);
    return 0;
  } catch (error) {
    const message = error instanceof CliError || error instanceof FeedError ? error.message
      : `unexpected error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`;
    io.stderr(`${NAME}: ${message}\n`);
    return 1;
  }
}

async function render(args: RenderCommand, io: CliIo): Promise<void> {
  const input = await readInput(args.input, io);
  const baseUrl = input.baseUrl ?? args.baseUrl;
  let feed: ParsedFeed;
  /** VEVENTs the iCalendar import could not turn into events. */
  let unreadable = 0;
  if (input.kind === 'ics') {
    const { feed: converted, problems } = await icsToFeed(input);
    unreadable = problems.length;
    if (problems.length) {
      io.stderr(`${NAME}: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in the iCalendar file ${input.source}:\n`
        + problems.map((p) => `- ${describeProblem(p)}\n`).join(''));
    }
    feed = parseFeed(converted, { baseUrl });
  } else {
    const json = parseJsonBody(input.text, input.contentType, input.source);
    feed = parseFeed(json, { baseUrl });
  }

  const result = await renderStatic(feed, {
    lang: args.lang,
    months: args.months,
    ...(args.fromDay === undefined ? {} : { fromDay: args.fromDay }),
    ...(args.timeZone === undefined ? {} : { timeZone: args.timeZone }),
    ...(args.feedLang === undefined ? {} : { feedLang: args.feedLang }),
    ...(args.idPrefix === undefined ? {} : { idPrefix: args.idPrefix }),
    now: io.now?.() ?? Date.now(),
  });

  // Reported like the widget's console warning: series the engine cannot expand count as skipped.
  const skipped = [...feed.skipped.map((s) => s.reason), ...result.seriesProblems];
  const total = feed.skipped.length + feed.events.length;
  if (skipped.length || feed.warnings.length) {
    io.stderr(`${NAME}: skipped ${skipped.length} of ${total} events`
      + (feed.warnings.length ? ` and dropped ${feed.warnings.length} ${feed.warnings.length === 1 ? 'field' : 'fields'}` : '')
      + ` in ${input.source}:\n`
      + [...skipped, ...feed.warnings.map((w) => w.reason)].map((r) => `- ${r}\n`).join(''));
  }
  // A feed none of whose events can be used is most likely not a feed at all; a
  // cron job must not replace a good list with an empty one because of it.
  if (total + unreadable > 0 && skipped.length === total) {
    throw new CliError(`none of the ${total + unreadable} events in ${input.source} could be used (see above); nothing was written`);
  }

  if (args.output !== undefined) {
    try {
      await io.writeFile(args.output, result.html);
    } catch (error) {
      throw new CliError(`cannot write '${args.output}': ${systemMessage(error)}`);
    }
  } else {
    io.stdout(result.html);
  }
}

/** iCalendar -> feed with src/data/ics-import.ts, which (with ical.js) is loaded only for iCalendar input. */
async function icsToFeed(input: Input): Promise<{ feed: Feed; problems: readonly unknown[] }> {
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

async function readInput(source: string, io: CliIo): Promise<Input> {
  if (source === '-') {
    let text: string;
    try {
      text = await io.readStdin();
    } catch (error) {
      throw new CliError(`cannot read standard input: ${systemMessage(error)}`);
    }
    if (!text.trim()) throw new CliError('standard input is empty; expected a JSON feed or an iCalendar file');
    return { text, kind: isCalendarText(text) ? 'ics' : 'json', source: 'standard input', contentType: '' };
  }
  if (/^https?:\/\//i.test(source)) return download(source, io);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) throw new CliError(`'${source}' is neither a file nor an http(s) URL`);

  let text: string;
  try {
    text = await io.readFile(source);
  } catch (error) {
    throw new CliError(`cannot read '${source}': ${systemMessage(error)}`);
  }
  const kind = /\.(ics|ical|ifb|icalendar)$/i.test(source) || isCalendarText(text) ? 'ics' : 'json';
  if (kind === 'json' && !text.trim()) throw new CliError(`'${source}' is empty; expected a JSON feed`);
  return { text, kind, source: `'${source}'`, contentType: '' };
}

async function download(url: string, io: CliIo): Promise<Input> {
  let body: FeedBody;
  try {
    body = await fetchFeedText(url, { fetch: io.fetch, timeoutMs: FETCH_TIMEOUT_MS });
  } catch (error) {
    throw error instanceof FeedError ? new CliError(downloadFailure(error, url)) : error;
  }
  return { text: body.text, kind: isCalendarBody(body) ? 'ics' : 'json', source: body.url, baseUrl: body.url, contentType: body.contentType };
}

/**
 * The loader's messages are written for a browser's console, where the reason
 * of a network failure is hidden; Node's fetch tells it (as the cause of its
 * TypeError), and the CLI says it. Its HTTP message is the CLI's already.
 */
function downloadFailure(error: FeedError, url: string): string {
  if (error.kind === 'timeout') return `cannot load ${url}: no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  if (error.kind !== 'network') return error.message;
  const failed = error.cause as { cause?: unknown } | undefined;
  return `cannot load ${url}: ${systemMessage(failed?.cause ?? failed)}`;
}

/** "no such file or directory" rather than "ENOENT: no such file or directory, open 'x'". */
function systemMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EISDIR': return 'it is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ECONNREFUSED': return 'connection refused';
    case 'ENOTFOUND': case 'EAI_AGAIN': return 'host not found';
    default: return error instanceof Error ? error.message : String(error);
  }
}
