import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FeedEvent } from '../../../src/data/event.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { FilterIndex, NO_FILTER } from '../../../src/data/filter/filter.js';
import { normalizeForSearch, searchHaystack, searchWords } from '../../../src/data/filter/search.js';
import { day, feedOf } from '../helpers.js';

/** A search box over a feed: type a query, read the titles it shows. */
function searchBox(events: Partial<FeedEvent>[]) {
  const feed = feedOf(events.map((e, i) => ({ id: i + 1, start: '2026-11-05', ...e })));
  const index = new FilterIndex(feed.events);
  const occs = new EventIndex(feed, 'Europe/Berlin').occurrences(day('2026-01-01'), day('2027-12-31'));
  return (text: string) => index.filter(occs, { ...NO_FILTER, text }).map((o) => o.event.title);
}

describe('search: how German residents type', () => {
  it('finds "Straße" when typing strasse', () => {
    const search = searchBox([{ title: 'Sperrung: Straße am Markt' }, { title: 'Goethestraße 3' }, { title: 'Stadtfest' }]);
    expect(search('strasse')).to.deep.equal(['Sperrung: Straße am Markt']);
    expect(search('goethestrasse')).to.deep.equal(['Goethestraße 3']);
    expect(search('GOETHESTRASSE')).to.deep.equal(['Goethestraße 3']);
  });

  it('finds "Bürgerbüro" when typing burgerbuero, buergerbuero, bürgerbüro or BÜRGERBÜRO', () => {
    const search = searchBox([{ title: 'Sprechstunde im Bürgerbüro' }, { title: 'Burgfest' }]);
    for (const typed of ['burgerbuero', 'buergerbuero', 'bürgerbüro', 'BÜRGERBÜRO', 'burgerburo', 'Buergerbüro']) {
      expect(search(typed), typed).to.deep.equal(['Sprechstunde im Bürgerbüro']);
    }
  });

  it('finds a feed that writes ue ("Buergerbuero") when typing bürgerbüro', () => {
    const search = searchBox([{ title: 'Buergerbuero geschlossen' }]);
    expect(search('bürgerbüro')).to.deep.equal(['Buergerbuero geschlossen']);
  });

  it('finds "Café" when typing cafe, and "Cafe" when typing café', () => {
    const search = searchBox([{ title: 'Erzählcafé' }, { title: 'Repair Cafe' }]);
    expect(search('cafe')).to.deep.equal(['Repair Cafe']);
    expect(search('café')).to.deep.equal(['Repair Cafe']);
    expect(search('erzahlcafe')).to.deep.equal(['Erzählcafé']);
    expect(search('erzaehlcafe')).to.deep.equal(['Erzählcafé']);
  });

  it('finds text whose accents the feed wrote as combining marks (u + ◌̈)', () => {
    const search = searchBox([{ title: 'Bu\u0308rgerversammlung' }]);
    expect(search('bürgerversammlung')).to.deep.equal(['Bu\u0308rgerversammlung']);
    expect(search('buergerv')).to.deep.equal(['Bu\u0308rgerversammlung']);
  });

  it('ignores case', () => {
    const search = searchBox([{ title: 'Sitzung im Rathaus' }]);
    expect(search('RATHAUS')).to.deep.equal(['Sitzung im Rathaus']);
    expect(search('rAtHaUs')).to.deep.equal(['Sitzung im Rathaus']);
  });

  it('finds the event at every step while typing "buergerbeteiligung" letter by letter', () => {
    const search = searchBox([{ title: 'Bürgerbeteiligung zum Haushalt' }]);
    const typed = 'buergerbeteiligung';
    for (let i = 1; i <= typed.length; i++) {
      expect(search(typed.slice(0, i)), typed.slice(0, i)).to.deep.equal(['Bürgerbeteiligung zum Haushalt']);
    }
  });

  it('ignores extra spaces and punctuation in the query', () => {
    const search = searchBox([{ title: 'Radverkehr: Workshop (Nord)' }, { title: 'Workshop Süd' }]);
    expect(search('   radverkehr    workshop  ')).to.deep.equal(['Radverkehr: Workshop (Nord)']);
    expect(search('radverkehr, workshop!!')).to.deep.equal(['Radverkehr: Workshop (Nord)']);
    expect(search('"nord"')).to.deep.equal(['Radverkehr: Workshop (Nord)']);
  });

  it('shows everything for a query of only spaces or punctuation', () => {
    const search = searchBox([{ title: 'A' }, { title: 'B' }]);
    expect(search('   ')).to.deep.equal(['A', 'B']);
    expect(search(' ,.;- ')).to.deep.equal(['A', 'B']);
  });
});

describe('search: words and prefixes', () => {
  it('matches word prefixes: "rad" finds "Radverkehr"', () => {
    const search = searchBox([{ title: 'Radverkehrskonzept' }, { title: 'Paradies' }]);
    expect(search('rad')).to.deep.equal(['Radverkehrskonzept']);
  });

  it('does not look inside compound words: "verkehr" does not find "Radverkehr" (known limitation)', () => {
    const search = searchBox([{ title: 'Radverkehr' }, { title: 'Verkehrsversuch' }]);
    expect(search('verkehr')).to.deep.equal(['Verkehrsversuch']);
  });

  it('finds a hyphenated compound by either part and by the parts joined', () => {
    const search = searchBox([{ title: 'Rad-Verkehr in der Altstadt' }, { title: 'E-Mail-Sprechstunde' }]);
    expect(search('verkehr')).to.deep.equal(['Rad-Verkehr in der Altstadt']);
    expect(search('radverkehr')).to.deep.equal(['Rad-Verkehr in der Altstadt']);
    expect(search('rad-verkehr')).to.deep.equal(['Rad-Verkehr in der Altstadt']);
    expect(search('email')).to.deep.equal(['E-Mail-Sprechstunde']);
    expect(search('sprechstunde')).to.deep.equal(['E-Mail-Sprechstunde']);
  });

  it('needs every query word to match (AND), each anywhere in the event', () => {
    const search = searchBox([
      { title: 'Radverkehr Planung' },
      { title: 'Radverkehr Sperrung' },
      { title: 'Planung Spielplatz', organizer: 'Grünflächenamt' },
    ]);
    expect(search('rad planung')).to.deep.equal(['Radverkehr Planung']);
    expect(search('planung grünfl')).to.deep.equal(['Planung Spielplatz']);
    expect(search('rad spielplatz')).to.deep.equal([]);
  });

  it('searches title, description, place name, address and organizer', () => {
    const search = searchBox([
      { title: 'T', description: 'Wir besprechen den Lärmaktionsplan.' },
      { title: 'N', location: { name: 'Stadtteilzentrum Nord' } },
      { title: 'A', location: { address: 'Hauptstraße 5, 12345 Musterstadt' } },
      { title: 'O', organizer: 'Amt für Stadtplanung' },
    ]);
    expect(search('larmaktion')).to.deep.equal(['T']);
    expect(search('stadtteilz')).to.deep.equal(['N']);
    expect(search('hauptstrasse 5')).to.deep.equal(['A']);
    expect(search('12345')).to.deep.equal(['A']);
    expect(search('amt stadtplan')).to.deep.equal(['O']);
  });

  it('does not search categories, district or links', () => {
    const search = searchBox([{ title: 'X', categories: ['Umwelt'], district: 'Mitte', url: 'https://example.org/umwelt' }]);
    expect(search('umwelt')).to.deep.equal([]);
    expect(search('mitte')).to.deep.equal([]);
  });
});

describe('normalizeForSearch', () => {
  it('turns the ways of writing a German word into one', () => {
    expect(normalizeForSearch('Straße')).to.equal(normalizeForSearch('strasse'));
    expect(normalizeForSearch('STRASSE')).to.equal('strasse');
    expect(normalizeForSearch('Bürgerbüro')).to.equal('burgerburo');
    expect(normalizeForSearch('Buergerbuero')).to.equal('burgerburo');
    expect(normalizeForSearch('Öffentlichkeit')).to.equal(normalizeForSearch('Oeffentlichkeit'));
    expect(normalizeForSearch('Ärger')).to.equal(normalizeForSearch('aerger'));
    expect(normalizeForSearch('Café')).to.equal('cafe');
    expect(normalizeForSearch('Øresund Łódź')).to.equal('oresund lodz');
  });

  it('turns punctuation into single spaces and trims', () => {
    expect(normalizeForSearch('  Umwelt  &  Klima — „Zukunft“!  ')).to.equal('umwelt klima zukunft');
    expect(normalizeForSearch('10:00–12:00 Uhr')).to.equal('10 00 12 00 uhr');
    expect(normalizeForSearch('')).to.equal('');
    expect(normalizeForSearch(' ... ')).to.equal('');
  });

  it('spells out compatibility characters (ligatures, full-width, roman numerals)', () => {
    expect(normalizeForSearch('ﬁnale ＡＢＣ Ⅻ')).to.equal('finale abc xii');
  });

  it('property: is idempotent for any text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string()), (s) => {
      const once = normalizeForSearch(s);
      expect(normalizeForSearch(once), JSON.stringify(s)).to.equal(once);
    }), { numRuns: 2000 });
  });

  it('property: gives no leading, trailing or double spaces', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const out = normalizeForSearch(s);
      return !out.startsWith(' ') && !out.endsWith(' ') && !out.includes('  ');
    }), { numRuns: 1000 });
  });

  it('property: a prefix of a typed word normalises to a prefix of the word', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-zäöüßé]{1,16}$/), fc.nat(), (word, cut) => {
      const prefix = word.slice(0, cut % (word.length + 1));
      return normalizeForSearch(word).startsWith(normalizeForSearch(prefix));
    }), { numRuns: 1000 });
  });
});

describe('searchWords', () => {
  it('gives the normalised words of a query', () => {
    expect(searchWords('  Bürger,  Büro!! ')).to.deep.equal(['burger', 'buro']);
    expect(searchWords('Umwelt & Klima')).to.deep.equal(['umwelt', 'klima']);
  });

  it('gives no words for an empty or punctuation-only query', () => {
    expect(searchWords('')).to.deep.equal([]);
    expect(searchWords('  -- ')).to.deep.equal([]);
  });
});

describe('searchHaystack', () => {
  it('is every normalised word behind a space, with hyphenated compounds also joined', () => {
    expect(searchHaystack('Rad-Verkehr (Süd)')).to.equal(' rad verkehr sud radverkehr');
    expect(searchHaystack('')).to.equal('');
  });
});

describe('search property', () => {
  const letters = 'abcdefghijklmnopqrstuvwxyzäöüßéABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÜ'.split('');
  const arbWord = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 10 }).map((cs) => cs.join(''));
  const arbTitle = fc.array(fc.tuple(arbWord, fc.constantFrom(' ', '  ', '-', ', ', ' & ', '. ', ' (')), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.map(([w, sep]) => w + sep).join('').trim());

  it('property: any word of an event\'s title (as written, in upper or lower case, or a prefix of it) finds that event', () => {
    fc.assert(fc.property(fc.array(arbTitle, { minLength: 1, maxLength: 8 }), fc.nat(), fc.nat(), fc.constantFrom('as-is', 'upper', 'lower'), (titles, which, cut, casing) => {
      const feed = feedOf(titles.map((title, i) => ({ id: i, title, start: '2026-11-05' })));
      const index = new FilterIndex(feed.events);
      const occs = new EventIndex(feed, 'Europe/Berlin').occurrences(day('2026-11-01'), day('2026-11-30'));
      const target = which % titles.length;
      const words = titles[target].split(/[\s\-,&.(]+/).filter(Boolean);
      const word = words[cut % words.length];
      const typed = casing === 'upper' ? word.toUpperCase() : casing === 'lower' ? word.toLowerCase() : word;
      const prefix = typed.slice(0, 1 + (cut % typed.length));
      for (const query of [typed, prefix]) {
        const found = index.filter(occs, { ...NO_FILTER, text: query }).map((o) => o.event.index);
        expect(found, `'${query}' in ${JSON.stringify(titles[target])}`).to.include(target);
      }
    }), { numRuns: 300 });
  });
});
