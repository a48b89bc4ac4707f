/** An option of the filter panel's groups, as FilterIndex.facets lists it (types only). */
export interface FacetOption {
  value: string;
  count: number;
  selected: boolean;
  /** A source's number in the feed's order of sources (1 = first), which picks its colour token. */
  position?: number;
}

/** A facet's options; `more`: values of the feed not listed (see MAX_OPTIONS in filter.ts), for a "+N weitere" line. */
export type FacetOptions = FacetOption[] & { more?: number };
