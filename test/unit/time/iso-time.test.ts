import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parsePoint } from '../../../src/data/time/iso-time.js';
import { daysInMonth, dayNumber } from '../../../src/data/time/plain-date.js';
import { instantFromWallClock } from '../../../src/data/time/time-zone.js';

const BERLIN = 'Europe/Berlin';

/**
 * The grammar with capture groups, the way parsePoint was first written: the
 * reader that takes the numbers from character codes must say the same for every text.
 */
function byRegex(text: string, tz: string): ReturnType<typeof parsePoint> {
  const value = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const year = +m[1], month = +m[2], day = +m[3];
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'is not a date';
    return { allDay: true, day: dayNumber(year, month, day) };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (m) {
    const year = +m[1], month = +m[2], day = +m[3], hour = +m[4], minute = +m[5], second = m[6] ? +m[6] : 0;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return 'is not a date-time (no such day)';
    if (hour > 23 || minute > 59 || second > 59) return 'is not a date-time (no such time of day)';
    const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    const zone = m[8];
    if (!zone) return { allDay: false, instant: instantFromWallClock(year, month, day, hour, minute, second, tz) + ms };
    let offsetMinutes = 0;
    if (zone !== 'Z' && zone !== 'z') {
      const oh = +zone.slice(1, 3), om = +zone.slice(-2);
      if (oh > 23 || om > 59) return 'has an impossible UTC offset';
      offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    const d = new Date(0);
    d.setUTCFullYear(year, month - 1, day);
    d.setUTCHours(hour, minute, second, ms);
    return { allDay: false, instant: d.getTime() - offsetMinutes * 60_000 };
  }
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) return 'is not a date (expected YYYY-MM-DD with two-digit month and day)';
  return 'is neither a date (YYYY-MM-DD) nor a date-time (YYYY-MM-DDTHH:mm, optionally with seconds and Z or ±HH:mm)';
}

describe('parsePoint', () => {
  it('reads dates, date-times with and without offset, and says what is wrong with the rest', () => {
    expect(parsePoint('2026-11-03', BERLIN)).to.deep.equal({ allDay: true, day: dayNumber(2026, 11, 3) });
    expect(parsePoint(' 2026-11-03T18:00:00.5+01:00 ', BERLIN)).to.deep.equal({ allDay: false, instant: Date.UTC(2026, 10, 3, 17, 0, 0, 500) });
    expect(parsePoint('2026-11-03t18:00z', BERLIN)).to.deep.equal({ allDay: false, instant: Date.UTC(2026, 10, 3, 18) });
    expect(parsePoint('2026-07-01T18:00', BERLIN)).to.deep.equal({ allDay: false, instant: Date.UTC(2026, 6, 1, 16) });
    expect(parsePoint('2026-11-03T18:00:00.1234567891Z', BERLIN), 'ten fraction digits').to.match(/^is neither/);
    expect(parsePoint('2026-11-03T18:00+1:00', BERLIN)).to.match(/^is neither/);
    expect(parsePoint('2026-11-03T18:00+24:00', BERLIN)).to.equal('has an impossible UTC offset');
    expect(parsePoint('2026-02-29T18:00+25:00', BERLIN), 'the day is judged first').to.equal('is not a date-time (no such day)');
    expect(parsePoint('2026-11-3', BERLIN)).to.match(/two-digit month and day/);
    expect(parsePoint('2026-11-03T', BERLIN)).to.match(/^is neither/);
    expect(parsePoint('', BERLIN)).to.match(/^is neither/);
    // Years 0–99 are not 1900–1999 (where 29 February 1900 does not exist).
    expect(new Date((parsePoint('0000-02-29T12:00Z', BERLIN) as { instant: number }).instant).toISOString()).to.equal('0000-02-29T12:00:00.000Z');
    expect(parsePoint('0050-01-01', BERLIN)).to.deep.equal({ allDay: true, day: Math.floor(Date.parse('0050-01-01T00:00:00Z') / 86_400_000) });
  });

  it('property: says the same as the grammar written as regular expressions, for any text near the two forms', () => {
    // Pieces that make near-misses likely: digits, the separators, zone letters, and a few strangers.
    const piece = fc.constantFrom('0', '1', '2', '3', '5', '9', '12', '29', '30', '31', '59', '60', '99', '2026', '0050', '-', ':', '.', 'T', 't', 'Z', 'z', '+', ' ', 'x', '٣', '\u00a0');
    const nearMiss = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
    const date = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const time = fc.tuple(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 }), fc.option(fc.integer({ min: 0, max: 61 })), fc.option(fc.stringMatching(/^\d{0,11}$/)))
      .map(([h, m, s, f]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s === null ? '' : `:${String(s).padStart(2, '0')}${f === null ? '' : `.${f}`}`}`);
    const zone = fc.constantFrom('', 'Z', 'z', '+01:00', '-0930', '+1400', '+24:00', '-05:60', '+1', '+01:0', '+01:00:00', 'Zz');
    const text = fc.oneof(
      nearMiss,
      date,
      fc.tuple(date, fc.constantFrom('T', 't', ' ', ''), time, zone).map((parts) => parts.join('')),
      fc.tuple(date, fc.constantFrom('T', 't'), time, zone, nearMiss).map((parts) => parts.join('')),
    );
    fc.assert(fc.property(text, fc.constantFrom(BERLIN, 'America/New_York'), (t, tz) => {
      expect(parsePoint(t, tz), JSON.stringify(t)).to.deep.equal(byRegex(t, tz));
    }), { numRuns: 4000 });
  });
});
