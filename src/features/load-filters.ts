export type FilterFeature = typeof import('./filters.js');

let loading: Promise<FilterFeature> | undefined;

/** Loads the filter panel and its logic once; later calls share the promise. */
export function loadFilterFeature(): Promise<FilterFeature> {
  loading ??= import('./filters.js').catch((error) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
