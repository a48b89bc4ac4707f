import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FeedEvent, Occurrence } from '../../../src/data/event.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import {
  type FacetOption, type FilterCriteria, type FormatValue,
  FilterIndex, NO_FILTER, criteriaEqual, isActive, parsePresetList, resolvePresets,
} from '../../../src/data/filter/filter.js';
import { loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { allDayOccurrence } from '../../../src/data/occurrences/occurrence.js';
import { day, feedOf } from '../helpers.js';

const BERLIN = 'Europe/Berlin';

/** A feed (default: all-day on 2026-11-05) with its occurrences in 2026–2027 and its filter index. */
function calendar(events: Partial<FeedEvent>[]) {
  const feed = feedOf(events.map((e, i) => ({ id: i + 1, title: `E${i + 1}`, start: '2026-11-05', ...e })));
  const occs = new EventIndex(feed, BERLIN).occurrences(day('2026-01-01'), day('2027-12-31'));
  const index = new FilterIndex(feed.events);
  const shown = (c: Partial<FilterCriteria>) => index.filter(occs, { ...NO_FILTER, ...c }).map((o) => o.event.title);
  const facets = (c: Partial<FilterCriteria>) => index.facets(occs, { ...NO_FILTER, ...c });
  return { feed, occs, index, shown, facets };
}

/** `{ Umwelt: 2, Verkehr: 0 }` — options as a reader of the panel sees them; `*` marks a selected one. */
const counts = (options: FacetOption[]) => Object.fromEntries(options.map((o) => [`${o.value}${o.selected ? '*' : ''}`, o.count]));

describe('filter: facets combine', () => {
  const events: Partial<FeedEvent>[] = [
    { title: 'Radweg Nord', categories: ['Mobilität'], district: 'Nord', format: 'in-person' },
    { title: 'Radweg Süd', categories: ['Mobilität'], district: 'Süd', format: 'online' },
    { title: 'Baumpflanzung', categories: ['Umwelt & Klima'], district: 'Nord', format: 'hybrid' },
    { title: 'Klimaplan', categories: ['Umwelt & Klima', 'Mobilität'], district: 'Mitte' },
    { title: 'Haushalt', categories: [] },
  ];

  it('shows events of any selected category (OR within a facet)', () => {
    const { shown } = calendar(events);
    expect(shown({ categories: ['Umwelt & Klima'] })).to.have.members(['Baumpflanzung', 'Klimaplan']);
    expect(shown({ categories: ['Umwelt & Klima', 'Mobilität'] })).to.have.members(['Radweg Nord', 'Radweg Süd', 'Baumpflanzung', 'Klimaplan']);
  });

  it('shows only events that match every facet (AND across facets)', () => {
    const { shown } = calendar(events);
    expect(shown({ categories: ['Mobilität'], districts: ['Nord'] })).to.deep.equal(['Radweg Nord']);
    expect(shown({ categories: ['Mobilität'], districts: ['Nord', 'Süd'], formats: ['online'] })).to.deep.equal(['Radweg Süd']);
    expect(shown({ categories: ['Umwelt & Klima'], districts: ['Süd'] })).to.deep.equal([]);
  });

  it('shows events of a selected district, and never those without a district', () => {
    const { shown } = calendar(events);
    expect(shown({ districts: ['Nord', 'Mitte'] })).to.have.members(['Radweg Nord', 'Baumpflanzung', 'Klimaplan']);
  });

  it('never shows an event without a format when a format is selected', () => {
    const { shown } = calendar(events);
    expect(shown({ formats: ['in-person', 'online', 'hybrid'] })).to.have.members(['Radweg Nord', 'Radweg Süd', 'Baumpflanzung']);
  });

  it('matches category and district values exactly as the feed spells them', () => {
    const { shown } = calendar(events);
    expect(shown({ categories: ['mobilität'] })).to.deep.equal([]);
  });

  it('combines text search with the facets', () => {
    const { shown } = calendar(events);
    expect(shown({ text: 'radweg', districts: ['Süd'] })).to.deep.equal(['Radweg Süd']);
  });

  it('keeps the order it was given, and count agrees with filter', () => {
    const { occs, index } = calendar(events);
    const reversed = [...occs].reverse();
    const c = { ...NO_FILTER, categories: ['Mobilität'] };
    expect(index.filter(reversed, c).map((o) => o.event.title)).to.deep.equal(['Radweg Süd', 'Radweg Nord', 'Klimaplan']);
    expect(index.count(reversed, c)).to.equal(3);
  });
});

describe('filter: date range', () => {
  const events: Partial<FeedEvent>[] = [
    { title: 'Am 3.', start: '2026-11-03' },
    { title: 'Am 5. abends', start: '2026-11-05T19:00', end: '2026-11-05T21:00' },
    { title: 'Am 10.', start: '2026-11-10' },
    { title: 'Umfrage Oktober–November', start: '2026-10-20', end: '2026-11-04' },
    { title: 'Ausstellung ab 9.', start: '2026-11-09', end: '2026-11-30' },
  ];

  it('shows occurrences on the first and the last day of the range (inclusive)', () => {
    const { shown } = calendar(events);
    expect(shown({ from: day('2026-11-05'), to: day('2026-11-10') })).to.have.members(['Am 5. abends', 'Ausstellung ab 9.', 'Am 10.']);
  });

  it('shows a multi-day phase that began before the range and runs into it', () => {
    const { shown } = calendar(events);
    expect(shown({ from: day('2026-11-04'), to: day('2026-11-04') })).to.deep.equal(['Umfrage Oktober–November']);
    expect(shown({ from: day('2026-11-20'), to: day('2026-12-31') })).to.deep.equal(['Ausstellung ab 9.']);
  });

  it('leaves a range open at a missing bound', () => {
    const { shown } = calendar(events);
    expect(shown({ from: day('2026-11-06') })).to.have.members(['Am 10.', 'Ausstellung ab 9.']);
    expect(shown({ to: day('2026-11-03') })).to.have.members(['Am 3.', 'Umfrage Oktober–November']);
  });

  it('treats a bound that is not a day number (an emptied date input gives NaN) as open', () => {
    const { shown } = calendar(events);
    expect(shown({ from: NaN, to: day('2026-11-03') })).to.have.members(['Am 3.', 'Umfrage Oktober–November']);
  });

  it('shows nothing for a range that ends before it starts', () => {
    const { shown } = calendar(events);
    expect(shown({ from: day('2026-11-10'), to: day('2026-11-03') })).to.deep.equal([]);
  });
});

describe('filter: facet counts', () => {
  const events: Partial<FeedEvent>[] = [
    { title: 'A', categories: ['Mobilität'], district: 'Nord', format: 'in-person' },
    { title: 'B', categories: ['Mobilität', 'Umwelt & Klima'], district: 'Süd', format: 'online' },
    { title: 'C', categories: ['Umwelt & Klima'], district: 'Nord', format: 'online' },
    { title: 'D', categories: ['Bildung'], district: 'Altstadt', start: '2027-02-01' },
  ];

  it('counts every option with nothing selected', () => {
    const { facets } = calendar(events);
    const f = facets({});
    expect(counts(f.categories)).to.deep.equal({ Bildung: 1, Mobilität: 2, 'Umwelt & Klima': 2 });
    expect(counts(f.districts)).to.deep.equal({ Altstadt: 1, Nord: 2, Süd: 1 });
    expect(counts(f.formats)).to.deep.equal({ 'in-person': 1, online: 2, hybrid: 0 });
  });

  it('counts a facet given the other facets, ignoring its own selection', () => {
    const { facets } = calendar(events);
    const f = facets({ categories: ['Mobilität'], districts: ['Nord'] });
    expect(counts(f.categories), 'categories within Nord').to.deep.equal({ Bildung: 0, 'Mobilität*': 1, 'Umwelt & Klima': 1 });
    expect(counts(f.districts), 'districts within Mobilität').to.deep.equal({ Altstadt: 0, 'Nord*': 1, Süd: 1 });
    expect(counts(f.formats), 'formats within Mobilität in Nord').to.deep.equal({ 'in-person': 1, online: 0, hybrid: 0 });
  });

  it('counts with the date range and text search applied', () => {
    const { facets } = calendar(events);
    expect(counts(facets({ from: day('2027-01-01') }).categories)).to.deep.equal({ Bildung: 1, Mobilität: 0, 'Umwelt & Klima': 0 });
    expect(counts(facets({ text: 'b' }).districts)).to.deep.equal({ Altstadt: 0, Nord: 0, Süd: 1 });
  });

  it('counts an event once under each of its categories', () => {
    const { facets } = calendar([{ title: 'X', categories: ['Umwelt', 'Verkehr'] }]);
    expect(counts(facets({}).categories)).to.deep.equal({ Umwelt: 1, Verkehr: 1 });
  });

  it('counts occurrences, not events: a weekly series counts each week in range', async () => {
    await loadRecurrenceEngine();
    const { facets, index, occs } = calendar([
      { title: 'Sprechstunde', start: '2026-11-03T10:00', rrule: 'FREQ=WEEKLY;COUNT=4', categories: ['Soziales'] },
      { title: 'Einmalig', categories: ['Soziales'] },
    ]);
    expect(counts(facets({}).categories)).to.deep.equal({ Soziales: 5 });
    expect(index.count(occs, { ...NO_FILTER, to: day('2026-11-10') })).to.equal(3);
  });

  it('lists options that would show nothing, with 0', () => {
    const { facets } = calendar(events);
    expect(counts(facets({ districts: ['Altstadt'] }).formats)).to.deep.equal({ 'in-person': 0, online: 0, hybrid: 0 });
  });

  it('keeps a selected value the feed no longer has, with 0, so it can be removed', () => {
    const { facets } = calendar(events);
    const f = facets({ categories: ['Verkehr'], districts: ['Ost'] });
    expect(counts(f.categories)).to.deep.equal({ Bildung: 0, Mobilität: 0, 'Umwelt & Klima': 0, 'Verkehr*': 0 });
    expect(f.categories.map((o) => o.value)).to.deep.equal(['Bildung', 'Mobilität', 'Umwelt & Klima', 'Verkehr']);
    expect(counts(f.districts)).to.include({ 'Ost*': 0 });
  });

  it('always lists the three formats, in the order in-person, online, hybrid', () => {
    const { facets } = calendar([{ title: 'X' }]);
    expect(facets({ formats: ['hybrid'] }).formats).to.deep.equal([
      { value: 'in-person', count: 0, selected: false },
      { value: 'online', count: 0, selected: false },
      { value: 'hybrid', count: 0, selected: true },
    ]);
  });

  it('sorts categories and districts the German way (Ä with A, ß with ss)', () => {
    const { index } = calendar([
      { categories: ['Zukunft', 'Ärger', 'Arbeit', 'bildung'], district: 'Süd' },
      { district: 'Straßenviertel' },
      { district: 'Altstadt' },
    ]);
    expect(index.categories).to.deep.equal(['Arbeit', 'Ärger', 'bildung', 'Zukunft']);
    expect(index.districts).to.deep.equal(['Altstadt', 'Straßenviertel', 'Süd']);
  });
});

describe('filter: a feed with tens of thousands of categories or districts', () => {
  // 100,000 events a month, each with a category and a district of its own (before: a 39 s task, panel included).
  const events = Array.from({ length: 100_000 }, (_, i) => ({
    id: `e${i}`, index: i, title: `E${i}`, allDay: true, start: NaN, end: NaN, startDay: day('2026-11-01') + (i % 30), endDay: day('2026-11-01') + (i % 30),
    hasEnd: false, categories: [`Kategorie ${i}`], district: `Bezirk ${i}`, status: 'scheduled' as const,
  }));
  const occs = events.map((e) => allDayOccurrence(e, e.startDay));

  it('builds its index and the facets of a month within the long-task budget', () => {
    const t0 = performance.now();
    const index = new FilterIndex(events);
    const f = index.facets(occs, { ...NO_FILTER, categories: ['Kategorie 99999'] });
    expect(performance.now() - t0, 'ms').to.be.lessThan(2000);
    expect(f.categories.length, 'options listed').to.be.at.most(200);
    expect(f.categories.find((o) => o.value === 'Kategorie 99999'), 'a selected value stays listed').to.include({ selected: true });
    expect(f.categories.more, 'the rest, for "+N weitere"').to.equal(100_000 - f.categories.length);
    expect(f.districts.map((o) => o.value), 'with a topic chosen, the districts its events have').to.deep.equal(['Bezirk 99999']);
    expect(f.districts.more).to.equal(99_999);
    const all = index.facets(occs, NO_FILTER);
    expect(all.districts).to.have.length(200);
    expect(all.districts.more).to.equal(99_800);
  });

  it('lists every value, sorted, as before while there are at most 200', () => {
    const few = new FilterIndex(events.slice(0, 200));
    const f = few.facets(occs.slice(0, 200), NO_FILTER);
    expect(f.categories).to.have.length(200);
    expect(f.categories.more).to.equal(undefined);
    expect(f.categories[0].value).to.equal('Kategorie 0');
    expect(f.categories[1].value).to.equal('Kategorie 1');
    expect(f.categories[2].value, 'the German way: 10 after 1').to.equal('Kategorie 10');
  });
});

describe('filter: criteria', () => {
  it('NO_FILTER is not active and shows everything', () => {
    const { shown } = calendar([{ title: 'A' }, { title: 'B', format: 'online' }]);
    expect(isActive(NO_FILTER)).to.equal(false);
    expect(shown({})).to.deep.equal(['A', 'B']);
  });

  it('is active with any selection, any bound or any search word, not with a blank search', () => {
    expect(isActive({ ...NO_FILTER, categories: ['X'] })).to.equal(true);
    expect(isActive({ ...NO_FILTER, districts: ['X'] })).to.equal(true);
    expect(isActive({ ...NO_FILTER, formats: ['online'] })).to.equal(true);
    expect(isActive({ ...NO_FILTER, from: 0 })).to.equal(true);
    expect(isActive({ ...NO_FILTER, to: day('2026-11-05') })).to.equal(true);
    expect(isActive({ ...NO_FILTER, text: 'rad' })).to.equal(true);
    expect(isActive({ ...NO_FILTER, text: ' - ' })).to.equal(false);
  });

  it('NO_FILTER cannot be changed by accident', () => {
    expect(() => NO_FILTER.categories.push('X')).to.throw();
    expect(NO_FILTER.categories).to.deep.equal([]);
  });

  it('criteriaEqual ignores the order of selected values but not the text', () => {
    const a: FilterCriteria = { ...NO_FILTER, categories: ['A', 'B'], formats: ['online', 'hybrid'], from: 3 };
    expect(criteriaEqual(a, { ...a, categories: ['B', 'A'], formats: ['hybrid', 'online'] })).to.equal(true);
    expect(criteriaEqual(a, { ...a, categories: ['A'] })).to.equal(false);
    expect(criteriaEqual(a, { ...a, from: 4 })).to.equal(false);
    expect(criteriaEqual(a, { ...a, to: 4 })).to.equal(false);
    expect(criteriaEqual(a, { ...a, text: 'x' })).to.equal(false);
    expect(criteriaEqual(NO_FILTER, { ...NO_FILTER })).to.equal(true);
  });
});

describe('filter: presets from attributes', () => {
  it('parses a comma-separated list: trimmed, empty and repeated entries dropped', () => {
    expect(parsePresetList('Mobilität, Umwelt & Klima')).to.deep.equal(['Mobilität', 'Umwelt & Klima']);
    expect(parsePresetList(' a ,, b , a ,')).to.deep.equal(['a', 'b']);
    expect(parsePresetList('')).to.deep.equal([]);
    expect(parsePresetList(null)).to.deep.equal([]);
    expect(parsePresetList(undefined)).to.deep.equal([]);
  });

  const feed: Partial<FeedEvent>[] = [
    { categories: ['Mobilität', 'Umwelt & Klima'], district: 'Prenzlauer Berg' },
    { categories: ['Bildung'], district: 'Mitte' },
  ];

  it('matches presets ignoring case and accents, and selects the feed\'s spelling', () => {
    const { index } = calendar(feed);
    const { criteria, unknown } = resolvePresets(index, { categories: ['mobilitaet', 'UMWELT & KLIMA'], districts: ['prenzlauer berg'] });
    expect(criteria).to.deep.equal({ categories: ['Mobilität', 'Umwelt & Klima'], districts: ['Prenzlauer Berg'], formats: [], access: [], sources: [] });
    expect(unknown).to.deep.equal([]);
  });

  it('matches a category with an ampersand from an attribute list', () => {
    const { index } = calendar(feed);
    const { criteria } = resolvePresets(index, { categories: parsePresetList('Umwelt & Klima') });
    expect(criteria.categories).to.deep.equal(['Umwelt & Klima']);
  });

  it('reports unknown values and ignores them, instead of showing an empty calendar', () => {
    const { index, occs } = calendar(feed);
    const { criteria, unknown } = resolvePresets(index, { categories: ['Verkehr'], districts: ['Mitte', 'Pankow'], formats: ['hybride'] });
    expect(unknown).to.deep.equal(["category 'Verkehr'", "district 'Pankow'", "format 'hybride'"]);
    expect(criteria).to.deep.equal({ categories: [], districts: ['Mitte'], formats: [], access: [], sources: [] });
    expect(index.count(occs, { ...NO_FILTER, ...criteria })).to.equal(1);
  });

  it('accepts formats by their name or a German alias', () => {
    const { index } = calendar(feed);
    expect(resolvePresets(index, { formats: ['Online', 'in person', 'Präsenz', 'vor Ort', 'HYBRID', 'digital'] }).criteria.formats)
      .to.deep.equal(['online', 'in-person', 'hybrid']);
  });

  it('selects a value once even when two presets name it', () => {
    const { index } = calendar(feed);
    expect(resolvePresets(index, { categories: ['bildung', 'Bildung'] }).criteria.categories).to.deep.equal(['Bildung']);
  });

  it('resolves no presets to no selection', () => {
    const { index } = calendar(feed);
    expect(resolvePresets(index, {})).to.deep.equal({ criteria: { categories: [], districts: [], formats: [], access: [], sources: [] }, unknown: [] });
  });
});

describe('filter properties', () => {
  const CATEGORIES = ['Mobilität', 'Umwelt & Klima', 'Bildung', 'Kultur'];
  const DISTRICTS = ['Nord', 'Süd', 'Mitte'];
  const FORMATS: FormatValue[] = ['in-person', 'online', 'hybrid'];
  const WORDS = ['Radverkehr', 'Bürgerbüro', 'Straße', 'Café', 'Planung', 'Spielplatz'];
  const base = day('2026-11-01');

  const arbEvent = fc.record({
    title: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
    categories: fc.subarray(CATEGORIES),
    district: fc.option(fc.constantFrom(...DISTRICTS), { nil: undefined }),
    format: fc.option(fc.constantFrom(...FORMATS), { nil: undefined }),
    stepFree: fc.boolean(),
    hearingLoop: fc.boolean(),
    languages: fc.subarray(['tr', 'de']),
    audience: fc.subarray(['Familien', 'Jugendliche']),
    sources: fc.subarray(['Stadt', 'Jugendrat', 'Seniorenbeirat']),
    startDay: fc.integer({ min: 0, max: 40 }),
    span: fc.integer({ min: 0, max: 12 }),
  });
  type Spec = typeof arbEvent extends fc.Arbitrary<infer T> ? T : never;
  const arbCriteria: fc.Arbitrary<FilterCriteria> = fc.record({
    // 'Verkehr' and 'Ost' are never in the feed: selected values that vanished.
    categories: fc.subarray([...CATEGORIES, 'Verkehr']),
    districts: fc.subarray([...DISTRICTS, 'Ost']),
    formats: fc.subarray(FORMATS),
    // 'speech-to-text' is never in the feed: a selected value the feed does not have.
    access: fc.subarray(['step-free', 'hearing-loop', 'speech-to-text', 'lang:tr', 'lang:de', 'for:Familien', 'for:Jugendliche']),
    // 'Kulturamt' is never in the feed.
    sources: fc.subarray(['Stadt', 'Jugendrat', 'Seniorenbeirat', 'Kulturamt']),
    from: fc.option(fc.integer({ min: base - 3, max: base + 45 })),
    to: fc.option(fc.integer({ min: base - 3, max: base + 55 })),
    text: fc.constantFrom('', 'rad', 'buero', 'strasse  planung', 'Ca', 'x'),
  });

  function randomCalendar(specs: Spec[]) {
    const feed = feedOf(specs.map((s, i) => ({
      id: i, title: s.title, categories: s.categories, district: s.district, format: s.format,
      accessibility: { stepFree: s.stepFree, hearingLoop: s.hearingLoop }, languages: s.languages, audience: s.audience,
      start: isoPlus(s.startDay), ...(s.span ? { end: isoPlus(s.startDay + s.span) } : {}),
    })));
    // Validation does not read `sources` (mergeFeeds sets them): given here as it would.
    feed.events.forEach((e, i) => {
      if (specs[i].sources.length) e.sources = specs[i].sources;
    });
    const occs = new EventIndex(feed, BERLIN).occurrences(base - 10, base + 60);
    return { occs, index: new FilterIndex(feed.events) };
  }
  const isoPlus = (days: number) => new Date(Date.UTC(2026, 10, 1 + days)).toISOString().slice(0, 10);

  it('property: every facet count is what the filter would show with that option as its facet\'s only selection', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 25 }), arbCriteria, (specs, c) => {
      const { occs, index } = randomCalendar(specs);
      const facets = index.facets(occs, c);
      for (const facet of ['categories', 'districts', 'formats', 'sources'] as const) {
        for (const option of facets[facet]) {
          const only = { ...c, [facet]: [option.value] };
          expect(option.count, `${facet} '${option.value}'`).to.equal(index.count(occs, only));
          expect(option.selected).to.equal((c[facet] as string[]).includes(option.value));
        }
        const listed = facets[facet].map((o) => o.value);
        // Sources are offered with two or more (or a selection); see source-facet.ts.
        const feedValues = facet === 'formats' ? FORMATS : facet === 'sources' && index.sources.length < 2 && !c.sources.length ? [] : index[facet];
        expect(listed, `${facet}: every feed value and every selected value`).to.include.members([...feedValues, ...c[facet]]);
        expect(new Set(listed).size, `${facet} lists each value once`).to.equal(listed.length);
      }
      // Access choices all must hold: an option's count is what adding it to the selection would show.
      for (const option of facets.access) {
        const added = { ...c, access: [...new Set([...c.access, option.value])] };
        expect(option.count, `access '${option.value}'`).to.equal(index.count(occs, added));
        expect(option.selected).to.equal(c.access.includes(option.value));
      }
      expect(facets.access.map((o) => o.value)).to.include.members([...index.access, ...c.access]);
    }), { numRuns: 300 });
  });

  it('property: filter never adds occurrences and keeps their order', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 25 }), arbCriteria, (specs, c) => {
      const { occs, index } = randomCalendar(specs);
      const kept = index.filter(occs, c);
      const position = new Map(occs.map((o, i) => [o, i]));
      const positions = kept.map((o) => position.get(o));
      expect(positions.every((p) => p !== undefined), 'only given occurrences').to.equal(true);
      expect(positions, 'in the given order').to.deep.equal([...positions].sort((a, b) => a! - b!));
      expect(index.count(occs, c)).to.equal(kept.length);
    }), { numRuns: 300 });
  });

  it('property: NO_FILTER shows everything', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 25 }), (specs) => {
      const { occs, index } = randomCalendar(specs);
      expect(index.filter(occs, NO_FILTER)).to.deep.equal(occs);
      const total = (options: FacetOption[]) => options.reduce((n, o) => n + o.count, 0);
      const facets = index.facets(occs, NO_FILTER);
      expect(total(facets.formats)).to.equal(occs.filter((o: Occurrence) => o.event.format).length);
    }), { numRuns: 100 });
  });

  it('property: filtering by one facet value shows exactly the occurrences that have it', () => {
    fc.assert(fc.property(fc.array(arbEvent, { maxLength: 25 }), fc.constantFrom(...CATEGORIES), (specs, category) => {
      const { occs, index } = randomCalendar(specs);
      const expected = occs.filter((o) => o.event.categories.includes(category));
      expect(index.filter(occs, { ...NO_FILTER, categories: [category] })).to.deep.equal(expected);
    }), { numRuns: 100 });
  });

  it('answers correctly for occurrences of events it was not built from', () => {
    const a = calendar([{ title: 'Radweg', categories: ['Mobilität'] }]);
    const b = calendar([{ title: 'Spielplatz', categories: ['Kultur'] }]);
    expect(a.index.filter(b.occs, { ...NO_FILTER, text: 'spielplatz' }).map((o) => o.event.title)).to.deep.equal(['Spielplatz']);
    expect(a.index.filter(b.occs, { ...NO_FILTER, text: 'radweg' })).to.deep.equal([]);
    expect(counts(a.index.facets(b.occs, NO_FILTER).categories)).to.deep.equal({ Kultur: 1, Mobilität: 0 });
  });
});
