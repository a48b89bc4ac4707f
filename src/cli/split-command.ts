/**
 * `participation-calendar split <feed> --out <dir>`: a feed too big for one
 * file as one JSON feed per calendar month (split-months.ts decides which
 * events go where), for a widget whose `src` names the month it needs:
 * `src="/termine/{from}.json"` fetches `/termine/2026-11-01.json` for November.
 */
import type { ParsedFeed } from '../data/event.js';
import { loadRecurrenceEngine, needsRecurrence } from '../data/recurrence/recurrence.js';
import { writeFeed } from '../data/sources/write-feed.js';
import { formatIsoDate, lastOfMonth } from '../data/time/plain-date.js';
import type { Options } from './args.js';
import { CliError, NAME, baseUrlOption, systemMessage, type CliIo, type Command } from './command.js';
import { readFeed } from './feed-input.js';
import { MAX_MONTHS, SplitError, firstDayOfMonth, monthName, planMonths } from './split-months.js';

const USAGE = `Usage: participation-calendar split <feed> --out <dir> [options]

Splits a feed too big for one file into one JSON feed per calendar month, for a
widget whose src names the month it shows: src="/termine/{from}.json" loads
/termine/2026-11-01.json for November 2026. Each month's feed has every event
that touches the month in the feed's time zone; a series is in every month from
its first to its last date (one without an end until 12 months after the other
events), whole. Every month from the first to the last gets a file, an empty
feed if need be, and <dir>/index.json says which.

<feed>  a JSON feed (feed.json), an iCalendar file (feed.ics), an http(s) URL,
        or - to read the feed from standard input

Options:
  --out DIR             the folder to write the files to (made if missing)
  --base-url URL        resolve relative links of a feed file against URL

Exit status: 0 when the files were written (skipped events are reported on
standard error), 1 when the feed or the options cannot be used, when none of
the feed's events can be used, or when the events span more than ${MAX_MONTHS.toLocaleString('en')} months.`;

const OPTIONS: Options = {
  out: { type: 'string' },
  'base-url': { type: 'string' },
};

interface SplitArgs {
  input: string;
  out: string;
  baseUrl?: string;
}

function checkArgs(operands: readonly string[], values: ReadonlyMap<string, string>): SplitArgs | { error: string } {
  const [input, ...rest] = operands;
  if (input === undefined || input === '') return { error: 'missing feed: give a file (feed.json, feed.ics), an http(s) URL, or - for standard input' };
  if (rest.length) return { error: `unexpected argument '${rest[0]}' (split takes one feed; merge several first)` };
  const out = values.get('out');
  if (out === undefined || out.trim() === '') return { error: 'missing --out: the folder to write the monthly files to' };
  const result: SplitArgs = { input, out };
  const baseUrl = values.get('base-url');
  if (baseUrl !== undefined) {
    const checked = baseUrlOption(baseUrl);
    if (typeof checked !== 'string') return checked;
    result.baseUrl = checked;
  }
  return result;
}

/** `termine/` + `2026-11-01.json`, whatever separator the folder was given with. */
const inFolder = (dir: string, file: string) => `${dir.replace(/[\\/]+$/, '') || dir}/${file}`;

function report(feed: ParsedFeed, source: string, io: CliIo): void {
  const problems = [...feed.skipped, ...feed.warnings];
  if (!problems.length) return;
  io.stderr(`${NAME}: skipped ${feed.skipped.length} of ${feed.skipped.length + feed.events.length} events`
    + (feed.warnings.length ? ` and dropped ${feed.warnings.length} ${feed.warnings.length === 1 ? 'field' : 'fields'}` : '')
    + ` in ${source}:\n${problems.map((p) => `- ${p.reason}\n`).join('')}`);
}

async function run(args: SplitArgs, io: CliIo): Promise<void> {
  const { feed, source, unreadable } = await readFeed(args.input, io, args.baseUrl);
  report(feed, source, io);
  const total = feed.events.length + feed.skipped.length + unreadable;
  if (!feed.events.length) {
    throw new CliError(total ? `none of the ${total} events in ${source} could be used (see above); nothing was written`
      : `${source} has no events; nothing was written`);
  }
  if (needsRecurrence(feed.events)) await loadRecurrenceEngine(feed.events);
  let plan;
  try {
    plan = planMonths(feed);
  } catch (error) {
    if (error instanceof SplitError) throw new CliError(`cannot split ${source}: ${error.message}; nothing was written`);
    throw error;
  }
  if (plan.leftOut.length) {
    io.stderr(`${NAME}: left out ${plan.leftOut.length} series that ${plan.leftOut.length === 1 ? 'has' : 'have'} no date:\n`
      + plan.leftOut.map(({ event, reason }) => `- event ${event.id} '${event.title}': ${reason}\n`).join(''));
  }
  if (!plan.months.length) throw new CliError(`none of the events in ${source} ever occurs; nothing was written`);

  const fileOf = (m: number) => `${formatIsoDate(firstDayOfMonth(m))}.json`;
  try {
    await io.makeDirectory(args.out);
    for (let i = 0; i < plan.months.length; i++) {
      const month = writeFeed({ ...feed, events: plan.months[i] });
      await io.writeFile(inFolder(args.out, fileOf(plan.first + i)), `${JSON.stringify(month, null, 2)}\n`);
    }
    // Last: whoever reads the index finds every file it names.
    const index = {
      template: '{from}.json',
      from: formatIsoDate(firstDayOfMonth(plan.first)),
      to: formatIsoDate(lastOfMonth(firstDayOfMonth(plan.last))),
      months: plan.months.length,
      events: feed.events.length - plan.leftOut.length,
    };
    await io.writeFile(inFolder(args.out, 'index.json'), `${JSON.stringify(index, null, 2)}\n`);
  } catch (error) {
    throw new CliError(`cannot write to '${args.out}': ${systemMessage(error)}`);
  }
  const months = plan.months.length;
  io.stdout(`src: ${inFolder(args.out, '{from}.json')}\n`
    + `wrote ${months + 1} files to ${args.out}: ${months} ${months === 1 ? 'month' : 'months'} (${monthName(plan.first)} to ${monthName(plan.last)}) and index.json\n`);
}

export const split: Command = {
  synopsis: 'split <feed> --out <dir>',
  usage: USAGE,
  options: OPTIONS,
  prepare(operands, values) {
    const args = checkArgs(operands, values);
    return 'error' in args ? args : { run: (io) => run(args, io) };
  },
};
