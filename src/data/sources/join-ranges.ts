import type { ParsedFeed } from '../event.js';

/**
 * The months fetched so far, as one feed: an event in several months' files
 * (a phase, a series) once, by its id and start; what a month could not use,
 * once, however many months' files repeat it. The zone, subscription address
 * and name are those of the first month with events.
 */
export function joinRanges(months: readonly ParsedFeed[]): ParsedFeed {
  const seen = new Set<string>();
  const reasons = new Set<string>();
  const once = <T extends { reason: string }>(list: T[]) => list.filter((p) => !reasons.has(p.reason) && reasons.add(p.reason));
  // A month without a file (answered 404) is an empty feed in the default zone: not the one to follow.
  const first = months.find((m) => m.events.length) ?? months[0];
  const feed: ParsedFeed = { ...first, events: [], skipped: [], warnings: [] };
  for (const month of months) {
    for (const e of month.events) {
      const key = `${e.id}\n${e.allDay ? e.startDay : e.start}`;
      if (seen.has(key)) continue;
      seen.add(key);
      feed.events.push({ ...e, index: feed.events.length });
    }
    for (const p of once(month.skipped)) feed.skipped.push(p);
    for (const p of once(month.warnings)) feed.warnings.push(p);
  }
  return feed;
}
