/**
 * An iCalendar file (Outlook, Google, TYPO3, WordPress …) -> the JSON feed
 * model, so the very same validation (`parseFeed`) runs afterwards and a
 * maintainer gets the same messages for an ICS file as for a JSON feed.
 *
 * Loaded on demand (dynamic import): ical.js is imported only here.
 *
 * Times become ISO strings with the feed zone's offset at that instant. The
 * instant comes from, in this order: a Z time; an IANA TZID that `Intl` knows
 * (authoritative for every year, unlike a VTIMEZONE that may cover a few);
 * the file's VTIMEZONE via ical.js (Windows names such as `W. Europe Standard
 * Time` are defined there by the producer itself); a Windows name from our
 * table (ics-zones.ts); else floating wall-clock time in the feed zone.
 *
 * The feed model has no per-occurrence changes: an override (RECURRENCE-ID)
 * becomes an exdate of its series plus a single event of its own, and each
 * RDATE a single event too.
 */
import ICAL from 'ical.js';
import type { EventStatus, FeedEvent } from '../event.js';
import { decodeEntities, plainText, splitTrailer } from './ics-text.js';
import { feedZone, ianaZone } from './ics-zones.js';
import { compact, iso, shift, type Point } from './ics-points.js';
import { boundObservances } from './ics-observances.js';
import { dayNumber } from '../time/plain-date.js';
import { canonicalTimeZone, dayInZone, instantFromWallClock, instantFromWallClockMs, wallClockMs } from '../time/time-zone.js';

type Component = InstanceType<typeof ICAL.Component>;
type Property = InstanceType<typeof ICAL.Property>;
type Time = InstanceType<typeof ICAL.Time>;

/** The text is not iCalendar at all, or so damaged that no event can be read. */
export class IcsError extends Error {
  override name = 'IcsError';
}

/** A VEVENT that could not become a feed event. `index` is its position in the file (0-based). */
export interface IcsProblem {
  index: number;
  reason: string;
}

export interface IcsImportResult {
  feed: { timezone: string; name?: string; events: FeedEvent[] };
  problems: IcsProblem[];
}

const DAY = 86_400_000;

class Problem extends Error {}

interface Mapped {
  index: number;
  uid?: string;
  recurrenceId?: Point;
  start: Point;
  end?: Point;
  rdates: Point[];
  event: FeedEvent;
}

/**
 * Maps every VEVENT onto a feed event. Throws `IcsError` when the text is not
 * iCalendar; a VEVENT that cannot be mapped becomes a problem instead.
 */
export function icsToFeed(text: string, options: { defaultTimeZone?: string } = {}): IcsImportResult {
  const { roots, vevents } = readCalendars(text);
  // Before any time is converted: that is when ical.js expands a zone's observances.
  boundObservances(vevents.filter((v): v is Component => v instanceof ICAL.Component));
  // X-WR-TIMEZONE first: Google and Apple write it for exactly this purpose.
  const tz = feedZone([
    ...roots.map((r) => r.getFirstPropertyValue('x-wr-timezone')),
    ...roots.flatMap((r) => r.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))),
  ], options.defaultTimeZone);
  const problems: IcsProblem[] = [];
  const mapped: Mapped[] = [];
  vevents.forEach((v, index) => {
    const label = (title?: string) => `VEVENT ${index + 1}${title ? ` '${title.trim()}'` : ''}: `;
    if (!(v instanceof ICAL.Component)) return void problems.push({ index, reason: label(v.title) + v.error });
    try {
      mapped.push(mapEvent(v, index, tz, label));
    } catch (error) {
      const reason = error instanceof Problem ? error.message : `${label(textValue(v, 'summary'))}cannot be read (${messageOf(error)})`;
      problems.push({ index, reason });
    }
  });
  // The name calendar apps show for a subscription (Google, Apple and Outlook write it).
  const name = roots.map((r) => r.getFirstPropertyValue('x-wr-calname')).find((n) => typeof n === 'string' && n.trim());
  return { feed: { timezone: tz, ...(typeof name === 'string' ? { name: name.trim() } : {}), events: assemble(mapped, tz) }, problems };
}

/** Gives ids and resolves overrides and RDATEs, keeping the file's order. */
function assemble(mapped: Mapped[], tz: string): FeedEvent[] {
  const used = new Set<string>();
  // Where each id's numbering goes on: 20,000 entries with one UID must not try 2, 3, … each time.
  const next = new Map<string, number>();
  const unique = (id: string) => {
    let candidate = id;
    let n = next.get(id) ?? 2;
    for (; used.has(candidate); n++) candidate = `${id}-${n}`;
    next.set(id, n);
    used.add(candidate);
    return candidate;
  };
  const masters = new Map<string, FeedEvent>();
  for (const m of mapped) if (m.uid && !m.recurrenceId && !masters.has(m.uid)) masters.set(m.uid, m.event);
  const events: FeedEvent[] = [];
  for (const m of mapped) {
    // `abc@example.org` -> `abc`: the export writes `${id}@host`, so a round trip keeps the id.
    const base = m.uid?.replace(/@[^@]*$/, '') || m.uid || `vevent-${m.index + 1}`;
    if (m.recurrenceId) {
      const master = masters.get(m.uid!);
      if (master?.rrule) (master.exdates ??= []).push(iso(m.recurrenceId, tz));
      m.event.id = unique(`${base}-${compact(m.recurrenceId)}`);
    } else {
      m.event.id = unique(base);
    }
    events.push(m.event);
    for (const rdate of m.rdates) {
      const { rrule: _r, exdates: _x, ...single } = m.event;
      const end = m.end && shift(m.end, m.start, rdate);
      events.push({ ...single, id: unique(`${m.event.id}-${compact(rdate)}`), start: iso(rdate, tz), ...(end ? { end: iso(end, tz) } : {}) });
    }
  }
  return events;
}

function mapEvent(v: Component, index: number, tz: string, label: (title?: string) => string): Mapped {
  const title = decodeEntities(textValue(v, 'summary') ?? '').trim();
  const fail = (reason: string): never => { throw new Problem(label(title) + reason); };
  const privacy = textValue(v, 'class')?.toUpperCase();
  // Outlook exports private appointments too; a public calendar must not show them.
  if (privacy === 'PRIVATE' || privacy === 'CONFIDENTIAL') fail(`is marked CLASS:${privacy} and is not published`);
  if (!title) fail('SUMMARY (the title) is missing');
  const dtstart = v.getFirstProperty('dtstart');
  if (!dtstart) return fail('DTSTART is missing');
  const timeOf = (prop: Property): Time => {
    const value = valuesOf(prop)[0];
    return value instanceof ICAL.Time ? value : fail(`'${prop.toICALString()}' is not a date or date-time`);
  };
  const pointOf = (prop: Property, time: Time) => toPoint(time, tzidOf(prop), tz);
  const start = pointOf(dtstart, timeOf(dtstart));

  let end: Point | undefined;
  const dtend = v.getFirstProperty('dtend');
  const duration = v.getFirstPropertyValue('duration');
  if (dtend) {
    const p = pointOf(dtend, timeOf(dtend));
    // DTEND is exclusive; the feed's all-day end is inclusive. A date end on a timed start (or back) is dropped.
    if ('day' in start) end = 'day' in p ? { day: Math.max(start.day, p.day - 1) } : undefined;
    else end = 'instant' in p ? p : undefined;
  } else if (duration instanceof ICAL.Duration && !duration.isNegative) {
    const days = duration.weeks * 7 + duration.days;
    const seconds = (duration.hours * 60 + duration.minutes) * 60 + duration.seconds;
    // Days are nominal (§3.3.6): P1D from 18:00 ends at 18:00 the next day, across DST too.
    end = 'day' in start ? { day: start.day + Math.max(0, days - 1) }
      : { instant: instantFromWallClockMs(wallClockMs(start.instant, tz) + days * DAY, tz) + seconds * 1000 };
  }

  const event: FeedEvent = { id: '', title: title!, start: iso(start, tz), ...(end ? { end: iso(end, tz) } : {}) };
  const rruleProp = v.getFirstProperty('rrule');
  if (rruleProp) {
    const recur = rruleProp.getFirstValue();
    if (!(recur instanceof ICAL.Recur)) return fail(`'${rruleProp.toICALString()}' is not a recurrence rule`);
    event.rrule = ruleText(recur, start, tzidOf(dtstart), tz);
    const exdates: string[] = [];
    for (const prop of v.getAllProperties('exdate')) {
      for (const value of valuesOf(prop, prop.toICALString().replace(/^[^:]*:/, ''))) {
        // An unreadable exdate goes through as written: parseFeed then warns about it, as for JSON.
        exdates.push(value instanceof ICAL.Time ? iso(pointOf(prop, value), tz) : String(value));
      }
    }
    if (exdates.length) event.exdates = exdates;
  }
  const rdates = v.getAllProperties('rdate').flatMap((prop) => valuesOf(prop).map((value) => {
    const time = value instanceof ICAL.Period ? value.start : value;
    return time instanceof ICAL.Time ? pointOf(prop, time) : fail(`'${prop.toICALString()}' is not a date or date-time`);
  }));
  const recurrenceIdProp = v.getFirstProperty('recurrence-id');
  const recurrenceId = recurrenceIdProp ? pointOf(recurrenceIdProp, timeOf(recurrenceIdProp)) : undefined;

  readDetails(v, event);
  const uid = textValue(v, 'uid');
  return { index, start, rdates, event, ...(end ? { end } : {}), ...(uid ? { uid } : {}), ...(recurrenceId ? { recurrenceId } : {}) };
}

/** The descriptive properties: text, place, links, categories, status, organizer. */
function readDetails(v: Component, event: FeedEvent) {
  const url = textValue(v, 'url');
  if (url) event.url = url;
  const raw = textValue(v, 'description');
  const trailer = raw ? splitTrailer(plainText(raw), url) : null;
  if (trailer?.text) event.description = trailer.text;

  const location = decodeEntities(textValue(v, 'location') ?? '');
  if (location && /^(https?:\/\/|www\.)\S+$/i.test(location)) {
    event.onlineUrl = location.startsWith('www.') ? `https://${location}` : location;
    event.format = 'online';
  } else if (location) {
    event.location = { name: location };
  }
  const conference = textValue(v, 'x-microsoft-skypeteamsmeetingurl') ?? textValue(v, 'x-google-conference') ?? trailer?.onlineUrl;
  if (conference && !event.onlineUrl) event.onlineUrl = conference;
  // The export writes an online event's link as URL when it has no page (ics-export.ts).
  if (event.url && event.url === event.onlineUrl) delete event.url;
  if (trailer?.registrationUrl) event.registration = { url: trailer.registrationUrl };

  const categories = v.getAllProperties('categories')
    // ical.js splits each line at unescaped commas; `\,` stays inside a category.
    .flatMap((p) => valuesOf(p))
    .map((c) => decodeEntities(String(c)).trim())
    .filter(Boolean);
  if (categories.length) event.categories = [...new Set(categories)];

  const status = textValue(v, 'status')?.toUpperCase();
  // TENTATIVE alone means "not yet confirmed", which the feed has no word for;
  // the export marks postponed events explicitly (ics-export.ts).
  const postponed = textValue(v, 'x-participation-status')?.toUpperCase() === 'POSTPONED';
  event.status = (status === 'CANCELLED' ? 'cancelled' : postponed ? 'postponed' : 'scheduled') satisfies EventStatus;

  const organizer = v.getFirstProperty('organizer');
  const cn = organizer?.getParameter('cn');
  const address = organizer ? String(organizer.getFirstValue() ?? '').replace(/^mailto:/i, '').trim() : '';
  const name = (typeof cn === 'string' && cn.trim()) || address || trailer?.organizer;
  if (name) event.organizer = name;
}

/** The rule without `RRULE:`, UNTIL in the form the feed model reads the way the file meant it. */
function ruleText(recur: InstanceType<typeof ICAL.Recur>, start: Point, tzid: string | undefined, tz: string): string {
  const until = recur.until;
  const rest = recur.clone();
  rest.until = null;
  if (!until) return rest.toString();
  let value: string;
  if (until.isDate) value = compact({ day: dayNumber(until.year, until.month, until.day) });
  else {
    // A floating UNTIL on a zoned DTSTART (not allowed, but written) is read in DTSTART's zone.
    const p = toPoint(until, tzid, tz) as { instant: number };
    value = compact('day' in start ? { day: dayInZone(p.instant, tz) } : p);
  }
  return `${rest.toString()};UNTIL=${value}`;
}

/** A date-time's instant, or a date's day number (see the module comment for the order of sources). */
function toPoint(time: Time, tzid: string | undefined, tz: string): Point {
  if (time.isDate) return { day: dayNumber(time.year, time.month, time.day) };
  const zone = time.zone;
  if (zone === ICAL.Timezone.utcTimezone || zone?.tzid === 'UTC') return { instant: time.toUnixTime() * 1000 };
  const known = tzid ? canonicalTimeZone(tzid.trim()) : null;
  if (!known && zone && zone !== ICAL.Timezone.localTimezone) return { instant: time.toUnixTime() * 1000 };
  const wallZone = known ?? (tzid ? ianaZone(tzid) : null) ?? tz;
  return { instant: instantFromWallClock(time.year, time.month, time.day, time.hour, time.minute, time.second, wallZone) };
}

function textValue(v: Component, name: string): string | undefined {
  const value = v.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/** ical.js decodes values lazily and throws on a malformed one: then the fallback (or nothing). */
function valuesOf(prop: Property, fallback?: string): unknown[] {
  try {
    return prop.getValues();
  } catch {
    return fallback === undefined ? [] : [fallback];
  }
}

function tzidOf(prop: Property): string | undefined {
  const tzid = prop.getParameter('tzid');
  return typeof tzid === 'string' && tzid ? tzid : undefined;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

interface Unreadable {
  error: string;
  title?: string;
}

function readCalendars(text: string): { roots: Component[]; vevents: (Component | Unreadable)[] } {
  const body = text.replace(/^\uFEFF/, '');
  if (!/^\s*BEGIN:VCALENDAR[ \t]*(\r?\n|$)/i.test(body)) {
    throw new IcsError('The file is not an iCalendar file: it does not begin with BEGIN:VCALENDAR');
  }
  try {
    const roots = calendarsOf(ICAL.parse(body));
    return { roots, vevents: roots.flatMap((r) => r.getAllSubcomponents('vevent')) };
  } catch (error) {
    return readEventByEvent(body, error);
  }
}

function calendarsOf(jcal: unknown): Component[] {
  const list = (Array.isArray(jcal) && typeof jcal[0] === 'string' ? [jcal] : jcal) as unknown[][];
  return list.map((j) => new ICAL.Component(j)).filter((c) => c.name === 'vcalendar');
}

/**
 * ical.js rejects a whole file for one malformed line. Reading each VEVENT on
 * its own (with the file's time zones) keeps the others, as the JSON feed does.
 */
function readEventByEvent(body: string, error: unknown): { roots: Component[]; vevents: (Component | Unreadable)[] } {
  const blocks = body.match(/^BEGIN:VEVENT[ \t]*\r?$[\s\S]*?^END:VEVENT[ \t]*\r?$/gim) ?? [];
  if (!blocks.length) throw new IcsError(`The iCalendar file is damaged and holds no readable event: ${messageOf(error)}`);
  const wrap = (...parts: string[]) => calendarsOf(ICAL.parse(`BEGIN:VCALENDAR\r\n${parts.filter(Boolean).join('\r\n')}\r\nEND:VCALENDAR\r\n`))[0];
  const header = (body.match(/^X-WR-(?:TIMEZONE|CALNAME)[;:].*$/gim) ?? []).join('\r\n');
  let zones = (body.match(/^BEGIN:VTIMEZONE[ \t]*\r?$[\s\S]*?^END:VTIMEZONE[ \t]*\r?$/gim) ?? []).join('\r\n');
  let root: Component;
  try {
    root = wrap(header, zones);
  } catch {
    zones = '';
    root = new ICAL.Component('vcalendar');
  }
  const vevents = blocks.map((block): Component | Unreadable => {
    try {
      const vevent = wrap(zones, block).getFirstSubcomponent('vevent');
      if (vevent) return vevent;
    } catch (e) {
      return { error: `cannot be read (${messageOf(e)})`, title: /^SUMMARY[^:\r\n]*:(.*)$/im.exec(block)?.[1] };
    }
    return { error: 'cannot be read' };
  });
  return { roots: [root], vevents };
}
