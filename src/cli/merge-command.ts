/**
 * `participation-calendar merge <feed>…`: several feeds (JSON or iCalendar,
 * files or URLs) as one JSON feed, merged as the widget merges its sources:
 * an event two sources publish once, each event naming its sources and
 * keeping its own zone. For a city that publishes one calendar of its
 * offices', councils' and districts' feeds.
 */
import { writeFeed } from '../data/sources/write-feed.js';
import type { Options } from './args.js';
import { baseUrlOption, outputOption, writeOutput, type CliIo, type Command } from './command.js';
import { SOURCE_OPTIONS, checkNames, readMerged } from './sources-input.js';

const USAGE = `Usage: participation-calendar merge <feed>... [options]

Merges feeds into one JSON feed for the <participation-calendar> element: an
event that several feeds publish (the same id and start, or the same title,
start and place) is kept once, and every event names the feeds it came from
("sources") and keeps its own feed's time zone.

<feed>  a JSON feed (feed.json), an iCalendar file (feed.ics), an http(s) URL,
        or - for standard input (once)

Options:
  --name NAME           the name residents read for a feed ("Quelle: NAME"),
                        once per feed in their order; an empty one keeps the
                        default: the feed's own name, else its host or file name
  --title TEXT          the merged feed's name
  --base-url URL        resolve relative links of feed files against URL
  --allow-missing       leave out a feed that cannot be loaded or used, with a
                        warning, instead of failing
  -o, --output FILE     write to FILE instead of standard output; FILE is
                        replaced only when every feed was merged

Exit status: 0 when the merged feed was written (per feed, its events, the
skipped ones and the warnings are reported on standard error, and the events
kept once), 1 when a feed cannot be loaded or none of its events can be used
(unless --allow-missing), or when the options cannot be used.`;

const OPTIONS: Options = { ...SOURCE_OPTIONS, title: { type: 'string' } };

interface MergeArgs {
  feeds: string[];
  names: string[];
  title?: string;
  baseUrl?: string;
  allowMissing: boolean;
  output?: string;
}

function checkArgs(operands: readonly string[], values: ReadonlyMap<string, string>, lists: ReadonlyMap<string, readonly string[]>): MergeArgs | { error: string } {
  if (!operands.length || operands.some((o) => o === '')) return { error: 'missing feed: give one or more files (feed.json, feed.ics), http(s) URLs, or - for standard input' };
  if (operands.filter((o) => o === '-').length > 1) return { error: 'standard input (-) can be read only once' };
  const names = checkNames(lists.get('name') ?? [], operands.length);
  if ('error' in names) return names;
  const result: MergeArgs = { feeds: [...operands], names, allowMissing: values.has('allow-missing') };

  const title = values.get('title');
  if (title !== undefined) {
    const text = title.trim();
    if (!text || text.length > 80) return { error: `--title '${title}' must be a text of 1 to 80 characters` };
    result.title = text;
  }
  const baseUrl = values.get('base-url');
  if (baseUrl !== undefined) {
    const checked = baseUrlOption(baseUrl);
    if (typeof checked !== 'string') return checked;
    result.baseUrl = checked;
  }
  const output = values.get('output');
  if (output !== undefined) {
    const checked = outputOption(output);
    if (typeof checked !== 'string') return checked;
    result.output = checked;
  }
  return result;
}

async function run(args: MergeArgs, io: CliIo): Promise<void> {
  const { merged } = await readMerged(args.feeds, io, { names: args.names, baseUrl: args.baseUrl, allowMissing: args.allowMissing });
  await writeOutput(io, args.output, `${JSON.stringify(writeFeed(merged.feed, { name: args.title }), null, 2)}\n`);
}

export const merge: Command = {
  synopsis: 'merge <feed>... [options]',
  usage: USAGE,
  options: OPTIONS,
  prepare(operands, values, lists) {
    const args = checkArgs(operands, values, lists);
    return 'error' in args ? args : { run: (io) => run(args, io) };
  },
};
