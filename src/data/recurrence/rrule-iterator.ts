/**
 * The rrule library's expansion of a rule simple-rule.ts does not handle,
 * bounded by a budget (limits.ts). It travels with rrule (rrule-engine.ts):
 * the classic script, which leaves rrule out, leaves this out too.
 */
import type { RRule as RRuleClass } from 'rrule';
import { budget, type Budget } from './limits.js';
import { rruleOptions } from './rrule-options.js';
import type { WallIterator } from './simple-rule.js';

const DAY = 86_400_000;
/** rrule's periods by its Frequency numbers (YEARLY = 0 … HOURLY = 4); months and years as their shortest. */
const PERIOD_MS = [365 * DAY, 28 * DAY, 7 * DAY, DAY, DAY / 24];
/** rrule reads `interval` twice per period; a period (~20 µs) costs 40 steps of the budget (see limits.ts). */
const RRULE_READ_COST = 20;
/** Start times a day a series may have: an hourly rule has 24; BYMINUTE × BYSECOND can make 86,400. */
const MAX_TIMES_A_DAY = 24;

class BudgetExhausted extends Error {}

/** Wall-clock dates of `rule` (without UNTIL) from `dtstart`, UNTIL given apart (wall-clock ms). */
export function rruleIterator(RRule: typeof RRuleClass, rule: string, dtstart: number, until: number | null): WallIterator {
  // Not RRule.parseString: the bundles ship rrule without its string parser.
  const r = new RRule({ ...rruleOptions(rule, RRule), dtstart: new Date(dtstart), until: until === null ? null : new Date(until), tzid: null }, true);
  const options = r.options;
  const { interval, freq, byhour, byminute, bysecond } = options;
  // Several start times a day need rrule: every combination of BYHOUR, BYMINUTE and
  // BYSECOND is one (86,400 a day at most), and rrule builds them all for each range.
  if ((byhour?.length ?? 24) * byminute.length * bysecond.length > MAX_TIMES_A_DAY) throw new Error(`it starts more than ${MAX_TIMES_A_DAY} times a day`);
  // rrule loops until year 9999 on a rule that never matches (BYDAY=1MO;BYMONTHDAY=20):
  // seconds of frozen page. Its loop reads `interval` every period, so a counting
  // getter can stop it, and charge the caller's budget. Relies on rrule 2.8.1
  // internals (this getter, `options.dtstart` read per call); the package is pinned.
  let left = Infinity;
  let spent: Budget = budget();
  Object.defineProperty(options, 'interval', {
    get() {
      if (--left < 0 || (spent.work -= RRULE_READ_COST) < 0) throw new BudgetExhausted();
      return interval;
    },
  });
  const stepMs = PERIOD_MS[freq] * interval;
  // rrule walks every period from DTSTART on: an hourly series from 1900 takes seconds
  // to reach today, a monthly one from year 1 runs out of budget. The defaults DTSTART
  // gives (minute, weekday, day of month) are in `options` already, so a start whole
  // periods of the rule later gives the same dates from there on: HOURLY, DAILY and
  // WEEKLY move by steps of fixed length (not WEEKLY with BYSETPOS: it would pick from
  // a partial week); MONTHLY and YEARLY to the first day of a period, one period
  // early (a year's BYWEEKNO can reach into January of the next). Not with COUNT,
  // which counts from DTSTART.
  const shift = !options.count && !(freq === 2 && options.bysetpos);
  const start = new Date(dtstart);
  const months = freq === 0 ? 12 * interval : interval;
  const shifted = (fromWall: number): number => {
    if (!shift || fromWall <= dtstart) return dtstart;
    if (freq > 1) return dtstart + Math.floor((fromWall - dtstart) / stepMs) * stepMs;
    const from = new Date(fromWall);
    const periods = Math.floor(((from.getUTCFullYear() - start.getUTCFullYear()) * 12 + from.getUTCMonth() - start.getUTCMonth()) / months) - 1;
    if (periods <= 0) return dtstart;
    // Not Date.UTC: it reads years 0–99 as 1900–1999.
    const day = new Date(0);
    day.setUTCFullYear(start.getUTCFullYear(), start.getUTCMonth() + periods * months, 1);
    return day.getTime();
  };
  return (fromWall, toWall, visit, b = budget()) => {
    const first = shifted(fromWall);
    options.dtstart = new Date(first);
    spent = b;
    // rrule reads `interval` twice per period: enough for the window, plus some.
    left = 2 * (Math.ceil((toWall - first) / stepMs) + 10) + 100;
    try {
      r.between(new Date(fromWall), new Date(toWall), true, (date) => visit(date.getTime()));
    } catch (error) {
      // Out of work (the budget says so), or out of the window's periods: the rule matches nothing more in it.
      if (!(error instanceof BudgetExhausted)) throw error;
    } finally {
      left = Infinity;
    }
  };
}

