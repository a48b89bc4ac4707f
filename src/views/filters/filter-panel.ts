import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Facets, FacetOptions, FilterCriteria, FormatValue } from '../../data/filter/filter.js';
import { LISTS, type ListFacet } from '../../data/filter/filter-criteria.js';
import { accessLabel } from './access-label.js';
import { swatch } from './source-swatch.js';
import { formatDay } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

export type Facet = ListFacet;

export interface FilterActions {
  /** Opens or closes the narrow panel's dialog. */
  toggle(): void;
  /** The dialog was closed (Escape, a button): the panel is folded again. */
  closed(): void;
  setText(text: string): void;
  /** The search field got focus: a good moment to get its index ready. */
  searchFocused(): void;
  setValue(facet: Facet, value: string, selected: boolean): void;
  setDate(bound: 'from' | 'to', day: number | null): void;
  /** What the resident typed into a date field. */
  setDateText(bound: 'from' | 'to', text: string): void;
  reset(): void;
}

export interface FilterPanelProps {
  facets: Facets;
  criteria: FilterCriteria;
  m: Messages;
  /** Narrow container: the panel opens as a dialog from a button above the calendar. */
  collapsible: boolean;
  expanded: boolean;
  /** Results of the period with the current criteria, for the dialog's closing button. */
  results: number;
  /** Date fields whose text is no day: kept as typed, marked invalid. */
  invalidDates: Partial<Record<'from' | 'to', string>>;
  actions: FilterActions;
}

export const activeFilterCount = (c: FilterCriteria) =>
  LISTS.reduce((n, list) => n + c[list].length, 0) + (c.text.trim() ? 1 : 0) + (c.from !== null ? 1 : 0) + (c.to !== null ? 1 : 0);

/** An option group with more choices than this starts folded in the side panel (fewer tab stops to the calendar). */
const FOLD_ABOVE = 5;

/**
 * The filter panel: native controls in fieldsets with legends, every option
 * with the number of results it would give (options that would give none
 * are disabled). Beside the calendar on a wide container; on a narrow one a
 * button above the calendar opens it as a modal dialog that ends with
 * "N Ergebnisse anzeigen", so the calendar is never pushed off screen.
 */
export function filterPanel(p: FilterPanelProps) {
  const { m, criteria, actions } = p;
  const active = activeFilterCount(criteria);
  const panel = panelContent(p);
  if (!p.collapsible) return html`<div class="filters" part="filters">${panel}</div>`;
  return html`<div class="filters collapsible" part="filters">
    <button
      type="button"
      class="text-button filter-toggle animate"
      part="button filter-toggle"
      aria-haspopup="dialog"
      aria-expanded=${String(p.expanded)}
      @click=${actions.toggle}
    >
      ${active ? m.filters.toggleActive(active) : m.filters.toggle}
    </button>
    <dialog class="filter-dialog" aria-labelledby="filter-heading" @close=${actions.closed}>
      ${p.expanded
        ? html`<button type="button" class="icon-button dialog-close animate" part="button close-filters" aria-label=${m.filters.close} @click=${actions.toggle}>×</button>
            ${panel}
            <div class="filter-dialog-footer">
              <button type="button" class="text-button primary animate" part="button show-results" @click=${actions.toggle}>${m.filters.showResults(p.results)}</button>
            </div>`
        : nothing}
    </dialog>
  </div>`;
}

function panelContent(p: FilterPanelProps) {
  const { m, criteria, facets, actions } = p;
  return html`<section id="filter-panel" class="filter-panel" aria-labelledby="filter-heading">
    <h3 id="filter-heading" class="filter-heading">${m.filters.heading}</h3>
    <div class="filter-field" role="search">
      <label for="filter-search">${m.filters.search}</label>
      <input
        id="filter-search"
        type="search"
        autocomplete="off"
        aria-describedby="filter-search-hint"
        .value=${live(criteria.text)}
        @input=${(e: Event) => actions.setText((e.target as HTMLInputElement).value)}
        @focus=${actions.searchFocused}
      />
      <span id="filter-search-hint" class="hint">${m.filters.searchHint}</span>
    </div>
    ${facetGroup('categories', m.filters.categories, facets.categories, (v) => v, p)}
    ${facetGroup('districts', m.filters.districts, facets.districts, (v) => v, p)}
    ${facetGroup('formats', m.filters.formats, facets.formats, (v) => m.formats[v as FormatValue], p)}
    ${facetGroup('sources', m.filters.sources, facets.sources, (v) => v, p)}
    ${facetGroup('access', m.access.heading, facets.access, (v) => accessLabel(v, m), p, m.access.allOf)}
    <fieldset class="filter-group dates">
      <legend>${m.filters.dates}</legend>
      ${dateInput('from', m.filters.from, criteria.from, p)} ${dateInput('to', m.filters.to, criteria.to, p)}
    </fieldset>
  </section>`;
}

function facetGroup(facet: Facet, legend: string, options: FacetOptions, label: (value: string) => string, p: FilterPanelProps, hint?: string) {
  // A feed without districts (or categories) gets no empty fieldset.
  if (!options.length) return nothing;
  const hintId = `filter-${facet}-hint`;
  const fieldset = html`<fieldset class="filter-group" aria-describedby=${hint ? hintId : nothing}>
    <legend class=${p.collapsible || options.length <= FOLD_ABOVE ? '' : 'sr-only'}>${legend}</legend>
    ${hint ? html`<p class="hint" id=${hintId}>${hint}</p>` : nothing}
    <ul class="options" role="list">
      ${options.map((o) => {
        // Would show nothing: not checkable (unless already chosen, so it can be undone).
        const unavailable = o.count === 0 && !o.selected;
        return html`<li>
          <label class="option${o.count === 0 ? ' empty' : ''}">
            <input
              type="checkbox"
              .checked=${live(o.selected)}
              ?disabled=${unavailable}
              @change=${(e: Event) => p.actions.setValue(facet, o.value, (e.target as HTMLInputElement).checked)}
            />
            <span class="option-label">${swatch(o.position)}${label(o.value)}</span>
            <span class="option-count">${p.m.filters.optionCount(o.count)}${unavailable ? html`<span class="sr-only">, ${p.m.filters.unavailable}</span>` : nothing}</span>
          </label>
        </li>`;
      })}
      ${options.more ? html`<li>${p.m.more(options.more)}</li>` : nothing}
    </ul>
  </fieldset>`;
  if (p.collapsible || options.length <= FOLD_ABOVE) return fieldset;
  const chosen = options.filter((o) => o.selected).length;
  return html`<details class="filter-fold" ?open=${chosen > 0}>
    <summary>${legend}${chosen ? html` <span class="fold-count">(${chosen})</span>` : nothing}</summary>
    ${fieldset}
  </details>`;
}

/**
 * A date as text in the widget's language ("24.12.2026"; ISO works too):
 * the browser's date field would show its own language's format instead.
 */
function dateInput(bound: 'from' | 'to', label: string, value: number | null, p: FilterPanelProps) {
  const id = `filter-${bound}`;
  const invalid = p.invalidDates[bound];
  return html`<span class="date-field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="text"
      inputmode="numeric"
      autocomplete="off"
      placeholder=${p.m.filters.datePlaceholder}
      aria-invalid=${invalid === undefined ? 'false' : 'true'}
      aria-describedby=${invalid === undefined ? nothing : `${id}-error`}
      .value=${live(invalid ?? (value === null ? '' : formatDay(value, 'numeric', p.m)))}
      @change=${(e: Event) => p.actions.setDateText(bound, (e.target as HTMLInputElement).value)}
    />
    ${invalid === undefined ? nothing : html`<span id=${`${id}-error`} class="hint error">${p.m.filters.dateInvalid}</span>`}
  </span>`;
}

export interface ChipActions {
  remove(kind: Facet | 'text' | 'from' | 'to', value?: string): void;
  reset(): void;
}

/**
 * Active filters as removable chips, one control that resets them all, and
 * the number of results they give, visible (screen readers hear it through
 * the live region once the resident pauses).
 */
export function activeChips(criteria: FilterCriteria, m: Messages, actions: ChipActions, results: number) {
  const chips: { label: string; remove: () => void }[] = [];
  for (const facet of LISTS) {
    for (const value of criteria[facet]) {
      const text = facet === 'formats' ? m.formats[value as FormatValue] : facet === 'access' ? accessLabel(value, m) : value;
      chips.push({ label: text, remove: () => actions.remove(facet, value) });
    }
  }
  if (criteria.text.trim()) chips.push({ label: m.filters.searchChip(criteria.text.trim()), remove: () => actions.remove('text') });
  if (criteria.from !== null) chips.push({ label: m.filters.fromChip(formatDay(criteria.from, 'shortDate', m)), remove: () => actions.remove('from') });
  if (criteria.to !== null) chips.push({ label: m.filters.toChip(formatDay(criteria.to, 'shortDate', m)), remove: () => actions.remove('to') });
  if (!chips.length) return nothing;
  return html`<div class="chips" part="chips" role="group" aria-label=${m.filters.active}>
    <ul role="list">
      ${chips.map(
        (chip) => html`<li>
          <button type="button" class="chip-button animate" part="button chip" @click=${chip.remove}>
            <span class="sr-only">${m.filters.removeChip} </span>${chip.label}<span class="chip-x" aria-hidden="true">×</span>
          </button>
        </li>`,
      )}
    </ul>
    <button type="button" class="text-button reset animate" part="button reset" @click=${actions.reset}>${m.filters.reset}</button>
    <p class="result-count" aria-hidden="true">${m.filters.results(results)}</p>
  </div>`;
}
