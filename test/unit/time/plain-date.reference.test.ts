/**
 * plain-date.ts held to date-fns, the date library the project brief named
 * (see time-zone.reference.test.ts for why it is a reference and not a dependency).
 *
 * date-fns counts on the browser's local calendar, so its dates here are local
 * noons: no clock change of Berlin or Los Angeles (the two zones this suite
 * runs in) moves a noon to another day. Years 0–99 are set with setFullYear,
 * since the Date constructor reads them as 1900–1999.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { addDays } from 'date-fns/addDays';
import { addMonths as dfAddMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfWeek as dfEndOfWeek } from 'date-fns/endOfWeek';
import { format } from 'date-fns/format';
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { getISODay } from 'date-fns/getISODay';
import { isValid } from 'date-fns/isValid';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';
import { parseISO } from 'date-fns/parseISO';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfWeek as dfStartOfWeek } from 'date-fns/startOfWeek';
import {
  addMonths, dayNumber, daysInMonth, endOfWeek, firstOfMonth, formatIsoDate, fromDayNumber, lastOfMonth, parseIsoDayNumber, startOfWeek, weekdayOf,
} from '../../../src/data/time/plain-date.js';

function localNoon(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setFullYear(year, month - 1, day);
  d.setHours(12, 0, 0, 0);
  return d;
}

const EPOCH = localNoon(1970, 1, 1);
/** date-fns's count of calendar days since 1970-01-01: the reference for a day number. */
const counted = (d: Date) => differenceInCalendarDays(d, EPOCH);
/** The day date-fns reaches by adding `n` days to 1970-01-01. */
const reached = (n: number) => addDays(EPOCH, n);
const fields = (d: Date) => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

const FIRST = dayNumber(1, 1, 1);
const LAST = dayNumber(9999, 12, 31);
const anyDay = fc.integer({ min: FIRST, max: LAST });
const RUNS = 1000;

describe('plain-date against date-fns (reference)', () => {
  it('numbers 0001-01-01 and 9999-12-31 as date-fns counts days from 1970-01-01', () => {
    expect(FIRST).to.equal(counted(localNoon(1, 1, 1)));
    expect(FIRST).to.equal(-719_162);
    expect(LAST).to.equal(counted(localNoon(9999, 12, 31)));
    expect(LAST).to.equal(2_932_896);
    expect(dayNumber(1970, 1, 1)).to.equal(0);
  });

  it('gives every day number of years 1–9999 the date date-fns reaches from 1970-01-01, and back', () => {
    fc.assert(fc.property(anyDay, (n) => {
      const theirs = reached(n);
      expect(fromDayNumber(n), `day ${n}`).to.deep.equal(fields(theirs));
      expect(formatIsoDate(n)).to.equal(format(theirs, 'yyyy-MM-dd'));
      expect(dayNumber(theirs.getFullYear(), theirs.getMonth() + 1, theirs.getDate())).to.equal(n);
      expect(counted(theirs)).to.equal(n);
    }), { numRuns: RUNS * 3 });
  });

  it('counts the days of years 0–99 in those years, not in 1900–1999', () => {
    for (const [year, month, day] of [[1, 1, 1], [4, 2, 29], [50, 6, 15], [99, 12, 31], [100, 3, 1]]) {
      const n = dayNumber(year, month, day);
      expect(n, `${year}-${month}-${day}`).to.equal(counted(localNoon(year, month, day)));
      expect(fromDayNumber(n)).to.deep.equal({ year, month, day });
    }
  });

  it('moves by months as date-fns addMonths does, in years 1–9999', () => {
    fc.assert(fc.property(anyDay, fc.integer({ min: -240, max: 240 }), (n, months) => {
      const theirs = dfAddMonths(reached(n), months);
      fc.pre(theirs.getFullYear() >= 1 && theirs.getFullYear() <= 9999);
      expect(formatIsoDate(addMonths(n, months)), `${formatIsoDate(n)} + ${months} months`).to.equal(format(theirs, 'yyyy-MM-dd'));
    }), { numRuns: RUNS * 2 });
  });

  it('clamps to the month\'s last day as date-fns does (31 January + 1 month = 28 February)', () => {
    // The end-of-month days, where clamping happens, come up rarely at random.
    for (const [from, months, to] of [
      ['2026-01-31', 1, '2026-02-28'], ['2024-01-31', 1, '2024-02-29'], ['2026-03-31', -1, '2026-02-28'], ['2026-05-31', 1, '2026-06-30'],
      ['2024-02-29', 12, '2025-02-28'], ['2024-02-29', 48, '2028-02-29'], ['1900-01-29', 1, '1900-02-28'], ['2000-01-30', 1, '2000-02-29'],
      ['2026-12-31', 2, '2027-02-28'], ['0001-03-31', -1, '0001-02-28'],
    ] as const) {
      const n = parseIsoDayNumber(from)!;
      expect(formatIsoDate(addMonths(n, months)), `${from} + ${months}`).to.equal(to);
      expect(format(dfAddMonths(reached(n), months), 'yyyy-MM-dd'), `${from} + ${months} (date-fns)`).to.equal(to);
    }
  });

  it('names the ISO weekday as date-fns getISODay does (Monday first)', () => {
    fc.assert(fc.property(anyDay, (n) => {
      expect(weekdayOf(n) + 1, formatIsoDate(n)).to.equal(getISODay(reached(n)));
    }), { numRuns: RUNS });
  });

  it('starts weeks on Monday and ends them on Sunday, as date-fns does with weekStartsOn: 1', () => {
    fc.assert(fc.property(anyDay, (n) => {
      fc.pre(n - 6 >= FIRST && n + 6 <= LAST);
      expect(formatIsoDate(startOfWeek(n)), `week of ${formatIsoDate(n)}`).to.equal(format(dfStartOfWeek(reached(n), { weekStartsOn: 1 }), 'yyyy-MM-dd'));
      expect(formatIsoDate(endOfWeek(n)), `week of ${formatIsoDate(n)}`).to.equal(format(dfEndOfWeek(reached(n), { weekStartsOn: 1 }), 'yyyy-MM-dd'));
    }), { numRuns: RUNS });
  });

  it('knows the length of every month of years 1–9999 as date-fns getDaysInMonth does', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      expect(daysInMonth(year, month), `${year}-${month}`).to.equal(getDaysInMonth(localNoon(year, month, 1)));
    }), { numRuns: RUNS });
  });

  it('finds the first and last day of the month as date-fns does', () => {
    fc.assert(fc.property(anyDay, (n) => {
      const theirs = reached(n);
      expect(formatIsoDate(firstOfMonth(n)), formatIsoDate(n)).to.equal(format(startOfMonth(theirs), 'yyyy-MM-dd'));
      expect(formatIsoDate(lastOfMonth(n)), formatIsoDate(n)).to.equal(format(lastDayOfMonth(theirs), 'yyyy-MM-dd'));
    }), { numRuns: RUNS });
  });

  describe('parseIsoDayNumber against parseISO', () => {
    /** date-fns's reading of an ISO date: its day number, or null when isValid says no. */
    function theirs(text: string): number | null {
      const d = parseISO(text);
      if (!isValid(d)) return null;
      // Counted in UTC from parseISO's fields: differenceInCalendarDays, which goes through the
      // browser's local offsets, was once a day off for 0000-02-29 in Chromium in Los Angeles.
      const utc = new Date(0);
      utc.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
      return Math.round(utc.getTime() / 86_400_000);
    }

    it('accepts and rejects the named dates as parseISO does (29 February only in leap years; years 0000 and 9999)', () => {
      for (const [text, valid] of [
        ['2026-02-29', false], ['2024-02-29', true], ['1900-02-29', false], ['2000-02-29', true], ['0000-01-01', true], ['9999-12-31', true],
        ['0001-01-01', true], ['2026-04-31', false], ['2026-13-01', false], ['2026-00-10', false], ['2026-01-00', false], ['2026-12-31', true],
      ] as const) {
        expect(parseIsoDayNumber(text) !== null, text).to.equal(valid);
        expect(parseIsoDayNumber(text), text).to.equal(theirs(text));
      }
    });

    it('agrees with parseISO on every string of the form DDDD-DD-DD', () => {
      const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
      const text = fc.tuple(fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')), two(19), two(39)).map((p) => p.join('-'));
      fc.assert(fc.property(text, (t) => {
        expect(parseIsoDayNumber(t), t).to.equal(theirs(t));
      }), { numRuns: RUNS * 2 });
    });

    it('reads only YYYY-MM-DD, where parseISO also reads weeks, ordinal days and times', () => {
      for (const text of ['2026-03', '20260301', '2026-W10', '2026-060', '2026-03-01T10:00', '+002026-03-01']) {
        expect(isValid(parseISO(text)), `${text} (date-fns)`).to.equal(true);
        expect(parseIsoDayNumber(text), text).to.equal(null);
      }
    });
  });
});
