import { expect } from '@open-wc/testing';
import { nextFocusDay } from '../../../src/views/month/month-keys.js';
import { day, isoDay } from '../helpers.js';

/** The day focus moves to from `from` on `key`, as an ISO date (or null). */
function press(from: string, key: string, options?: { shiftKey?: boolean; rtl?: boolean }): string | null {
  const next = nextFocusDay(day(from), key, options);
  return next === null ? null : isoDay(next);
}

describe('month grid keys (nextFocusDay)', () => {
  it('moves to the previous and next day with ArrowLeft and ArrowRight, across month and year ends', () => {
    expect(press('2026-11-25', 'ArrowLeft')).to.equal('2026-11-24');
    expect(press('2026-11-25', 'ArrowRight')).to.equal('2026-11-26');
    expect(press('2026-11-30', 'ArrowRight')).to.equal('2026-12-01');
    expect(press('2027-01-01', 'ArrowLeft')).to.equal('2026-12-31');
  });

  it('swaps ArrowLeft and ArrowRight in right-to-left text', () => {
    expect(press('2026-11-25', 'ArrowLeft', { rtl: true }), 'left is later in RTL').to.equal('2026-11-26');
    expect(press('2026-11-25', 'ArrowRight', { rtl: true })).to.equal('2026-11-24');
  });

  it('moves a week up and down with ArrowUp and ArrowDown, in either direction of text', () => {
    expect(press('2026-11-25', 'ArrowUp')).to.equal('2026-11-18');
    expect(press('2026-11-25', 'ArrowDown')).to.equal('2026-12-02');
    expect(press('2026-11-25', 'ArrowUp', { rtl: true })).to.equal('2026-11-18');
    expect(press('2026-03-26', 'ArrowDown'), 'across the March clock change').to.equal('2026-04-02');
  });

  it('moves a month with PageUp and PageDown, keeping the day of month', () => {
    expect(press('2026-11-25', 'PageUp')).to.equal('2026-10-25');
    expect(press('2026-11-25', 'PageDown')).to.equal('2026-12-25');
    expect(press('2026-12-15', 'PageDown'), 'into the next year').to.equal('2027-01-15');
    expect(press('2026-01-15', 'PageUp'), 'into the previous year').to.equal('2025-12-15');
  });

  it('clamps to the month\'s last day: PageDown from 31 January lands on 28 February (29 in a leap year)', () => {
    expect(press('2026-01-31', 'PageDown')).to.equal('2026-02-28');
    expect(press('2028-01-31', 'PageDown')).to.equal('2028-02-29');
    expect(press('2026-03-31', 'PageUp')).to.equal('2026-02-28');
    expect(press('2026-05-31', 'PageDown')).to.equal('2026-06-30');
  });

  it('moves a year with Shift+PageUp and Shift+PageDown (29 February to 28 February)', () => {
    expect(press('2026-11-25', 'PageUp', { shiftKey: true })).to.equal('2025-11-25');
    expect(press('2026-11-25', 'PageDown', { shiftKey: true })).to.equal('2027-11-25');
    expect(press('2028-02-29', 'PageDown', { shiftKey: true })).to.equal('2029-02-28');
    expect(press('2028-02-29', 'PageUp', { shiftKey: true })).to.equal('2027-02-28');
  });

  it('goes to Monday with Home and to Sunday with End (weeks start on Monday)', () => {
    expect(press('2026-11-25', 'Home'), 'Wednesday to Monday').to.equal('2026-11-23');
    expect(press('2026-11-25', 'End'), 'Wednesday to Sunday').to.equal('2026-11-29');
    expect(press('2026-11-23', 'Home'), 'Monday stays').to.equal('2026-11-23');
    expect(press('2026-11-29', 'End'), 'Sunday stays').to.equal('2026-11-29');
    expect(press('2026-11-29', 'Home'), 'Sunday belongs to the week before it').to.equal('2026-11-23');
    expect(press('2026-01-01', 'Home'), 'a week across the year end').to.equal('2025-12-29');
    expect(press('2026-01-01', 'End', { rtl: true }), 'RTL does not change the week').to.equal('2026-01-04');
  });

  it('ignores Shift on the arrow keys, Home and End', () => {
    expect(press('2026-11-25', 'ArrowRight', { shiftKey: true })).to.equal('2026-11-26');
    expect(press('2026-11-25', 'ArrowDown', { shiftKey: true })).to.equal('2026-12-02');
    expect(press('2026-11-25', 'Home', { shiftKey: true })).to.equal('2026-11-23');
  });

  it('leaves every other key to the page (null)', () => {
    for (const key of ['Enter', ' ', 'Tab', 'Escape', 'a', 'pagedown', 'Left', 'F5', '']) {
      expect(press('2026-11-25', key), JSON.stringify(key)).to.equal(null);
    }
  });
});
