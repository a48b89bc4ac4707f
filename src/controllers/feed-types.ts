/**
 * What loading the calendar's sources produces: the element, the code for
 * several sources and the `load` and `error` events share these types.
 */
import type { Feed, FeedInput, FeedWarning, ParsedFeed, SkippedEvent } from '../data/event.js';
import type { FeedErrorKind } from '../data/load/feed-error.js';
import type { FilterIndex } from '../data/filter/filter.js';
import type { MergedDuplicate } from '../data/sources/merge-feeds.js';
import type { EventIndex } from '../data/occurrences/event-index.js';
import type { Panels } from '../features/load-panels.js';

/** One source as the editor gave it: an absolute address, or data. */
export type SourceInput = { url: string } | { events: FeedInput | Feed };

/** One source of the calendar and how far it got. */
export interface SourceState {
  input: SourceInput;
  /** The absolute address, for a source given in `src`. */
  url?: string | undefined;
  name: string;
  feed?: ParsedFeed;
  error?: unknown;
  pending: boolean;
  /** Of a range-paged feed: the first day of its month. */
  month?: number;
}

export interface SourceOutcome {
  /** The source's name as residents read it (`source-names`, the feed's `name` or X-WR-CALNAME, else its host). */
  name: string;
  /** Its address, for a source given in `src`. */
  url?: string;
  /** Events it brought, when it loaded. */
  count?: number;
  skipped?: SkippedEvent[];
  warnings?: FeedWarning[];
  /** Why it could not be loaded. */
  error?: ErrorDetail;
}

export interface LoadDetail {
  /** Events the widget could use (an event two sources published counts once). */
  count: number;
  /** Events it could not use, each with the reason (with several sources, the reason starts with the source's name). */
  skipped: SkippedEvent[];
  /** Fields it dropped from events it kept (e.g. an unsafe link), and series it shows only in part (a limit was met). */
  warnings: FeedWarning[];
  /** Each source's outcome, in the order of `src` (or of the feeds given in `events`). */
  sources: SourceOutcome[];
  /** Events that more than one source published, shown once. */
  merged: MergedDuplicate[];
}

export interface ErrorDetail {
  /** What went wrong, in the widget's language. */
  message: string;
  kind: FeedErrorKind;
  /** HTTP status when the server answered with an error. */
  status?: number;
}

export type Input = readonly [string | undefined, FeedInput | readonly Feed[] | undefined, number, boolean, string | undefined];

export interface LoadedFeed {
  /** What it was read from: src, events, timeout, filtering and names. */
  input: Input;
  /** The sources' events together (one source's feed as it is). */
  feed: ParsedFeed;
  index: EventIndex;
  /** Search texts and facet values, for the filter panel (absent without filtering). */
  filters?: FilterIndex | undefined;
  /** The filter panel's code, loaded alongside the feed when filters apply. */
  feature?: Panels | undefined;
  sources: readonly SourceState[];
  merged: MergedDuplicate[];
  /** How many sources had settled when it was put together (see join). */
  settled: number;
  /** The same feed as before, indexed for a new display zone: no new `load` event. */
  reindexed: boolean;
}

/** What a run of the task shares with the sources that join it later. */
export interface Run {
  input: Input;
  signal: AbortSignal;
  timeout: number;
  sources: SourceState[];
  features: Promise<Panels> | null;
  /** Sources that settled so far (retries count again). */
  settled: number;
  /** What this run shows so far: the first sources, then each join. */
  shown?: LoadedFeed;
  /** The live region said that more arrived: it says so once (see several-sources.ts). */
  joined?: boolean;
  /** A `src` with `{from}` and `{to}`: its sources are months (see feed-ranges.ts). */
  template?: string | undefined;
  /** The month last asked for by showMonth. */
  asked?: number;
}

