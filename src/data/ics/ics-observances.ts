/**
 * The VTIMEZONEs of an iCalendar file, bounded to the years its events use
 * before ical.js evaluates them. ical.js expands each observance's RRULE from
 * the observance's DTSTART up to the year asked for: an observance from year 1
 * repeating hourly is 17 million offset changes before 2026, a minute of
 * frozen page for half a kilobyte of file. Real zones switch at most a few
 * times a year, by yearly rules (`BYMONTH=3;BYDAY=-1SU`, or RFC 5545's
 * `BYMONTH=10;BYDAY=SU;BYMONTHDAY=8,9,10,11,12,13,14`).
 */
import ICAL from 'ical.js';

type Component = InstanceType<typeof ICAL.Component>;

/** The Gregorian calendar repeats every 400 years, weekdays and leap days included. */
const CYCLE = 400;
/** BY values a yearly switch needs at most (the RFC's second-Sunday rule above has 9). */
const MAX_BY_VALUES = 9;
const SWITCH_PARTS = new Set(['BYMONTH', 'BYDAY', 'BYMONTHDAY']);

/**
 * Bounds the observances of every zone the events can name. A yearly switch
 * starting long before the first event starts whole cycles later (the same
 * dates from there on); any other rule is dropped, leaving its first change.
 */
export function boundObservances(vevents: readonly Component[]): void {
  let firstYear = Infinity;
  const roots = new Set<Component>();
  for (const vevent of vevents) {
    try {
      const start = vevent.getFirstPropertyValue('dtstart');
      if (start instanceof ICAL.Time) firstYear = Math.min(firstYear, start.year);
    } catch {
      // A malformed DTSTART is the event's problem, reported when it is mapped.
    }
    let root = vevent;
    while (root.parent) root = root.parent;
    roots.add(root);
  }
  for (const root of roots) {
    for (const zone of root.getAllSubcomponents('vtimezone')) {
      for (const observance of zone.getAllSubcomponents()) bound(observance, firstYear);
    }
  }
}

function bound(observance: Component, firstYear: number) {
  let rule: unknown, start: unknown;
  try {
    rule = observance.getFirstPropertyValue('rrule');
    start = observance.getFirstPropertyValue('dtstart');
  } catch {
    rule = undefined;
  }
  if (!(rule instanceof ICAL.Recur)) return;
  const parts = Object.entries(rule.parts as Record<string, unknown[]>);
  if (rule.freq !== 'YEARLY' || parts.some(([key]) => !SWITCH_PARTS.has(key))
    || parts.reduce((n, [, values]) => n + values.length, 0) > MAX_BY_VALUES) {
    observance.removeAllProperties('rrule');
    return;
  }
  // COUNT and UNTIL bound the rule themselves (and a later start would change what they count).
  if (!(start instanceof ICAL.Time) || rule.count || rule.until) return;
  const step = CYCLE * rule.interval;
  const cycles = Math.floor((firstYear - 1 - start.year) / step);
  if (!(cycles > 0 && cycles < Infinity)) return;
  const later = start.clone();
  later.year += cycles * step;
  observance.updatePropertyWithValue('dtstart', later);
}
