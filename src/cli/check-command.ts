/**
 * `participation-calendar check <feed>…`: the configurator's feed check on the
 * command line, for a city's feed job. Same findings, same words (the check is
 * src/data/check/, its words src/i18n/describe-check.ts); exit status 1 when a
 * feed has no event the calendar could show, so the job fails before
 * residents see an empty calendar.
 */
import { checkText, corsFinding, failureFinding } from '../data/check/read-source.js';
import { report, sortFindings, type CheckReport, type SourceCheck } from '../data/check/finding.js';
import { unreadableSource } from '../data/check/check-feed.js';
import { FeedError } from '../data/load/feed-error.js';
import { parseIsoDayNumber } from '../data/time/plain-date.js';
import { loadCheckMessages, loadMessages, type Language } from '../i18n/index.js';
import { reportText } from '../i18n/describe-check.js';
import type { Options } from './args.js';
import { languageOption, type CliIo, type Command } from './command.js';
import { downloadFailure, readFeedText } from './feed-input.js';
import { checkJson } from './check-json.js';

const USAGE = `Usage: participation-calendar check <feed>... [options]

Checks feeds the way the configurator (dist/configurator.html) does and says,
in plain words, what residents would miss and what to do about it: events
skipped and why, dropped fields, events all in the past or none coming up,
times that look like a wrong time zone, a server other sites may not read.

<feed>  a JSON feed (feed.json), an iCalendar file (feed.ics), an http(s) URL,
        or - for standard input; several feeds are checked one by one

Options:
  --lang de|en          language of the findings (default: de)
  --json                print the findings as JSON
  --origin URL          the site the calendar will be on, such as
                        https://www.musterstadt.de: a URL feed's server must
                        let pages there read it (CORS)
  --today YYYY-MM-DD    the day from which events count as past or upcoming
                        (default: today)

Exit status: 0 when every feed has events the calendar can show (warnings
are printed all the same), 1 when a feed cannot be loaded or none of its
events can be shown, or when the options cannot be used.`;

const OPTIONS: Options = {
  lang: { type: 'string' },
  json: { type: 'boolean' },
  origin: { type: 'string' },
  today: { type: 'string' },
};

interface CheckArgs {
  feeds: string[];
  lang: Language;
  json: boolean;
  origin?: string;
  /** "Now" in ms, from --today. */
  now?: number;
}

function checkArgs(operands: readonly string[], values: ReadonlyMap<string, string>): CheckArgs | { error: string } {
  if (!operands.length || operands.some((o) => o === '')) return { error: 'missing feed: give one or more files (feed.json, feed.ics), http(s) URLs, or - for standard input' };
  if (operands.filter((o) => o === '-').length > 1) return { error: 'standard input (-) can be read only once' };
  const result: CheckArgs = { feeds: [...operands], lang: 'de', json: values.has('json') };

  const lang = values.get('lang');
  if (lang !== undefined) {
    const language = languageOption(lang);
    if (typeof language !== 'string') return language;
    result.lang = language;
  }

  const origin = values.get('origin');
  if (origin !== undefined) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = null;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) return { error: `--origin '${origin}' is not the address of a site, such as https://www.musterstadt.de` };
    result.origin = parsed.origin;
  }

  const today = values.get('today');
  if (today !== undefined) {
    const day = parseIsoDayNumber(today.trim());
    if (day === null) return { error: `--today '${today}' is not a date in the form YYYY-MM-DD` };
    // Noon UTC is that same day in every zone a city's feed is in.
    result.now = day * 86_400_000 + 12 * 3_600_000;
  }
  return result;
}

/** One feed: read, checked, and (for a URL) whether other sites may read it. */
async function checkOne(location: string, args: CheckArgs, io: CliIo, now: number): Promise<SourceCheck> {
  let input;
  try {
    input = await readFeedText(location, io, args.origin === undefined ? {} : { origin: args.origin });
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    // The CLI's words for the failure (it knows "connection refused", a browser does not).
    return unreadableSource(location, failureFinding(new FeedError(error.kind, downloadFailure(error, location), error.status ? { status: error.status } : {}), location));
  }
  const checked = await checkText({
    text: input.text,
    // A file named .ics is read as iCalendar, as `render` reads it.
    contentType: input.kind === 'ics' ? 'text/calendar' : input.contentType,
    url: input.baseUrl ?? '',
    source: input.source,
    ...(input.baseUrl === undefined ? {} : { baseUrl: input.baseUrl }),
  }, { now });
  // Who may read it matters only for a feed that can be read at all.
  const cors = input.allowOrigin === undefined || !checked.feed ? null : corsFinding(input.source, input.allowOrigin, args.origin);
  return cors ? { ...checked, findings: sortFindings([...checked.findings, cors]) } : checked;
}

async function run(args: CheckArgs, io: CliIo): Promise<number> {
  const now = args.now ?? io.now?.() ?? Date.now();
  const [m, c] = await Promise.all([loadMessages(args.lang), loadCheckMessages(args.lang)]);
  const sources: SourceCheck[] = [];
  // One by one: a city's feeds are often on one server, which should not get them all at once.
  for (const feed of args.feeds) sources.push(await checkOne(feed, args, io, now));
  const checked: CheckReport = report(sources);
  io.stdout(args.json ? `${JSON.stringify(checkJson(checked, m, c), null, 2)}\n` : reportText(checked, m, c));
  return checked.showable ? 0 : 1;
}

export const check: Command = {
  synopsis: 'check <feed>... [options]',
  usage: USAGE,
  options: OPTIONS,
  prepare(operands, values) {
    const args = checkArgs(operands, values);
    return 'error' in args ? args : { run: (io) => run(args, io) };
  },
};
