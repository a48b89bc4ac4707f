import { onDemand } from '../data/load/on-demand.js';
import { LISTS, type ListFacet } from '../data/filter/filter-criteria.js';

export type Panels = typeof import('./panels.js');

// Its icons, a chunk shared with the details, are requested with it (not a round trip later).
const panels = onDemand(() => {
  import('../views/access-icons.js').catch(() => {});
  return import('./panels.js');
});

/** Loads the filter panel and its logic once; later calls share the promise. */
export function loadPanels(): Promise<Panels> {
  return panels.load();
}

/** The filter code when it is already here (fetched while the page was idle), for a first render that shows the panel at once. */
export function panelsIfLoaded(): Panels | undefined {
  return panels.value;
}

/** The attributes that decide whether a calendar uses the filter code: panel, strip and the presets. */
export type FilterUse = { filters?: string | undefined; running?: string | undefined } & { readonly [list in ListFacet]?: string | undefined };

/** The panel and the "Jetzt mitmachen" strip use it, and presets need its matching even without either. */
export function usesPanels(c: FilterUse): boolean {
  return c.filters !== 'none' || c.running !== 'none' || LISTS.some((list) => c[list]);
}
