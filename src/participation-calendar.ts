import { LitElement, adoptStyles, html, nothing, type CSSResult, type PropertyValues } from 'lit';
import type { FilterIndex } from './data/filter/filter.js';
import type { FilterCriteria } from './data/filter/filter-criteria.js';
import { memoizeOne } from './data/memoize-one.js';
import { downloadIcs, icsDownloadAvailable } from './features/ics-download.js';
import { usesPanels, type Panels } from './features/load-panels.js';
import type { CalendarEvent, Feed, FeedInput, Occurrence } from './data/event.js';
import type { EventIndex } from './data/occurrences/event-index.js';
import { DEFAULT_TIMEOUT_MS } from './data/load/feed.js';
import { addMonths, firstOfMonth, lastOfMonth, parseIsoDayNumber } from './data/time/plain-date.js';
import { dayInZone, isValidTimeZone } from './data/time/time-zone.js';
import type { Messages } from './i18n/messages.js';
import { formatDay, type TimeContext } from './i18n/format.js';
import { toolbar, type ViewName } from './views/toolbar.js';
import { MAX_LANES, monthView } from './views/month/month-view.js';
import { listView, limitListItems } from './views/list/list-view.js';
import { NO_FILTER, isActive } from './data/filter/filter-criteria.js';
import { errorState, incompleteNotice, loadingState, periodNotice } from './views/states.js';
import { WidthController } from './controllers/width-controller.js';
import { DetailsDialogController } from './controllers/details-dialog.js';
import { onMonthKeydown } from './views/month/month-keyboard.js';
import { NO_FACETS, PeriodData, type ListData, type MonthData } from './data/filter/period-data.js';
import type { FilterController } from './controllers/filter-controller.js';
import type { UrlStateController, UrlState } from './controllers/url-state.js';
import { onDemand } from './data/load/on-demand.js';
import { LanguageController } from './controllers/language-controller.js';
import { FeedController, errorDetail, type LoadedFeed } from './controllers/feed-controller.js';
import { Announcer } from './controllers/announcer.js';
import { tokens } from './styles/tokens.styles.js';
import { calendarStyles } from './styles/calendar.styles.js';

import type { ParticipationCalendarEventMap } from './events.js';

/** The period on screen, as derived in willUpdate: the month's data, or the list's with the rows rendered so far. */
type ShownPeriod = MonthData | (ListData & { rows: ReturnType<typeof limitListItems> });

/** The url-state controller: fetched only by widgets with the `url-state` attribute. */
const urlStateCode = onDemand(() => import('./controllers/url-state.js'));


export type {
  LoadDetail, ErrorDetail, FilterChangeDetail, LoadEvent, ErrorEvent, FilterChangeEvent, ParticipationCalendarEventMap,
} from './events.js';

/** Below this width (of the widget, not the window) the month turns compact: its cells (~100 px) would cut titles to fragments. */
const COMPACT_BELOW_PX = 700;
/** From this width the filter panel sits beside the calendar; below it is a disclosure. */
const SIDE_PANEL_FROM_PX = 1150;
/** List rows rendered in the first frame; the rest follow frame by frame (no long task at 10,000 events). */
const LIST_FIRST_ROWS = 40;
const LIST_ROWS_PER_FRAME = 120;

/**
 * Shows every chance a city's residents have to take part in local decisions
 * (workshops, information evenings, surveys, consultation phases) as an
 * accessible month or list calendar.
 *
 * @summary An embeddable, accessible calendar of citizen-participation events.
 * @tag participation-calendar
 *
 * @attr src - URL of the feed: JSON (see schema/participation-feed.schema.json) or iCalendar. Several feeds: their URLs separated by spaces; they load in parallel and are shown together. With `{from}` and `{to}` in it (first and last day of a month, ISO dates): fetched month by month, the month shown first. Relative links in a feed resolve against its URL.
 * @attr source-names - With several feeds: their names as residents read them ("Quelle: …"), comma-separated in the order of `src`; an empty entry keeps the feed's own name (JSON `name`, iCalendar `X-WR-CALNAME`), else its host.
 * @attr view - `month` (default) or `list`.
 * @attr date - `YYYY-MM-DD`: the day whose month is shown first. Default: today.
 * @attr lang - `de`, `en` or `de-x-ls` (Leichte Sprache). Default: the page's `<html lang>`, else `de`.
 * @attr timezone - IANA time zone times are shown in. Default: the feed's `timezone`, else `Europe/Berlin`.
 * @attr timeout - Milliseconds to wait for the feed before giving up, 100 to 120000 (another value: the default, with a console warning). Default: 15000.
 * @attr theme - `auto` (default: dark when the reader's system prefers dark), `light` (never dark) or `dark`.
 * @attr categories - Comma-separated categories preselected in the filter, e.g. `Mobilität, Umwelt & Klima`. Unknown values are reported on the console and ignored.
 * @attr districts - Comma-separated districts preselected in the filter.
 * @attr formats - Comma-separated formats preselected in the filter: `in-person`, `online`, `hybrid`.
 * @attr access - Comma-separated access facts, languages or audiences preselected in the filter (all must hold): `step-free`, `hearing-loop`, `sign-language` …, a language tag (`tr`), an audience as the feed writes it (`Jugendliche`).
 * @attr sources - Comma-separated source names preselected in the filter (a widget with several feeds), e.g. `Jugendrat Musterstadt`. Unknown names are reported on the console and ignored.
 * @attr filters - `panel` (default): residents see the filter panel; `none`: no panel (presets still apply).
 * @attr running - `strip` (default): a "Jetzt mitmachen" strip above the views lists participation phases open today, soonest to close first; `none`: no strip.
 * @attr url-state - Keep view, month, filters, search and the open event in the page URL (back/forward work). The value, if any, is the parameter prefix (default `pc`). ES module build only (fetched on demand).
 * @prop {FeedInput | Feed[] | undefined} events - Feed data given directly (an array of events or `{ name, timezone, events }`, or an array of such feed objects for several sources); used instead of `src`.
 *
 * @fires load - Every source has loaded or failed, and the view with their events is rendered (again after a source was tried again). detail: `{ count, skipped, warnings, sources, merged }`: `sources` each with `name`, `url`, `count`, `skipped`, `warnings` or `error`; `merged` the events more than one source published, shown once.
 * @fires error - No source could be loaded or used. detail: `{ message, kind, status? }` (of the first source).
 * @fires filter-change - The resident changed a filter. detail: `{ categories, districts, formats, access, sources, from, to, text }` (dates `YYYY-MM-DD` or null).
 *
 * @csspart toolbar - The bar with previous / today / next, the period heading and the view switch.
 * @csspart heading - The period heading ("November 2026").
 * @csspart button - Every button of the widget (with `skip`, `previous`, `today`, `next`, `view-month`, `view-list`, `retry`, `close`, `next-events`, `filter-toggle`, `close-filters`, `show-results`, `chip`, `reset`, `add-to-calendar`, `add-all`, `subscribe`, `copy`).
 * @csspart day - A day cell of the month grid (with `today`, `outside`, `focused`).
 * @csspart event - An event (with `bar` for a multi-day one drawn across the days of a week row, `phase`, `cancelled`, `postponed`).
 * @csspart more - The "+N more" button of a crowded day.
 * @csspart incomplete - The notice under the calendar that some events of the feed could not be shown, with the reasons.
 * @csspart sources - The notice under the calendar of sources still loading or missing, with a retry for each missing one.
 * @csspart list-item - A row of the list view.
 * @csspart details - The details dialog.
 * @csspart link - A link in the details dialog.
 * @csspart notice - The cancelled / postponed notice in the details.
 * @csspart state - Loading, error and empty messages (with `loading`, `error`, `empty`, `no-results`).
 * @csspart filters - The filter panel.
 * @csspart running - The "take part now" strip (its entries: `running-item`).
 * @csspart running-item - A phase in the "take part now" strip.
 * @csspart subscribe - The subscription box (when the feed has a `subscribeUrl`).
 * @csspart chips - The active filters and the reset button.
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
 * @cssproperty --pc-source-1 - Colour of the first source (in the feed's order) beside its name in the filter panel. No default: without it, no colour.
 * @cssproperty --pc-source-2 - Colour of the second source. No default.
 * @cssproperty --pc-source-3 - Colour of the third source. No default.
 * @cssproperty --pc-source-4 - Colour of the fourth source. No default.
 * @cssproperty --pc-source-5 - Colour of the fifth source. No default.
 * @cssproperty --pc-source-6 - Colour of the sixth source. No default.
 * @cssproperty --pc-source-7 - Colour of the seventh source. No default.
 * @cssproperty --pc-source-8 - Colour of the eighth source. No default.
 */
export class ParticipationCalendar extends LitElement {
  static override styles = [tokens, calendarStyles];

  // Declared here rather than with @property / @state: the decorator code costs
  // every page ~0.3 KB gzip. `state: true` fields are internal (no attribute).
  static override properties = {
    src: {},
    sourceNames: { attribute: 'source-names' },
    view: {},
    date: {},
    language: { attribute: 'lang' },
    timezone: {},
    timeout: { type: Number },
    theme: { reflect: true },
    categories: {},
    districts: {},
    formats: {},
    access: {},
    sources: {},
    filters: {},
    running: {},
    urlState: { attribute: 'url-state' },
    events: { attribute: false },
    cursor: { state: true, attribute: false },
    expandedDay: { state: true, attribute: false },
    listRows: { state: true, attribute: false },
    addressCopied: { state: true, attribute: false },
  };

  src?: string;
  sourceNames?: string;
  view: ViewName = 'month';
  date?: string;
  /** Mirrors the `lang` attribute without shadowing the native `lang` property. */
  language?: string;
  timezone?: string;
  timeout = DEFAULT_TIMEOUT_MS;
  /** `auto` follows the reader's light/dark preference; `light` opts out of dark. Styled in tokens.styles.ts. */
  theme?: 'auto' | 'light' | 'dark';
  categories?: string;
  districts?: string;
  formats?: string;
  access?: string;
  sources?: string;
  filters?: 'panel' | 'none';
  running?: 'strip' | 'none';
  urlState?: string | null;
  events?: FeedInput | Feed[];

  /** The focused day of the month grid; its month is the one shown. */
  private cursor?: number;
  private expandedDay: number | null = null;
  /** How many list rows are rendered so far (see LIST_FIRST_ROWS). */
  private listRows = LIST_FIRST_ROWS;
  /** The subscription address was copied: its button says so. */
  private addressCopied = false;

  private readonly width = new WidthController(this);
  private readonly details = new DetailsDialogController(this, (styles) => this.adoptMoreStyles(styles));
  private readonly strings = new LanguageController(this, () => this.language);
  private readonly feed = new FeedController(this, () => ({
    src: this.src,
    events: this.events,
    timeout: this.timeout,
    timezone: this.timezone && isValidTimeZone(this.timezone) ? this.timezone : undefined,
    filtering: usesPanels(this),
    names: this.sourceNames,
    // Set before the first load: willUpdate sets the cursor (startDay here would ask the zone, and with it this, again).
    month: firstOfMonth(this.cursor ?? NaN),
  }), () => this.strings.messages, (text, withPeriod) => this.announcer.say(text, withPeriod));
  /** Filter state, with the panels' code (which brings it): a calendar without panels or presets never filters. */
  private filter?: FilterController;
  /** With `url-state` only: its code comes on demand (see connectUrlState). */
  private url?: UrlStateController;
  private readonly period = new PeriodData();
  private readonly announcer = new Announcer(this, () => {
    const m = this.strings.messages;
    return this.shown && m ? { view: this.view, heading: formatDay(this.cursor!, 'monthYear', m), count: this.shown.count, m, loading: this.feed.monthLoading(firstOfMonth(this.cursor!)) } : undefined;
  });
  private focusCursorAfterUpdate = false;
  /** Further list rows are on their way (see LIST_FIRST_ROWS). */
  private moreRowsQueued = false;
  /** From the URL at start: criteria and event to restore once the feed is there. */
  private pendingUrlState?: UrlState;

  override connectedCallback() {
    super.connectedCallback();
    this.connectUrlState();
  }

  /**
   * With `url-state`, the URL's state is read once its code is here (~1 KB
   * gzip that pages without the attribute never load). It usually arrives
   * while the feed loads; where the feed came first, the URL's state is
   * applied as back/forward would apply it.
   */
  private connectUrlState() {
    if (this.url || this.urlState === undefined || this.urlState === null) return;
    this.urlLoading ??= urlStateCode.load().then(({ UrlStateController }) => {
      if (this.url) return;
      this.url = new UrlStateController(this, () => (this.urlState == null ? null : this.urlState.trim() || 'pc'), (state) => this.applyUrlState(state));
      const state = this.url.read();
      if (state && this.feed.value) this.applyUrlState(state, true);
      else if (state) this.pendingUrlState = state;
      this.requestUpdate();
    }, (error: unknown) => console.warn('participation-calendar: the url-state code could not be loaded; the URL is left alone:', error))
      .finally(() => (this.urlLoading = undefined));
  }

  /** The url-state code on its way (see getUpdateComplete). */
  private urlLoading?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('urlState')) this.connectUrlState();
    if (changed.has('date') || this.cursor === undefined) {
      if (this.date && parseIsoDayNumber(this.date) === null) console.warn(`participation-calendar: date "${this.date}" is not YYYY-MM-DD (ignored)`);
      this.cursor = this.startDay();
      this.expandedDay = null;
    }
    if (this.pendingUrlState && this.cursor !== undefined && !this.feed.value) {
      // View and month from the URL apply at once; filters and the open event once the feed is loaded.
      const { view, month } = this.pendingUrlState;
      if (view) this.view = view;
      if (month !== undefined && firstOfMonth(this.cursor) !== month) this.cursor = month;
    }
    if (changed.has('timezone') && this.timezone && !isValidTimeZone(this.timezone)) {
      console.warn(`participation-calendar: timezone "${this.timezone}" is not an IANA time zone (ignored)`);
    }
    // Adopted when the panels' code arrives, so the panel's frame is laid out while the feed loads
    // (the strip and the subscription box need them too, also with filters="none").
    const panels = this.feed.feature;
    if (panels) {
      this.adoptMoreStyles(panels.filterStyles);
      this.filter ??= new panels.FilterController(
        this,
        // The preset attributes: categories, districts, formats, access, sources.
        () => this,
        () => this.announcer.results(this.strings.messages),
        () => this.feed.prepareSearch(),
      );
    }
    const loaded = this.feed.value;
    if (loaded) {
      const fromUrl = this.pendingUrlState;
      if (loaded.filters) this.filter?.applyPresets(loaded.filters, fromUrl?.criteria);
      if (fromUrl) {
        this.pendingUrlState = undefined;
        if (fromUrl.event) this.openByKey(fromUrl.event, loaded.index);
      }
    }
    // A new period, view or feed starts the list from its first rows again.
    const changedState = changed as Map<PropertyKey, unknown>;
    if (['cursor', 'view', 'events', 'src'].some((key) => changedState.has(key))) {
      this.listRows = LIST_FIRST_ROWS;
    }
    this.shown = loaded && !this.feed.pending ? this.derivePeriod(loaded) : undefined;
  }

  /** What the period on screen shows: computed before rendering, read by render (memoized per period in PeriodData). */
  private shown?: ShownPeriod;

  private derivePeriod({ index, filters }: LoadedFeed): ShownPeriod {
    const monthStart = firstOfMonth(this.cursor!);
    const criteria = this.criteria;
    if (this.view !== 'list') return this.period.month(index, filters, criteria, monthStart, this.compact() ? 0 : MAX_LANES);
    const list = this.period.list(index, filters, criteria, monthStart, lastOfMonth(monthStart));
    return { ...list, rows: limitListItems(list.groups, this.listRows) };
  }

  /** `await el.updateComplete` also waits for a language, the details view or the url-state code still being fetched. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    const pending = this.strings.loading ?? (this.details.selected && !this.details.view ? this.details.loading : null) ?? this.urlLoading;
    if (!pending) return done;
    await pending;
    return this.getUpdateComplete();
  }

  /** The skip link: past toolbar, filters and strip, to the grid's day, the list's first event, or what is shown instead. */
  private readonly skipToCalendar = () =>
    this.renderRoot.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"], .list .item-button, .state button')?.focus();

  /** What the filters ask for; nothing without the panels' code. */
  private get criteria(): FilterCriteria {
    return this.filter?.criteria ?? NO_FILTER;
  }

  /** The day shown first: the `date` attribute, else today. */
  private startDay(): number {
    return (this.date ? parseIsoDayNumber(this.date) : null) ?? this.today();
  }

  private today(): number {
    return dayInZone(Date.now(), this.feed.zoneFor(this.feed.value?.feed));
  }

  protected override render() {
    const m = this.strings.messages;
    // A language other than German is still on its way: nothing rather than the wrong language.
    if (!m) return html`<div class="root" aria-busy="true"></div>`;
    const cursor = this.cursor!;
    const headingId = 'period';
    const heading = formatDay(cursor, 'monthYear', m);
    const loaded = this.feed.value;
    // The body first: rendering the period decides what the live region says.
    const body = this.feed.task.render({
      initial: () => loadingState(m),
      pending: () => loadingState(m),
      complete: () => this.renderPeriod(loaded!, cursor, heading, headingId, m),
      error: (error) => errorState(errorDetail(error, m).message, m, () => this.feed.retry()),
    });
    const pending = this.feed.pending;
    // While loading, the panel shows its frame (search, dates) as soon as its code is here.
    const feature = this.filters === 'none' ? undefined : pending ? this.feed.feature : loaded?.feature;
    const side = feature !== undefined && this.width.width >= SIDE_PANEL_FROM_PX;
    const filter = this.filter;
    return html`<div class="root" lang=${m.tag}>
      <button type="button" class="skip-link" part="button skip" @click=${this.skipToCalendar}>${m.skipToCalendar}</button>
      ${toolbar({
        heading,
        headingId,
        view: this.view === 'list' ? 'list' : 'month',
        m,
        previous: () => this.goTo(addMonths(this.cursor!, -1)),
        next: () => this.goTo(addMonths(this.cursor!, 1)),
        today: () => this.goTo(this.today()),
        setView: (view) => (this.view = view),
      })}
      <div class="live sr-only" role="status" aria-live="polite" aria-atomic="true">${pending ? m.loading : this.announcer.text}</div>
      ${feature && filter && !pending ? feature.activeChips(filter.criteria, m, filter.chipActions, this.shown?.count ?? 0) : nothing}
      <div class="layout${side ? ' with-panel' : ''}">
        ${feature && filter
          ? feature.filterPanel({
              facets: this.shown?.facets ?? NO_FACETS,
              criteria: filter.criteria,
              m,
              collapsible: !side,
              expanded: filter.expanded,
              results: this.shown?.count ?? 0,
              invalidDates: filter.invalidDates,
              actions: filter.actions,
            })
          : nothing}
        <div class="main">${this.renderRunning(m)}${body}</div>
      </div>
      ${loaded && !pending ? this.renderSources(loaded, m) : nothing}
      ${loaded && !pending ? incompleteNotice(this.feed.skipped, m) : nothing}
      ${loaded?.feed.subscribeUrl && loaded.feature && !pending ? loaded.feature.subscribeBox(loaded.feed.subscribeUrl, m, this.addressCopied, () => {
        this.addressCopied = true;
        this.announcer.say(m.participate.copied);
      }) : nothing}
      <dialog
        class="details"
        part="details"
        aria-labelledby="details-title"
        @close=${this.details.onClosed}
        @click=${this.details.onClick}
        @keydown=${this.details.onKeydown}
      >
        ${this.details.view?.detailsContent({
          occ: this.details.selected,
          ctx: this.timeContext(m),
          today: this.today(),
          close: () => this.details.close(),
          addToCalendar: icsDownloadAvailable ? (occ) => this.saveToCalendar([occ.event], occ.event.title) : null,
        })}
      </dialog>
    </div>`;
  }

  /** With several sources: those on their way or missing, each missing one with a retry. */
  private renderSources({ sources }: LoadedFeed, m: Messages) {
    const several = this.feed.several;
    if (!several || sources.length < 2) return nothing;
    this.adoptMoreStyles(several.sourcesStyles);
    return several.sourcesNotice(sources, m, (s) => errorDetail(s.error, m).message, (s) => this.feed.retrySource(s));
  }

  private moreStyles: CSSResult[] = [];

  /** Styles that come with code loaded on demand (the filter panel, the details dialog), added once. */
  private adoptMoreStyles(styles: CSSResult) {
    if (this.moreStyles.includes(styles)) return;
    this.moreStyles.push(styles);
    adoptStyles(this.renderRoot as ShadowRoot, [...ParticipationCalendar.elementStyles, ...this.moreStyles]);
  }

  /** The month turns compact in a narrow widget: markers in the grid, the chosen day's events below. */
  private compact() {
    return this.width.width < COMPACT_BELOW_PX;
  }

  private timeContext(m: Messages): TimeContext {
    return { m, timeZone: this.feed.zoneFor(this.feed.value?.feed) };
  }

  private renderPeriod({ index }: LoadedFeed, cursor: number, heading: string, headingId: string, m: Messages) {
    const shown = this.shown!;
    const ctx = this.timeContext(m);
    const monthStart = firstOfMonth(cursor);
    const monthEnd = lastOfMonth(cursor);
    const actions = { open: (occ: Occurrence, trigger: HTMLElement) => this.details.open(occ, trigger) };
    const { count } = shown;

    let content;
    if ('groups' in shown) {
      const { groups } = shown;
      const events = () => [...new Set([...groups.running, ...groups.days.flatMap((d) => d.items)].map((o) => o.event))];
      const addAll = count && icsDownloadAvailable
        ? { label: m.participate.addAllToCalendar(count), go: () => this.saveToCalendar(events(), `${m.calendarLabel} ${heading}`) }
        : null;
      content = listView({ ...shown.rows, headingId, ctx, today: this.today(), actions, addAll });
    } else {
      content = monthView({
        weeks: shown.weeks,
        month: monthStart,
        focusDay: cursor,
        today: this.today(),
        compact: this.compact(),
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

    // A range-paged feed's month still on its way: the grid stays (focus too), above it the loading line.
    const notice = this.feed.monthLoading(monthStart) ? loadingState(m) : periodNotice({
      ranged: this.feed.ranged,
      heading, count, unfiltered: shown.unfiltered,
      filtersActive: isActive(this.criteria),
      resetFilters: () => this.filter?.actions.reset(),
      nextDay: () => index.nextDayWithEvents(monthEnd),
      goTo: (day) => this.goTo(day),
    }, m);
    return html`${notice}${'groups' in shown && count === 0 ? nothing : content}`;
  }

  /** "Jetzt mitmachen": phases open today, with the active filters, when the feed is there. */
  private renderRunning(m: Messages) {
    const loaded = this.feed.value;
    if (this.running === 'none' || !loaded?.feature || this.feed.pending) return nothing;
    const today = this.today();
    const phases = this.openToday(loaded.index, loaded.filters, this.criteria, today, loaded.feature);
    return loaded.feature.runningStrip(phases, today, this.timeContext(m), (occ, trigger) => this.details.open(occ, trigger));
  }

  private readonly openToday = memoizeOne(
    (index: EventIndex, filters: FilterIndex | undefined, criteria: FilterCriteria, today: number, feature: Panels) => {
      const occs = index.occurrences(today, today);
      return feature.openPhases(filters ? filters.filter(occs, criteria) : occs, today);
    },
  );

  /** Saves events as an .ics file; the list's button saves what it shows, filters applied. */
  private saveToCalendar(events: readonly CalendarEvent[], name: string) {
    const feed = this.feed.value?.feed;
    const messages = this.strings.messages;
    if (!feed || !messages || !events.length) return;
    const { m, timeZone } = this.timeContext(messages);
    downloadIcs(events, { feedTimeZone: feed.timezone, name, m, timeZone }).catch((error) =>
      console.error('participation-calendar: could not make the calendar file:', error),
    );
  }

  protected override updated() {
    if (this.focusCursorAfterUpdate) {
      this.focusCursorAfterUpdate = false;
      this.renderRoot.querySelector<HTMLElement>(`[role="gridcell"][data-day="${this.cursor}"]`)?.focus();
    }
    if (this.shown && 'rows' in this.shown && this.shown.rows.truncated && !this.moreRowsQueued) {
      this.moreRowsQueued = true;
      // The next rows are rendered in a task after this frame is painted: in the frame's own
      // rAF they would add their render to its layout, one long task.
      requestAnimationFrame(() => setTimeout(() => {
        this.moreRowsQueued = false;
        this.listRows += LIST_ROWS_PER_FRAME;
      }));
    }
    this.writeUrlState();
    // A range-paged feed: the month shown, then its neighbours while idle.
    if (this.feed.value) this.feed.showMonth(firstOfMonth(this.cursor!));
  }

  /** Mirrors the state into the URL (with `url-state`) once the feed is there and the URL's own state applied. */
  private writeUrlState() {
    if (!this.feed.value || this.pendingUrlState) return;
    this.url?.sync({
      view: this.view === 'list' ? 'list' : 'month',
      month: firstOfMonth(this.cursor!),
      criteria: this.criteria,
      ...(this.details.selected ? { event: this.details.selected.key } : {}),
    });
  }

  /** Back or forward: the URL's state becomes the widget's (`onlyGiven`: what the URL names, over what is shown). */
  private applyUrlState(state: UrlState, onlyGiven = false) {
    if (state.view || !onlyGiven) this.view = state.view ?? 'month';
    // The focused day stays where the month does not change; an address without a month is the first one shown.
    const month = state.month ?? (onlyGiven ? undefined : firstOfMonth(this.startDay()));
    if (month !== undefined && month !== firstOfMonth(this.cursor!)) this.cursor = month;
    if (isActive(state.criteria) || !onlyGiven) this.filter?.restore(state.criteria);
    const loaded = this.feed.value;
    if (state.event && loaded) this.openByKey(state.event, loaded.index);
    else if (!state.event && this.details.selected) this.details.close();
  }

  /** Opens the details of an occurrence named in the URL, if the shown month has it. */
  private openByKey(key: string, index: EventIndex) {
    const from = firstOfMonth(this.cursor!);
    const occ = index.occurrences(from, lastOfMonth(from)).find((o) => o.key === key);
    if (occ) this.details.open(occ, null);
  }

  private goTo(day: number) {
    this.cursor = day;
    this.expandedDay = null;
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

// Typed listeners: `el.addEventListener('load', (e) => e.detail.count)` needs no cast.
// Declared by merging, not overridden: no code runs for it.
export interface ParticipationCalendar {
  addEventListener<K extends keyof ParticipationCalendarEventMap>(
    type: K,
    listener: (this: ParticipationCalendar, event: ParticipationCalendarEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ParticipationCalendarEventMap>(
    type: K,
    listener: (this: ParticipationCalendar, event: ParticipationCalendarEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'participation-calendar': ParticipationCalendar;
  }
}
