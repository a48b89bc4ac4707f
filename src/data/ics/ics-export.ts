/**
 * Validated events -> an RFC 5545 iCalendar file, for "add to my calendar".
 *
 * No dependency: this ships with the widget (or a small lazy chunk). A series
 * stays one VEVENT with its RRULE and EXDATEs, so a resident's calendar app
 * shows it as the series it is. Timed events are written in the feed's zone
 * with a VTIMEZONE derived from `Intl` (ics-vtimezone.ts): a weekly 18:00
 * meeting then stays at 18:00 across DST in every client. A feed in UTC (or a
 * zone `Intl` does not know) is written with UTC times instead, which needs no
 * VTIMEZONE.
 *
 * The UID is `${id}@${host of the event page}`, the same on every export, so
 * re-importing a newer file updates the events instead of duplicating them.
 */
import type { CalendarEvent } from '../event.js';
import { escapeText, foldLine, icsDate, localDateTime, paramValue, utcDateTime } from './ics-format.js';
import { vtimezone } from './ics-vtimezone.js';
import { readUntil as parseUntil } from '../recurrence/series-engine.js';
import { canonicalTimeZone, instantFromWallClockMs, startOfDayInstant, wallClockMs } from '../time/time-zone.js';

export interface IcsExportOptions {
  /** The zone of the feed (ParsedFeed.timezone); timed events are written in it. */
  feedTimeZone: string;
  /** Shown by Google and Apple Calendar as the subscribed calendar's name (X-WR-CALNAME). */
  calendarName?: string;
  /** DTSTAMP, ms since the epoch; default now. Fixed in tests. */
  now?: number;
  /** PRODID: who made the file. */
  productId?: string;
  /**
   * Lines about who can take part (access facts, languages, audiences) in the
   * reader's language, added to each event's description: iCalendar has no
   * property for them. The caller brings the words (src/i18n/format.ts, accessLines).
   */
  accessLines?: (event: CalendarEvent) => string[];
}

const DAY = 86_400_000;
const EMAIL = /[^\s<>()"',;:]+@[^\s<>()"',;:]+\.[A-Za-z]{2,}/;

interface Zone {
  /** Zone used to compute wall-clock times ('UTC' in UTC mode). */
  wall: string;
  /** Whether times are written with TZID (else as UTC with Z). */
  tzid: boolean;
}

/** The whole calendar file, CRLF line endings, folded at 75 octets. */
export function eventsToIcs(events: readonly CalendarEvent[], options: IcsExportOptions): string {
  const canonical = canonicalTimeZone(options.feedTimeZone);
  const zone = zoneFor(canonical);
  // Events merged from several sources keep their own feed's zone (their series repeat on its wall clock).
  const zones = new Map<string, Zone>([[zone.wall, zone]]);
  const zoneOf = (e: CalendarEvent): Zone => {
    const tz = e.timezone ?? zone.wall;
    let z = zones.get(tz);
    if (!z) zones.set(tz, (z = zoneFor(canonicalTimeZone(tz))));
    return z;
  };
  const lines = [
    'BEGIN:VCALENDAR',
    `PRODID:${escapeText(options.productId ?? '-//participation-calendar//DE')}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  if (canonical) lines.push(`X-WR-TIMEZONE:${canonical}`);
  const timedIn = new Map<Zone, CalendarEvent[]>();
  for (const e of events) {
    if (e.allDay) continue;
    const z = zoneOf(e);
    const list = timedIn.get(z);
    if (list) list.push(e);
    else timedIn.set(z, [e]);
  }
  for (const [z, timed] of timedIn) if (z.tzid) lines.push(...vtimezone(z.wall, ...yearRange(timed, z.wall)));
  const stamp = utcDateTime(options.now ?? Date.now());
  // Not push(...lines): a series with thousands of EXDATEs would be as many arguments (a stack overflow).
  for (const event of events) for (const line of vevent(event, zoneOf(event), stamp, options.accessLines?.(event) ?? [])) lines.push(line);
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Times with TZID in a zone with offsets; an offset-free zone needs no VTIMEZONE: Z times say the same and every client reads them. */
function zoneFor(canonical: string | null): Zone {
  const utcLike = !canonical || /^(Etc\/)?(UTC|UCT|GMT|Zulu|Universal)$/i.test(canonical);
  return { wall: canonical ?? 'UTC', tzid: !utcLike };
}

/** `Bürgerforum Weststadt` -> `Buergerforum-Weststadt.ics`: ASCII only, safe on every file system. */
export function icsFileName(title: string): string {
  const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };
  const base = title
    .replace(/[äöüÄÖÜßẞ]/g, (c) => umlauts[c])
    // Decomposed, `é` is `e` plus an accent that is then dropped.
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return `${base || 'termine'}.ics`;
}

/** Calendar years the timed events touch, for the VTIMEZONE (open series: two more years). */
function yearRange(events: readonly CalendarEvent[], tz: string): [number, number] {
  let min = Infinity, max = -Infinity;
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
  for (const e of events) {
    if (e.allDay) continue;
    const first = yearOf(wallClockMs(e.start, tz));
    min = Math.min(min, first);
    max = Math.max(max, yearOf(wallClockMs(e.end, tz)));
    if (e.rrule) {
      const u = parseUntil(/(?:^|;)UNTIL=([^;]+)/.exec(e.rrule)?.[1] ?? '');
      max = Math.max(max, u ? yearOf(u.kind === 'date' ? u.day * DAY : u.kind === 'utc' ? u.instant : u.wallMs) : first + 2);
    }
  }
  return [min, max];
}

/** `;TZID=Europe/Berlin:20261110T180000`, or `:20261110T170000Z` in UTC mode. */
function timed(instant: number, zone: Zone): string {
  const wall = wallClockMs(instant, zone.wall);
  // The second 02:30 of a fall-back night cannot be named by wall clock (it means the first): use UTC.
  if (zone.tzid && instantFromWallClockMs(Math.floor(wall / 1000) * 1000, zone.wall) === Math.floor(instant / 1000) * 1000) {
    return `;TZID=${paramValue(zone.wall)}:${localDateTime(wall)}`;
  }
  return `:${utcDateTime(instant)}`;
}

function vevent(e: CalendarEvent, zone: Zone, stamp: string, access: readonly string[]): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(`${e.id}@${uidDomain(e)}`)}`, `DTSTAMP:${stamp}`];
  if (e.allDay) {
    // DTEND is exclusive in iCalendar, inclusive in the feed.
    lines.push(`DTSTART;VALUE=DATE:${icsDate(e.startDay)}`, `DTEND;VALUE=DATE:${icsDate(e.endDay + 1)}`);
  } else {
    lines.push(`DTSTART${timed(e.start, zone)}`);
    if (e.hasEnd) lines.push(`DTEND${timed(e.end, zone)}`);
  }
  if (e.rrule) {
    lines.push(`RRULE:${exportRule(e, zone)}`);
    for (const value of exdates(e, zone)) lines.push(`EXDATE${value}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);

  const organizer = e.organizer ? organizerAddress(e.organizer) : null;
  const place = [e.location?.name, e.location?.address].filter(Boolean).join(', ');
  const location = (e.format === 'online' && e.onlineUrl) || place || e.onlineUrl;
  // Fields iCalendar has no property for go into the description, one per line,
  // after the text (ics-import.ts reads them back).
  const trailer = [
    e.organizer && !organizer ? `Veranstalter: ${e.organizer}` : '',
    e.onlineUrl && e.onlineUrl !== location && e.onlineUrl !== e.url ? `Online: ${e.onlineUrl}` : '',
    e.registration?.url ? `Anmeldung: ${e.registration.url}` : '',
    ...access,
    // Decidim users asked for the page link in the text: many clients hide the URL property.
    e.url ?? '',
  ].filter(Boolean).join('\n');
  const description = [e.description, trailer].filter(Boolean).join('\n\n');
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  const url = e.url ?? e.onlineUrl;
  if (url) lines.push(`URL:${url}`);
  lines.push(`STATUS:${e.status === 'cancelled' ? 'CANCELLED' : e.status === 'postponed' ? 'TENTATIVE' : 'CONFIRMED'}`);
  // iCalendar has no "postponed"; TENTATIVE alone would read back as merely unconfirmed.
  if (e.status === 'postponed') lines.push('X-PARTICIPATION-STATUS:POSTPONED');
  if (e.categories.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  if (organizer) lines.push(`ORGANIZER${organizer.name ? `;CN=${paramValue(organizer.name, true)}` : ''}:mailto:${organizer.email}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A stable host for the UID: the event page's, else the online link's. */
function uidDomain(e: CalendarEvent): string {
  for (const link of [e.url, e.onlineUrl]) {
    try {
      const host = link ? new URL(link).hostname : '';
      if (host) return host;
    } catch {
      // Validated links parse; a mailto: has no host. Try the next.
    }
  }
  return 'participation-calendar';
}

/** `Amt für Stadtplanung <stadtplanung@example.de>` -> name and address; null when there is no address. */
function organizerAddress(text: string): { name: string; email: string } | null {
  const email = EMAIL.exec(text)?.[0];
  if (!email) return null;
  const name = text.replace(email, '').replace(/mailto:|[<>()[\]]/gi, '').replace(/\s+/g, ' ').replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  return { name, email };
}

/**
 * The rule with UNTIL as RFC 5545 wants it: UTC when DTSTART has a TZID, a DATE
 * when DTSTART is a DATE. Each form keeps the meaning the widget gives it
 * (a date UNTIL includes that whole day in the feed zone, see rrule-syntax.ts).
 */
function exportRule(e: CalendarEvent, zone: Zone): string {
  return e.rrule!.split(';').map((part) => {
    const u = part.startsWith('UNTIL=') ? parseUntil(part.slice(6)) : null;
    if (!u) return part;
    if (e.allDay) return `UNTIL=${icsDate(u.kind === 'date' ? u.day : Math.floor((u.kind === 'utc' ? u.instant : u.wallMs) / DAY))}`;
    const instant = u.kind === 'utc' ? u.instant
      : u.kind === 'date' ? startOfDayInstant(u.day + 1, zone.wall) - 1000
        : instantFromWallClockMs(u.wallMs, zone.wall);
    return `UNTIL=${utcDateTime(instant)}`;
  }).join(';');
}

/** Start times a day up to which a day-only exdate is written as each of them (an hourly rule has 24). */
const MAX_TIMES_A_DAY = 24;

/** EXDATE values in the form of DTSTART, one per property line. */
function exdates(e: CalendarEvent, zone: Zone): string[] {
  if (!e.exdates) return [];
  if (e.allDay) return e.exdates.days.map((d) => `;VALUE=DATE:${icsDate(d)}`);
  const values = e.exdates.instants.map((i) => timed(i, zone));
  // A day-only exdate skips every occurrence that day: name each one's start.
  const wall = (ms: number) => zone.tzid ? `;TZID=${paramValue(zone.wall)}:${localDateTime(ms)}` : `:${localDateTime(ms)}Z`;
  const times = timesOfDay(e.rrule!, wallClockMs(e.start, zone.wall));
  // BYHOUR × BYMINUTE × BYSECOND can start 86,400 times a day: 3.7 MB of EXDATEs per
  // day. Such a series is no event (the calendar does not show it, series-engine.ts);
  // written anyway, each day is named once, as a DATE: our import reads it back as
  // the day, ical.js skips that day's first start.
  for (const d of e.exdates.days) {
    if (!times) values.push(`;VALUE=DATE:${icsDate(d)}`);
    else for (const t of times) values.push(wall(d * DAY + t));
  }
  return values;
}

/** Wall-clock times of day (ms) at which the rule can produce an occurrence; null for more than MAX_TIMES_A_DAY. */
function timesOfDay(rule: string, startWall: number): number[] | null {
  const list = (key: string) => new RegExp(`(?:^|;)${key}=([^;]+)`).exec(rule)?.[1].split(',').map(Number);
  const start = new Date(startWall);
  const hours = list('BYHOUR') ?? (/(?:^|;)FREQ=HOURLY/.test(rule) ? [...Array(24).keys()] : [start.getUTCHours()]);
  const minutes = list('BYMINUTE') ?? [start.getUTCMinutes()];
  const seconds = list('BYSECOND') ?? [start.getUTCSeconds()];
  if (hours.length * minutes.length * seconds.length > MAX_TIMES_A_DAY) return null;
  return hours.flatMap((h) => minutes.flatMap((m) => seconds.map((s) => ((h * 60 + m) * 60 + s) * 1000)));
}
