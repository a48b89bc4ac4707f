/**
 * The filter group "Quelle" of a widget with several feeds: the names of the
 * sources the events came from (`CalendarEvent.sources`). A module of its own
 * so that the classic script can leave the group out (rollup.config.js).
 */
import type { CalendarEvent } from '../event.js';
import type { FacetOptions } from './facet-option.js';

/** Options the group lists at most (a feed could name a source per event; see MAX_OPTIONS in filter.ts). */
const MAX_SOURCES = 200;

/**
 * Every source name the events give, in the order they first appear: the
 * editor's order of sources, which numbers their colour tokens
 * (`--pc-source-1` is the first).
 */
export function sourceNamesOf(events: readonly CalendarEvent[]): string[] {
  const names = new Set<string>();
  for (const e of events) for (const name of e.sources ?? []) names.add(name);
  return [...names];
}

/** Whether the event came from one of the sources. */
export const hasSource = (e: CalendarEvent, sources: ReadonlySet<string>) => e.sources?.some((name) => sources.has(name)) ?? false;

/**
 * The group's options in the sources' order, each with its `position` in it;
 * a selected name the feed does not have (from a URL) after them, so it can be
 * removed. Fewer than two sources and none selected: no options, so a
 * calendar of one feed looks as it did.
 */
export function sourceOptions(names: readonly string[], selected: readonly string[], counts: Map<string, number>): FacetOptions {
  if (names.length < 2 && !selected.length) return [];
  const listed = names.slice(0, MAX_SOURCES);
  const extra = selected.filter((v) => !listed.includes(v));
  const list: FacetOptions = [...listed, ...extra].map((value, i) => ({
    value, count: counts.get(value) ?? 0, selected: selected.includes(value), ...(i < listed.length ? { position: i + 1 } : {}),
  }));
  if (names.length > listed.length) list.more = names.length - listed.length - extra.filter((v) => names.includes(v)).length;
  return list;
}
