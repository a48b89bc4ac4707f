/**
 * The filter panel's logic: which occurrences match, and how many each option
 * would yield. Everything that costs string work (normalising search text,
 * collecting and sorting the feed's values) happens once per feed in
 * `FilterIndex`; a filter change is then one scan over the range's
 * occurrences, and the facet counts are one more.
 *
 * Within a facet the selected values combine with OR, across facets with AND;
 * an empty selection does not filter. Counts are numbers of occurrences,
 * because that is what the views list.
 */
import type { Slicer } from '../slicer.js';
import type { CalendarEvent, Occurrence } from '../event.js';
import { FORMATS, bound, type FilterCriteria, type FormatValue } from './filter-criteria.js';
import { haystackMatches, normalizeForSearch, searchHaystack, searchNeedles } from './search.js';
import { accessKeysNamed, accessKeysOf, hasAccessKey, orderAccessKeys } from './access-keys.js';
import { hasSource, sourceNamesOf, sourceOptions } from './source-facet.js';
import type { FacetOption, FacetOptions } from './facet-option.js';

export { FORMATS, NO_FILTER, isActive, type FilterCriteria, type FormatValue } from './filter-criteria.js';
export { criteriaEqual } from './criteria-equal.js';
export type { FacetOption, FacetOptions } from './facet-option.js';

export interface Facets {
  categories: FacetOptions;
  districts: FacetOptions;
  formats: FacetOption[];
  access: FacetOption[];
  /** With events of more than one source, or a source chosen (see source-facet.ts); else empty. */
  sources: FacetOptions;
}

/**
 * Options a facet lists at most. A city has a few dozen categories and up to
 * a hundred districts (Hamburg: 104); a feed that makes one up per event has
 * tens of thousands, and rendering them all froze the page for
 * seconds. Past this, the selected values and those of the period's first
 * occurrences are listed, and the rest counted in a "+N weitere" line.
 */
const MAX_OPTIONS = 200;

interface SearchEntry {
  event: CalendarEvent;
  /** ` word word …` of title, description, place and organizer (see `searchHaystack`). */
  haystack: string;
}

/** Criteria in the shape the scan wants: sets, numeric bounds, needles. */
interface Compiled {
  from: number;
  to: number;
  needles: string[];
  categories: ReadonlySet<string> | null;
  districts: ReadonlySet<string> | null;
  formats: ReadonlySet<string> | null;
  /** Keys that must all hold. */
  access: readonly string[];
  sources: ReadonlySet<string> | null;
}

const collator = new Intl.Collator('de');
const nonEmptySet = (values: readonly string[]) => (values.length ? new Set(values) : null);

function entryOf(event: CalendarEvent): SearchEntry {
  const { title, description, location, organizer } = event;
  const text = [title, description, location?.name, location?.address, organizer].filter(Boolean).join('\n');
  return { event, haystack: searchHaystack(text) };
}

export class FilterIndex {
  /** Every category of the feed, sorted the German way. */
  readonly categories: string[];
  /** Every district of the feed, sorted likewise. */
  readonly districts: string[];
  /** Every access key of the feed (see access-keys.ts): facts in their order, then languages, then audiences. */
  readonly access: string[];
  /** Every source the events name, in the order they first appear (the editor's order of sources). */
  readonly sources: string[];
  private readonly categorySet: ReadonlySet<string>;
  private readonly districtSet: ReadonlySet<string>;
  /** By `event.index`: an array lookup per occurrence, not a hash lookup. */
  private readonly entries: SearchEntry[] = [];
  /** Events the index was not built from (a caller mixing feeds): still answered correctly. */
  private readonly strays = new WeakMap<CalendarEvent, SearchEntry>();

  /**
   * Collects the facet values (one cheap pass). Search texts are normalised
   * only when needed: for the events a search meets, or all of them by
   * `prepare` once the resident goes to the search field. A calendar nobody
   * searches never pays ~3 ms and ~150 KB per 1,000 events for them.
   */
  constructor(events: readonly CalendarEvent[]) {
    const categories = new Set<string>(), districts = new Set<string>(), access = new Set<string>();
    for (const e of events) {
      for (const c of e.categories) categories.add(c);
      if (e.district !== undefined) districts.add(e.district);
      if (e.access || e.languages || e.audience) for (const key of accessKeysOf(e)) access.add(key);
    }
    this.access = orderAccessKeys(access, collator.compare);
    this.categorySet = categories;
    this.districtSet = districts;
    this.categories = [...categories].sort(collator.compare);
    this.districts = [...districts].sort(collator.compare);
    this.sources = sourceNamesOf(events);
  }

  /** Normalises every event's search text once, in time slices. */
  async prepare(events: readonly CalendarEvent[], slicer: Slicer): Promise<void> {
    for (const e of events) {
      this.entries[e.index] ??= entryOf(e);
      if (slicer.due()) await slicer.pause();
    }
  }

  /** The occurrences that match, in the order given. */
  filter(occs: readonly Occurrence[], c: FilterCriteria): Occurrence[] {
    const k = compile(c);
    return occs.filter((o) => this.matches(o, k));
  }

  count(occs: readonly Occurrence[], c: FilterCriteria): number {
    const k = compile(c);
    let n = 0;
    for (const o of occs) if (this.matches(o, k)) n++;
    return n;
  }

  /**
   * Each option with the number of occurrences it would show given the other
   * facets' selections (its own facet's selection is ignored for its counts).
   * Every feed value is listed, even with 0, and so is every selected value
   * the feed no longer has, so the user can still remove it.
   */
  facets(occs: readonly Occurrence[], c: FilterCriteria): Facets {
    const k = compile(c);
    const byCategory = new Map<string, number>(), byDistrict = new Map<string, number>(), byFormat = new Map<string, number>();
    const byAccess = new Map<string, number>(), bySource = new Map<string, number>();
    for (const o of occs) {
      if (o.lastDay < k.from || o.firstDay > k.to) continue;
      const e = o.event;
      const inCategory = matchesCategory(e, k), inDistrict = matchesDistrict(e, k), inFormat = matchesFormat(e, k), inAccess = matchesAccess(e, k);
      const inSource = matchesSource(e, k);
      const fails = +!inCategory + +!inDistrict + +!inFormat + +!inAccess + +!inSource;
      // Failing two facets, an occurrence counts for none of them: skip the text search.
      if (fails > 1) continue;
      if (k.needles.length && !haystackMatches(this.entry(e).haystack, k.needles)) continue;
      // An option's count holds the other facets' selections (its own facet's is ignored)…
      // (Validation keeps each category once, so an event counts once per category.)
      if (fails === 0 || !inCategory) for (const v of e.categories) byCategory.set(v, (byCategory.get(v) ?? 0) + 1);
      if ((fails === 0 || !inDistrict) && e.district !== undefined) byDistrict.set(e.district, (byDistrict.get(e.district) ?? 0) + 1);
      if ((fails === 0 || !inFormat) && e.format !== undefined) byFormat.set(e.format, (byFormat.get(e.format) ?? 0) + 1);
      if ((fails === 0 || !inSource) && e.sources) for (const v of e.sources) bySource.set(v, (bySource.get(v) ?? 0) + 1);
      // …except access, whose choices all must hold: its counts keep its own selection too.
      if (fails === 0 && (e.access || e.languages || e.audience)) for (const key of accessKeysOf(e)) byAccess.set(key, (byAccess.get(key) ?? 0) + 1);
    }
    return {
      categories: options(this.categories, this.categorySet, c.categories, byCategory),
      districts: options(this.districts, this.districtSet, c.districts, byDistrict),
      formats: FORMATS.map((value) => ({ value, count: byFormat.get(value) ?? 0, selected: c.formats.includes(value) })),
      access: [...this.access, ...c.access.filter((key) => !this.access.includes(key))].map((value) => ({
        value, count: byAccess.get(value) ?? 0, selected: c.access.includes(value),
      })),
      sources: sourceOptions(this.sources, c.sources, bySource),
    };
  }

  private matches(o: Occurrence, k: Compiled): boolean {
    const e = o.event;
    return o.lastDay >= k.from && o.firstDay <= k.to
      && matchesFormat(e, k) && matchesDistrict(e, k) && matchesCategory(e, k) && matchesAccess(e, k) && matchesSource(e, k)
      && (k.needles.length === 0 || haystackMatches(this.entry(e).haystack, k.needles));
  }

  private entry(e: CalendarEvent): SearchEntry {
    const entry = this.entries[e.index];
    if (entry?.event === e) return entry;
    // Not normalised yet: do it now and keep it. (A stray event
    // taking a free slot is harmless: the `event === e` check above guards every read.)
    if (entry === undefined) return (this.entries[e.index] = entryOf(e));
    let stray = this.strays.get(e);
    if (!stray) this.strays.set(e, stray = entryOf(e));
    return stray;
  }
}

function compile(c: FilterCriteria): Compiled {
  return {
    from: bound(c.from, -Infinity),
    to: bound(c.to, Infinity),
    needles: searchNeedles(c.text),
    categories: nonEmptySet(c.categories),
    districts: nonEmptySet(c.districts),
    formats: nonEmptySet(c.formats),
    access: c.access,
    sources: nonEmptySet(c.sources),
  };
}

const matchesCategory = (e: CalendarEvent, k: Compiled) => k.categories === null || e.categories.some((v) => k.categories!.has(v));
const matchesDistrict = (e: CalendarEvent, k: Compiled) => k.districts === null || (e.district !== undefined && k.districts.has(e.district));
const matchesAccess = (e: CalendarEvent, k: Compiled) => k.access.length === 0 || k.access.every((key) => hasAccessKey(e, key));
const matchesFormat = (e: CalendarEvent, k: Compiled) => k.formats === null || (e.format !== undefined && k.formats.has(e.format));
const matchesSource = (e: CalendarEvent, k: Compiled) => k.sources === null || hasSource(e, k.sources);

function options(values: readonly string[], known: ReadonlySet<string>, selected: readonly string[], counts: Map<string, number>): FacetOptions {
  const wanted = [...new Set([...selected, ...counts.keys()])];
  // Thousands of values: the selected ones, then those the period's occurrences have, as they come.
  const many = values.length > MAX_OPTIONS;
  const extra = many ? wanted.slice(0, MAX_OPTIONS) : wanted.filter((v) => !known.has(v));
  const all = many || extra.length ? [...(many ? [] : values), ...extra].sort(collator.compare) : values;
  const chosen = new Set(selected);
  const list: FacetOptions = all.map((value) => ({ value, count: counts.get(value) ?? 0, selected: chosen.has(value) }));
  if (many) list.more = values.length - all.length;
  return list;
}

/** `"Mobilität, Umwelt & Klima"` → `['Mobilität', 'Umwelt & Klima']`: trimmed, empty and repeated entries dropped. */
export function parsePresetList(value: string | null | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
}

export interface Presets { categories?: string[]; districts?: string[]; formats?: string[]; access?: string[]; sources?: string[] }

/** What people may write for a format in an attribute, besides its own name. */
const FORMAT_ALIASES: Record<string, FormatValue> = Object.fromEntries(([
  ['in-person', 'in-person'], ['presence', 'in-person'], ['präsenz', 'in-person'], ['vor Ort', 'in-person'],
  ['online', 'online'], ['digital', 'online'], ['hybrid', 'hybrid'],
] as const).map(([alias, format]) => [formatKey(alias), format]));

function formatKey(value: string): string {
  return normalizeForSearch(value).replace(/ /g, '');
}

/**
 * Turns a page's preset filter (attributes) into criteria. Values match the
 * feed's spelling ignoring case, accents and punctuation (`umwelt und klima`
 * does not match `Umwelt & Klima`, `UMWELT & KLIMA` does), and the feed's
 * spelling is what is selected. A value the feed does not have is reported in
 * `unknown` and ignored: a typo in an attribute must not show an empty calendar.
 */
export function resolvePresets(index: FilterIndex, presets: Presets): {
  criteria: Pick<FilterCriteria, 'categories' | 'districts' | 'formats' | 'access' | 'sources'>;
  unknown: string[];
} {
  const unknown: string[] = [];
  const resolve = <T extends string>(kind: string, wanted: readonly string[] | undefined, lookup: (v: string) => readonly T[]): T[] => {
    const found = new Set<T>();
    for (const value of wanted ?? []) {
      const matches = lookup(value);
      if (matches.length === 0) unknown.push(`${kind} '${value}'`);
      for (const m of matches) found.add(m);
    }
    return [...found];
  };
  const byKey = (values: readonly string[]) => {
    const map = new Map<string, string[]>();
    for (const v of values) {
      const key = presetKey(v);
      map.set(key, [...(map.get(key) ?? []), v]);
    }
    return (v: string) => map.get(presetKey(v)) ?? [];
  };
  return {
    criteria: {
      categories: resolve('category', presets.categories, byKey(index.categories)),
      districts: resolve('district', presets.districts, byKey(index.districts)),
      formats: resolve('format', presets.formats, (v) => {
        const format = FORMAT_ALIASES[formatKey(v)];
        return format ? [format] : [];
      }),
      // A fact by its name (`step-free`), a language by its tag (`tr`), an audience by its words.
      access: resolve('access', presets.access, (v) => accessKeysNamed(index.access, v, presetKey)),
      sources: resolve('source', presets.sources, byKey(index.sources)),
    },
    unknown,
  };
}

/** A value made only of punctuation (`–`) still needs a key of its own. */
const presetKey = (value: string) => normalizeForSearch(value) || value.trim();
