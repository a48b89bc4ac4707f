/**
 * The options `new RRule(options, true)` takes, read from a rule that
 * rrule-syntax.ts has normalized (upper-case KEY=VALUE parts joined by `;`, no
 * `RRULE:` prefix) and series-engine.ts has taken UNTIL out of. The result is
 * what `RRule.parseString` gives for the same rule, in the same shape (a list
 * of numbers is an array, a single number is not; BYDAY is always an array).
 * With this we do not ship rrule's string parser (see RRULE_STUBS in
 * rollup.config.js), which also reads DTSTART, TZID, UNTIL, several lines and
 * lax input that our rules never contain. A property test holds this to parseString.
 */
import type { Options } from 'rrule';

/**
 * `RRule` is the class of the rrule that rrule-engine.ts loaded (passed in, not
 * imported: Node gets rrule's CommonJS build there). Its statics RRule.YEARLY …
 * are the Frequency numbers and RRule.MO … the Weekday objects parseString returns.
 */
export function rruleOptions(rule: string, RRule: typeof import('rrule').RRule): Partial<Options> {
  const statics = RRule as unknown as Record<string, { nth(n?: number): object }>;
  const options: Record<string, unknown> = {};
  for (const part of rule.split(';')) {
    const [key, value] = part.split('=');
    const items = value.split(',').map((item) =>
      key === 'FREQ' || key === 'WKST' ? statics[item]
        // '-1FR': FR with n = -1. Without an ordinal, nth(undefined) returns FR itself, as parseString does.
        : key === 'BYDAY' ? statics[item.slice(-2)].nth(+item.slice(0, -2) || undefined)
          : +item);
    options[key === 'BYDAY' ? 'byweekday' : key.toLowerCase()] = key === 'BYDAY' || items.length > 1 ? items : items[0];
  }
  return options;
}
