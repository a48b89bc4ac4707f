/**
 * The feed format (what a city publishes) and the validated event model
 * (what the rest of the widget works with). Types only: no code lives here.
 */

/** How residents can take part. */
export type EventFormat = 'in-person' | 'online' | 'hybrid';

/** Whether the event takes place as announced. */
export type EventStatus = 'scheduled' | 'cancelled' | 'postponed';

/**
 * What decides whether someone can come, in a fixed order (the order the widget lists them):
 * step-free access, an accessible toilet, a hearing loop, sign-language interpretation
 * (provided, or on request), speech-to-text, materials in Leichte Sprache, childcare (with
 * or without registration).
 */
export type AccessFact =
  | 'step-free'
  | 'accessible-toilet'
  | 'hearing-loop'
  | 'sign-language'
  | 'sign-language-on-request'
  | 'speech-to-text'
  | 'easy-language'
  | 'childcare'
  | 'childcare-registration';

/** The structured form of a feed's `accessibility` (its plain-text form is the `note`). */
export interface FeedAccess {
  stepFree?: boolean;
  accessibleToilet?: boolean;
  /** A hearing loop or another assistive listening system. */
  hearingLoop?: boolean;
  /** `provided`, or `on-request` (then `signLanguageRequestBy` says until when to ask). */
  signLanguage?: 'provided' | 'on-request';
  /** A date or date-time: the last moment to ask for an interpreter. */
  signLanguageRequestBy?: string;
  /** Live captions / speech-to-text interpreting. */
  speechToText?: boolean;
  /** Materials in Leichte Sprache. */
  easyLanguage?: boolean;
  /** `provided`, or `registration` (childcare for those who register). */
  childcare?: 'provided' | 'registration';
  /** Free text, as the plain-string form of `accessibility`. */
  note?: string;
}

/** One event as it appears in a JSON feed (see `schema/participation-feed.schema.json`). */
export interface FeedEvent {
  /** Unique within the feed. */
  id: string | number;
  title: string;
  /** ISO 8601 date-time with offset (`2026-11-03T18:00:00+01:00`) or a plain date (`2026-11-03`) for all-day events. */
  start: string;
  /** Same form as `start`; for all-day events the end date is inclusive. */
  end?: string;
  /** An RFC 5545 RRULE value, e.g. `FREQ=WEEKLY;BYDAY=TU;COUNT=10`. */
  rrule?: string;
  /** Start values (date-times or dates) of occurrences the rule skips. */
  exdates?: string[];
  /** Plain text; never interpreted as HTML. */
  description?: string;
  format?: EventFormat;
  categories?: string[];
  district?: string;
  location?: { name?: string; address?: string };
  onlineUrl?: string;
  /** The event's details page. */
  url?: string;
  registration?: { url?: string; deadline?: string };
  organizer?: string;
  status?: EventStatus;
  /** Access facts (see `FeedAccess`), or a plain note about access as text. */
  accessibility?: string | FeedAccess;
  /** Languages the event is held in: BCP 47 tags (`de`, `tr`, `ar`, `de-x-ls` …). */
  languages?: string[];
  /** Who it is meant for, in the feed's own words ("Jugendliche", "Familien" …). */
  audience?: string[];
  /** The description in Leichte Sprache, shown first when the widget speaks it. */
  easyDescription?: string;
  /** Where the event comes from ("Stadt Musterstadt", "Jugendrat"), shown as "Quelle: …"; a merged feed writes it. */
  sources?: string[];
  /**
   * IANA zone of this event's times and series when it differs from the feed's `timezone`
   * (a merged feed's event from a feed in another zone): its date-times without offset,
   * exdates and UNTIL are read in it, and its series keep its wall-clock time.
   */
  timezone?: string;
}

/** A whole feed: an object with a time zone, or just an array of events. */
export interface Feed {
  /** What residents call this calendar ("Jugendrat Musterstadt"): shown as an event's source when a widget shows several feeds. */
  name?: string;
  /** IANA time zone the feed's wall-clock times belong to. Default `Europe/Berlin`. */
  timezone?: string;
  /** An iCalendar (.ics) address of the same events that residents can subscribe to (https: or webcal:). */
  subscribeUrl?: string;
  events: FeedEvent[];
}

export type FeedInput = Feed | FeedEvent[];

/**
 * A point in time of a validated event.
 * All-day events carry only `day` (a calendar day number, see plain-date.ts);
 * timed events carry the instant and the wall-clock time in the feed's zone.
 */
export interface TimedPoint {
  /** Milliseconds since the epoch. */
  instant: number;
}

/** A validated event. Every string is plain text; every URL is http(s), mailto or tel. */
export interface CalendarEvent {
  id: string;
  /** Position in the feed (0-based), for messages and stable ordering. */
  index: number;
  title: string;
  allDay: boolean;
  /** Timed events: start instant (ms). All-day events: NaN. */
  start: number;
  /** Timed events: end instant (ms), `start` when the feed gives no end. All-day events: NaN. */
  end: number;
  /** All-day events: first day (day number). Timed events: NaN. */
  startDay: number;
  /** All-day events: last day, inclusive (day number). Timed events: NaN. */
  endDay: number;
  /** Whether the feed gave an end at all (a lone start shows no "until"). */
  hasEnd: boolean;
  /** RRULE value without the `RRULE:` prefix, when the event repeats. */
  rrule?: string;
  /** Skipped occurrences: instants (timed series) or day numbers (day-only exdates and all-day series). */
  exdates?: { instants: number[]; days: number[] };
  description?: string;
  format?: EventFormat;
  categories: string[];
  district?: string;
  location?: { name?: string; address?: string };
  onlineUrl?: string;
  url?: string;
  registration?: { url?: string; deadline?: RegistrationDeadline };
  organizer?: string;
  status: EventStatus;
  /** The free-text note about access. */
  accessibility?: string;
  /** Access facts, in the order of `AccessFact`. */
  access?: AccessFact[];
  /** Until when to ask for sign-language interpretation (with `sign-language-on-request`). */
  signLanguageRequestBy?: RegistrationDeadline;
  /** Canonical BCP 47 tags. */
  languages?: string[];
  audience?: string[];
  easyDescription?: string;
  /** With several sources (or a feed's `sources`): the names of those the event came from (more than one when a copy was merged). */
  sources?: string[];
  /**
   * The zone of the feed it came from (with several sources), or the event's own `timezone`
   * when it differs from the feed's: its series' wall-clock times keep it.
   */
  timezone?: string;
}

/** A registration deadline: a day, or an exact instant. */
export type RegistrationDeadline =
  | { allDay: true; day: number }
  | { allDay: false; instant: number };

/** An event the feed contained but the widget could not use. */
export interface SkippedEvent {
  /** Position in the feed (0-based). */
  index: number;
  id?: string;
  title?: string;
  /** A sentence a feed maintainer understands, e.g. `event 12 'Bürgerforum': start '2026-13-01' is not a date`. */
  reason: string;
}

/** A problem that did not cost the event, only a field (e.g. a `javascript:` link that was dropped). */
export interface FeedWarning {
  index: number;
  id?: string;
  reason: string;
}

/** What validation makes of a feed. */
export interface ParsedFeed {
  /** IANA zone of the feed (its `timezone`, else Europe/Berlin). */
  timezone: string;
  events: CalendarEvent[];
  skipped: SkippedEvent[];
  warnings: FeedWarning[];
  /** The feed's iCalendar subscription address (https), when it has one. */
  subscribeUrl?: string;
  /** The feed's own name (JSON `name`, iCalendar `X-WR-CALNAME`), when it gives one. */
  name?: string;
}

/**
 * One occurrence of an event inside a range, placed in the display time zone.
 * Non-recurring events have exactly one occurrence.
 */
export interface Occurrence {
  event: CalendarEvent;
  /** Unique per occurrence: `${event.id}@${start or startDay}`. */
  key: string;
  allDay: boolean;
  /** Timed: instants (ms). All-day: NaN. */
  start: number;
  end: number;
  /** First and last calendar day (day numbers) the occurrence is shown on, in the display zone. */
  firstDay: number;
  lastDay: number;
  /** A long-running phase (7 days or more): shown compactly, not on every day. */
  isPhase: boolean;
}
