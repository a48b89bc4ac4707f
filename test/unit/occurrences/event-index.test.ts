import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CalendarEvent, FeedEvent, Occurrence, ParsedFeed } from '../../../src/data/event.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { allDayOccurrence, compareOccurrences, timedOccurrence } from '../../../src/data/occurrences/occurrence.js';
import { loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { day, feedOf, isoDay, local } from '../helpers.js';

const BERLIN = 'Europe/Berlin';
const shown = (occs: Occurrence[], tz = BERLIN) =>
  occs.map((o) => `${o.event.title} ${isoDay(o.firstDay)}${o.lastDay !== o.firstDay ? `..${isoDay(o.lastDay)}` : ''}${o.allDay ? '' : ` ${local(o.start, tz).slice(11)}`}`);

describe('EventIndex', () => {
  before(async () => {
    await loadRecurrenceEngine();
  });

  it('reports a series that never produces a date, and one whose every date is excluded, once', () => {
    const index = new EventIndex(feedOf([
      { id: 'never', title: 'Erster Montag am 20.', start: '2026-01-05T18:00', rrule: 'FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=20' },
      { id: 'gone', title: 'Abgesagte Reihe', start: '2026-11-03T18:00', rrule: 'FREQ=WEEKLY;COUNT=2', exdates: ['2026-11-03', '2026-11-10'] },
      { id: 'ok', title: 'Arbeitskreis', start: '2026-11-03T18:00', rrule: 'FREQ=WEEKLY;COUNT=2' },
    ]), BERLIN);
    expect(index.seriesProblems.map((p) => p.id)).to.deep.equal(['never', 'gone']);
    expect(index.seriesProblems[0].reason).to.match(/^event never 'Erster Montag am 20\.': its rrule never produces a date/);
    expect(index.occurrences(day('2026-11-01'), day('2026-11-30')).map((o) => o.event.id)).to.deep.equal(['ok', 'ok']);
  });

  it('shows an event 22:00–01:00 on its start day only', () => {
    const index = new EventIndex(feedOf([{ id: 1, title: 'Nachtcafé', start: '2026-11-05T22:00', end: '2026-11-06T01:00' }]), BERLIN);
    expect(shown(index.occurrences(day('2026-11-05'), day('2026-11-05')))).to.deep.equal(['Nachtcafé 2026-11-05 22:00']);
    expect(index.occurrences(day('2026-11-06'), day('2026-11-06')), 'not shown again on the 6th').to.deep.equal([]);
  });

  it('shows all-day and multi-day events on every day they cover (all-day end inclusive)', () => {
    const index = new EventIndex(feedOf([
      { id: 1, title: 'Aktionstag', start: '2026-11-05' },
      { id: 2, title: 'Ausstellung', start: '2026-11-05', end: '2026-11-07' },
      { id: 3, title: 'Klausur', start: '2026-11-05T09:00', end: '2026-11-06T17:00' },
    ]), BERLIN);
    const on = (iso: string) => index.occurrences(day(iso), day(iso)).map((o) => o.event.title);
    expect(on('2026-11-05')).to.deep.equal(['Aktionstag', 'Ausstellung', 'Klausur']);
    expect(on('2026-11-06')).to.deep.equal(['Ausstellung', 'Klausur']);
    expect(on('2026-11-07'), 'the inclusive end day').to.deep.equal(['Ausstellung']);
    expect(on('2026-11-08')).to.deep.equal([]);
  });

  it('converts to the display zone: 01:00 Berlin on the 5th is on the 4th in New York', () => {
    const feed = feedOf([{ id: 1, title: 'Frühschicht', start: '2026-11-05T01:00' }]);
    const ny = new EventIndex(feed, 'America/New_York');
    expect(shown(ny.occurrences(day('2026-11-01'), day('2026-11-30')), 'America/New_York')).to.deep.equal(['Frühschicht 2026-11-04 19:00']);
    const berlin = new EventIndex(feed, BERLIN);
    expect(shown(berlin.occurrences(day('2026-11-01'), day('2026-11-30')))).to.deep.equal(['Frühschicht 2026-11-05 01:00']);
  });

  it('keeps all-day events on their date in any display zone', () => {
    const feed = feedOf([{ id: 1, title: 'Aktionstag', start: '2026-11-05' }]);
    for (const tz of ['America/Los_Angeles', 'Asia/Tokyo', BERLIN]) {
      expect(shown(new EventIndex(feed, tz).occurrences(day('2026-11-01'), day('2026-11-30'))), tz).to.deep.equal(['Aktionstag 2026-11-05']);
    }
  });

  it('places an event at 00:30 Berlin on the DST day on that day (2026-03-29 and 2026-10-25)', () => {
    const index = new EventIndex(feedOf([
      { id: 1, title: 'Frühling', start: '2026-03-29T00:30' },
      { id: 2, title: 'Herbst', start: '2026-10-25T00:30' },
    ]), BERLIN);
    expect(shown(index.occurrences(day('2026-03-29'), day('2026-03-29')))).to.deep.equal(['Frühling 2026-03-29 00:30']);
    expect(shown(index.occurrences(day('2026-10-25'), day('2026-10-25')))).to.deep.equal(['Herbst 2026-10-25 00:30']);
    expect(index.occurrences(day('2026-03-28'), day('2026-03-28'))).to.deep.equal([]);
  });

  it('marks occurrences of 7 days or more as phases', () => {
    const index = new EventIndex(feedOf([
      { id: 1, title: 'Umfrage', start: '2026-11-02', end: '2026-11-29' },
      { id: 2, title: 'Woche', start: '2026-11-02', end: '2026-11-07' },
    ]), BERLIN);
    expect(index.occurrences(day('2026-11-02'), day('2026-11-02')).map((o) => [o.event.title, o.isPhase])).to.deep.equal([['Umfrage', true], ['Woche', false]]);
  });

  it('orders by day, all-day before timed, then time, then title (German), then feed order', () => {
    const index = new EventIndex(feedOf([
      { id: 1, title: 'Zebra', start: '2026-11-05T10:00' },
      { id: 2, title: 'Öffentliche Sitzung', start: '2026-11-05T09:00' },
      { id: 3, title: 'Ärztetag', start: '2026-11-05' },
      { id: 4, title: 'Bauausschuss', start: '2026-11-05T09:00' },
      { id: 5, title: 'Bauausschuss', start: '2026-11-05T09:00' },
      { id: 6, title: 'Früher', start: '2026-11-04T23:00' },
    ]), BERLIN);
    expect(index.occurrences(day('2026-11-04'), day('2026-11-05')).map((o) => o.event.id)).to.deep.equal(['6', '3', '4', '5', '2', '1']);
  });

  it('builds keys from id and start', () => {
    const index = new EventIndex(feedOf([
      { id: 'a', title: 'A', start: '2026-11-05T09:00Z' },
      { id: 'b', title: 'B', start: '2026-11-05', rrule: 'FREQ=DAILY;COUNT=2' },
    ]), BERLIN);
    expect(index.occurrences(day('2026-11-05'), day('2026-11-06')).map((o) => o.key)).to.deep.equal([
      `b@d${day('2026-11-05')}`, `a@${Date.UTC(2026, 10, 5, 9)}`, `b@d${day('2026-11-06')}`,
    ]);
  });

  it('mixes series occurrences into the same ordered result, in the display zone', () => {
    const index = new EventIndex(feedOf([
      { id: 1, title: 'Sprechstunde', start: '2026-03-17T18:00', rrule: 'FREQ=WEEKLY;COUNT=4' },
      { id: 2, title: 'Einzeltermin', start: '2026-03-24T17:00' },
    ]), 'America/New_York');
    expect(shown(index.occurrences(day('2026-03-01'), day('2026-03-31')), 'America/New_York')).to.deep.equal([
      'Sprechstunde 2026-03-17 13:00', 'Einzeltermin 2026-03-24 12:00', 'Sprechstunde 2026-03-24 13:00', 'Sprechstunde 2026-03-31 12:00',
    ]);
  });

  it('finds the next day with events after an empty stretch', () => {
    const index = new EventIndex(feedOf([
      { id: 1, title: 'A', start: '2026-03-10' },
      { id: 2, title: 'Umfrage', start: '2026-05-01', end: '2026-06-15' },
      { id: 3, title: 'Serie', start: '2027-01-12T18:00', rrule: 'FREQ=WEEKLY' },
    ]), BERLIN);
    expect(isoDay(index.nextDayWithEvents(day('2026-01-31'))!)).to.equal('2026-03-10');
    expect(isoDay(index.nextDayWithEvents(day('2026-03-31'))!)).to.equal('2026-05-01');
    expect(isoDay(index.nextDayWithEvents(day('2026-05-31'))!), 'the running phase counts').to.equal('2026-06-01');
    expect(isoDay(index.nextDayWithEvents(day('2026-06-30'))!)).to.equal('2027-01-12');
    expect(isoDay(index.nextDayWithEvents(day('2027-01-31'))!)).to.equal('2027-02-02');
    expect(index.nextDayWithEvents(day('2026-06-30'), 30), 'beyond the limit').to.equal(null);
  });

  it('returns nothing after the last event', () => {
    const index = new EventIndex(feedOf([{ id: 1, title: 'A', start: '2026-03-10' }]), BERLIN);
    expect(index.nextDayWithEvents(day('2026-03-10'))).to.equal(null);
    expect(index.size).to.equal(1);
  });

  // Speed is measured by `npm run bench`, not asserted here; this checks the index at scale.
  it('answers month queries over 20,000 events, each event in its months', () => {
    const events: Partial<FeedEvent>[] = [];
    for (let i = 0; i < 20_000; i++) {
      const d = isoDay(day('2026-01-01') + (i % 730));
      events.push({ id: i, title: `Termin ${i}`, start: i % 50 === 0 ? d : `${d}T${String(8 + (i % 12)).padStart(2, '0')}:00`, ...(i % 500 === 0 ? { end: isoDay(day(d) + 20) } : {}) });
    }
    const feed = feedOf(events);
    const index = new EventIndex(feed, BERLIN);
    let total = 0;
    for (let m = 0; m < 24; m++) total += index.occurrences(day('2026-01-01') + m * 30, day('2026-01-01') + m * 30 + 29).length;
    expect(total).to.be.greaterThan(19_000);
  });

  // Days within a few years are sorted by counting, days centuries apart by packed keys: both ways are checked,
  // the second with clusters of events ~80 years apart (0 = one cluster).
  for (const [what, clusters] of [['within months', 0], ['centuries apart', 2]] as const) {
    const inCluster = (dayInCluster: fc.Arbitrary<number>) => fc.tuple(fc.integer({ min: -clusters, max: clusters }), dayInCluster)
      .map(([cluster, d]) => cluster * 30_000 + d);
    it(`property: returns exactly the single events whose days overlap the range (brute force), all overlapping it (${what})`, () => {
      const arbEvent = fc.record({
        startDay: inCluster(fc.integer({ min: 0, max: 120 })),
        allDay: fc.boolean(),
        minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
        durationMin: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 60 * 24 * 40 })),
        spanDays: fc.integer({ min: 0, max: 40 }),
      });
      const base = day('2026-02-01');
      fc.assert(fc.property(
        fc.array(arbEvent, { maxLength: 60 }), inCluster(fc.integer({ min: -5, max: 130 })), fc.integer({ min: 0, max: 45 }),
        fc.constantFrom(BERLIN, 'America/New_York', 'Asia/Tokyo'),
        (specs, from, length, tz) => {
          const feed: ParsedFeed = { timezone: BERLIN, skipped: [], warnings: [], events: specs.map((s, i): CalendarEvent => {
            const start = Date.UTC(2026, 1, 1) + s.startDay * 86_400_000 + s.minute * 60_000;
            return {
              id: String(i), index: i, title: `E${i % 7}`, allDay: s.allDay, hasEnd: true, categories: [], status: 'scheduled',
              start: s.allDay ? NaN : start, end: s.allDay ? NaN : start + s.durationMin * 60_000,
              startDay: s.allDay ? base + s.startDay : NaN, endDay: s.allDay ? base + s.startDay + s.spanDays : NaN,
            };
          }) };
          const fromDay = base + from, toDay = fromDay + length;
          const got = new EventIndex(feed, tz).occurrences(fromDay, toDay);
          const all = feed.events.map((e) => e.allDay ? allDayOccurrence(e, e.startDay) : timedOccurrence(e, e.start, e.end, tz));
          const expected = all.filter((o) => o.lastDay >= fromDay && o.firstDay <= toDay).sort(compareOccurrences);
          expect(got.map((o) => o.key)).to.deep.equal(expected.map((o) => o.key));
          return got.every((o) => o.firstDay <= toDay && o.lastDay >= fromDay && o.lastDay >= o.firstDay);
        },
      ), { numRuns: 300 });
    });
  }
});
