/**
 * Checks RRULE syntax without the rrule library, so that validating a feed
 * never costs the ~14 KB download (the engine is only loaded to expand series).
 * Follows RFC 5545 §3.3.10, minus the two frequencies a calendar of public
 * events has no use for and that would produce unbounded numbers of entries.
 */
import { daysInMonth, dayNumber } from '../time/plain-date.js';

const FREQS = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY'];
const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const BYDAY_ITEM = new RegExp(`^([+-]?\\d{1,2})?${WEEKDAY}$`);
const WEEKDAY_ONLY = new RegExp(`^${WEEKDAY}$`);

type Check = (value: string, freq: string) => string | null;

const list = (re: RegExp, min: number, max: number, allowNegative: boolean, what: string): Check => (value) => {
  for (const item of value.split(',')) {
    if (!re.test(item)) return `${what} '${item}' is not a number`;
    const n = Number(item);
    if ((n < 0 && !allowNegative) || Math.abs(n) < min || Math.abs(n) > max) {
      return `${what} '${item}' is out of range (${allowNegative ? `±${min}…${max}` : `${min}…${max}`})`;
    }
  }
  return null;
};
const signed = /^[+-]?\d{1,3}$/;
const unsigned = /^\d{1,2}$/;

const checks: Record<string, Check> = {
  FREQ: (v) => FREQS.includes(v) ? null
    : v === 'MINUTELY' || v === 'SECONDLY' ? `FREQ=${v} is not supported (use HOURLY or slower)`
      : `FREQ '${v}' is not one of ${FREQS.join(', ')}`,
  INTERVAL: (v) => /^\d{1,4}$/.test(v) && +v >= 1 ? null : `INTERVAL '${v}' is not a positive whole number`,
  COUNT: (v) => /^\d{1,5}$/.test(v) && +v >= 1 ? null : `COUNT '${v}' is not a positive whole number`,
  UNTIL: (v) => parseUntil(v) ? null : `UNTIL '${v}' is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS[Z])`,
  BYDAY: (v, freq) => {
    for (const item of v.split(',')) {
      const m = BYDAY_ITEM.exec(item);
      if (!m) return `BYDAY '${item}' is not a weekday such as MO, 2TU or -1FR`;
      if (m[1] !== undefined) {
        const n = Math.abs(+m[1]);
        if (n < 1 || n > 53) return `BYDAY '${item}' has an ordinal out of range (±1…53)`;
        if (freq !== 'MONTHLY' && freq !== 'YEARLY') return `BYDAY '${item}' with a number only works with FREQ=MONTHLY or YEARLY`;
      }
    }
    return null;
  },
  BYMONTHDAY: list(signed, 1, 31, true, 'BYMONTHDAY'),
  BYMONTH: list(unsigned, 1, 12, false, 'BYMONTH'),
  BYSETPOS: list(signed, 1, 366, true, 'BYSETPOS'),
  BYWEEKNO: (v, freq) => freq !== 'YEARLY' ? 'BYWEEKNO only works with FREQ=YEARLY' : list(signed, 1, 53, true, 'BYWEEKNO')(v, freq),
  BYYEARDAY: (v, freq) => ['DAILY', 'WEEKLY', 'MONTHLY'].includes(freq)
    ? `BYYEARDAY does not work with FREQ=${freq}` : list(signed, 1, 366, true, 'BYYEARDAY')(v, freq),
  WKST: (v) => WEEKDAY_ONLY.test(v) ? null : `WKST '${v}' is not a weekday (MO…SU)`,
  BYHOUR: list(unsigned, 0, 23, false, 'BYHOUR'),
  BYMINUTE: list(unsigned, 0, 59, false, 'BYMINUTE'),
  BYSECOND: list(unsigned, 0, 59, false, 'BYSECOND'),
};

/**
 * Returns the rule normalized (upper case, no `RRULE:` prefix, no empty parts)
 * or a phrase saying what is wrong with it.
 */
export function checkRrule(text: string): { rule: string } | { problem: string } {
  const body = text.trim().replace(/^RRULE:/i, '').trim();
  if (!body) return { problem: 'is empty' };
  const parts = new Map<string, string>();
  for (const raw of body.split(';')) {
    const part = raw.trim();
    if (!part) continue;
    const eq = part.indexOf('=');
    if (eq < 1) return { problem: `part '${part}' is not KEY=VALUE` };
    const key = part.slice(0, eq).trim().toUpperCase();
    const value = part.slice(eq + 1).trim().toUpperCase();
    if (!(key in checks)) return { problem: `has an unknown part '${key}'` };
    if (parts.has(key)) return { problem: `has ${key} twice` };
    if (!value) return { problem: `${key} has no value` };
    parts.set(key, value);
  }
  const freq = parts.get('FREQ');
  if (!freq) return { problem: 'has no FREQ' };
  for (const [key, value] of parts) {
    const problem = checks[key](value, freq);
    if (problem) return { problem };
  }
  if (parts.has('COUNT') && parts.has('UNTIL')) return { problem: 'has both COUNT and UNTIL (use one)' };
  if (parts.has('BYMONTH') && parts.has('BYMONTHDAY') && !monthDayExists(parts.get('BYMONTH')!, parts.get('BYMONTHDAY')!)) {
    return { problem: 'names no day that exists (BYMONTHDAY is beyond the end of every BYMONTH month)' };
  }
  if (parts.has('BYSETPOS') && ![...parts.keys()].some((k) => k.startsWith('BY') && k !== 'BYSETPOS')) {
    return { problem: 'has BYSETPOS without another BY… part to select from' };
  }
  return { rule: [...parts].map(([k, v]) => `${k}=${v}`).join(';') };
}

// Max length of each month, 29 for February (leap years exist).
const MONTH_MAX = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthDayExists(byMonth: string, byMonthDay: string): boolean {
  const months = byMonth.split(',').map(Number);
  return byMonthDay.split(',').map(Number).some((d) => months.some((m) => Math.abs(d) <= MONTH_MAX[m - 1]));
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * With FREQ=HOURLY, rrule 2.8.1 steps the hour by INTERVAL until it lands on a
 * BYHOUR value, and loops forever if it never can (INTERVAL=2 from an even
 * hour, BYHOUR=3). Returns false for such a rule given the start's wall-clock hour.
 */
export function hourlyRuleCanReachByhour(rule: string, startHour: number): boolean {
  // Asked for every timed series while a feed is validated; nearly none is hourly.
  if (!rule.includes('HOURLY')) return true;
  const get = (key: string) => new RegExp(`(?:^|;)${key}=([^;]*)`).exec(rule)?.[1];
  if (get('FREQ') !== 'HOURLY') return true;
  const byHour = get('BYHOUR');
  if (!byHour) return true;
  const step = gcd(Number(get('INTERVAL') ?? 1), 24);
  return byHour.split(',').some((h) => (((Number(h) - startHour) % step) + step) % step === 0);
}

/**
 * An UNTIL value. A plain date includes that whole day (people write
 * UNTIL=20261231 and mean "up to and including New Year's Eve"). A date-time
 * with Z is an instant; without Z it is wall-clock time in the feed's zone.
 */
export type Until =
  | { kind: 'date'; day: number }
  | { kind: 'utc'; instant: number }
  | { kind: 'floating'; wallMs: number };

export function parseUntil(value: string): Until | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/i.exec(value.trim());
  if (!m) return null;
  const year = +m[1], month = +m[2], day = +m[3];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { kind: 'date', day: dayNumber(year, month, day) };
  const hour = +m[4], minute = +m[5], second = +m[6];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second);
  return m[7] ? { kind: 'utc', instant: ms } : { kind: 'floating', wallMs: ms };
}
