/**
 * `participation-calendar render <feed>…`: reads a feed (feed-input.ts), or
 * several merged as `merge` merges them (sources-input.ts), and writes the
 * static HTML of render.ts to stdout or a file.
 *
 * Exit status: 0 when the HTML was written (skipped events and dropped fields
 * are reported on stderr, like the widget's console warnings); 1 with one
 * line on stderr when the options, the input or the feed cannot be used.
 */
import { parseIsoDayNumber } from '../data/time/plain-date.js';
import { canonicalTimeZone } from '../data/time/time-zone.js';
import type { Language } from '../i18n/index.js';
import type { Options } from './args.js';
import { CliError, NAME, baseUrlOption, languageOption, outputOption, writeOutput, type CliIo, type Command } from './command.js';
import { readFeed, type FeedInput } from './feed-input.js';
import { renderStatic } from './render.js';
import { SOURCE_OPTIONS, checkNames, readMerged } from './sources-input.js';

const USAGE = `Usage: participation-calendar render <feed>... [options]

Prints static, accessible HTML of the upcoming events of a feed, with schema.org
Event JSON-LD, to paste inside the <participation-calendar> tag.

<feed>  a JSON feed (feed.json), an iCalendar file (feed.ics), an http(s) URL,
        or - to read the feed from standard input; several feeds are merged
        as 'participation-calendar merge' merges them

Options:
  --lang de|en          language of the list (default: de)
  --months N            number of months to list, 1 to 24 (default: 3)
  --from YYYY-MM-DD     first day to list (default: today)
  --timezone ZONE       IANA time zone of the days and times shown
                        (default: the feed's timezone, else Europe/Berlin)
  --feed-lang TAG       language the feed's texts are written in, for the
                        JSON-LD inLanguage and lang attributes (default: --lang)
  --base-url URL        resolve relative links of a feed file against URL
                        (a URL feed resolves them against its own URL)
  --id-prefix PREFIX    prefix of the HTML ids, for two lists on one page
                        (default: pc-static)
  --name NAME           with several feeds: a feed's name, once per feed in
                        their order (see 'merge')
  --allow-missing       with several feeds: leave out one that cannot be
                        loaded or used, with a warning, instead of failing
  -o, --output FILE     write to FILE instead of standard output; FILE is
                        replaced only when rendering succeeded
  -h, --help            show this text
  -v, --version         show the version

Exit status: 0 when the HTML was written (skipped events are reported on
standard error), 1 when the feed or the options cannot be used, or when the
run took longer than PARTICIPATION_CALENDAR_TIME_LIMIT seconds (default: 120).`;

const OPTIONS: Options = {
  ...SOURCE_OPTIONS,
  lang: { type: 'string' },
  months: { type: 'string' },
  from: { type: 'string' },
  timezone: { type: 'string' },
  'feed-lang': { type: 'string' },
  'id-prefix': { type: 'string' },
};

interface RenderArgs {
  inputs: string[];
  names: string[];
  allowMissing: boolean;
  lang: Language;
  months: number;
  /** Day number, or undefined for today. */
  fromDay?: number;
  timeZone?: string;
  feedLang?: string;
  baseUrl?: string;
  idPrefix?: string;
  output?: string;
}

const MAX_MONTHS = 24;

function checkArgs(operands: readonly string[], values: ReadonlyMap<string, string>, lists: ReadonlyMap<string, readonly string[]>): RenderArgs | { error: string } {
  if (!operands.length || operands.some((o) => o === '')) return { error: 'missing feed: give a file (feed.json, feed.ics), an http(s) URL, or - for standard input' };
  if (operands.filter((o) => o === '-').length > 1) return { error: 'standard input (-) can be read only once' };
  const names = checkNames(lists.get('name') ?? [], operands.length);
  if ('error' in names) return names;

  const result: RenderArgs = { inputs: [...operands], names, allowMissing: values.has('allow-missing'), lang: 'de', months: 3 };

  const lang = values.get('lang');
  if (lang !== undefined) {
    const language = languageOption(lang);
    if (typeof language !== 'string') return language;
    result.lang = language;
  }

  const months = values.get('months');
  if (months !== undefined) {
    if (!/^\d+$/.test(months.trim()) || +months < 1 || +months > MAX_MONTHS) {
      return { error: `--months '${months}' is not a whole number from 1 to ${MAX_MONTHS}` };
    }
    result.months = +months;
  }

  const from = values.get('from');
  if (from !== undefined) {
    const day = parseIsoDayNumber(from.trim());
    if (day === null) return { error: `--from '${from}' is not a date in the form YYYY-MM-DD` };
    result.fromDay = day;
  }

  const timeZone = values.get('timezone');
  if (timeZone !== undefined) {
    const canonical = canonicalTimeZone(timeZone.trim());
    if (!canonical) return { error: `--timezone '${timeZone}' is not an IANA time zone such as 'Europe/Berlin'` };
    result.timeZone = canonical;
  }

  const feedLang = values.get('feed-lang');
  if (feedLang !== undefined) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(feedLang.trim())) return { error: `--feed-lang '${feedLang}' is not a language tag such as 'de' or 'en'` };
    result.feedLang = feedLang.trim();
  }

  const baseUrl = values.get('base-url');
  if (baseUrl !== undefined) {
    const checked = baseUrlOption(baseUrl);
    if (typeof checked !== 'string') return checked;
    result.baseUrl = checked;
  }

  const idPrefix = values.get('id-prefix');
  if (idPrefix !== undefined) {
    if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) return { error: `--id-prefix '${idPrefix}' must start with a letter and contain only letters, digits, - and _` };
    result.idPrefix = idPrefix;
  }

  const output = values.get('output');
  if (output !== undefined) {
    const checked = outputOption(output);
    if (typeof checked !== 'string') return checked;
    result.output = checked;
  }
  return result;
}

/** One feed as it is, or several merged (each reported on stderr as `merge` reports it). */
async function readInput(args: RenderArgs, io: CliIo): Promise<FeedInput> {
  if (args.inputs.length === 1) return readFeed(args.inputs[0], io, args.baseUrl);
  const { sources, merged } = await readMerged(args.inputs, io, { names: args.names, baseUrl: args.baseUrl, allowMissing: args.allowMissing });
  return { feed: merged.feed, source: `the ${sources.length} merged feeds`, unreadable: 0 };
}

async function run(args: RenderArgs, io: CliIo): Promise<void> {
  const { feed, source, unreadable } = await readInput(args, io);
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
  // Series shown only in part (a limit was met) are said with the dropped fields.
  const warnings = [...feed.warnings.map((w) => w.reason), ...result.seriesWarnings];
  const total = feed.skipped.length + feed.events.length;
  if (skipped.length || warnings.length) {
    io.stderr(`${NAME}: skipped ${skipped.length} of ${total} events`
      + (feed.warnings.length ? ` and dropped ${feed.warnings.length} ${feed.warnings.length === 1 ? 'field' : 'fields'}` : '')
      + (result.seriesWarnings.length ? ` and limited ${result.seriesWarnings.length} series` : '')
      + ` in ${source}:\n`
      + [...skipped, ...warnings].map((r) => `- ${r}\n`).join(''));
  }
  // A feed none of whose events can be used is most likely not a feed at all; a
  // cron job must not replace a good list with an empty one because of it.
  if (total + unreadable > 0 && skipped.length === total) {
    throw new CliError(`none of the ${total + unreadable} events in ${source} could be used (see above); nothing was written`);
  }

  await writeOutput(io, args.output, result.html);
}

export const render: Command = {
  synopsis: 'render <feed>... [options]',
  usage: USAGE,
  options: OPTIONS,
  prepare(operands, values, lists) {
    const args = checkArgs(operands, values, lists);
    return 'error' in args ? args : { run: (io) => run(args, io) };
  },
};
