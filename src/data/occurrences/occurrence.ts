/**
 * Occurrences: one showing of an event in the display zone, and the order
 * every list in the widget uses.
 */
import type { CalendarEvent, Occurrence } from '../event.js';
import { dayInZone } from '../time/time-zone.js';

const DAY = 86_400_000;
const collator = new Intl.Collator('de');

/** The order every list in the widget uses; total, so results are deterministic. */
export function compareOccurrences(a: Occurrence, b: Occurrence): number {
  return a.firstDay - b.firstDay || compareSameDay(a, b);
}

/** The order within one day, ignoring where each occurrence began. */
export function compareSameDay(a: Occurrence, b: Occurrence): number {
  return (a.allDay === b.allDay ? 0 : a.allDay ? -1 : 1)
    || (a.allDay ? 0 : a.start - b.start)
    || collator.compare(a.event.title, b.event.title)
    || a.event.index - b.event.index
    || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

export function timedOccurrence(event: CalendarEvent, start: number, end: number, displayTz: string): Occurrence {
  const firstDay = dayInZone(start, displayTz);
  return occurrence(event, start, end, firstDay, lastDayOf(start, end, firstDay, displayTz));
}

/**
 * Shorter than a day: shown on its start day only (22:00–01:00 is an evening
 * event; the view says when it ends). Longer: on every day it touches.
 */
export function lastDayOf(start: number, end: number, firstDay: number, displayTz: string): number {
  return end - start < DAY ? firstDay : Math.max(firstDay, dayInZone(end - 1, displayTz));
}

export function allDayOccurrence(event: CalendarEvent, startDay: number): Occurrence {
  return occurrence(event, NaN, NaN, startDay, startDay + (event.endDay - event.startDay));
}

export function occurrence(event: CalendarEvent, start: number, end: number, firstDay: number, lastDay: number): Occurrence {
  return {
    event, key: `${event.id}@${event.allDay ? `d${firstDay}` : start}`, allDay: event.allDay, start, end, firstDay, lastDay,
    isPhase: lastDay - firstDay + 1 >= 7,
  };
}
