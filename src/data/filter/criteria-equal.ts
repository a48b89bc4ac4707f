/** Comparing criteria: for the filter controller and the URL, in their chunks (not the ES entry). */
import { LISTS, type FilterCriteria } from './filter-criteria.js';

/** Same filter: selections compared as sets, text exactly (it is what the search box shows). */
export function criteriaEqual(a: FilterCriteria, b: FilterCriteria): boolean {
  return LISTS.every((list) => sameSet(a[list], b[list])) && Object.is(a.from, b.from) && Object.is(a.to, b.to) && a.text === b.text;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a), sb = new Set(b);
  return sa.size === sb.size && [...sa].every((v) => sb.has(v));
}
