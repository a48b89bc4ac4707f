/**
 * The feed check: what a validated feed means for the residents who will see
 * it. Validation already says which events were skipped and which fields
 * dropped; this groups them by kind and adds what only the whole feed shows:
 * no event at all, every event in the past, none in the coming months, times
 * that look like a wrong zone, events without an end. Pure: the caller reads
 * the feed (the configurator in the browser, the CLI in Node).
 */
import type { CalendarEvent, FeedWarning, ParsedFeed, SkippedEvent } from '../event.js';
import { EventIndex } from '../occurrences/event-index.js';
import { loadRecurrenceEngine, needsRecurrence } from '../recurrence/recurrence.js';
import { dayInZone, wallClock } from '../time/time-zone.js';
import { itemOf, skippedKind, warningKind } from './classify.js';
import { finding, sortFindings, type Finding, type FindingItem, type FindingKind, type SourceCheck } from './finding.js';

export interface CheckOptions {
  /** "Now" in ms. */
  now: number;
  /** Days from today that count as upcoming; the CLI's static list shows three months by default. */
  upcomingDays?: number;
}

export const UPCOMING_DAYS = 92;

/**
 * Wall-clock hours at which no participation event begins: a feed whose
 * events start then has almost always written its times in the wrong zone
 * (midnight in UTC is 01:00 or 02:00 in Berlin; Berlin's midnight written as
 * UTC is 23:00 or 22:00 the day before) or all-day events as midnight.
 */
const NIGHT_HOURS: ReadonlySet<number> = new Set([23, 0, 1, 2, 3, 4]);

/** Entries of a source that never became feed events: iCalendar entries that could not be read. */
export interface Unreadable {
  index: number;
  reason: string;
}

/** Groups items by kind, one finding per kind. */
function grouped(entries: [FindingKind, FindingItem][]): Finding[] {
  const byKind = new Map<FindingKind, FindingItem[]>();
  for (const [kind, item] of entries) {
    const list = byKind.get(kind);
    if (list) list.push(item);
    else byKind.set(kind, [item]);
  }
  return [...byKind].map(([kind, items]) => finding(kind, items));
}

const startOf = (e: CalendarEvent): FindingItem => ({
  index: e.index, id: e.id, title: e.title, allDay: e.allDay, start: e.allDay ? e.startDay : e.start,
});

/**
 * Checks a validated feed. `unreadable` are entries its reader could not even
 * turn into events (iCalendar); they count as skipped, as in the widget.
 */
export async function checkFeed(source: string, feed: ParsedFeed, options: CheckOptions, unreadable: readonly Unreadable[] = []): Promise<SourceCheck> {
  if (needsRecurrence(feed.events)) await loadRecurrenceEngine(feed.events);
  const tz = feed.timezone;
  const index = new EventIndex(feed, tz, { now: options.now });
  const today = dayInZone(options.now, tz);
  const upcomingDays = options.upcomingDays ?? UPCOMING_DAYS;

  const titles = new Map(feed.events.map((e) => [e.index, e.title]));
  const problems: [FindingKind, FindingItem][] = [
    ...unreadable.map((u): [FindingKind, FindingItem] => ['skipped-entry', entryItem(u)]),
    ...feed.skipped.map((s: SkippedEvent): [FindingKind, FindingItem] => {
      const item = itemOf(s);
      return [skippedKind(item.detail!), item];
    }),
    // Series whose rule the engine cannot expand show nothing: skipped, as the widget counts them.
    ...index.seriesProblems.map((p: FeedWarning): [FindingKind, FindingItem] => ['skipped-rule', itemOf(p, titles.get(p.index))]),
    ...feed.warnings.map((w: FeedWarning): [FindingKind, FindingItem] => {
      const item = itemOf(w, titles.get(w.index));
      return [warningKind(item.detail!, w.index), item];
    }),
  ];
  const findings = grouped(problems);
  const zone = findings.find((f) => f.kind === 'unknown-timezone');
  const written = zone && /^timezone '([^']*)'/.exec(zone.items[0].detail ?? '')?.[1];
  if (zone && written !== undefined) zone.data.zone = written;

  const total = feed.events.length + feed.skipped.length + unreadable.length;
  const usable = feed.events.length - index.seriesProblems.length;
  if (total === 0) findings.push(finding('empty'));
  else if (usable <= 0) findings.push(finding('none-usable', [], {}, total));

  let upcoming = 0;
  if (usable > 0) {
    upcoming = index.occurrences(today, today + upcomingDays - 1).length;
    const next = index.nextDayWithEvents(today - 1);
    if (next === null) findings.push(finding('all-past', [], lastDayBefore(index, today)));
    else if (next >= today + upcomingDays) findings.push(finding('none-upcoming', [], { day: next, days: upcomingDays }));
  }

  const shown = feed.events.filter((e) => !index.seriesProblems.some((p) => p.index === e.index));
  const timed = shown.filter((e) => !e.allDay);
  const night = timed.filter((e) => NIGHT_HOURS.has(wallClock(e.start, tz).hour));
  if (night.length) findings.push(finding('night-times', night.map(startOf)));
  const endless = timed.filter((e) => !e.hasEnd);
  if (endless.length) findings.push(finding('missing-end', endless.map(startOf)));

  return { source, total, usable: Math.max(usable, 0), upcoming, findings: sortFindings(findings), feed };
}

/** "VEVENT 3 'Bürgerforum': DTSTART is missing" (ics-import.ts) -> its title and the rest. */
function entryItem({ index, reason }: Unreadable): FindingItem {
  const m = /^VEVENT \d+(?: '(.*?)')?: (.*)$/s.exec(reason);
  return m ? { index, ...(m[1] ? { title: m[1] } : {}), detail: m[2] } : { index, detail: reason };
}

/** The last day with events in the two years before today, if any. */
function lastDayBefore(index: EventIndex, today: number): { day?: number } {
  const past = index.occurrences(today - 731, today - 1);
  return past.length ? { day: Math.max(...past.map((o) => o.lastDay)) } : {};
}

/** The check of a source that could not be read at all: one finding saying why. */
export function unreadableSource(source: string, failure: Finding): SourceCheck {
  return { source, total: 0, usable: 0, upcoming: 0, findings: [failure] };
}
