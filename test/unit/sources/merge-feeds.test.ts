// Several sources in one calendar: names residents understand, one copy of an
// event two sources publish, and each feed's zone kept (a Berlin JSON feed and
// a UTC iCalendar feed across the end of summer time).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { mergeFeeds } from '../../../src/data/sources/merge-feeds.js';
import { isSeveralFeeds, sourceAddresses } from '../../../src/data/sources/source-list.js';
import { hostOf, nameOverrides, sourceNames } from '../../../src/data/sources/source-names.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { icsToFeed } from '../../../src/data/ics/ics-import.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { eventsToIcs } from '../../../src/data/ics/ics-export.js';
import { day, feedOf, local } from '../helpers.js';

describe('sourceAddresses', () => {
  it('splits src at whitespace, so one address means what it meant before', () => {
    expect(sourceAddresses('/api/termine.json')).to.deep.equal(['/api/termine.json']);
    expect(sourceAddresses('  /a.json\n\thttps://x.example/j.ics  ')).to.deep.equal(['/a.json', 'https://x.example/j.ics']);
    expect(sourceAddresses('/a%20b.json')).to.deep.equal(['/a%20b.json']);
  });
  it('drops repeats and gives nothing for no src', () => {
    expect(sourceAddresses('/a.json /a.json /b.json')).to.deep.equal(['/a.json', '/b.json']);
    expect(sourceAddresses(undefined)).to.deep.equal([]);
    expect(sourceAddresses('   ')).to.deep.equal([]);
  });
});

describe('isSeveralFeeds', () => {
  it('tells an array of feeds from an array of events', () => {
    expect(isSeveralFeeds([{ events: [] }, { name: 'B', events: [] }])).to.equal(true);
    expect(isSeveralFeeds([{ id: 1, title: 'A', start: '2026-11-03' }])).to.equal(false);
    expect(isSeveralFeeds([])).to.equal(false);
    expect(isSeveralFeeds({ events: [] })).to.equal(false);
    expect(isSeveralFeeds(undefined)).to.equal(false);
  });
});

describe('sourceNames', () => {
  const numbered = (n: number) => `Quelle ${n}`;
  it("takes the editor's name, else the feed's, else its host, else a number", () => {
    expect(sourceNames([
      { own: 'Stadt', url: 'https://www.stadt.example/t.json' },
      { own: 'Jugendrat', url: 'https://jr.example/j.ics' },
      { url: 'https://www.bezirke.example/b.json' },
      {},
    ], ['', 'Jugendrat Musterstadt'], numbered)).to.deep.equal(['Stadt', 'Jugendrat Musterstadt', 'bezirke.example', 'Quelle 4']);
  });
  it('tells apart names that would be the same', () => {
    expect(sourceNames([{ url: 'https://a.example/1.json' }, { url: 'https://a.example/2.json' }, { own: 'a.example' }], [], numbered))
      .to.deep.equal(['a.example', 'a.example (2)', 'a.example (3)']);
  });
  it('reads overrides from a comma list', () => {
    expect(nameOverrides(' Stadt , , Jugendrat ')).to.deep.equal(['Stadt', '', 'Jugendrat']);
    expect(nameOverrides(undefined)).to.deep.equal([]);
  });
  it('has no host for what is not a URL', () => {
    expect(hostOf('not a url')).to.equal(undefined);
    expect(hostOf('https://www.stadt.example:8080/x')).to.equal('stadt.example:8080');
  });
});

describe('mergeFeeds', () => {
  const city = feedOf([
    { id: 'bf-1', title: 'Bürgerforum Weststadt', start: '2026-11-10T18:00:00+01:00', location: { name: 'Rathaus' } },
    { id: 7, title: 'Radwegeplanung', start: '2026-11-12T17:00:00+01:00' },
  ]);
  const youth = feedOf([
    // The same event by its id (an iCalendar UID both systems carry) and start.
    { id: 'bf-1', title: 'Bürgerforum Weststadt (Jugendrat lädt ein)', start: '2026-11-10T18:00:00+01:00' },
    // The same by title, start and place, written differently.
    { id: 'x9', title: 'bürgerforum  weststadt', start: '2026-11-10T18:00:00+01:00', location: { name: 'rathaus' } },
    // Another event that happens to have an id the city uses too.
    { id: 7, title: 'Jugendratssitzung', start: '2026-11-20T17:00:00+01:00' },
  ]);

  it('shows an event two sources publish once, names both and reports the merge', () => {
    const { feed, duplicates } = mergeFeeds([{ name: 'Stadt', feed: city }, { name: 'Jugendrat', feed: youth }]);
    expect(feed.events.map((e) => e.title)).to.deep.equal(['Bürgerforum Weststadt', 'Radwegeplanung', 'Jugendratssitzung']);
    expect(feed.events[0].sources).to.deep.equal(['Stadt', 'Jugendrat']);
    expect(duplicates).to.deep.equal([{ id: 'bf-1', title: 'Bürgerforum Weststadt', sources: ['Stadt', 'Jugendrat'] }]);
  });

  it('keeps ids unique and numbers the events afresh', () => {
    const { feed } = mergeFeeds([{ name: 'Stadt', feed: city }, { name: 'Jugendrat', feed: youth }]);
    expect(feed.events.map((e) => e.id)).to.deep.equal(['bf-1', '7', '7~2']);
    expect(feed.events.map((e) => e.index)).to.deep.equal([0, 1, 2]);
    expect(feed.events[2].sources).to.deep.equal(['Jugendrat']);
  });

  it('does not take events at different times for one, whatever their ids', () => {
    const a = feedOf([{ id: 1, title: 'Sitzung', start: '2026-11-10T18:00:00+01:00' }]);
    const b = feedOf([{ id: 1, title: 'Sitzung', start: '2026-11-17T18:00:00+01:00' }]);
    const { feed, duplicates } = mergeFeeds([{ name: 'A', feed: a }, { name: 'B', feed: b }]);
    expect(feed.events).to.have.length(2);
    expect(duplicates).to.deep.equal([]);
  });

  it('offers a subscription address only for a single source', () => {
    const withSub = parseFeed({ subscribeUrl: 'https://stadt.example/t.ics', events: [] });
    expect(mergeFeeds([{ name: 'A', feed: withSub }]).feed.subscribeUrl).to.equal('https://stadt.example/t.ics');
    expect(mergeFeeds([{ name: 'A', feed: withSub }, { name: 'B', feed: city }]).feed.subscribeUrl).to.equal(undefined);
  });

  it('never shows an event twice, nor loses one, however the sources overlap (property)', () => {
    const event = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 1, 2),
      title: fc.constantFrom('Forum', 'forum', 'Sitzung'),
      start: fc.constantFrom('2026-11-10T18:00:00+01:00', '2026-11-11T18:00:00+01:00', '2026-11-12'),
    });
    const feedArb = fc.uniqueArray(event, { selector: (e) => e.id, maxLength: 5 });
    fc.assert(fc.property(fc.array(feedArb, { minLength: 1, maxLength: 4 }), (feeds) => {
      const parts = feeds.map((events, i) => ({ name: `S${i}`, feed: parseFeed({ events }) }));
      const { feed } = mergeFeeds(parts);
      const keys = feed.events.map((e) => `${e.id}`);
      expect(new Set(keys).size).to.equal(keys.length);
      // Every source event is shown, or merged into one that names its source.
      for (const { name, feed: f } of parts) {
        for (const e of f.events) {
          const same = feed.events.filter((m) => (m.allDay ? m.startDay === e.startDay : m.start === e.start)
            && (m.id.split('~')[0] === e.id || m.title.toLowerCase() === e.title.toLowerCase()));
          expect(same.some((m) => m.sources!.includes(name)), `${name} ${e.id}`).to.equal(true);
        }
      }
    }));
  });
});

describe('several sources in their own zones', () => {
  before(() => loadRecurrenceEngine());

  // A weekly session at 18:00 Berlin time, and a UTC iCalendar feed whose weekly
  // meeting is at 17:00 UTC: across 25 October 2026 (end of summer time) the
  // first stays at 18:00 on the Berlin wall clock, the second moves to 18:00
  // Berlin time from 19:00 — each follows its own feed's clock.
  const berlin = feedOf([{ id: 's', title: 'Stadtrat', start: '2026-10-13T18:00', rrule: 'FREQ=WEEKLY;COUNT=4' }], 'Europe/Berlin');
  const ics = [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'X-WR-CALNAME:Jugendrat Musterstadt', 'X-WR-TIMEZONE:UTC',
    'BEGIN:VEVENT', 'UID:jr-1', 'DTSTAMP:20260901T000000Z', 'SUMMARY:Jugendrat', 'DTSTART:20261014T170000Z', 'RRULE:FREQ=WEEKLY;COUNT=4',
    'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n');
  const { feed: icsJson } = icsToFeed(ics);
  const utcFeed = parseFeed(icsJson);

  it('reads the iCalendar name and zone', () => {
    expect(utcFeed.name).to.equal('Jugendrat Musterstadt');
    expect(utcFeed.timezone).to.equal('UTC');
  });

  it('expands each series in its own zone, shown in Berlin', () => {
    const { feed } = mergeFeeds([{ name: 'Stadt', feed: berlin }, { name: utcFeed.name!, feed: utcFeed }]);
    const index = new EventIndex(feed, 'Europe/Berlin', { now: Date.UTC(2026, 9, 1) });
    const occ = index.occurrences(day('2026-10-01'), day('2026-11-30'));
    const times = (title: string) => occ.filter((o) => o.event.title === title).map((o) => local(o.start));
    expect(times('Stadtrat')).to.deep.equal(['2026-10-13 18:00', '2026-10-20 18:00', '2026-10-27 18:00', '2026-11-03 18:00']);
    expect(times('Jugendrat')).to.deep.equal(['2026-10-14 19:00', '2026-10-21 19:00', '2026-10-28 18:00', '2026-11-04 18:00']);
  });

  it('writes each series with its own zone into a calendar file', () => {
    const { feed } = mergeFeeds([{ name: 'Stadt', feed: berlin }, { name: 'Jugendrat', feed: utcFeed }]);
    const text = eventsToIcs(feed.events, { feedTimeZone: 'Europe/Berlin', now: Date.UTC(2026, 9, 1) });
    expect(text).to.match(/DTSTART;TZID=Europe\/Berlin:20261013T180000/);
    expect(text).to.match(/DTSTART:20261014T170000Z/);
    expect(text.match(/BEGIN:VTIMEZONE/g)).to.have.length(1);
  });
});
