/**
 * Several feeds for one command (`merge`, `render` with more than one feed):
 * each read and validated like a single one (feed-input.ts), named as the
 * widget names its sources, and merged with the widget's own mergeFeeds.
 * A source that cannot be used stops the run (a nightly job must not publish
 * a calendar with one source silently missing) unless the caller allows it.
 */
import { FeedError } from '../data/load/feed-error.js';
import { mergeFeeds, type MergedFeed } from '../data/sources/merge-feeds.js';
import { sourceNames } from '../data/sources/source-names.js';
import type { Options } from './args.js';
import { CliError, NAME, type CliIo } from './command.js';
import { downloadFailure, readFeed, type FeedInput } from './feed-input.js';

/** The options of a command that reads several feeds (`merge`, `render`). */
export const SOURCE_OPTIONS: Options = {
  name: { type: 'string', multiple: true },
  'allow-missing': { type: 'boolean' },
  'base-url': { type: 'string' },
  output: { type: 'string', short: 'o' },
};

export interface SourcesOptions {
  /** `--name` values in the order of the feeds; an empty one keeps the feed's own name. */
  names: readonly string[];
  baseUrl?: string | undefined;
  /** Leave out a source that cannot be used, with a warning, instead of failing. */
  allowMissing: boolean;
}

export interface NamedSource {
  name: string;
  input: FeedInput;
}

const isUrl = (location: string) => /^https?:\/\//i.test(location);

/** `/srv/feeds/jugendrat.ics` -> `jugendrat`: a file's name as a source name, without folder and extension. */
export function fileBaseName(path: string): string | undefined {
  const file = path.split(/[\\/]/).pop() ?? '';
  return file.replace(/\.[^.]+$/, '') || file || undefined;
}

/** Why a source cannot be used, or null when it can. */
function unusable(input: FeedInput): string | null {
  const { feed, source, unreadable } = input;
  const total = feed.events.length + feed.skipped.length + unreadable;
  // Not a feed with nothing planned (that is fine) but one whose every event is broken.
  return total > 0 && feed.events.length === 0 ? `none of the ${total} events in ${source} could be used` : null;
}

/** Reads the feeds one by one (a city's feeds are often on one server) and names them. */
export async function readSources(locations: readonly string[], io: CliIo, options: SourcesOptions): Promise<NamedSource[]> {
  const read: (FeedInput | { failure: string })[] = [];
  for (const location of locations) {
    try {
      const input = await readFeed(location, io, options.baseUrl);
      const problem = unusable(input);
      read.push(problem ? { failure: problem } : input);
    } catch (error) {
      if (error instanceof FeedError) read.push({ failure: downloadFailure(error, location) });
      else if (error instanceof CliError) read.push({ failure: error.message });
      else throw error;
    }
  }
  const names = sourceNames(
    read.map((r, i) => ({
      own: ('feed' in r ? r.feed.name : undefined) ?? (isUrl(locations[i]) || locations[i] === '-' ? undefined : fileBaseName(locations[i])),
      url: isUrl(locations[i]) ? ('feed' in r ? r.source : locations[i]) : undefined,
    })),
    options.names,
    (n) => `Quelle ${n}`,
  );
  const failures = read.flatMap((r, i) => ('failure' in r ? [`source ${i + 1} (${names[i]}): ${r.failure}`] : []));
  if (failures.length && !options.allowMissing) {
    throw new CliError(`${failures.length === 1 ? 'a source' : `${failures.length} sources`} cannot be used, so nothing was written `
      + `(--allow-missing leaves ${failures.length === 1 ? 'it' : 'them'} out):\n${failures.map((f) => `- ${f}\n`).join('')}`.trimEnd());
  }
  for (const failure of failures) io.stderr(`${NAME}: warning: left out ${failure}\n`);
  const used = read.flatMap((r, i) => ('feed' in r ? [{ name: names[i], input: r }] : []));
  if (!used.length) throw new CliError('none of the sources could be used; nothing was written');
  return used;
}

/** Per source a line with its numbers (and the reasons below it), then the events merged. */
export function reportSources(sources: readonly NamedSource[], merged: MergedFeed, io: CliIo): void {
  for (const { name, input: { feed, source, unreadable } } of sources) {
    const skipped = feed.skipped.length + unreadable;
    const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    io.stderr(`${NAME}: ${name} (${source}): ${count(feed.events.length, 'event', 'events')}, ${skipped} skipped, `
      + `${count(feed.warnings.length, 'warning', 'warnings')}\n`
      + [...feed.skipped, ...feed.warnings].map((p) => `- ${p.reason}\n`).join(''));
  }
  const { duplicates } = merged;
  if (duplicates.length) {
    io.stderr(`${NAME}: ${duplicates.length} ${duplicates.length === 1 ? 'event was' : 'events were'} published by more than one source and kept once:\n`
      + duplicates.map((d) => `- ${d.id} '${d.title}': ${d.sources.join(', ')}\n`).join(''));
  }
}

/** Reads, names, merges and reports: the merged feed of `locations`. */
export async function readMerged(locations: readonly string[], io: CliIo, options: SourcesOptions): Promise<{ sources: NamedSource[]; merged: MergedFeed }> {
  const sources = await readSources(locations, io, options);
  const merged = mergeFeeds(sources.map(({ name, input }) => ({ name, feed: input.feed })));
  reportSources(sources, merged, io);
  return { sources, merged };
}

/** `--name` values checked against the feeds they name. */
export function checkNames(names: readonly string[], feeds: number): string[] | { error: string } {
  if (names.length > feeds) return { error: `${names.length} --name values for ${feeds} ${feeds === 1 ? 'feed' : 'feeds'}: give at most one per feed, in the order of the feeds` };
  const cleaned = names.map((n) => n.trim());
  const long = cleaned.find((n) => n.length > 80);
  return long === undefined ? cleaned : { error: `--name '${long.slice(0, 40)}…' is longer than 80 characters` };
}
