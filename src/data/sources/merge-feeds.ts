/**
 * Merges the validated feeds of several sources into one feed: each event
 * keeps its own zone and says where it came from, and an event two sources
 * both publish is shown once. Pure: the widget and the CLI's `merge` use it.
 */
import type { CalendarEvent, ParsedFeed } from '../event.js';
import { DEFAULT_TIMEZONE } from '../time/time-zone.js';

export interface SourceFeed {
  /** The source's name as residents read it (see source-list.ts). */
  name: string;
  feed: ParsedFeed;
}

/** An event that more than one source published, shown once. */
export interface MergedDuplicate {
  id: string;
  title: string;
  /** The sources it came from; the first is the one whose copy is shown. */
  sources: string[];
}

export interface MergedFeed {
  feed: ParsedFeed;
  duplicates: MergedDuplicate[];
}

/** Upper and lower case, spaces and dashes do not make two events different. */
const normalize = (text: string | undefined) => (text ?? '').toLocaleLowerCase('de').replace(/[\s\-–—]+/g, ' ').trim();

const startOf = (e: CalendarEvent) => (e.allDay ? `d${e.startDay}` : `t${e.start}`);

/**
 * One feed of the sources' events, in the sources' order. Two events are the
 * same when they share their id (an iCalendar UID) and start, or their title,
 * start and place: the copy of the source named first is kept, and names
 * every source it came from. (Ids alone are not enough: two systems both
 * number their events from 1.)
 *
 * Every event carries its feed's zone (`timezone`, or its own when it has
 * one), so a series repeats on its own feed's wall clock; an event that names
 * its sources (from a feed merged before) keeps those names. An id that
 * another source already used for another event gets its source's number
 * (`7~2`), so that every occurrence's key stays unique. The merged feed's zone
 * is the first source's; its subscription address only with one source.
 * Skipped events and warnings are per source and stay with them (the `load`
 * detail lists them).
 */
export function mergeFeeds(sources: readonly SourceFeed[]): MergedFeed {
  const events: CalendarEvent[] = [];
  const byKey = new Map<string, CalendarEvent>();
  const ids = new Set<string>();
  const duplicates = new Map<CalendarEvent, MergedDuplicate>();
  sources.forEach(({ name, feed }, s) => {
    for (const e of feed.events) {
      const start = startOf(e);
      const place = normalize(e.location?.name ?? e.location?.address ?? e.onlineUrl);
      const keys = [`i${e.id}\n${start}`, `t${normalize(e.title)}\n${start}\n${place}`];
      const kept = keys.map((k) => byKey.get(k)).find(Boolean);
      // A merged feed merged again: its events name the calendars they came from, not the merged one.
      const names = e.sources?.length ? e.sources : [name];
      if (kept) {
        for (const n of names) if (!kept.sources!.includes(n)) kept.sources!.push(n);
        const dup = duplicates.get(kept) ?? { id: kept.id, title: kept.title, sources: kept.sources! };
        duplicates.set(kept, dup);
        continue;
      }
      const id = ids.has(e.id) ? `${e.id}~${s + 1}` : e.id;
      const copy: CalendarEvent = { ...e, id, index: events.length, sources: [...names], timezone: e.timezone ?? feed.timezone };
      ids.add(id);
      for (const k of keys) if (!byKey.has(k)) byKey.set(k, copy);
      events.push(copy);
    }
  });
  const first = sources[0]?.feed;
  // One source's subscription address would offer residents only part of what they see.
  const subscribeUrl = sources.length === 1 ? first?.subscribeUrl : undefined;
  const feed: ParsedFeed = { timezone: first?.timezone ?? DEFAULT_TIMEZONE, events, skipped: [], warnings: [], ...(subscribeUrl ? { subscribeUrl } : {}) };
  return { feed, duplicates: [...duplicates.values()] };
}
