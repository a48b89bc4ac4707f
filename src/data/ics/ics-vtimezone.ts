/**
 * A VTIMEZONE for an IANA zone, derived from the offsets `Intl` reports
 * (time-zone.ts), because the browser ships no tzdata in iCalendar form.
 *
 * Where every year in the range switches the same way (Europe/Berlin: last
 * Sunday of March and October), the zone gets one STANDARD and one DAYLIGHT
 * observance with a yearly RRULE, which is what Outlook, Google and Apple
 * write themselves and which stays right after the range. Where the rules
 * change inside the range (a country abolished DST, a one-off shift), each
 * transition in the range becomes its own observance instead: exact for the
 * years the events cover, the last offset holding after them.
 */
import { icsOffset, localDateTime } from './ics-format.js';
import { daysInMonth } from '../time/plain-date.js';
import { offsetAt } from '../time/time-zone.js';

const DAY = 86_400_000;
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** Bounds the scan (about 50 offset look-ups a year) for feeds spanning decades. */
const MAX_YEARS = 60;

interface Transition {
  /** First instant with the new offset. */
  at: number;
  from: number;
  to: number;
}

/** Every offset change in [fromMs, toMs). */
function transitions(tz: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let t = fromMs;
  let offset = offsetAt(t, tz);
  while (t < toMs) {
    // Real zones change at most a few times a year, weeks apart: a weekly probe
    // finds each change, bisection then finds its second.
    const next = Math.min(t + 7 * DAY, toMs);
    if (offsetAt(next, tz) === offset) {
      t = next;
      continue;
    }
    let lo = t, hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (offsetAt(mid, tz) === offset) lo = mid;
      else hi = mid;
    }
    const to = offsetAt(hi, tz);
    found.push({ at: hi, from: offset, to });
    t = hi;
    offset = to;
  }
  return found;
}

/** The yearly rule a transition follows, as `BYMONTH=3;BYDAY=-1SU` candidates, plus its local time. */
function describe(tr: Transition) {
  // DTSTART of an observance is local time in the offset before the change (§3.6.5).
  const local = new Date(tr.at + tr.from);
  const year = local.getUTCFullYear(), month = local.getUTCMonth() + 1, day = local.getUTCDate();
  const weekday = WEEKDAYS[local.getUTCDay()];
  return {
    year,
    time: localDateTime(tr.at + tr.from).slice(8),
    nth: `BYMONTH=${month};BYDAY=${Math.ceil(day / 7)}${weekday}`,
    last: day + 7 > daysInMonth(year, month) ? `BYMONTH=${month};BYDAY=-1${weekday}` : null,
  };
}

/** The common yearly rule of transitions one year apart, or null when there is none. */
function yearlyRule(list: Transition[]): string | null {
  const described = list.map(describe);
  const first = described[0];
  const same = described.every((d, i) =>
    d.time === first.time && d.year === first.year + i
    && list[i].from === list[0].from && list[i].to === list[0].to);
  if (!same) return null;
  if (first.last && described.every((d) => d.last === first.last)) return first.last;
  return described.every((d) => d.nth === first.nth) ? first.nth : null;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: number, from: number, to: number, rule?: string): string[] {
  return [
    `BEGIN:${kind}`,
    `TZOFFSETFROM:${icsOffset(from)}`,
    `TZOFFSETTO:${icsOffset(to)}`,
    `DTSTART:${localDateTime(start + from)}`,
    ...(rule ? [`RRULE:FREQ=YEARLY;${rule}`] : []),
    `END:${kind}`,
  ];
}

/**
 * VTIMEZONE lines for `tz`, correct for the years `fromYear`–`toYear`
 * (the scan starts a year early, so the observance in force on 1 January exists).
 */
export function vtimezone(tz: string, fromYear: number, toYear: number): string[] {
  const first = fromYear - 1;
  const last = Math.min(toYear + 1, first + MAX_YEARS);
  const fromMs = Date.UTC(first, 0, 1);
  const found = transitions(tz, fromMs, Date.UTC(last + 1, 0, 1));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${tz}`];
  if (found.length === 0) {
    const offset = offsetAt(fromMs, tz);
    lines.push(...observance('STANDARD', Date.UTC(1970, 0, 1) - offset, offset, offset));
    return [...lines, 'END:VTIMEZONE'];
  }
  // A regular DST zone: two offsets, alternating, each switch on the same rule every year.
  const high = Math.max(found[0].from, found[0].to);
  const toHigh = found.filter((t) => t.to === high);
  const toLow = found.filter((t) => t.to !== high);
  const alternating = found.every((t, i) => i === 0 || t.from === found[i - 1].to);
  const daylightRule = alternating && toHigh.length ? yearlyRule(toHigh) : null;
  const standardRule = alternating && toLow.length ? yearlyRule(toLow) : null;
  if (daylightRule && standardRule && toHigh.length === last - first + 1 && toLow.length === last - first + 1) {
    lines.push(
      ...observance('DAYLIGHT', toHigh[0].at, toHigh[0].from, high, daylightRule),
      ...observance('STANDARD', toLow[0].at, toLow[0].from, toLow[0].to, standardRule),
    );
  } else {
    lines.push(...observance('STANDARD', fromMs - found[0].from, found[0].from, found[0].from));
    for (const t of found) lines.push(...observance(t.to > t.from ? 'DAYLIGHT' : 'STANDARD', t.at, t.from, t.to));
  }
  return [...lines, 'END:VTIMEZONE'];
}
