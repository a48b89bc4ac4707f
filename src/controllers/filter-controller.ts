import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parsePresetList, resolvePresets, type FilterIndex } from '../data/filter/filter.js';
import { LISTS, NO_FILTER, type FilterCriteria, type ListFacet } from '../data/filter/filter-criteria.js';
import { criteriaEqual } from '../data/filter/criteria-equal.js';
import { formatIsoDate, parseDayInput } from '../data/time/plain-date.js';
import type { ChipActions, Facet, FilterActions } from '../views/filters/filter-panel.js';

/** `filter-change` detail: the active criteria, dates as `YYYY-MM-DD`. */
export interface FilterChangeDetail {
  categories: string[];
  districts: string[];
  formats: string[];
  /** Who can take part, all of which must hold: facts (`step-free`), languages (`lang:tr`), audiences (`for:Familien`). */
  access: string[];
  /** Names of the sources chosen (a widget with several feeds). */
  sources: string[];
  from: string | null;
  to: string | null;
  text: string;
}

/** The preset attributes, named as the criteria's lists (the element itself is one). */
export type PresetAttributes = { readonly [list in ListFacet]?: string | undefined };

/** How long the user must stop changing filters before the result count is announced. */
const ANNOUNCE_AFTER_MS = 700;

/**
 * The filter state: criteria from the editor's presets, the URL or the
 * resident's choices; the panel's disclosure; the `filter-change` event; and
 * the polite announcement of the result count once the user pauses.
 */
export class FilterController implements ReactiveController {
  criteria: FilterCriteria = NO_FILTER;
  /** The narrow panel's dialog is open. */
  expanded = false;
  /** Date fields whose text is no day, as typed. */
  invalidDates: Partial<Record<'from' | 'to', string>> = {};
  private presetsApplied?: { index: FilterIndex; key: string };
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly presets: () => PresetAttributes,
    /** Announces the number of results of the current criteria. */
    private readonly announce: () => void,
    /** The search field got focus. */
    private readonly onSearchFocus: () => void,
  ) {
    host.addController(this);
  }

  /** A widget taken off the page announces nothing more. */
  hostDisconnected() {
    clearTimeout(this.announceTimer);
  }

  /** The narrow panel's modal dialog follows `expanded`; closing it gives focus back to its button. */
  hostUpdated() {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('.filter-dialog');
    if (!dialog) return;
    if (this.expanded && !dialog.open) dialog.showModal();
    else if (!this.expanded && dialog.open) dialog.close();
  }

  /**
   * Applies the editor's preset attributes to a newly loaded feed (or when the
   * attributes change). Values the feed does not know are reported and ignored:
   * a typo must never leave residents with an empty calendar.
   */
  applyPresets(index: FilterIndex, overrides?: FilterCriteria) {
    const p = this.presets();
    const values = LISTS.map((list) => p[list]);
    const key = values.join('|');
    if (this.presetsApplied?.index === index && this.presetsApplied.key === key) return;
    this.presetsApplied = { index, key };
    const { criteria, unknown } = resolvePresets(index, Object.fromEntries(LISTS.map((list, i) => [list, parsePresetList(values[i])])));
    if (unknown.length) {
      console.warn(`participation-calendar: ignored preset values the feed does not contain: ${unknown.join(', ')}`);
    }
    // Search and dates do not depend on the feed: what the resident typed while it loaded stays.
    const { text, from, to } = this.criteria;
    this.criteria = overrides ?? { ...NO_FILTER, ...criteria, text, from, to };
  }

  /** A change the resident made: re-render, tell the page, announce the count after a pause. */
  set(criteria: FilterCriteria) {
    if (criteriaEqual(criteria, this.criteria) && criteria.text === this.criteria.text) return;
    this.criteria = criteria;
    this.host.requestUpdate();
    this.host.dispatchEvent(new CustomEvent<FilterChangeDetail>('filter-change', { detail: toDetail(criteria), bubbles: true, composed: true }));
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(this.announce, ANNOUNCE_AFTER_MS);
  }

  /** Restores criteria from the URL (back/forward): no event, it is not a new choice. */
  restore(criteria: FilterCriteria) {
    this.criteria = criteria;
    this.host.requestUpdate();
  }

  readonly actions: FilterActions & ChipActions = {
    toggle: () => {
      this.expanded = !this.expanded;
      this.host.requestUpdate();
    },
    closed: () => {
      if (this.expanded) this.actions.toggle();
      this.host.renderRoot.querySelector<HTMLElement>('.filter-toggle')?.focus();
    },
    setText: (text) => this.set({ ...this.criteria, text }),
    searchFocused: () => this.onSearchFocus(),
    setValue: (facet, value, selected) => {
      const values = this.criteria[facet] as string[];
      const next = selected ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
      this.set({ ...this.criteria, [facet]: next });
    },
    setDate: (bound, day) => this.set({ ...this.criteria, [bound]: day }),
    setDateText: (bound, text) => {
      const day = text.trim() ? parseDayInput(text) : null;
      const { [bound]: _, ...rest } = this.invalidDates;
      this.invalidDates = day === null && text.trim() ? { ...rest, [bound]: text } : rest;
      if (day !== null || !text.trim()) this.actions.setDate(bound, day);
      this.host.requestUpdate();
    },
    remove: (kind: Facet | 'text' | 'from' | 'to', value?: string) => {
      if (kind === 'text') this.set({ ...this.criteria, text: '' });
      else if (kind === 'from' || kind === 'to') this.set({ ...this.criteria, [kind]: null });
      else this.set({ ...this.criteria, [kind]: (this.criteria[kind] as string[]).filter((v) => v !== value) });
    },
    reset: () => this.set(NO_FILTER),
  };

  /**
   * The chips' actions, keeping focus where a keyboard user expects it: after
   * a chip is removed, on the chip now in its place, else on the search field;
   * after a reset, on the search field.
   */
  readonly chipActions: ChipActions = {
    remove: (kind, value) => {
      const root = this.host.renderRoot;
      const chips = [...root.querySelectorAll<HTMLElement>('.chip-button')];
      const at = chips.indexOf(root instanceof ShadowRoot ? (root.activeElement as HTMLElement) : chips[0]);
      this.actions.remove(kind, value);
      void this.host.updateComplete.then(() => {
        const rest = [...root.querySelectorAll<HTMLElement>('.chip-button')];
        (rest[Math.min(Math.max(at, 0), rest.length - 1)] ?? this.searchField())?.focus();
      });
    },
    reset: () => {
      this.actions.reset();
      void this.host.updateComplete.then(() => this.searchField()?.focus());
    },
  };

  private searchField() {
    return this.host.renderRoot.querySelector<HTMLElement>('#filter-search, .filter-toggle');
  }
}

function toDetail(c: FilterCriteria): FilterChangeDetail {
  return {
    ...(Object.fromEntries(LISTS.map((list) => [list, [...c[list]]])) as Pick<FilterChangeDetail, (typeof LISTS)[number]>),
    from: c.from === null ? null : formatIsoDate(c.from),
    to: c.to === null ? null : formatIsoDate(c.to),
    text: c.text,
  };
}
