import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FORMATS, type FilterCriteria, type FormatValue } from '../data/filter/filter-criteria.js';
import { formatIsoDate, parseIsoDayNumber } from '../data/time/plain-date.js';

/** What the widget keeps in the page URL with the `url-state` attribute. */
export interface UrlState {
  view?: 'month' | 'list';
  /** First day of the shown month. */
  month?: number;
  criteria: FilterCriteria;
  /** Key of the occurrence whose details are open. */
  event?: string;
}

/**
 * What a URL may ask for: a resident clicks a handful of filters; a link with
 * thousands of values (or one of 77 KB) is made to freeze the page that reads it.
 */
const MAX_VALUES = 100;
const MAX_LENGTH = 300;

const ignored = (what: string) => console.warn(`participation-calendar: ignored ${what} in the page URL`);

/**
 * A list parameter: URLSearchParams has decoded the parameter, and each value in
 * it was encoded once more by encodeList (so that a comma inside a value
 * survives). That one level is decoded here, once: a value that is not
 * encoded that way (a stray `%`) is malformed and ignored, as are values
 * beyond MAX_VALUES or longer than MAX_LENGTH; the rest of the state stands.
 */
function list(value: string | null, key: string): string[] {
  const items = value ? value.split(',') : [];
  if (items.length > MAX_VALUES) ignored(`${items.length - MAX_VALUES} values of ${key} after the first ${MAX_VALUES}`);
  return items.slice(0, MAX_VALUES).flatMap((item) => {
    try {
      const decoded = decodeURIComponent(item);
      if (decoded.length <= MAX_LENGTH) return decoded ? [decoded] : [];
    } catch {
      // URIError: malformed, reported below like a value too long.
    }
    ignored(`the value '${item.slice(0, 40)}' of ${key}`);
    return [];
  });
}
const encodeList = (values: readonly string[]) => values.map((v) => encodeURIComponent(v)).join(',');

/**
 * Reads the widget's state from a query string. Parameters are namespaced
 * (`pc-view`, `pc-month`, …) so the host page's own parameters survive.
 */
export function decodeUrlState(search: string, ns: string): UrlState {
  const params = new URLSearchParams(search);
  const get = (key: string) => {
    const value = params.get(`${ns}-${key}`);
    // Lists are capped value by value (see list); a single value as a whole.
    if (!value || value.length <= MAX_LENGTH || /^(cat|dist|fmt|src)$/.test(key)) return value;
    ignored(`${ns}-${key} (${value.length} characters)`);
    return null;
  };
  const view = get('view');
  const event = get('event');
  const month = get('month');
  const monthDay = month && /^\d{4}-\d{2}$/.test(month) ? parseIsoDayNumber(`${month}-01`) : null;
  const day = (key: string) => {
    const value = get(key);
    return value ? parseIsoDayNumber(value) : null;
  };
  return {
    ...(view === 'month' || view === 'list' ? { view } : {}),
    ...(monthDay !== null ? { month: monthDay } : {}),
    criteria: {
      categories: list(get('cat'), `${ns}-cat`),
      districts: list(get('dist'), `${ns}-dist`),
      formats: list(get('fmt'), `${ns}-fmt`).filter((f): f is FormatValue => {
        if (FORMATS.includes(f as FormatValue)) return true;
        ignored(`the format '${f}'`);
        return false;
      }),
      access: list(get('acc'), `${ns}-acc`),
      sources: list(get('src'), `${ns}-src`),
      from: day('from'),
      to: day('to'),
      text: get('q') ?? '',
    },
    ...(event ? { event } : {}),
  };
}

/** The query string with the widget's parameters replaced by `state` and every other parameter kept. */
export function encodeUrlState(state: UrlState, ns: string, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(`${ns}-`)) params.delete(key);
  const set = (key: string, value: string | undefined) => {
    if (value) params.set(`${ns}-${key}`, value);
  };
  const c = state.criteria;
  set('view', state.view);
  set('month', state.month === undefined ? undefined : formatIsoDate(state.month).slice(0, 7));
  set('cat', encodeList(c.categories));
  set('dist', encodeList(c.districts));
  set('fmt', encodeList(c.formats));
  set('acc', encodeList(c.access));
  set('src', encodeList(c.sources));
  set('from', c.from === null ? undefined : formatIsoDate(c.from));
  set('to', c.to === null ? undefined : formatIsoDate(c.to));
  set('q', c.text.trim() || undefined);
  set('event', state.event);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** What identifies a state for history: everything but the search text (typing replaces, not adds). */
function stateKey(state: UrlState): string {
  const c = state.criteria;
  return JSON.stringify([state.view ?? 'month', state.month ?? null, c.categories, c.districts, c.formats, c.access, c.sources, c.from, c.to, state.event ?? null]);
}

/**
 * Keeps the widget's state in the page URL, but only when asked to with the
 * `url-state` attribute (a page has one URL; two widgets must not fight over it:
 * only those with the attribute write, each under its own namespace). Back and
 * forward move through the states the user made.
 */
export class UrlStateController implements ReactiveController {
  /** The last state synced, its search text left out. */
  private synced?: string;

  constructor(
    host: ReactiveControllerHost,
    /** The namespace, or null when the widget must not touch the URL. */
    private readonly namespace: () => string | null,
    private readonly apply: (state: UrlState) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.onPopState);
  }

  /** The state in the URL now, or null without `url-state`. */
  read(): UrlState | null {
    const ns = this.namespace();
    return ns === null ? null : decodeUrlState(location.search, ns);
  }

  /** Writes the state: a new history entry for a step the user took, a replacement while typing. */
  write(state: UrlState, { replace = false } = {}) {
    const ns = this.namespace();
    if (ns === null) return;
    const search = encodeUrlState(state, ns, location.search);
    if (search === location.search || (search === '' && location.search === '')) return;
    const url = `${location.pathname}${search}${location.hash}`;
    if (replace) history.replaceState(history.state, '', url);
    else history.pushState(history.state, '', url);
  }

  /**
   * Mirrors the widget's state: a history entry per step the user took;
   * typing in the search field replaces the current entry. The first state
   * (a plain visit, or the state the URL brought) is not written: an address
   * someone bookmarks keeps meaning "this month", until a resident acts.
   */
  sync(state: UrlState) {
    const key = stateKey(state);
    const first = this.synced === undefined;
    const replace = key === this.synced;
    this.synced = key;
    if (!first) this.write(state, { replace });
  }

  /** Back or forward. A popstate that leaves the widget's parameters as they are (a #link on the page) changes nothing. */
  private onPopState = () => {
    const state = this.read();
    if (!state || stateKey(state) === this.synced) return;
    this.synced = stateKey(state);
    this.apply(state);
  };
}
