import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { FeedInput, FeedWarning, ParsedFeed, SkippedEvent } from '../data/event.js';
import { EventIndex } from '../data/occurrences/event-index.js';
import { DEFAULT_TIMEOUT_MS, fetchFeedText, isCalendarBody, parseJsonBodyInSlices, type FeedBody } from '../data/load/feed.js';
import type { FilterIndex } from '../data/filter/filter.js';
import { panelsIfLoaded, loadPanels, type Panels } from '../features/load-panels.js';
import { FeedError, type FeedErrorKind } from '../data/load/feed-error.js';
import { onDemand } from '../data/load/on-demand.js';
import { loadRecurrenceEngine, loadRuleSyntax, needsRecurrence } from '../data/recurrence/recurrence.js';
import { timeSlicer, type Slicer } from '../data/slicer.js';
import { DEFAULT_TIMEZONE } from '../data/time/time-zone.js';
import { validationCode } from '../data/validate/validation-code.js';
import type { Messages } from '../i18n/messages.js';

export interface LoadDetail {
  /** Events the widget could use. */
  count: number;
  /** Events it could not use, each with the reason. */
  skipped: SkippedEvent[];
  /** Fields it dropped from events it kept (e.g. an unsafe link), and series it shows only in part (a limit was met). */
  warnings: FeedWarning[];
}

export interface ErrorDetail {
  /** What went wrong, in the widget's language. */
  message: string;
  kind: FeedErrorKind;
  /** HTTP status when the server answered with an error. */
  status?: number;
}

export interface FeedSource {
  src?: string;
  events?: FeedInput;
  timeout: number;
  /** The `timezone` attribute, when valid. */
  timezone?: string;
  /** Whether filters apply (a panel or presets): else their code is never loaded. */
  filtering: boolean;
}

/** A feed read and validated, with what filtering needs: independent of the display zone. */
interface ReadFeed {
  feed: ParsedFeed;
  /** Search texts and facet values, for the filter panel (absent without filtering). */
  filters?: FilterIndex | undefined;
  /** The filter panel's code, loaded alongside the feed when filters apply. */
  feature?: Panels | undefined;
}

export interface LoadedFeed extends ReadFeed {
  /** What it was read from: src, events, timeout and filtering. */
  input: readonly unknown[];
  index: EventIndex;
  /** The same feed as before, indexed for a new display zone: no new `load` event. */
  reindexed: boolean;
}

/**
 * Loads the feed (from `src` or the `events` property), validates it and
 * indexes it for the display zone, all in time slices so the page stays
 * responsive with tens of thousands of events; then reports the outcome once
 * as a `load` or `error` event. Owns the @lit/task that does it.
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
  readonly task: Task<readonly [string | undefined, FeedInput | undefined, number, boolean, string | undefined], LoadedFeed>;
  private reported: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => FeedSource,
    /** The widget's messages, once its language is here: `error` carries a message in it. */
    private readonly messages: () => Messages | undefined,
  ) {
    this.task = new Task(host, {
      args: () => {
        const { src, events, timeout, filtering, timezone } = this.source();
        return [src, events, timeout, filtering, timezone] as const;
      },
      task: ([src, events, timeout, filtering, timezone], { signal }) => this.load([src, events, timeout, filtering], timezone, signal),
    });
    host.addController(this);
  }

  hostUpdated() {
    const m = this.messages();
    if (m) this.report(m);
  }

  /**
   * Reads and validates the feed, then indexes it for the display zone, in time
   * slices. When only the zone changed, the feed read last time is indexed again
   * (in slices too), not fetched again.
   */
  private async load(input: readonly [string | undefined, FeedInput | undefined, number, boolean], zone: string | undefined, signal: AbortSignal): Promise<LoadedFeed> {
    const slicer = timeSlicer(8, signal);
    // Only the zone changed: the feed on screen is indexed again, not fetched and validated again.
    const last = this.task.value;
    const again = last?.input.every((value, i) => value === input[i]) === true;
    const { feed, feature, filters } = again ? last! : await this.read(...input, slicer, signal);
    const index = await EventIndex.build(feed, zone ?? feed.timezone ?? DEFAULT_TIMEZONE, slicer);
    const loaded: LoadedFeed = { input, feed, index, feature, filters, reindexed: again };
    // The first render with data then starts a browser task of its own, not the last slice's.
    await slicer.pause();
    if (this.searchWanted) setTimeout(() => this.prepareSearch(), 0);
    return loaded;
  }

  private async read(
    src: string | undefined, events: FeedInput | undefined, timeout: number, filtering: boolean, slicer: Slicer, signal: AbortSignal,
  ): Promise<ReadFeed> {
    // Fetched in parallel with the feed: by the time the feed is parsed, it is here.
    const featureLoad = filtering ? loadPanels() : null;
    // Every feed is validated: its code comes while the feed does.
    const validation = validationCode.load();
    validation.catch(() => {});
    featureLoad?.then((feature) => {
      if (this.arrivedFeature === feature) return;
      this.arrivedFeature = feature;
      this.host.requestUpdate();
    }, () => {});
    // Feed data given directly: its series code (validation's RRULE checks among it) is on its way first.
    if (events !== undefined && mayRepeat(events)) fetchSeriesCode();
    // The request goes out now: its answer is on its way while the loading state is painted.
    const feedUrl = events === undefined && src ? new URL(src, document.baseURI).href : null;
    const baseUrl = feedUrl ?? document.baseURI;
    // `-1`, `abc` (NaN) or `1e308` (past setTimeout's range: it fires at once) would fail every load at once.
    // (Without the attribute the element's converter gives null: the default, silently.)
    if (!(timeout >= 100 && timeout <= 120_000)) {
      if (timeout != null) console.warn(`participation-calendar: timeout "${timeout}" is not 100–120000 ms (ignored)`);
      timeout = DEFAULT_TIMEOUT_MS;
    }
    const answer = feedUrl ? fetchFeedText(feedUrl, { signal, timeoutMs: timeout, slicer }) : null;
    // Rejections are seen where it is awaited, below; this only keeps them from counting as unhandled meanwhile.
    answer?.catch(() => {});
    // The task starts right after the first render (the loading state), in the same browser task:
    // yield first, so that render and the first slice of validation are not one long task.
    await slicer.pause();
    let json: unknown = [];
    let calendarProblems: SkippedEvent[] = [];
    if (events !== undefined) {
      json = events;
    } else if (answer) {
      const body = await answer;
      // Fetched while a big body is parsed; a stray mention in a text costs one small chunk.
      if (body.text.includes('"rrule"')) fetchSeriesCode();
      if (isCalendarBody(body)) {
        ({ json, problems: calendarProblems } = await fromCalendar(body));
        // Its rules were RRULE lines, not "rrule" keys: seen only now.
        if (mayRepeat(json)) fetchSeriesCode();
      } else json = await parseJsonBodyInSlices(body, slicer);
    }
    // Validation waits for the RRULE checks only when it meets the first rule.
    const { parseFeedInSlices } = await validation;
    const parsed = await parseFeedInSlices(json, { baseUrl }, slicer, loadRuleSyntax);
    // Entries of an iCalendar feed that could not even be mapped count as skipped, like broken JSON events.
    const feed = calendarProblems.length ? { ...parsed, skipped: [...calendarProblems, ...parsed.skipped] } : parsed;
    if (needsRecurrence(feed.events)) await loadRecurrenceEngine(feed.events);
    // A feed with a subscription address needs the feature module for its box, even without filters.
    const featuresNeeded = featureLoad ?? (feed.subscribeUrl ? loadPanels() : null);
    const read: ReadFeed = { feed };
    if (featuresNeeded) read.feature = await featuresNeeded;
    if (featureLoad) read.filters = new read.feature!.FilterIndex(feed.events);
    return read;
  }

  /** The display zone: the `timezone` attribute, else the feed's, else Berlin. */
  zoneFor(feed?: ParsedFeed): string {
    return this.source().timezone ?? feed?.timezone ?? DEFAULT_TIMEZONE;
  }

  get pending(): boolean {
    return this.task.status === TaskStatus.PENDING || this.task.status === TaskStatus.INITIAL;
  }

  /** The loaded feed, indexed for the display zone. */
  get value(): LoadedFeed | undefined {
    return this.task.value;
  }

  /**
   * Normalises every event's search text in the background (the resident is
   * at the search field): the first letters typed then find a prepared index.
   */
  prepareSearch() {
    const loaded = this.task.value;
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

  /** Fires `load` or `error` once per outcome of the task, after it was rendered (not for a new display zone). */
  private report(m: Messages) {
    const { status } = this.task;
    if (status === TaskStatus.COMPLETE && this.reported !== this.task.value) {
      const { feed, index, reindexed } = this.value!;
      this.reported = this.task.value;
      if (reindexed) return;
      // Series whose rule the engine cannot expand show nothing: they count as skipped.
      const skipped = this.skipped;
      // Series shown only in part because a limit was met (limits.ts), up to the first render, are warnings too.
      const warnings = [...feed.warnings, ...index.warnings];
      const total = feed.skipped.length + feed.events.length;
      if (skipped.length || warnings.length) {
        console.warn(
          `participation-calendar: skipped ${skipped.length} of ${total} events` +
            (feed.warnings.length ? ` and dropped ${feed.warnings.length} fields` : '') +
            (index.warnings.length ? ` and limited ${index.warnings.length} series` : '') +
            ' in the feed:\n' +
            [...skipped, ...warnings].map((p) => `- ${p.reason}`).join('\n'),
        );
      }
      const detail: LoadDetail = { count: total - skipped.length, skipped, warnings };
      this.host.dispatchEvent(new CustomEvent('load', { detail }));
    } else if (status === TaskStatus.ERROR && this.reported !== this.task.error) {
      this.reported = this.task.error;
      const detail = errorDetail(this.task.error, m);
      console.error(`participation-calendar: ${this.task.error instanceof Error ? this.task.error.message : detail.message}`);
      this.host.dispatchEvent(new CustomEvent('error', { detail }));
    }
  }

}

/** Starts loading the series code; a failure shows when validation or indexing asks for it again. */
function fetchSeriesCode() {
  loadRuleSyntax().catch(() => {});
}

/** Whether unvalidated feed JSON has any `rrule` at all (validation decides which are usable). */
function mayRepeat(json: unknown): boolean {
  const events = Array.isArray(json) ? json : (json as { events?: unknown } | null)?.events;
  return Array.isArray(events) && events.some((e) => (e as { rrule?: unknown } | null)?.rrule != null);
}

const icsReader = onDemand(() => import('../data/ics/ics-import.js'));

/**
 * An iCalendar feed (a city's existing calendar export) becomes the same feed
 * model; the parser (ical.js, ~23 KB gzip) is loaded only for such feeds.
 */
async function fromCalendar(body: FeedBody): Promise<{ json: unknown; problems: SkippedEvent[] }> {
  const { icsToFeed } = await icsReader.load();
  try {
    const { feed, problems } = icsToFeed(body.text);
    return { json: feed, problems: problems.map((p) => ({ index: p.index, reason: p.reason })) };
  } catch (cause) {
    throw new FeedError('not-json', `${body.url} is not a readable iCalendar file: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** The user-facing account of a failed load, in the widget's language. */
export function errorDetail(error: unknown, m: Messages): ErrorDetail {
  if (error instanceof FeedError) {
    // A page opened from the disk (file://) cannot fetch a feed in any browser: it needs a web server.
    const kind = error.kind === 'network' && location.protocol === 'file:' ? 'file' : error.kind;
    const message = kind === 'http' && error.status ? m.errors.httpStatus(error.status)
      // Chromium and Firefox name the file that did not arrive; WebKit says "Importing a module script failed".
      : kind === 'chunk' ? m.errors.chunk(/\w+:\/\/\S+/.exec(error.message)?.[0] ?? 'chunks/…')
      : m.errors[kind];
    return { message, kind, ...(error.status ? { status: error.status } : {}) };
  }
  return { message: m.errors.shape, kind: 'shape' };
}
