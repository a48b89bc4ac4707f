export type FilterFeature = typeof import('./filters.js');

let loading: Promise<FilterFeature> | undefined;
let loaded: FilterFeature | undefined;

/** Loads the filter panel and its logic once; later calls share the promise. */
export function loadFilterFeature(): Promise<FilterFeature> {
  loading ??= import('./filters.js').then(
    (feature) => (loaded = feature),
    (error) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The filter code when it is already here (fetched while the page was idle), for a first render that shows the panel at once. */
export function filterFeatureIfLoaded(): FilterFeature | undefined {
  return loaded;
}

/** The attributes that decide whether a calendar uses the filter code. */
export interface FilterUse {
  filters?: string;
  running?: string;
  categories?: string;
  districts?: string;
  formats?: string;
}

/** The panel and the "Jetzt mitmachen" strip use it, and presets need its matching even without either. */
export function usesFilterFeature(c: FilterUse): boolean {
  return c.filters !== 'none' || c.running !== 'none' || Boolean(c.categories || c.districts || c.formats);
}
