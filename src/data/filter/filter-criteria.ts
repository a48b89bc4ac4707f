/**
 * The filter criteria as a value: what the element keeps in its state, the
 * URL and the `filter-change` event. Small on purpose: the code that applies
 * criteria (filter.ts, search.ts) is loaded with the filter panel, not before.
 */
import type { EventFormat } from '../event.js';

export type FormatValue = EventFormat;

/** Every format, in the order the panel lists them. */
export const FORMATS: readonly FormatValue[] = ['in-person', 'online', 'hybrid'];

export interface FilterCriteria {
  categories: string[];
  districts: string[];
  formats: FormatValue[];
  /**
   * Who can take part, all of which must hold (unlike the other facets): an access fact
   * (`step-free`), a language (`lang:tr`) or an audience (`for:Familien`); see access-keys.ts.
   */
  access: string[];
  /**
   * Names of sources (a widget with several feeds): an event matches when any of
   * its `sources` is selected, as with categories.
   */
  sources: string[];
  /** First day (day number, inclusive); null = open. */
  from: number | null;
  /** Last day (day number, inclusive); null = open. */
  to: number | null;
  /** Free text as typed; see search.ts for how it matches. */
  text: string;
}

/** The criteria's lists of chosen values, in the order the panel shows their groups and chips. */
export const LISTS = ['categories', 'districts', 'formats', 'access', 'sources'] as const;
export type ListFacet = (typeof LISTS)[number];

// Frozen so that a view pushing into NO_FILTER.categories cannot change every later reset.
export const NO_FILTER = Object.freeze({
  ...Object.fromEntries(LISTS.map((list) => [list, Object.freeze([])])), from: null, to: null, text: '',
}) as FilterCriteria;

/** A bound that is not a finite day number (null, NaN from an emptied date input) leaves the range open. */
const isBound = (day: number | null): day is number => day !== null && Number.isFinite(day);
export const bound = (day: number | null, open: number) => (isBound(day) ? day : open);

export function isActive(c: FilterCriteria): boolean {
  return LISTS.some((list) => c[list].length > 0) || isBound(c.from) || isBound(c.to) || /[\p{L}\p{N}]/u.test(c.text);
}
