import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { FeedInput, FeedWarning, Occurrence, ParsedFeed, SkippedEvent } from './data/event.js';
import { fetchFeed } from './data/feed.js';
import { FeedError, type FeedErrorKind } from './data/feed-error.js';
import { parseFeed, DEFAULT_TIMEZONE } from './data/validate.js';
import { loadRecurrenceEngine, needsRecurrence } from './data/recurrence.js';
import { EventIndex } from './data/event-index.js';
import { groupForList, groupForMonth, monthGrid } from './data/calendar-days.js';
import { addMonths, firstOfMonth, lastOfMonth, parseIsoDayNumber } from './data/plain-date.js';
import { dayInZone, isValidTimeZone } from './data/time-zone.js';
import { languages, resolveLanguage } from './i18n/index.js';
import type { Messages } from './i18n/messages.js';
import { formatDay, type TimeContext } from './i18n/format.js';
import { toolbar, type ViewName } from './views/toolbar.js';
import { monthView } from './views/month-view.js';
import { listView } from './views/list-view.js';
import { detailsContent } from './views/event-details.js';
import { emptyNotice, errorState, loadingState } from './views/states.js';
import { WidthController } from './controllers/width-controller.js';
import { DetailsDialogController } from './controllers/details-dialog.js';
import { onMonthKeydown } from './controllers/month-keyboard.js';
import { tokens } from './styles/tokens.styles.js';
import { calendarStyles } from './styles/calendar.styles.js';

/** Below this width (of the widget, not the window) the month view turns compact. */
const COMPACT_BELOW_PX = 600;

export interface LoadDetail {
  /** Events the widget could use. */
  count: number;
  /** Events it could not use, each with the reason. */
  skipped: SkippedEvent[];
  /** Fields it dropped from events it kept (e.g. an unsafe link). */
  warnings: FeedWarning[];
}

export type LoadEvent = CustomEvent<LoadDetail>;
export type ErrorEvent = CustomEvent<ErrorDetail>;

export interface ErrorDetail {
  /** What went wrong, in the widget's language. */
  message: string;
  kind: FeedErrorKind;
  /** HTTP status when the server answered with an error. */
  status?: number;
}

/**
 * Shows every chance a city's residents have to take part in local decisions
 * (workshops, information evenings, surveys, consultation phases) as an
 * accessible month or list calendar.
 *
 * @summary An embeddable, accessible calendar of citizen-participation events.
 * @tag participation-calendar
 *
 * @attr src - URL of the JSON feed (see schema/participation-feed.schema.json). Relative links in the feed resolve against it.
 * @attr view - `month` (default) or `list`.
 * @attr date - `YYYY-MM-DD`: the day whose month is shown first. Default: today.
 * @attr lang - `de` or `en`. Default: the page's `<html lang>`, else `de`.
 * @attr timezone - IANA time zone times are shown in. Default: the feed's `timezone`, else `Europe/Berlin`.
 * @attr timeout - Milliseconds to wait for the feed before giving up. Default: 15000.
 * @attr theme - `auto` (default: dark when the reader's system prefers dark), `light` (never dark) or `dark`.
 * @prop {FeedInput | undefined} events - Feed data given directly (an array of events or `{ timezone, events }`); used instead of `src`.
 *
 * @fires load - The feed was loaded and the view rendered. detail: `{ count, skipped, warnings }`.
 * @fires error - The feed could not be loaded or used. detail: `{ message, kind, status? }`.
 *
 * @csspart toolbar - The bar with previous / today / next, the period heading and the view switch.
 * @csspart heading - The period heading ("November 2026").
 * @csspart button - Every button of the widget (with `previous`, `today`, `next`, `view-month`, `view-list`, `retry`, `close`, `next-events`).
 * @csspart day - A day cell of the month grid (with `today`, `outside`, `focused`).
 * @csspart event - An event (with `phase`, `cancelled`, `postponed`).
 * @csspart more - The "+N more" button of a crowded day.
 * @csspart list-item - A row of the list view.
 * @csspart details - The details dialog.
 * @csspart link - A link in the details dialog.
 * @csspart notice - The cancelled / postponed notice in the details.
 * @csspart state - Loading, error and empty messages (with `loading`, `error`, `empty`).
 *
 * @cssproperty --pc-accent - Accent for buttons, links and today. Default #0b5cad.
 * @cssproperty --pc-accent-text - Text on the accent colour. Default #ffffff.
 * @cssproperty --pc-text - Text colour. Default #1b1f24.
 * @cssproperty --pc-muted - Secondary text. Default #4f5965.
 * @cssproperty --pc-background - Background. Default #ffffff.
 * @cssproperty --pc-surface - Toolbar, headings, outside days. Default #f3f5f8.
 * @cssproperty --pc-border - Borders of controls. Default #767f8a.
 * @cssproperty --pc-divider - Grid lines. Default #d5dae0.
 * @cssproperty --pc-today-background - Today's cell. Default #e3edf9.
 * @cssproperty --pc-event-background - Events in the grid. Default #e9f0f8.
 * @cssproperty --pc-event-text - Text of events in the grid. Default #0d2f57.
 * @cssproperty --pc-phase-background - Participation phases. Default #fff3d6.
 * @cssproperty --pc-phase-text - Text of phases. Default #4d3800.
 * @cssproperty --pc-cancelled - Cancelled / postponed marks. Default #a3242b.
 * @cssproperty --pc-focus - Focus ring. Default #0b5cad.
 * @cssproperty --pc-radius - Corner radius. Default 6px.
 * @cssproperty --pc-spacing - Base spacing. Default 0.5rem.
 * @cssproperty --pc-font-family - Font. Default: inherited from the page.
 * @cssproperty --pc-font-size - Base font size. Default `medium` (the reader's default size; set `1rem` to follow the page).
 */
export class ParticipationCalendar extends LitElement {
  static override styles = [tokens, calendarStyles];

  @property() src?: string;
  @property() view: ViewName = 'month';
  @property() date?: string;
  /** Mirrors the `lang` attribute without shadowing the native `lang` property. */
  @property({ attribute: 'lang' }) language?: string;
  @property() timezone?: string;
  @property({ type: Number }) timeout = 15_000;
  /** `auto` follows the reader's light/dark preference; `light` opts out of dark. Styled in tokens.styles.ts. */
  @property({ reflect: true }) theme?: 'auto' | 'light' | 'dark';
  @property({ attribute: false }) events?: FeedInput;

  /** The focused day of the month grid; its month is the one shown. */
  @state() private cursor?: number;
  @state() private expandedDay: number | null = null;

  private readonly width = new WidthController(this);
  private readonly details = new DetailsDialogController(this);
  private index?: { feed: ParsedFeed; timeZone: string; index: EventIndex };
  private focusCursorAfterUpdate = false;
  private announcement = '';
  private announcedPeriod?: string;
  private reported: unknown;

  private readonly feed = new Task(this, {
    args: () => [this.src, this.events, this.timeout] as const,
    task: async ([src, events, timeout], { signal }): Promise<ParsedFeed> => {
      let json: unknown = [];
      let baseUrl = document.baseURI;
      if (events !== undefined) {
        json = events;
      } else if (src) {
        baseUrl = new URL(src, document.baseURI).href;
        json = await fetchFeed(baseUrl, { signal, timeoutMs: timeout });
      }
      const parsed = parseFeed(json, { baseUrl });
      if (needsRecurrence(parsed.events)) await loadRecurrenceEngine();
      return parsed;
    },
  });

  private get messages(): Messages {
    return languages[resolveLanguage(this.language, document.documentElement.lang)];
  }

  private displayZone(feed?: ParsedFeed): string {
    if (this.timezone && isValidTimeZone(this.timezone)) return this.timezone;
    return feed?.timezone ?? DEFAULT_TIMEZONE;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('date') || this.cursor === undefined) {
      const requested = this.date ? parseIsoDayNumber(this.date) : null;
      if (this.date && requested === null) console.warn(`participation-calendar: date "${this.date}" is not YYYY-MM-DD; showing today.`);
      this.cursor = requested ?? this.today(this.feed.value);
      this.expandedDay = null;
    }
    if (changed.has('timezone') && this.timezone && !isValidTimeZone(this.timezone)) {
      console.warn(`participation-calendar: timezone "${this.timezone}" is not an IANA time zone; using the feed's.`);
    }
  }

  private today(feed?: ParsedFeed) {
    return dayInZone(Date.now(), this.displayZone(feed));
  }

  protected override render() {
    const m = this.messages;
    const cursor = this.cursor!;
    const headingId = 'period';
    const heading = formatDay(cursor, 'monthYear', m);
    const pending = this.feed.status === TaskStatus.PENDING || this.feed.status === TaskStatus.INITIAL;
    // The body first: rendering the period decides what the live region says.
    const body = this.feed.render({
      initial: () => loadingState(m),
      pending: () => loadingState(m),
      complete: (feed) => this.renderPeriod(feed, cursor, heading, headingId, m),
      error: (error) => errorState(this.errorDetail(error, m).message, m, () => this.feed.run()),
    });
    return html`<div class="root" lang=${m.tag}>
      ${toolbar({
        heading,
        headingId,
        view: this.view === 'list' ? 'list' : 'month',
        m,
        previous: () => this.moveMonth(-1),
        next: () => this.moveMonth(1),
        today: () => this.goTo(this.today(this.feed.value)),
        setView: (view) => this.setView(view),
      })}
      <div class="live sr-only" role="status" aria-live="polite" aria-atomic="true">${pending ? m.loading : this.announcement}</div>
      <div class="body">${body}</div>
      <dialog
        class="details"
        part="details"
        aria-labelledby="details-title"
        @close=${this.details.onClosed}
        @click=${this.details.onClick}
      >
        ${detailsContent({ occ: this.details.selected, ctx: this.timeContext(m), close: () => this.details.close() })}
      </dialog>
    </div>`;
  }

  private timeContext(m: Messages, feed = this.feed.value): TimeContext {
    return { m, timeZone: this.displayZone(feed) };
  }

  private eventIndex(feed: ParsedFeed): EventIndex {
    const timeZone = this.displayZone(feed);
    if (this.index?.feed !== feed || this.index.timeZone !== timeZone) {
      this.index = { feed, timeZone, index: new EventIndex(feed, timeZone) };
    }
    return this.index.index;
  }

  private renderPeriod(feed: ParsedFeed, cursor: number, heading: string, headingId: string, m: Messages) {
    const index = this.eventIndex(feed);
    const ctx = this.timeContext(m, feed);
    const monthStart = firstOfMonth(cursor);
    const monthEnd = lastOfMonth(cursor);
    const actions = { open: (occ: Occurrence, trigger: HTMLElement) => this.details.open(occ, trigger) };
    const list = this.view === 'list';

    let content;
    let count: number;
    if (list) {
      const groups = groupForList(index.occurrences(monthStart, monthEnd), monthStart, monthEnd);
      count = groups.running.length + groups.days.reduce((sum, d) => sum + d.items.length, 0);
      content = listView({ ...groups, headingId, ctx, actions });
    } else {
      const weeks = monthGrid(cursor);
      const occurrences = index.occurrences(weeks[0][0], weeks[weeks.length - 1][6]);
      count = occurrences.filter((o) => o.lastDay >= monthStart && o.firstDay <= monthEnd).length;
      content = monthView({
        weeks,
        month: monthStart,
        byDay: groupForMonth(occurrences, weeks),
        focusDay: cursor,
        today: this.today(feed),
        compact: this.width.width < COMPACT_BELOW_PX,
        expandedDay: this.expandedDay,
        headingId,
        ctx,
        actions: {
          ...actions,
          focusDay: (day: number) => (this.cursor = day),
          toggleMore: (day: number) => (this.expandedDay = this.expandedDay === day ? null : day),
          keydown: (e: KeyboardEvent) => onMonthKeydown(e, this.keyboardHost),
        },
      });
    }

    this.noteAnnouncement(heading, count, m);
    const empty = count === 0 ? this.emptyMonth(index, heading, monthEnd, m) : nothing;
    return html`${empty}${list && count === 0 ? nothing : content}`;
  }

  /** The live region tells screen-reader users what a navigation brought. */
  private noteAnnouncement(heading: string, count: number, m: Messages) {
    const period = `${this.view}:${heading}`;
    if (period === this.announcedPeriod) return;
    // The first render after loading is announced too: the loading text it replaces was.
    this.announcement = m.periodAnnouncement(heading, count);
    this.announcedPeriod = period;
  }

  private emptyMonth(index: EventIndex, heading: string, monthEnd: number, m: Messages) {
    const next = index.nextDayWithEvents(monthEnd);
    const target = next === null ? null : firstOfMonth(next);
    return emptyNotice(
      m.emptyMonth(heading),
      target === null ? null : { label: m.nextEventsIn(formatDay(target, 'monthYear', m)), go: () => this.goTo(next!) },
      m,
    );
  }

  private errorDetail(error: unknown, m: Messages): ErrorDetail {
    if (error instanceof FeedError) {
      const message = error.kind === 'http' && error.status ? m.errors.httpStatus(error.status) : m.errors[error.kind];
      return { message, kind: error.kind, ...(error.status ? { status: error.status } : {}) };
    }
    return { message: m.errors.shape, kind: 'shape' };
  }

  protected override updated() {
    if (this.focusCursorAfterUpdate) {
      this.focusCursorAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${this.cursor}"]`)?.focus();
    }
    this.reportOutcome();
  }

  /** Fires `load` or `error` once per outcome of the feed task, after it was rendered. */
  private reportOutcome() {
    const { status } = this.feed;
    if (status === TaskStatus.COMPLETE && this.reported !== this.feed.value) {
      const feed = this.feed.value!;
      this.reported = feed;
      // Series whose rule the engine cannot expand show nothing: they count as skipped.
      const unexpandable = this.eventIndex(feed).seriesProblems;
      const skipped: SkippedEvent[] = [...feed.skipped, ...unexpandable];
      const total = feed.skipped.length + feed.events.length;
      if (skipped.length || feed.warnings.length) {
        console.warn(
          `participation-calendar: skipped ${skipped.length} of ${total} events` +
            (feed.warnings.length ? ` and dropped ${feed.warnings.length} fields` : '') +
            ' in the feed:\n' +
            [...skipped, ...feed.warnings].map((p) => `- ${p.reason}`).join('\n'),
        );
      }
      const detail: LoadDetail = { count: total - skipped.length, skipped, warnings: feed.warnings };
      this.dispatchEvent(new CustomEvent('load', { detail }));
    } else if (status === TaskStatus.ERROR && this.reported !== this.feed.error) {
      this.reported = this.feed.error;
      const detail = this.errorDetail(this.feed.error, this.messages);
      console.error(`participation-calendar: ${this.feed.error instanceof Error ? this.feed.error.message : detail.message}`);
      this.dispatchEvent(new CustomEvent('error', { detail }));
    }
  }

  private moveMonth(delta: number) {
    this.goTo(addMonths(this.cursor!, delta));
  }

  private goTo(day: number) {
    this.cursor = day;
    this.expandedDay = null;
  }

  private setView(view: ViewName) {
    this.view = view;
  }

  private readonly keyboardHost = {
    cursor: () => this.cursor!,
    focusDay: (day: number) => {
      if (firstOfMonth(day) !== firstOfMonth(this.cursor!)) this.expandedDay = null;
      this.cursor = day;
      this.focusCursorAfterUpdate = true;
    },
    firstAgendaEvent: () => this.renderRoot.querySelector<HTMLElement>('.agenda button'),
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'participation-calendar': ParticipationCalendar;
  }
}
