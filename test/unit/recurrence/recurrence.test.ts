import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  expandAllDaySeries, expandSeries, isRecurrenceEngineLoaded, loadRecurrenceEngine, needsRecurrence, nextSeriesStartAfter, seriesProblem,
} from '../../../src/data/recurrence/recurrence.js';
import { startOfDayInstant } from '../../../src/data/time/time-zone.js';
import { day, eventOf, isoDay, local, utc } from '../helpers.js';

const BERLIN = 'Europe/Berlin';
const H = 3_600_000;
/** The whole-day window [from, to] in Berlin as instants. */
const window = (from: string, to: string, tz = BERLIN): [number, number] => [startOfDayInstant(day(from), tz), startOfDayInstant(day(to) + 1, tz)];

describe('recurrence', () => {
  before(async () => {
    await loadRecurrenceEngine();
  });

  it('loads the rrule engine once, on demand', async () => {
    expect(isRecurrenceEngineLoaded()).to.equal(true);
    await Promise.all([loadRecurrenceEngine(), loadRecurrenceEngine()]);
    expect(isRecurrenceEngineLoaded()).to.equal(true);
  });

  it('knows whether a feed needs the engine', () => {
    expect(needsRecurrence([eventOf({ start: '2026-11-03' })])).to.equal(false);
    expect(needsRecurrence([eventOf({ start: '2026-11-03', rrule: 'FREQ=DAILY;COUNT=2' })])).to.equal(true);
  });

  it('keeps a weekly 18:00 Berlin series at 18:00 local across 2026-03-29 and 2026-10-25', () => {
    const event = eventOf({ start: '2026-03-17T18:00:00+01:00', end: '2026-03-17T20:00:00+01:00', rrule: 'FREQ=WEEKLY;COUNT=40' });
    const starts = expandSeries(event, ...window('2026-03-01', '2026-11-30'), BERLIN);
    expect(starts.map((s) => local(s)).every((l) => l.endsWith(' 18:00')), `local times: ${starts.map((s) => local(s)).join(', ')}`).to.equal(true);
    const byDay = new Map(starts.map((s) => [local(s).slice(0, 10), s]));
    // Before the spring change 18:00 CET = 17:00 UTC, after it 18:00 CEST = 16:00 UTC.
    expect(utc(byDay.get('2026-03-24')!)).to.equal('2026-03-24T17:00:00.000Z');
    expect(utc(byDay.get('2026-03-31')!)).to.equal('2026-03-31T16:00:00.000Z');
    expect(byDay.get('2026-03-31')! - byDay.get('2026-03-24')!, 'one week minus the hour Berlin lost').to.equal(7 * 24 * H - H);
    // Autumn: 18:00 CEST = 16:00 UTC, then 18:00 CET = 17:00 UTC.
    expect(utc(byDay.get('2026-10-20')!)).to.equal('2026-10-20T16:00:00.000Z');
    expect(utc(byDay.get('2026-10-27')!)).to.equal('2026-10-27T17:00:00.000Z');
    expect(byDay.get('2026-10-27')! - byDay.get('2026-10-20')!, 'one week plus the hour Berlin gained').to.equal(7 * 24 * H + H);
  });

  it('keeps Berlin times for a series started with a UTC (Z) time, whatever the browser zone', () => {
    const event = eventOf({ start: '2026-03-24T17:00:00Z', rrule: 'FREQ=WEEKLY;COUNT=3' });
    expect(expandSeries(event, ...window('2026-03-01', '2026-04-30'), BERLIN).map((s) => local(s)))
      .to.deep.equal(['2026-03-24 18:00', '2026-03-31 18:00', '2026-04-07 18:00']);
  });

  it('removes occurrences listed in exdates (by time or by day)', () => {
    const event = eventOf({
      start: '2026-11-03T18:00:00+01:00', rrule: 'FREQ=WEEKLY;COUNT=5',
      exdates: ['2026-11-10T18:00:00+01:00', '2026-11-24', '2026-11-17T17:00:00Z'],
    });
    expect(expandSeries(event, ...window('2026-11-01', '2026-12-31'), BERLIN).map((s) => local(s)))
      .to.deep.equal(['2026-11-03 18:00', '2026-12-01 18:00']);
  });

  it('matches a time exdate by Berlin wall clock when the feed wrote it without offset', () => {
    const event = eventOf({ start: '2026-10-20T18:00', rrule: 'FREQ=WEEKLY;COUNT=3', exdates: ['2026-10-27T18:00'] });
    expect(expandSeries(event, ...window('2026-10-01', '2026-11-30'), BERLIN).map((s) => local(s)))
      .to.deep.equal(['2026-10-20 18:00', '2026-11-03 18:00']);
  });

  it('ends a series after COUNT occurrences', () => {
    const event = eventOf({ start: '2026-11-03T18:00:00+01:00', rrule: 'FREQ=DAILY;COUNT=3' });
    expect(expandSeries(event, ...window('2026-11-01', '2026-12-31'), BERLIN).map((s) => local(s)))
      .to.deep.equal(['2026-11-03 18:00', '2026-11-04 18:00', '2026-11-05 18:00']);
  });

  it('ends a series at UNTIL, a date including that whole day', () => {
    const event = eventOf({ start: '2026-11-03T18:00:00+01:00', rrule: 'FREQ=WEEKLY;UNTIL=20261117' });
    expect(expandSeries(event, ...window('2026-11-01', '2026-12-31'), BERLIN).map((s) => local(s)))
      .to.deep.equal(['2026-11-03 18:00', '2026-11-10 18:00', '2026-11-17 18:00']);
  });

  it('ends a series at a UTC UNTIL, compared in Berlin time', () => {
    // 17:00Z on 17 November is 18:00 in Berlin: that occurrence is still included.
    const event = eventOf({ start: '2026-11-03T18:00:00+01:00', rrule: 'FREQ=WEEKLY;UNTIL=20261117T170000Z' });
    expect(expandSeries(event, ...window('2026-11-01', '2026-12-31'), BERLIN)).to.have.length(3);
    const earlier = eventOf({ start: '2026-11-03T18:00:00+01:00', rrule: 'FREQ=WEEKLY;UNTIL=20261117T165959Z' });
    expect(expandSeries(earlier, ...window('2026-11-01', '2026-12-31'), BERLIN)).to.have.length(2);
  });

  it('gives second Tuesdays for FREQ=MONTHLY;BYDAY=2TU', () => {
    const event = eventOf({ start: '2026-01-13T19:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=2TU' });
    expect(expandSeries(event, ...window('2026-01-01', '2026-06-30'), BERLIN).map((s) => local(s)))
      .to.deep.equal(['2026-01-13 19:00', '2026-02-10 19:00', '2026-03-10 19:00', '2026-04-14 19:00', '2026-05-12 19:00', '2026-06-09 19:00']);
  });

  it('expands only the requested range: an endless daily series gives ~30 occurrences for a month, quickly', () => {
    const event = eventOf({ start: '2020-01-01T09:00', rrule: 'FREQ=DAILY' });
    const t0 = performance.now();
    const starts = expandSeries(event, ...window('2026-11-01', '2026-11-30'), BERLIN);
    expect(starts).to.have.length(30);
    expect(local(starts[0])).to.equal('2026-11-01 09:00');
    // Generous: a full expansion from 2020 would still pass; a hang would not.
    expect(performance.now() - t0, 'ms').to.be.lessThan(2000);
  });

  it('includes an occurrence that started before the window but still runs in it', () => {
    const event = eventOf({ start: '2026-11-02T22:00:00+01:00', end: '2026-11-03T02:00:00+01:00', rrule: 'FREQ=DAILY;COUNT=3' });
    const starts = expandSeries(event, ...window('2026-11-03', '2026-11-03'), BERLIN);
    expect(starts.map((s) => local(s))).to.deep.equal(['2026-11-02 22:00', '2026-11-03 22:00']);
  });

  it('does not hang on a rule that can never match (a first Monday on the 20th)', () => {
    const event = eventOf({ start: '2026-01-05T18:00', rrule: 'FREQ=MONTHLY;BYDAY=1MO;BYMONTHDAY=20' });
    const t0 = performance.now();
    expect(expandSeries(event, ...window('2026-11-01', '2026-11-30'), BERLIN)).to.deep.equal([]);
    expect(nextSeriesStartAfter(event, Date.UTC(2026, 0, 1), BERLIN)).to.equal(null);
    expect(performance.now() - t0, 'ms spent on an impossible rule').to.be.lessThan(2000);
  });

  it('expands all-day series by day, with multi-day spans overlapping the range', () => {
    const event = eventOf({ start: '2026-11-02', end: '2026-11-03', rrule: 'FREQ=WEEKLY;COUNT=4', exdates: ['2026-11-16'] });
    expect(expandAllDaySeries(event, day('2026-11-03'), day('2026-11-30')).map(isoDay)).to.deep.equal(['2026-11-02', '2026-11-09', '2026-11-23']);
  });

  it('finds the next series start after a day or instant', () => {
    const allDay = eventOf({ start: '2026-01-01', rrule: 'FREQ=YEARLY' });
    expect(isoDay(nextSeriesStartAfter(allDay, day('2026-01-01'), BERLIN)!)).to.equal('2027-01-01');
    const timed = eventOf({ start: '2026-01-13T19:00', rrule: 'FREQ=MONTHLY;BYDAY=2TU;COUNT=3' });
    expect(local(nextSeriesStartAfter(timed, Date.UTC(2026, 1, 1), BERLIN)!)).to.equal('2026-02-10 19:00');
    expect(nextSeriesStartAfter(timed, Date.UTC(2026, 3, 1), BERLIN), 'after the last of 3').to.equal(null);
  });

  it('reports a rule the engine rejects instead of throwing', () => {
    const event = { ...eventOf({ start: '2026-01-13T19:00', rrule: 'FREQ=WEEKLY' }), rrule: 'FREQ=NONSENSE;BYDAY=XX' };
    expect(() => expandSeries(event, ...window('2026-01-01', '2026-01-31'), BERLIN)).not.to.throw();
    expect(expandSeries(event, ...window('2026-01-01', '2026-01-31'), BERLIN)).to.deep.equal([]);
    expect(seriesProblem(event, BERLIN)).to.be.a('string');
  });

  it('property: a weekly series keeps its Berlin wall-clock time all year, whatever the start', () => {
    fc.assert(fc.property(
      fc.integer({ min: day('2025-01-01'), max: day('2027-12-31') }), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45),
      (startDay, hour, minute) => {
        const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const event = eventOf({ start: `${isoDay(startDay)}T${time}`, rrule: 'FREQ=WEEKLY;COUNT=60' });
        const starts = expandSeries(event, startOfDayInstant(startDay, BERLIN), startOfDayInstant(startDay + 430, BERLIN), BERLIN);
        // 02:xx does not exist on the spring-forward Sunday; that one occurrence moves to 03:xx.
        const wrong = starts.filter((s) => local(s).slice(11) !== time && !(hour === 2 && local(s).slice(11) === `03:${time.slice(3)}`));
        return starts.length === 60 && wrong.length === 0;
      },
    ), { numRuns: 60 });
  });
});
