import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addMonths, dayNumber, daysInMonth, formatIsoDate, fromDayNumber, parseIsoDate, parseIsoDayNumber, startOfWeek, weekdayOf,
} from '../../../src/data/time/plain-date.js';

describe('plain-date', () => {
  it('knows the length of every month, leap years included (against Date)', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
      const d = new Date(0);
      d.setUTCFullYear(year, month, 0);
      expect(daysInMonth(year, month), `${year}-${month}`).to.equal(d.getUTCDate());
    }), { numRuns: 3000 });
    expect([1900, 2000, 2024, 2026, 2100].map((y) => daysInMonth(y, 2))).to.deep.equal([28, 29, 29, 28, 28]);
  });

  it('round-trips day numbers through ISO dates', () => {
    for (const text of ['1970-01-01', '2026-02-28', '2028-02-29', '2026-03-29', '2026-10-25', '2026-12-31', '1999-12-31']) {
      expect(formatIsoDate(parseIsoDayNumber(text)!)).to.equal(text);
    }
  });

  it('rejects impossible dates such as month 13 or 30 February', () => {
    for (const text of ['2026-13-01', '2026-02-30', '2026-00-10', '2026-1-1', '26-01-01', '2026-01-01T10:00', '']) {
      expect(parseIsoDate(text), text).to.equal(null);
    }
  });

  it('knows the weekday: 2026-11-25 is a Wednesday', () => {
    expect(weekdayOf(dayNumber(2026, 11, 25))).to.equal(2);
    expect(weekdayOf(dayNumber(2026, 11, 30))).to.equal(0);
    expect(weekdayOf(dayNumber(1969, 12, 31))).to.equal(2);
  });

  it('starts weeks on Monday', () => {
    expect(formatIsoDate(startOfWeek(dayNumber(2026, 11, 1)))).to.equal('2026-10-26');
  });

  it('clamps the day when moving by months (31 January + 1 month = 28 February)', () => {
    expect(formatIsoDate(addMonths(dayNumber(2026, 1, 31), 1))).to.equal('2026-02-28');
    expect(formatIsoDate(addMonths(dayNumber(2026, 12, 15), 1))).to.equal('2027-01-15');
    expect(formatIsoDate(addMonths(dayNumber(2026, 1, 15), -1))).to.equal('2025-12-15');
    expect(fromDayNumber(dayNumber(2024, 2, 29))).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });

  it('property: every day number survives the trip through its ISO date', () => {
    fc.assert(fc.property(fc.integer({ min: dayNumber(1000, 1, 1), max: dayNumber(9999, 12, 31) }), (n) => parseIsoDayNumber(formatIsoDate(n)) === n));
  });
});
