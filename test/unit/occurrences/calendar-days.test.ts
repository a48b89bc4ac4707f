import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { CalendarEvent } from '../../../src/data/event.js';
import { groupForList, monthGrid } from '../../../src/data/occurrences/calendar-days.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { allDayOccurrence } from '../../../src/data/occurrences/occurrence.js';
import { weekdayOf } from '../../../src/data/time/plain-date.js';
import { day, feedOf, isoDay } from '../helpers.js';


describe('monthGrid', () => {
  it('covers the month in Monday–Sunday weeks', () => {
    const weeks = monthGrid(day('2026-11-15'));
    expect(weeks).to.have.length(6);
    expect(isoDay(weeks[0][0])).to.equal('2026-10-26');
    expect(isoDay(weeks[5][6])).to.equal('2026-12-06');
  });

  it('has 4 rows for a February that starts on Monday and 5 or 6 otherwise', () => {
    expect(monthGrid(day('2027-02-10'))).to.have.length(4);
    expect(monthGrid(day('2026-02-10'))).to.have.length(5);
    expect(monthGrid(day('2026-03-10'))).to.have.length(6);
  });

  it('property: every month has 4–6 full weeks starting on Monday, containing all its days', () => {
    fc.assert(fc.property(fc.integer({ min: day('1990-01-01'), max: day('2100-12-31') }), (n) => {
      const weeks = monthGrid(n);
      const days = weeks.flat();
      return weeks.length >= 4 && weeks.length <= 6 && weeks.every((w) => w.length === 7 && weekdayOf(w[0]) === 0)
        && days.every((d, i) => i === 0 || d === days[i - 1] + 1)
        && isoDay(days.find((d) => isoDay(d).slice(0, 7) === isoDay(n).slice(0, 7))!).endsWith('-01');
    }));
  });
});

describe('groupForList', () => {
  const feed = feedOf([
    { id: 1, title: 'Umfrage', start: '2026-10-20', end: '2026-11-20' },
    { id: 2, title: 'Lange Umfrage', start: '2026-10-01', end: '2026-12-31' },
    { id: 3, title: 'Ausstellung', start: '2026-10-30', end: '2026-11-03' },
    { id: 4, title: 'Sitzung', start: '2026-11-05T18:00' },
    { id: 5, title: 'Workshopreihe', start: '2026-11-10', end: '2026-11-24' },
  ]);
  const from = day('2026-11-01'), to = day('2026-11-30');
  const list = groupForList(new EventIndex(feed, 'Europe/Berlin').occurrences(from, to), from, to);

  it('lists a phase that started before the range once, as running, sorted by end', () => {
    expect(list.running.map((o) => o.event.title)).to.deep.equal(['Umfrage', 'Lange Umfrage']);
  });

  it('lists everything else once, under its first day or the range start', () => {
    expect(list.days.map((d) => [isoDay(d.day), d.items.map((o) => o.event.title)])).to.deep.equal([
      ['2026-11-01', ['Ausstellung']],
      ['2026-11-05', ['Sitzung']],
      ['2026-11-10', ['Workshopreihe']],
    ]);
  });

  it('property: places each occurrence in the range exactly once, days ascending', () => {
    const base = day('2026-01-01');
    const event = (i: number, span: number): CalendarEvent => ({
      id: String(i), index: i, title: 'E', allDay: true, start: NaN, end: NaN, startDay: base, endDay: base + span, hasEnd: true, categories: [], status: 'scheduled',
    });
    fc.assert(fc.property(
      fc.array(fc.record({ start: fc.integer({ min: 0, max: 90 }), span: fc.integer({ min: 0, max: 40 }) }), { maxLength: 50 }),
      fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 40 }),
      (specs, fromOffset, length) => {
        const fromDay = base + fromOffset, toDay = fromDay + length;
        const occs = specs.map((s, i) => allDayOccurrence(event(i, s.span), base + s.start))
          .filter((o) => o.lastDay >= fromDay && o.firstDay <= toDay);
        const { running, days } = groupForList(occs, fromDay, toDay);
        const placed = [...running, ...days.flatMap((d) => d.items)].map((o) => o.key);
        return placed.length === occs.length && new Set(placed).size === occs.length
          && days.every((d, i) => d.day >= fromDay && d.day <= toDay && (i === 0 || d.day > days[i - 1].day))
          && running.every((o) => o.isPhase && o.firstDay < fromDay);
      },
    ));
  });
});
