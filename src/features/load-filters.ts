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
