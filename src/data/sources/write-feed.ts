/**
 * Validated events written back as a JSON feed (`Feed`, `FeedEvent`): what
 * `participation-calendar merge` publishes and `split` cuts into months. The
 * feed reads back as the events it was written from (validate(write(e)) is e;
 * the unit tests check it on generated feeds), so a merged feed can be merged,
 * split or shown again without losing a field, a zone or a source.
 */
import type { AccessFact, CalendarEvent, Feed, FeedAccess, FeedEvent, ParsedFeed, RegistrationDeadline } from '../event.js';
import { isoDateTime } from '../time/iso-date-time.js';
import { formatIsoDate } from '../time/plain-date.js';

export interface WriteFeedOptions {
  /** The feed's `name`; default: the parsed feed's own. */
  name?: string | undefined;
}

/** A whole feed: its name, zone and subscription address, and every event. */
export function writeFeed(feed: ParsedFeed, options: WriteFeedOptions = {}): Feed {
  const name = options.name ?? feed.name;
  return {
    ...(name ? { name } : {}),
    timezone: feed.timezone,
    ...(feed.subscribeUrl ? { subscribeUrl: feed.subscribeUrl } : {}),
    events: feed.events.map((e) => writeEvent(e, feed.timezone)),
  };
}

/**
 * One event as a feed writes it. Instants are written with the offset they
 * have in the event's zone (its own, else the feed's), so a reader needs no
 * zone to place them and a person reads the local time; all-day days as dates,
 * the end inclusive. Optional fields only when they hold something.
 */
export function writeEvent(e: CalendarEvent, feedTz: string): FeedEvent {
  const tz = e.timezone ?? feedTz;
  const out: FeedEvent = {
    id: e.id,
    title: e.title,
    start: e.allDay ? formatIsoDate(e.startDay) : isoDateTime(e.start, tz),
  };
  if (e.hasEnd) out.end = e.allDay ? formatIsoDate(e.endDay) : isoDateTime(e.end, tz);
  if (e.rrule) out.rrule = e.rrule;
  if (e.exdates) {
    const exdates = [...e.exdates.instants.map((i) => isoDateTime(i, tz)), ...e.exdates.days.map((d) => formatIsoDate(d))];
    if (exdates.length) out.exdates = exdates;
  }
  if (e.description !== undefined) out.description = e.description;
  if (e.format) out.format = e.format;
  if (e.categories.length) out.categories = [...e.categories];
  if (e.district !== undefined) out.district = e.district;
  if (e.location) out.location = { ...e.location };
  if (e.onlineUrl) out.onlineUrl = e.onlineUrl;
  if (e.url) out.url = e.url;
  if (e.registration) {
    const { url, deadline } = e.registration;
    out.registration = { ...(url ? { url } : {}), ...(deadline ? { deadline: writeDeadline(deadline, tz) } : {}) };
  }
  if (e.organizer !== undefined) out.organizer = e.organizer;
  if (e.status !== 'scheduled') out.status = e.status;
  const accessibility = writeAccess(e, tz);
  if (accessibility !== undefined) out.accessibility = accessibility;
  if (e.languages?.length) out.languages = [...e.languages];
  if (e.audience?.length) out.audience = [...e.audience];
  if (e.easyDescription !== undefined) out.easyDescription = e.easyDescription;
  if (e.sources?.length) out.sources = [...e.sources];
  // The feed's own zone goes without saying (and validation keeps none that equals it).
  if (e.timezone && e.timezone !== feedTz) out.timezone = e.timezone;
  return out;
}

function writeDeadline(deadline: RegistrationDeadline, tz: string): string {
  return deadline.allDay ? formatIsoDate(deadline.day) : isoDateTime(deadline.instant, tz);
}

const FLAGS: readonly [fact: AccessFact, key: 'stepFree' | 'accessibleToilet' | 'hearingLoop' | 'speechToText' | 'easyLanguage'][] = [
  ['step-free', 'stepFree'], ['accessible-toilet', 'accessibleToilet'], ['hearing-loop', 'hearingLoop'],
  ['speech-to-text', 'speechToText'], ['easy-language', 'easyLanguage'],
];

/** The note alone as text (the form most feeds use), facts as the object form. */
function writeAccess(e: CalendarEvent, tz: string): string | FeedAccess | undefined {
  const facts = e.access ?? [];
  if (!facts.length) return e.accessibility;
  const access: FeedAccess = {};
  for (const [fact, key] of FLAGS) if (facts.includes(fact)) access[key] = true;
  if (facts.includes('sign-language')) access.signLanguage = 'provided';
  if (facts.includes('sign-language-on-request')) {
    access.signLanguage = 'on-request';
    if (e.signLanguageRequestBy) access.signLanguageRequestBy = writeDeadline(e.signLanguageRequestBy, tz);
  }
  if (facts.includes('childcare')) access.childcare = 'provided';
  if (facts.includes('childcare-registration')) access.childcare = 'registration';
  if (e.accessibility !== undefined) access.note = e.accessibility;
  return access;
}
