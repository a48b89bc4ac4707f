import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { Feed, FeedInput, ParsedFeed, SkippedEvent } from '../data/event.js';
import { EventIndex } from '../data/occurrences/event-index.js';
import { DEFAULT_TIMEOUT_MS } from '../data/load/feed.js';
import { panelsIfLoaded, loadPanels, type Panels } from '../features/load-panels.js';
import { FeedError } from '../data/load/feed-error.js';
import { onDemand } from '../data/load/on-demand.js';
import type { MergedDuplicate } from '../data/sources/merge-feeds.js';
import { isSeveralFeeds, sourceAddresses } from '../data/sources/source-list.js';
import { isRangeTemplate, rangeUrl } from '../data/sources/feed-ranges.js';
import { timeSlicer, type Slicer } from '../data/slicer.js';
import { DEFAULT_TIMEZONE } from '../data/time/time-zone.js';
import type { Messages } from '../i18n/messages.js';
import { readSource } from './read-source.js';
import { validationCode } from '../data/validate/validation-code.js';
import type { ErrorDetail, Input, LoadDetail, LoadedFeed, Run, SourceInput, SourceState } from './feed-types.js';

export type { ErrorDetail, LoadDetail, LoadedFeed, SourceOutcome, SourceState } from './feed-types.js';

export interface FeedSource {
  src?: string;
  events?: FeedInput | readonly Feed[];
  timeout: number;
  /** The `timezone` attribute, when valid. */
  timezone?: string;
  /** Whether filters apply (a panel or presets): else their code is never loaded. */
  filtering: boolean;
  /** The `source-names` attribute. */
  names?: string;
  /** The first day of the month shown: a range-paged `src` fetches it first. */
  month: number;
}

/** Names, merging and the notice of several sources: fetched only by calendars with several sources. */
const severalCode = onDemand(() => import('../features/several-sources.js'));

/**
 * Loads the calendar's sources (the addresses in `src`, or the `events`
 * property), in parallel: each is read and validated in time slices, so the
 * page stays responsive with tens of thousands of events. The first source to
 * arrive is shown at once; the others join as they come, and one that fails
 * costs only its own events. Reports the outcome once as `load` (every
 * source settled and shown) or `error` (none could be used).
 */
export class FeedController implements ReactiveController {
  /**
   * The panels' code as soon as it is here, before the feed: the panel's frame
   * shows while loading. Fetched while the page was idle (see define.ts), it is
   * at hand for the first render.
   */
  get feature(): Panels | undefined {
    return this.arrivedFeature ?? (this.source().filtering ? panelsIfLoaded() : undefined);
  }

  private arrivedFeature?: Panels;
  readonly task: Task<readonly [...Input, string | undefined], LoadedFeed>;
  private reported: unknown;
  private run?: Run;
  /** Put together again after the task's value, as later sources joined. */
  private latest?: LoadedFeed;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => FeedSource,
    /** The widget's messages, once its language is here: `error` carries a message in it. */
    private readonly messages: () => Messages | undefined,
    /** Says in the live region that sources failed or joined (`withPeriod`: with the first period shown). */
    private readonly announce: (text: string, withPeriod?: boolean) => void,
  ) {
    this.task = new Task(host, {
      args: () => {
        const { src, events, timeout, filtering, names, timezone } = this.source();
        return [src, events, timeout, filtering, names, timezone] as const;
      },
      task: ([src, events, timeout, filtering, names, timezone], { signal }) => this.load([src, events, timeout, filtering, names], timezone, signal),
    });
    host.addController(this);
  }

  hostUpdated() {
    const m = this.messages();
    if (m) this.report(m);
  }

  /**
   * Starts every source, and resolves once the first has arrived (or all
   * failed) with what arrived so far, indexed for the display zone. When only
   * the zone changed, what is shown is indexed again, not fetched again.
   */
  private async load(input: Input, zone: string | undefined, signal: AbortSignal): Promise<LoadedFeed> {
    const slicer = timeSlicer(8, signal);
    const last = this.value;
    if (last?.input.every((value, i) => value === input[i])) {
      const loaded = { ...last, index: await EventIndex.build(last.feed, zone ?? last.feed.timezone, slicer), reindexed: true };
      await slicer.pause();
      return loaded;
    }
    this.latest = undefined;
    const [src, events, timeout, filtering] = input;
    const template = events === undefined && isRangeTemplate(src) ? src.trim() : undefined;
    const month = this.source().month;
    const inputs: SourceInput[] = events !== undefined
      ? (isSeveralFeeds(events) ? events : [events as FeedInput]).map((feed) => ({ events: feed }))
      : (template ? [rangeUrl(template, month)] : sourceAddresses(src)).map((url) => ({ url: new URL(url, document.baseURI).href }));
    // No source given (src="" or none): one that arrives empty.
    if (!inputs.length) inputs.push({ events: [] });
    const sources: SourceState[] = inputs.map((input) => ({ input, pending: true, name: '', url: (input as { url?: string }).url, ...(template ? { month } : {}) }));
    // Fetched in parallel with the feeds: by the time they are parsed, it is here.
    const features = filtering ? loadPanels() : null;
    features?.then((feature) => {
      if (this.arrivedFeature === feature) return;
      this.arrivedFeature = feature;
      this.host.requestUpdate();
    }, () => {});
    if (sources.length > 1 || template) severalCode.load().catch(() => {});
    // `-1`, `abc` (NaN) or `1e308` (past setTimeout's range: it fires at once) would fail every load at once.
    // (Without the attribute the element's converter gives null: the default, silently.)
    const timely = timeout >= 100 && timeout <= 120_000;
    if (!timely && timeout != null) console.warn(`participation-calendar: timeout "${timeout}" is not 100–120000 ms (ignored)`);
    const run: Run = { input, signal, timeout: timely ? timeout : DEFAULT_TIMEOUT_MS, sources, features, settled: 0, template };
    this.run = run;
    const first = new Promise<void>((resolve) => {
      for (const s of sources) {
        void this.read(run, s, slicer).then(() => {
          if (sources.some((o) => o.feed) || sources.every((o) => !o.pending)) resolve();
        });
      }
    });
    await first;
    signal.throwIfAborted();
    if (!sources.some((s) => s.feed)) throw sources[0].error;
    const loaded = await this.assemble(run, zone, slicer);
    run.shown = loaded;
    // Sources that failed before anything was shown are said with the first period.
    const news = severalCode.value?.news(undefined, loaded, run, this.messages());
    if (news) this.announce(news, true);
    // Sources that settled while this was put together join at once.
    if (run.settled > loaded.settled) this.join(run);
    // The first render with data then starts a browser task of its own, not the last slice's.
    await slicer.pause();
    if (this.searchWanted) setTimeout(() => this.prepareSearch(), 0);
    return loaded;
  }

  /** Reads one source; once the first render is there, it joins what is shown. */
  private async read(run: Run, s: SourceState, slicer: Slicer) {
    s.pending = true;
    s.error = undefined;
    try {
      s.feed = await readSource(s.input, run.timeout, slicer, run.signal);
    } catch (error) {
      // A month without a file is a month without events: a static server answers 404 past the data.
      if (s.month !== undefined && (error as FeedError).status === 404) s.feed = { timezone: DEFAULT_TIMEZONE, events: [], skipped: [], warnings: [] };
      else s.error = error;
    }
    s.pending = false;
    run.settled++;
    this.join(run);
  }

  private joining = Promise.resolve();

  /**
   * A source that arrived (or failed) after the first render: everything is
   * put together and indexed again in slices, then shown in one update, so
   * focus and scroll position stay where they are.
   */
  private join(run: Run) {
    this.joining = this.joining.then(async () => {
      const shown = run.shown;
      if (run !== this.run || run.signal.aborted || !shown || shown.settled === run.settled) return;
      const loaded = await this.assemble(run, this.source().timezone, timeSlicer(8, run.signal, true));
      if (run !== this.run || run.signal.aborted) return;
      this.latest = run.shown = loaded;
      this.host.requestUpdate();
      const news = severalCode.value?.news(shown, loaded, run, this.messages());
      // Before the first sources are rendered, it is said with them.
      if (news) this.announce(news, this.pending);
    }).catch(() => {});
  }

  /** What arrived so far, as one feed, indexed for the display zone, with the filters' index. */
  private async assemble(run: Run, zone: string | undefined, slicer: Slicer): Promise<LoadedFeed> {
    const settled = run.settled;
    const { sources } = run;
    let feed = sources[0].feed!;
    let merged: MergedDuplicate[] = [];
    // One source is shown as it is, named by itself or its address (in the `load` detail).
    if (sources.length > 1 || run.template) ({ feed, merged } = (await severalCode.load()).combine(sources, run.input[4], this.messages(), run.template));
    else sources[0].name = feed.name ?? sources[0].url ?? '';
    const index = await EventIndex.build(feed, zone ?? feed.timezone ?? DEFAULT_TIMEZONE, slicer);
    // A feed with a subscription address needs the feature module for its box, even without filters.
    const features = run.features ?? (feed.subscribeUrl ? loadPanels() : null);
    const feature = features ? await features : undefined;
    const filters = run.features ? new feature!.FilterIndex(feed.events) : undefined;
    return { input: run.input, feed, index, feature, filters, sources: sources.map((s) => ({ ...s })), merged, settled, reindexed: false };
  }

  /**
   * A range-paged feed: the month shown is fetched at once (unless it is
   * here or on its way), the months before and after while the page is idle,
   * so that going there finds them. Each joins what is shown as it arrives.
   */
  showMonth(month: number) {
    const run = this.run;
    if (run?.template && run.shown) severalCode.value?.showMonth(run, month, (s) => run === this.run && void this.read(run, s, timeSlicer(8, run.signal, true)));
  }

  /** Whether `src` is fetched month by month. */
  get ranged(): boolean {
    return Boolean(this.run?.template);
  }

  /** Whether the month shown of a range-paged feed is still on its way. */
  monthLoading(month: number): boolean {
    const s = this.ranged && this.run!.sources.find((o) => o.month === month);
    return s !== false && !s?.feed && !s?.error;
  }

  /** The notice of several sources, once its code is here. */
  get several() {
    return severalCode.value;
  }

  /** Tries one failed source again, the others staying as they are. */
  retrySource(source: SourceState) {
    const run = this.run;
    const s = run?.sources.find((o) => o.input === source.input);
    if (!run || !s || s.pending) return;
    void this.read(run, s, timeSlicer(8, run.signal, true));
    // Shown as loading again at once.
    this.latest = run.shown = { ...this.value!, sources: run.sources.map((o) => ({ ...o })) };
    this.host.requestUpdate();
  }

  /** The display zone: the `timezone` attribute, else the feed's, else Berlin. */
  zoneFor(feed?: ParsedFeed): string {
    return this.source().timezone ?? feed?.timezone ?? DEFAULT_TIMEZONE;
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** What is shown: the sources that arrived, indexed for the display zone. */
  get value(): LoadedFeed | undefined {
    return this.latest ?? this.task.value;
  }

  /**
   * Normalises every event's search text in the background (the resident is
   * at the search field): the first letters typed then find a prepared index.
   */
  prepareSearch() {
    const loaded = this.value;
    // Focused while the feed loads: prepared once it is here (see load).
    this.searchWanted = !loaded?.filters;
    if (!loaded?.filters || this.searchPrepared === loaded) return;
    this.searchPrepared = loaded;
    void loaded.filters.prepare(loaded.feed.events, timeSlicer(8, undefined, true));
  }

  private searchPrepared?: LoadedFeed;
  private searchWanted = false;

  /** Events of the feed that cannot be shown, with the reasons: validation's and the series the engine cannot expand. */
  get skipped(): SkippedEvent[] {
    const loaded = this.value;
    return loaded ? [...loaded.feed.skipped, ...loaded.index.seriesProblems] : [];
  }

  retry() {
    void this.task.run();
  }

  /**
   * Fires `load` once every source has settled and what they brought was
   * rendered (again after a source was tried again), or `error` once per
   * failure of them all; not for a new display zone.
   */
  private report(m: Messages) {
    const { status } = this.task;
    const loaded = this.value;
    if (status === TaskStatus.COMPLETE && loaded && this.reported !== loaded && !loaded.sources.some((s) => s.pending) && loaded.settled === this.run?.settled) {
      this.reported = loaded;
      if (loaded.reindexed) return;
      const { feed, index } = loaded;
      // Series whose rule the engine cannot expand show nothing: they count as skipped.
      const skipped = this.skipped;
      // Series shown only in part because a limit was met (limits.ts), up to the first render, are warnings too.
      const warnings = [...feed.warnings, ...index.warnings];
      const total = feed.skipped.length + feed.events.length;
      // Validation's code is here: it validated every source that loaded.
      if (skipped.length || warnings.length) {
        console.warn(validationCode.value!.problemsReport(total, skipped, { dropped: feed.warnings.length, limited: index.warnings.length }, warnings));
      }
      // One source: what it brought; several: each one's outcome, said on the console too.
      const [one] = loaded.sources;
      const sources = this.several?.outcomes(loaded.sources, (e) => errorDetail(e, m))
        ?? [{ name: one.name, ...(one.url ? { url: one.url } : {}), count: feed.events.length, skipped: feed.skipped, warnings: feed.warnings }];
      const detail: LoadDetail = { count: total - skipped.length, skipped, warnings, sources, merged: loaded.merged };
      this.host.dispatchEvent(new CustomEvent('load', { detail }));
    } else if (status === TaskStatus.ERROR && this.reported !== this.task.error) {
      this.reported = this.task.error;
      const detail = errorDetail(this.task.error, m);
      console.error(`participation-calendar: ${this.task.error instanceof Error ? this.task.error.message : detail.message}`);
      this.host.dispatchEvent(new CustomEvent('error', { detail }));
    }
  }
}

/** The user-facing account of a failed load, in the widget's language. */
export function errorDetail(error: unknown, m: Messages): ErrorDetail {
  if (error instanceof FeedError) {
    // A page opened from the disk (file://) cannot fetch a feed in any browser: it needs a web server.
    let kind = error.kind === 'network' && location.protocol === 'file:' ? 'file' : error.kind;
    // The browser does not tell a CORS refusal from a server that is down; on another site, while online, CORS is likelier.
    if (kind === 'network' && error.url && new URL(error.url).origin !== location.origin && navigator.onLine) kind = 'cors';
    const message = kind === 'http' && error.status ? m.errors.httpStatus(error.status)
      // Chromium and Firefox name the file that did not arrive; WebKit says "Importing a module script failed".
      : kind === 'chunk' ? m.errors.chunk(/\w+:\/\/\S+/.exec(error.message)?.[0] ?? 'chunks/…')
      : m.errors[kind];
    return { message, kind, ...(error.status ? { status: error.status } : {}) };
  }
  return { message: m.errors.shape, kind: 'shape' };
}
