// The filter group "Quelle": a widget with several feeds offers their names as a facet,
// in the editor's order of sources (which numbers their colour tokens), with counts.
import { expect } from '@open-wc/testing';
import type { FeedEvent, ParsedFeed } from '../../../src/data/event.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import {
  type FacetOption, type FilterCriteria, FilterIndex, NO_FILTER, criteriaEqual, isActive, resolvePresets,
} from '../../../src/data/filter/filter.js';
import { mergeFeeds } from '../../../src/data/sources/merge-feeds.js';
import { day, feedOf } from '../helpers.js';

const at = (d: number, hour = 18) => `2026-11-${String(d).padStart(2, '0')}T${hour}:00`;

/**
 * Three sources merged as the widget merges them: the city's feed, the youth council's
 * (whose "Skatepark Nord" the city publishes too) and the seniors' council's.
 */
const SOURCES: { name: string; events: Partial<FeedEvent>[] }[] = [
  { name: 'Stadt Musterstadt', events: [
    { id: 1, title: 'Bürgerforum Haushalt', start: at(5), categories: ['Finanzen'], format: 'in-person' },
    { id: 2, title: 'Skatepark Nord', start: at(10, 17), location: { name: 'Jugendhaus' }, categories: ['Jugend'], format: 'in-person' },
  ] },
  { name: 'Jugendrat', events: [
    { id: 1, title: 'Skatepark Nord', start: at(10, 17), location: { name: 'Jugendhaus' } },
    { id: 2, title: 'Jugendrat tagt', start: at(12), categories: ['Jugend'], format: 'online' },
  ] },
  { name: 'Seniorenbeirat', events: [{ id: 'a', title: 'Sprechstunde Seniorenbeirat', start: at(20, 10), format: 'in-person' }] },
];

function calendarOf(feed: ParsedFeed) {
  const occs = new EventIndex(feed, 'Europe/Berlin').occurrences(day('2026-11-01'), day('2026-11-30'));
  const index = new FilterIndex(feed.events);
  return {
    index,
    shown: (c: Partial<FilterCriteria>) => index.filter(occs, { ...NO_FILTER, ...c }).map((o) => o.event.title),
    sources: (c: Partial<FilterCriteria> = {}) => index.facets(occs, { ...NO_FILTER, ...c }).sources,
  };
}

const merged = (sources = SOURCES) => calendarOf(mergeFeeds(sources.map(({ name, events }) => ({ name, feed: feedOf(events) }))).feed);

/** `{ Jugendrat: 2 }`, `*` after a selected one. */
const counts = (options: FacetOption[]) => Object.fromEntries(options.map((o) => [`${o.value}${o.selected ? '*' : ''}`, o.count]));

describe('filter: the source facet', () => {
  it('offers the sources in the order the feed names them, not alphabetically, each numbered for its colour', () => {
    const { index, sources } = merged();
    expect(index.sources).to.deep.equal(['Stadt Musterstadt', 'Jugendrat', 'Seniorenbeirat']);
    expect(sources().map((o) => [o.value, o.position])).to.deep.equal([['Stadt Musterstadt', 1], ['Jugendrat', 2], ['Seniorenbeirat', 3]]);
  });

  it('counts an event two sources published under each of them', () => {
    expect(counts(merged().sources())).to.deep.equal({ 'Stadt Musterstadt': 2, Jugendrat: 2, Seniorenbeirat: 1 });
  });

  it('shows the events of any selected source (OR within the facet), a merged one under each of its sources', () => {
    const { shown } = merged();
    expect(shown({ sources: ['Jugendrat'] })).to.deep.equal(['Skatepark Nord', 'Jugendrat tagt']);
    expect(shown({ sources: ['Stadt Musterstadt'] })).to.deep.equal(['Bürgerforum Haushalt', 'Skatepark Nord']);
    expect(shown({ sources: ['Jugendrat', 'Seniorenbeirat'] })).to.deep.equal(['Skatepark Nord', 'Jugendrat tagt', 'Sprechstunde Seniorenbeirat']);
  });

  it('combines with the other facets (AND across facets), counting each given the others', () => {
    const { shown, sources } = merged();
    expect(shown({ sources: ['Jugendrat'], formats: ['in-person'] })).to.deep.equal(['Skatepark Nord']);
    expect(counts(sources({ categories: ['Jugend'] })), 'sources within Jugend').to.deep.equal({ 'Stadt Musterstadt': 1, Jugendrat: 2, Seniorenbeirat: 0 });
    expect(counts(sources({ sources: ['Seniorenbeirat'], formats: ['online'] })), 'own selection ignored')
      .to.deep.equal({ 'Stadt Musterstadt': 0, Jugendrat: 1, 'Seniorenbeirat*': 0 });
  });

  it('offers nothing for one source or none, so a calendar of one feed looks as before', () => {
    expect(merged(SOURCES.slice(0, 1)).sources()).to.deep.equal([]);
    expect(calendarOf(feedOf(SOURCES[2].events)).sources()).to.deep.equal([]);
  });

  it('keeps a selected source the feed does not have (from a link), with 0 and no colour, so it can be removed', () => {
    const options = merged().sources({ sources: ['Kulturamt'] });
    expect(counts(options), 'the others count as if it were not chosen').to.deep.equal({ 'Stadt Musterstadt': 2, Jugendrat: 2, Seniorenbeirat: 1, 'Kulturamt*': 0 });
    expect(options[3].position).to.equal(undefined);
    expect(counts(calendarOf(feedOf(SOURCES[2].events)).sources({ sources: ['Kulturamt'] }))).to.deep.equal({ 'Kulturamt*': 0 });
  });

  it('lists at most 200 sources of a feed that names one per event, counting the rest', () => {
    const feed = feedOf(Array.from({ length: 300 }, (_, i) => ({ id: i, title: `E${i}`, start: '2026-11-05' })));
    feed.events.forEach((e, i) => (e.sources = [`Quelle ${i}`]));
    const options = calendarOf(feed).sources({ sources: ['Quelle 250'] });
    expect(options).to.have.length(201);
    expect(options.more).to.equal(99);
    expect(options[199]).to.deep.include({ value: 'Quelle 199', position: 200 });
    expect(options[200]).to.deep.include({ value: 'Quelle 250', selected: true, count: 1 });
  });

  it('makes the criteria active and compares the chosen sources as a set', () => {
    expect(isActive({ ...NO_FILTER, sources: ['Jugendrat'] })).to.equal(true);
    expect(NO_FILTER.sources).to.deep.equal([]);
    expect(criteriaEqual({ ...NO_FILTER, sources: ['A', 'B'] }, { ...NO_FILTER, sources: ['B', 'A'] })).to.equal(true);
    expect(criteriaEqual({ ...NO_FILTER, sources: ['A'] }, NO_FILTER)).to.equal(false);
  });

  it('takes presets as categories does: case and accents ignored, unknown names reported and ignored', () => {
    const { index } = merged();
    const { criteria, unknown } = resolvePresets(index, { sources: ['jugendrat', 'SENIORENBEIRAT', 'Kulturamt'] });
    expect(criteria.sources).to.deep.equal(['Jugendrat', 'Seniorenbeirat']);
    expect(unknown).to.deep.equal(["source 'Kulturamt'"]);
  });
});
