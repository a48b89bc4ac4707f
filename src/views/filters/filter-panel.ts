import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Facets, FacetOption, FilterCriteria, FormatValue } from '../../data/filter/filter.js';
import { formatIsoDate, parseIsoDayNumber } from '../../data/time/plain-date.js';
import { formatDay } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

export type Facet = 'categories' | 'districts' | 'formats';

export interface FilterActions {
  toggle(): void;
  setText(text: string): void;
  /** The search field got focus: a good moment to get its index ready. */
  searchFocused(): void;
  setValue(facet: Facet, value: string, selected: boolean): void;
  setDate(bound: 'from' | 'to', day: number | null): void;
  reset(): void;
}

export interface FilterPanelProps {
  facets: Facets;
  criteria: FilterCriteria;
  m: Messages;
  /** Narrow container: the panel is a disclosure behind a button. */
  collapsible: boolean;
  expanded: boolean;
  actions: FilterActions;
}

export const activeFilterCount = (c: FilterCriteria) =>
  c.categories.length + c.districts.length + c.formats.length + (c.text.trim() ? 1 : 0) + (c.from !== null ? 1 : 0) + (c.to !== null ? 1 : 0);

/**
 * The filter panel: native controls in fieldsets with legends, every option
 * with the number of results it would give. On a narrow container it is a
 * disclosure (a button with aria-expanded that shows and hides it).
 */
export function filterPanel(p: FilterPanelProps) {
  const { m, criteria, facets, actions } = p;
  const active = activeFilterCount(criteria);
  const hidden = p.collapsible && !p.expanded;
  return html`<div class="filters${p.collapsible ? ' collapsible' : ''}" part="filters">
    ${p.collapsible
      ? html`<button
          type="button"
          class="text-button filter-toggle animate"
          part="button filter-toggle"
          aria-expanded=${String(p.expanded)}
          aria-controls="filter-panel"
          @click=${actions.toggle}
        >
          ${active ? m.filters.toggleActive(active) : m.filters.toggle}
        </button>`
      : nothing}
    <section id="filter-panel" class="filter-panel" aria-labelledby="filter-heading" ?hidden=${hidden}>
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
      ${facetFieldset('categories', m.filters.categories, facets.categories, (v) => v, p)}
      ${facetFieldset('districts', m.filters.districts, facets.districts, (v) => v, p)}
      ${facetFieldset('formats', m.filters.formats, facets.formats, (v) => m.formats[v as FormatValue], p)}
      <fieldset class="filter-group dates">
        <legend>${m.filters.dates}</legend>
        ${dateInput('from', m.filters.from, criteria.from, criteria.to, p)} ${dateInput('to', m.filters.to, criteria.to, criteria.from, p)}
      </fieldset>
    </section>
  </div>`;
}

function facetFieldset(facet: Facet, legend: string, options: FacetOption[], label: (value: string) => string, p: FilterPanelProps) {
  // A feed without districts (or categories) gets no empty fieldset.
  if (!options.length) return nothing;
  return html`<fieldset class="filter-group">
    <legend>${legend}</legend>
    <ul class="options" role="list">
      ${options.map(
        (o) => html`<li>
          <label class="option${o.count === 0 ? ' empty' : ''}">
            <input
              type="checkbox"
              .checked=${live(o.selected)}
              @change=${(e: Event) => p.actions.setValue(facet, o.value, (e.target as HTMLInputElement).checked)}
            />
            <span class="option-label">${label(o.value)}</span>
            <span class="option-count">${p.m.filters.optionCount(o.count)}</span>
          </label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

function dateInput(bound: 'from' | 'to', label: string, value: number | null, other: number | null, p: FilterPanelProps) {
  const id = `filter-${bound}`;
  return html`<span class="date-field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type="date"
      .value=${live(value === null ? '' : formatIsoDate(value))}
      min=${bound === 'to' && other !== null ? formatIsoDate(other) : nothing}
      max=${bound === 'from' && other !== null ? formatIsoDate(other) : nothing}
      @change=${(e: Event) => p.actions.setDate(bound, parseIsoDayNumber((e.target as HTMLInputElement).value))}
    />
  </span>`;
}

export interface ChipActions {
  remove(kind: Facet | 'text' | 'from' | 'to', value?: string): void;
  reset(): void;
}

/** Active filters as removable chips, and one control that resets them all. */
export function activeChips(criteria: FilterCriteria, m: Messages, actions: ChipActions) {
  const chips: { label: string; remove: () => void }[] = [];
  for (const facet of ['categories', 'districts', 'formats'] as const) {
    for (const value of criteria[facet]) {
      chips.push({ label: facet === 'formats' ? m.formats[value as FormatValue] : value, remove: () => actions.remove(facet, value) });
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
  </div>`;
}
