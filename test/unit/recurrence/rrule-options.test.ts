import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { RRule } from '../../../src/data/recurrence/rrule-engine.js';
import { rruleOptions } from '../../../src/data/recurrence/rrule-options.js';
import { checkRrule } from '../../../src/data/validate/rrule-syntax.js';

// The bundles ship rrule without RRule.parseString (rollup.config.js); the tests load all of rrule, so it can be the oracle.
const KEYS = ['FREQ', 'INTERVAL', 'COUNT', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'BYSETPOS', 'BYWEEKNO', 'BYYEARDAY', 'WKST', 'BYHOUR', 'BYMINUTE', 'BYSECOND'] as const;
const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');

/** A number as a feed may write it: a sign where rrule-syntax.ts allows one, leading zeros up to the width it allows. */
const written = (min: number, max: number, width: number, signed: boolean) =>
  fc.tuple(fc.integer({ min, max }), fc.constantFrom(...(signed ? ['', '+', '-'] : [''])), fc.integer({ min: 1, max: width }))
    .map(([n, sign, pad]) => sign + String(n).padStart(pad, '0'));
/** One to four items (repeats included: the syntax allows them), so both a single value and a list come up. */
const list = (item: fc.Arbitrary<string>) => fc.array(item, { minLength: 1, maxLength: 4 }).map((items) => items.join(','));

const partsArb = fc.record({
  FREQ: fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY'),
  INTERVAL: written(1, 9999, 4, false),
  COUNT: written(1, 99999, 5, false),
  BYDAY: list(fc.tuple(fc.option(written(1, 53, 2, true), { nil: '' }), weekday).map(([n, day]) => n + day)),
  BYMONTHDAY: list(written(1, 31, 3, true)),
  BYMONTH: list(written(1, 12, 2, false)),
  BYSETPOS: list(written(1, 366, 3, true)),
  BYWEEKNO: list(written(1, 53, 3, true)),
  BYYEARDAY: list(written(1, 366, 3, true)),
  WKST: weekday,
  BYHOUR: list(written(0, 23, 2, false)),
  BYMINUTE: list(written(0, 59, 2, false)),
  BYSECOND: list(written(0, 59, 2, false)),
}, { requiredKeys: ['FREQ'] });

describe('rrule options without rrule\'s string parser', () => {
  it('reads numbers, lists, ordinals and weekdays as parseString does', () => {
    const options = rruleOptions('FREQ=MONTHLY;INTERVAL=2;BYDAY=-1FR,+2TU,WE;BYSETPOS=-1;BYMONTHDAY=1,-31;WKST=SU', RRule);
    expect(options).to.deep.equal({
      freq: RRule.MONTHLY,
      interval: 2,
      byweekday: [RRule.FR.nth(-1), RRule.TU.nth(2), RRule.WE],
      bysetpos: -1,
      bymonthday: [1, -31],
      wkst: RRule.SU,
    });
    expect(options.byweekday, 'a weekday without ordinal is rrule\'s own object').to.have.property('2').that.equals(RRule.WE);
    expect(rruleOptions('FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO', RRule).byweekday, 'BYDAY is a list even with one day').to.deep.equal([RRule.MO]);
  });

  it('gives what RRule.parseString gives for every rule rrule-syntax.ts lets through (property)', () => {
    fc.assert(fc.property(
      partsArb, fc.shuffledSubarray([...KEYS], { minLength: KEYS.length }), fc.boolean(), fc.boolean(),
      (parts, order, lowerCase, prefixed) => {
        // Parts the syntax check rejects for this FREQ are left out instead of discarding the run.
        const p: Partial<Record<string, string>> = { ...parts };
        if (p.FREQ !== 'YEARLY') delete p.BYWEEKNO;
        if (p.FREQ !== 'YEARLY' && p.FREQ !== 'HOURLY') delete p.BYYEARDAY;
        if (p.FREQ !== 'YEARLY' && p.FREQ !== 'MONTHLY' && p.BYDAY) p.BYDAY = p.BYDAY.replace(/[+-]?\d+/g, '');
        let text = order.filter((key) => p[key] !== undefined).map((key) => ` ${key}=${p[key]} `).join(';');
        if (prefixed) text = `RRULE:${text}`;
        const checked = checkRrule(lowerCase ? text.toLowerCase() : text);
        // Rare: BYSETPOS without another BY part, BYMONTHDAY beyond every BYMONTH month.
        fc.pre('rule' in checked);
        const rule = (checked as { rule: string }).rule;
        expect(rruleOptions(rule, RRule), rule).to.deep.equal(RRule.parseString(rule));
      },
    ), { numRuns: 2000 });
  });
});
