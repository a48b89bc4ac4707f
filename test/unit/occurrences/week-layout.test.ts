import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { Occurrence } from '../../../src/data/event.js';
import { monthGrid } from '../../../src/data/occurrences/calendar-days.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { allDayOccurrence } from '../../../src/data/occurrences/occurrence.js';
import { itemsOfDay, layoutMonth, layoutWeek } from '../../../src/data/occurrences/week-layout.js';
import { day, feedOf, isoDay } from '../helpers.js';

const titles = (occs: readonly Occurrence[]) => occs.map((o) => o.event.title);

describe('week layout of the month grid', () => {
  const feed = feedOf([
    { id: 1, title: 'Umfrage', start: '2026-11-04', end: '2026-12-01' },
    { id: 2, title: 'Ausstellung', start: '2026-11-05', end: '2026-11-07' },
    { id: 3, title: 'Sitzung', start: '2026-11-05T18:00' },
    { id: 4, title: 'Frühstück', start: '2026-11-05T08:00' },
    { id: 5, title: 'Lange Nacht', start: '2026-11-13T22:00', end: '2026-11-14T01:00' },
  ]);
  const weeks = monthGrid(day('2026-11-01'));
  const occs = new EventIndex(feed, 'Europe/Berlin').occurrences(weeks[0][0], weeks.at(-1)![6]);
  const rows = layoutMonth(weeks, occs, 3);
  const dayOf = (iso: string) => rows.flatMap((r) => r.days).find((d) => d.day === day(iso))!;

  it('draws a 4-week phase as a bar in every week row it covers, from its first day in the row to its last', () => {
    const bars = rows.flatMap((r) => r.bars).filter((b) => b.occ.event.title === 'Umfrage');
    expect(bars.map((b) => [isoDay(weeks[rows.findIndex((r) => r.bars.includes(b))][b.from]), isoDay(weeks[rows.findIndex((r) => r.bars.includes(b))][b.to])])).to.deep.equal([
      ['2026-11-04', '2026-11-08'], ['2026-11-09', '2026-11-15'], ['2026-11-16', '2026-11-22'], ['2026-11-23', '2026-11-29'], ['2026-11-30', '2026-12-01'],
    ]);
    expect(bars.map((b) => [b.continuesBefore, b.continuesAfter])).to.deep.equal([[false, true], [true, true], [true, true], [true, true], [true, false]]);
  });

  it('counts a phase on every day it covers, not only where its bar begins', () => {
    expect(titles(dayOf('2026-11-10').spanning)).to.deep.equal(['Umfrage']);
    expect(titles(dayOf('2026-11-14').spanning)).to.deep.equal(['Umfrage']);
    expect(titles(dayOf('2026-11-03').spanning)).to.deep.equal([]);
  });

  it('keeps a day\'s own events apart from the bars, all-day first, then by time', () => {
    expect(titles(dayOf('2026-11-05').spanning)).to.deep.equal(['Umfrage', 'Ausstellung']);
    expect(titles(dayOf('2026-11-05').events)).to.deep.equal(['Frühstück', 'Sitzung']);
    expect(titles(itemsOfDay(dayOf('2026-11-05')))).to.deep.equal(['Umfrage', 'Ausstellung', 'Frühstück', 'Sitzung']);
  });

  it('shows an evening event that ends after midnight on its start day only', () => {
    expect(titles(dayOf('2026-11-13').events)).to.deep.equal(['Lange Nacht']);
    expect(titles(dayOf('2026-11-14').events)).to.deep.equal([]);
  });

  it('gives the longer of two bars starting together the upper lane', () => {
    const row = rows[1];
    expect(row.bars.map((b) => [b.occ.event.title, b.lane])).to.deep.equal([['Umfrage', 0], ['Ausstellung', 1]]);
  });

  it('stacks at most the lanes asked for and counts the rest on each day they cover', () => {
    const week = weeks[1];
    const phases = Array.from({ length: 5 }, (_, i) => ({ id: `p${i}`, title: `Phase ${i}`, start: '2026-11-01', end: '2026-11-30' }));
    const many = new EventIndex(feedOf(phases), 'Europe/Berlin').occurrences(week[0], week[6]);
    const layout = layoutWeek(week, many, 3);
    expect(layout.lanes).to.equal(3);
    expect(layout.bars).to.have.length(3);
    for (const d of layout.days) {
      expect(d.spanning, isoDay(d.day)).to.have.length(5);
      expect(d.drawn, isoDay(d.day)).to.equal(3);
    }
    expect(layoutWeek(week, many, 0).bars, 'no lanes: nothing drawn, everything counted').to.deep.equal([]);
    expect(layoutWeek(week, many, 0).days[0].spanning).to.have.length(5);
  });

  it('property: every occurrence touching the row is on each day it covers exactly once, bars never overlap in a lane', () => {
    const week = monthGrid(day('2026-11-01'))[2];
    const ev = feedOf([{ id: 'x', title: 'x', start: '2026-11-01' }]).events[0];
    const occArb = fc.tuple(fc.integer({ min: week[0] - 10, max: week[6] + 3 }), fc.integer({ min: 0, max: 20 }))
      .map(([first, len]) => allDayOccurrence({ ...ev, startDay: first, endDay: first + len, id: `e${first}-${len}` }, first));
    fc.assert(fc.property(fc.array(occArb, { maxLength: 25 }), fc.integer({ min: 0, max: 4 }), (list, maxLanes) => {
      const layout = layoutWeek(week, list, maxLanes);
      for (const d of layout.days) {
        const expected = list.filter((o) => o.firstDay <= d.day && d.day <= o.lastDay).length;
        if (itemsOfDay(d).length !== expected) return false;
        if (d.drawn > maxLanes) return false;
      }
      for (const a of layout.bars) {
        for (const b of layout.bars) if (a !== b && a.lane === b.lane && a.from <= b.to && b.from <= a.to) return false;
      }
      return layout.lanes <= maxLanes;
    }), { numRuns: 400 });
  });
});
