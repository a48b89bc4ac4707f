import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  canonicalTimeZone, dayInZone, instantFromWallClock, isValidTimeZone, startOfDayInstant, wallClock,
} from '../../../src/data/time/time-zone.js';
import { day, local, utc } from '../helpers.js';

const ZONES = ['Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC', 'Pacific/Chatham', 'Africa/Casablanca', 'America/Sao_Paulo'];

describe('time-zone', () => {
  it('gives the same results whatever zone the browser runs in', () => {
    // This file runs in a browser set to Europe/Berlin and again to America/Los_Angeles.
    const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(['Europe/Berlin', 'America/Los_Angeles'], `unexpected browser zone ${browserZone}`).to.include(browserZone);
    expect(utc(instantFromWallClock(2026, 11, 3, 18, 0, 0, 'Europe/Berlin'))).to.equal('2026-11-03T17:00:00.000Z');
    expect(dayInZone(Date.UTC(2026, 10, 4, 23, 30), 'Europe/Berlin'), 'day of 00:30 CET on 5 November').to.equal(day('2026-11-05'));
    expect(local(Date.UTC(2026, 6, 1, 12), 'America/New_York')).to.equal('2026-07-01 08:00');
  });

  it('accepts IANA zones and rejects made-up names and bare offsets', () => {
    for (const tz of ['Europe/Berlin', 'UTC', 'America/Los_Angeles', 'Asia/Kathmandu']) expect(isValidTimeZone(tz), tz).to.equal(true);
    for (const tz of ['Europe/Berln', 'Mars/Olympus', '', '+01:00', 'CET+1']) expect(isValidTimeZone(tz), tz).to.equal(false);
    expect(canonicalTimeZone('europe/berlin')).to.equal('Europe/Berlin');
  });

  it('reads the wall clock of an instant (summer and winter time in Berlin)', () => {
    expect(wallClock(Date.UTC(2026, 6, 1, 16, 0, 5), 'Europe/Berlin')).to.deep.equal({ year: 2026, month: 7, day: 1, hour: 18, minute: 0, second: 5 });
    expect(wallClock(Date.UTC(2026, 0, 1, 17), 'Europe/Berlin').hour).to.equal(18);
  });

  it('moves a time in the spring-forward gap forward by the gap (02:30 -> 03:30 CEST on 2026-03-29)', () => {
    const instant = instantFromWallClock(2026, 3, 29, 2, 30, 0, 'Europe/Berlin');
    expect(utc(instant)).to.equal('2026-03-29T01:30:00.000Z');
    expect(local(instant)).to.equal('2026-03-29 03:30');
  });

  it('takes the earlier instant for a time that occurs twice (02:30 CEST on 2026-10-25)', () => {
    const instant = instantFromWallClock(2026, 10, 25, 2, 30, 0, 'Europe/Berlin');
    expect(utc(instant), 'should be 02:30 CEST = 00:30 UTC, not 02:30 CET').to.equal('2026-10-25T00:30:00.000Z');
  });

  it('knows times just around the Berlin transitions', () => {
    expect(utc(instantFromWallClock(2026, 3, 29, 1, 59, 59, 'Europe/Berlin'))).to.equal('2026-03-29T00:59:59.000Z');
    expect(utc(instantFromWallClock(2026, 3, 29, 3, 0, 0, 'Europe/Berlin'))).to.equal('2026-03-29T01:00:00.000Z');
    expect(utc(instantFromWallClock(2026, 10, 25, 3, 0, 0, 'Europe/Berlin'))).to.equal('2026-10-25T02:00:00.000Z');
    expect(local(Date.UTC(2026, 9, 25, 1, 30))).to.equal('2026-10-25 02:30');
  });

  it('starts a day at local midnight, also on DST days', () => {
    expect(utc(startOfDayInstant(day('2026-03-29'), 'Europe/Berlin'))).to.equal('2026-03-28T23:00:00.000Z');
    expect(utc(startOfDayInstant(day('2026-03-30'), 'Europe/Berlin'))).to.equal('2026-03-29T22:00:00.000Z');
    expect(utc(startOfDayInstant(day('2026-11-05'), 'America/New_York'))).to.equal('2026-11-05T05:00:00.000Z');
  });

  it('handles half-hour DST (Lord Howe) and 45-minute offsets (Chatham)', () => {
    // Lord Howe jumps from 02:00 (+10:30) to 02:30 (+11:00) on 2026-10-04: 02:15 becomes 02:45.
    expect(local(instantFromWallClock(2026, 10, 4, 2, 15, 0, 'Australia/Lord_Howe'), 'Australia/Lord_Howe')).to.equal('2026-10-04 02:45');
    expect(utc(instantFromWallClock(2026, 10, 4, 2, 15, 0, 'Australia/Lord_Howe'))).to.equal('2026-10-03T15:45:00.000Z');
    expect(local(Date.UTC(2026, 0, 15, 0, 0), 'Pacific/Chatham')).to.equal('2026-01-15 13:45');
  });

  it('property: instantFromWallClock undoes wallClock for every instant outside a gap', () => {
    fc.assert(fc.property(
      fc.integer({ min: Date.UTC(1971, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }),
      fc.constantFrom(...ZONES),
      (seconds, tz) => {
        const instant = seconds * 1000;
        const w = wallClock(instant, tz);
        const back = instantFromWallClock(w.year, w.month, w.day, w.hour, w.minute, w.second, tz);
        // In an overlap the earlier instant is chosen, so the round trip may land one shift earlier.
        return back === instant || (back < instant && local(back, tz) === local(instant, tz));
      },
    ), { numRuns: 2000 });
  });

  it('property: wallClock of instantFromWallClock gives the same wall clock, except in gaps', () => {
    fc.assert(fc.property(
      fc.date({ min: new Date(Date.UTC(1980, 0, 1)), max: new Date(Date.UTC(2050, 0, 1)), noInvalidDate: true }),
      fc.constantFrom(...ZONES),
      (date, tz) => {
        const [y, mo, d, h, mi, s] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
        const instant = instantFromWallClock(y, mo, d, h, mi, s, tz);
        const w = wallClock(instant, tz);
        const same = w.year === y && w.month === mo && w.day === d && w.hour === h && w.minute === mi && w.second === s;
        // In a gap the time moves forward, by at most the gap (never more than 2 h).
        const shift = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Date.UTC(y, mo - 1, d, h, mi, s);
        return same || (shift > 0 && shift <= 2 * 3600_000);
      },
    ), { numRuns: 2000 });
  });

  it('property: dayInZone agrees with the zone-formatted calendar date', () => {
    const fmt = new Map(ZONES.map((tz) => [tz, new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' })]));
    fc.assert(fc.property(
      fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2040, 0, 1) }),
      fc.constantFrom(...ZONES),
      // Parts, not the formatted string: engines disagree on en-CA's order (WebKitGTK writes 01/01/1990).
      (instant, tz) => {
        const parts = Object.fromEntries(fmt.get(tz)!.formatToParts(instant).map((p) => [p.type, p.value]));
        return dayInZone(instant, tz) === day(`${parts.year}-${parts.month}-${parts.day}`);
      },
    ), { numRuns: 2000 });
  });

});
