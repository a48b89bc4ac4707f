/**
 * Turns unknown JSON into the validated event model. A feed is written by
 * people in a city's press office, often by hand or by a CMS export: one bad
 * event must not cost the others, and every skipped event or dropped field
 * gets a sentence its maintainer can act on ("event 12 'Bürgerforum': start
 * '2026-13-01' is not a date").
 *
 * Date-times without an offset (`2026-11-03T18:00`) are accepted as wall-clock
 * time in the feed's `timezone` (see iso-time.ts).
 */
import type {
  CalendarEvent, EventFormat, EventStatus, FeedWarning, ParsedFeed, RegistrationDeadline, SkippedEvent,
} from './event.js';
import { FeedError } from './feed-error.js';
import { parsePoint, type ParsedPoint } from './iso-time.js';
import * as ruleSyntax from './rrule-syntax.js';
import { safeUrl } from './safe-url.js';
import { runAtOnce, runSliced, type Slicer } from './slicer.js';
import { canonicalTimeZone, dayInZone, wallClock } from './time-zone.js';

export const DEFAULT_TIMEZONE = 'Europe/Berlin';

export interface ParseFeedOptions {
  /** Base for relative links in the feed (normally the feed's own URL). */
  baseUrl?: string;
}

/** The RRULE checks validation needs: rrule-syntax.ts, which the browser loads with the series code. */
export type RuleSyntax = Pick<typeof ruleSyntax, 'checkRrule' | 'hourlyRuleCanReachByhour'>;

const FORMATS: readonly EventFormat[] = ['in-person', 'online', 'hybrid'];
const STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed'];
const FORMAT_ALIASES: Record<string, EventFormat> = { inperson: 'in-person', presence: 'in-person' };
const STATUS_ALIASES: Record<string, EventStatus> = { canceled: 'cancelled' };

/** Control characters have no business in plain text and can hide content in logs. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Testing first spares a copy of every clean text (nearly all of them).
const clean = (s: string) => (s.search(CONTROL) < 0 ? s : s.replace(CONTROL, '')).trim();
const quote = (s: string) => {
  const c = clean(s);
  return `'${c.length > 80 ? `${c.slice(0, 77)}…` : c}'`;
};
const kindOf = (v: unknown) => v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** JSON feeds often write null for "no value": treat it as absent. */
const absent = (v: unknown) => v === undefined || v === null;

class Skip extends Error {}

interface Context {
  tz: string;
  baseUrl?: string;
  ids: Map<string, number>;
  warnings: FeedWarning[];
  /** Loaded at the first event with an rrule. */
  rules?: RuleSyntax;
  /** Events kept with their rule as written, to be checked once the checks are here. */
  unchecked: CalendarEvent[];
  /** The event being validated, for messages (module functions rather than closures per event). */
  index: number;
  id?: string;
  title?: string;
}

/** Validates a whole feed at once. */
export function parseFeed(json: unknown, options: ParseFeedOptions = {}): ParsedFeed {
  return runAtOnce(parseSteps(json, options, () => ruleSyntax));
}

/**
 * Validates a feed in time slices, so tens of thousands of events never freeze
 * the page. The RRULE checks travel with the series code and are asked for at
 * the first event with a rule: a feed without series never loads them, and
 * one with series is validated while they load (see parseSteps).
 */
export function parseFeedInSlices(
  json: unknown, options: ParseFeedOptions, slicer: Slicer, loadRules: () => Promise<RuleSyntax>,
): Promise<ParsedFeed> {
  return runSliced(parseSteps(json, options, loadRules), slicer);
}

/**
 * The validation in steps of a few events, for `runAtOnce` or `runSliced`.
 *
 * Until the RRULE checks are here, a rule is taken as written and checked at
 * the end, while the checks load. Nearly always every rule passes and the
 * result is final; if one fails, its event should have been skipped before
 * its id was taken and its other fields warned about, so the feed is
 * validated again, with the checks, from the start.
 */
function* parseSteps(json: unknown, options: ParseFeedOptions, getRules: () => RuleSyntax | Promise<RuleSyntax>): Generator<unknown, ParsedFeed> {
  const warnings: FeedWarning[] = [];
  let rawEvents: unknown[];
  let tz = DEFAULT_TIMEZONE;
  let subscribeUrl: string | undefined;
  if (Array.isArray(json)) {
    rawEvents = json;
  } else if (isRecord(json) && Array.isArray(json.events)) {
    rawEvents = json.events;
    subscribeUrl = readSubscribeUrl(json.subscribeUrl, options.baseUrl, warnings);
    if (!absent(json.timezone)) {
      const canonical = typeof json.timezone === 'string' ? canonicalTimeZone(json.timezone.trim()) : null;
      if (canonical) tz = canonical;
      else warnings.push({ index: -1, reason: `feed: timezone ${typeof json.timezone === 'string' ? quote(json.timezone) : kindOf(json.timezone)} is not an IANA time zone such as 'Europe/Berlin'; using ${DEFAULT_TIMEZONE}` });
    }
  } else {
    throw new FeedError('shape', `Expected an array of events or an object with an 'events' array, but found ${describeShape(json)}`);
  }

  const ctx: Context = { tz, baseUrl: options.baseUrl, ids: new Map(), warnings, index: 0, unchecked: [] };
  let rulesLoad: Promise<unknown> | undefined;
  const events: CalendarEvent[] = [];
  const skipped: SkippedEvent[] = [];
  for (let index = 0; index < rawEvents.length; index++) {
    const raw = rawEvents[index];
    if (!ctx.rules && !rulesLoad && isRecord(raw) && !absent(raw.rrule)) {
      const rules = getRules();
      if (rules instanceof Promise) {
        rulesLoad = rules.then((loaded) => (ctx.rules = loaded));
        // Awaited below only if a rule is left to check (not when every event with one was skipped anyway).
        rulesLoad.catch(() => {});
      }
      else ctx.rules = rules;
    }
    const result = validateEvent(raw, index, ctx);
    if ('reason' in result) skipped.push(result);
    else {
      events.push(result);
      ctx.ids.set(result.id, index);
    }
    // A step per 8 events (a few microseconds each): asking the clock per event cost more than it saved.
    if ((index & 7) === 7) yield;
  }
  if (ctx.unchecked.length) {
    yield rulesLoad;
    try {
      for (const event of ctx.unchecked) event.rrule = checkedRule(event.rrule!, event, ctx);
    } catch (e) {
      if (!(e instanceof Skip)) throw e;
      const rules = ctx.rules!;
      return yield* parseSteps(json, options, () => rules);
    }
  }
  return { timezone: tz, events, skipped, warnings, ...(subscribeUrl ? { subscribeUrl } : {}) };
}

/**
 * The feed's iCalendar subscription address, kept as https (the widget derives
 * the webcal: link from it); webcal: in the feed is accepted and turned into https.
 */
function readSubscribeUrl(value: unknown, baseUrl: string | undefined, warnings: FeedWarning[]): string | undefined {
  if (absent(value)) return undefined;
  const text = typeof value === 'string' ? value.trim().replace(/^webcals?:/i, 'https:') : '';
  const checked = text ? safeUrl(text, baseUrl) : null;
  if (checked && 'url' in checked && /^https?:/i.test(checked.url)) return checked.url;
  warnings.push({ index: -1, reason: `feed: subscribeUrl ${typeof value === 'string' ? quote(value) : kindOf(value)} is not an http(s) or webcal address; dropped` });
  return undefined;
}

function describeShape(json: unknown): string {
  if (!isRecord(json)) return kindOf(json);
  const keys = Object.keys(json);
  if ('events' in json) return `an object whose 'events' is ${kindOf(json.events)}`;
  if (keys.length === 0) return 'an empty object';
  return `an object with the keys ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
}

function validateEvent(raw: unknown, index: number, ctx: Context): CalendarEvent | SkippedEvent {
  ctx.index = index;
  ctx.id = ctx.title = undefined;
  if (!isRecord(raw)) return { index, reason: `event #${index + 1}: is ${kindOf(raw)}, not an event object` };

  let id: string | undefined;
  if (typeof raw.id === 'string') id = clean(raw.id) || undefined;
  else if (typeof raw.id === 'number' && Number.isFinite(raw.id)) id = String(raw.id);
  const title = typeof raw.title === 'string' ? clean(raw.title) || undefined : undefined;
  ctx.id = id;
  ctx.title = title;

  try {
    if (id === undefined) {
      skip(ctx, absent(raw.id) ? 'id is missing'
        : typeof raw.id === 'string' ? 'id is empty'
          : `id must be a string or a number, not ${kindOf(raw.id)}`);
    }
    const earlier = ctx.ids.get(id!);
    if (earlier !== undefined) skip(ctx, `id '${id}' is already used by event #${earlier + 1}`);
    if (title === undefined) {
      skip(ctx, absent(raw.title) ? 'title is missing' : typeof raw.title === 'string' ? 'title is empty' : `title must be text, not ${kindOf(raw.title)}`);
    }

    const start = point(raw.start, 'start', ctx);
    if (!start) return skip(ctx, 'start is missing');
    const end = point(raw.end, 'end', ctx);
    if (end && end.allDay !== start.allDay) {
      skip(ctx, start.allDay
        ? `start is a date but end ${quote(String(raw.end))} is a date-time; give both as dates (all-day) or both as date-times`
        : `start is a date-time but end ${quote(String(raw.end))} is a date; give both as dates (all-day) or both as date-times`);
    }
    if (end && (end.allDay ? end.day < (start as { day: number }).day : end.instant < (start as { instant: number }).instant)) {
      skip(ctx, `end ${quote(String(raw.end))} is before start ${quote(String(raw.start))}`);
    }

    const event: CalendarEvent = {
      id: id!, index, title: title!, allDay: start.allDay,
      start: start.allDay ? NaN : start.instant,
      end: start.allDay ? NaN : end && !end.allDay ? end.instant : start.instant,
      startDay: start.allDay ? start.day : NaN,
      endDay: start.allDay ? (end && end.allDay ? end.day : start.day) : NaN,
      hasEnd: end !== null,
      categories: [],
      status: 'scheduled',
    };

    if (!absent(raw.rrule)) {
      if (typeof raw.rrule !== 'string') skip(ctx, `rrule must be text such as 'FREQ=WEEKLY;BYDAY=TU', not ${kindOf(raw.rrule)}`);
      if (ctx.rules) {
        event.rrule = checkedRule(raw.rrule as string, event, ctx);
      } else {
        event.rrule = raw.rrule as string;
        ctx.unchecked.push(event);
      }
    }
    readExdates(raw.exdates, event, ctx);
    readOptionalFields(raw, event, ctx);
    return event;
  } catch (e) {
    if (!(e instanceof Skip)) throw e;
    return { index, ...(id === undefined ? {} : { id }), ...(title === undefined ? {} : { title }), reason: e.message };
  }
}

/** The rule normalized (upper case, no RRULE: prefix), or a Skip saying why the event cannot repeat like this. */
function checkedRule(text: string, event: CalendarEvent, ctx: Context): string {
  const checked = ctx.rules!.checkRrule(text);
  if ('problem' in checked) skip(ctx, `rrule ${quote(text)} ${checked.problem}`);
  const rule = (checked as { rule: string }).rule;
  if (event.allDay && /FREQ=HOURLY|BYHOUR|BYMINUTE|BYSECOND/.test(rule)) {
    skip(ctx, `rrule ${quote(text)} repeats within a day, but the event is all-day (start is a date)`);
  }
  if (!event.allDay && rule.includes('HOURLY') && !ctx.rules!.hourlyRuleCanReachByhour(rule, wallClock(event.start, ctx.tz).hour)) {
    skip(ctx, `rrule ${quote(text)} never reaches a BYHOUR hour from the start time with this INTERVAL`);
  }
  return rule;
}

/**
 * "event 12 'Bürgerforum': ", the start of every message about the event being
 * validated. Built only when there is something to say: most events have nothing wrong.
 */
const label = (ctx: Context) => `event ${ctx.id ?? `#${ctx.index + 1}`}${ctx.title === undefined ? '' : ` ${quote(ctx.title)}`}: `;

/** Gives up on the event being validated. */
function skip(ctx: Context, reason: string): never {
  throw new Skip(label(ctx) + reason);
}

/** Keeps the event being validated, but says what was dropped from it. */
function warn(ctx: Context, reason: string): void {
  ctx.warnings.push({ index: ctx.index, ...(ctx.id === undefined ? {} : { id: ctx.id }), reason: label(ctx) + reason });
}

function point(value: unknown, name: string, ctx: Context): ParsedPoint | null {
  if (absent(value)) return null;
  if (typeof value !== 'string') return skip(ctx, `${name} must be a date or date-time text, not ${kindOf(value)}`);
  const parsed = parsePoint(value, ctx.tz);
  return typeof parsed === 'string' ? skip(ctx, `${name} ${quote(value)} ${parsed}`) : parsed;
}

function readExdates(value: unknown, event: CalendarEvent, ctx: Context) {
  if (absent(value)) return;
  if (!event.rrule) return warn(ctx, 'exdates were ignored because the event has no rrule');
  if (!Array.isArray(value)) return warn(ctx, `exdates must be a list of dates or date-times, not ${kindOf(value)}; ignored`);
  const instants = new Set<number>();
  const days = new Set<number>();
  for (const entry of value) {
    const parsed = typeof entry === 'string' ? parsePoint(entry, ctx.tz) : `is ${kindOf(entry)}, not a date or date-time`;
    if (typeof parsed === 'string') {
      warn(ctx, `exdate ${typeof entry === 'string' ? quote(entry) : String(entry)} ${parsed}; ignored`);
    } else if (parsed.allDay) {
      days.add(parsed.day);
    } else if (event.allDay) {
      days.add(dayInZone(parsed.instant, ctx.tz));
    } else {
      instants.add(parsed.instant);
    }
  }
  if (instants.size || days.size) event.exdates = { instants: [...instants], days: [...days] };
}

/** A text field: cleaned, or undefined when absent, empty or not text (then with a warning). */
function text(ctx: Context, name: string, value: unknown): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') return void warn(ctx, `${name} must be text, not ${kindOf(value)}; dropped`);
  return clean(value) || undefined;
}

/** A link field: absolute and of a safe scheme, or undefined (with a warning when one was given). */
function link(ctx: Context, name: string, value: unknown): string | undefined {
  const s = text(ctx, name, value);
  if (s === undefined) return undefined;
  const checked = safeUrl(s, ctx.baseUrl);
  if ('problem' in checked) return void warn(ctx, `${name} ${quote(s)} ${checked.problem}; dropped`);
  return checked.url;
}

/** One of `allowed`, written in any case, with `_` or spaces for `-`, or as one of `aliases`. */
function choice<T extends string>(ctx: Context, name: string, value: unknown, allowed: readonly T[], aliases: Record<string, T>): T | undefined {
  // Nearly every feed writes the value as documented.
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const s = text(ctx, name, value);
  if (s === undefined) return undefined;
  const key = s.toLowerCase().replace(/[\s_]+/g, '-');
  const found = (allowed as readonly string[]).includes(key) ? key as T : aliases[key];
  if (!found) warn(ctx, `${name} ${quote(s)} is not one of ${allowed.join(', ')}; dropped`);
  return found;
}

function readOptionalFields(raw: Record<string, unknown>, event: CalendarEvent, ctx: Context) {
  // Field by field rather than a loop over names: reads and writes by a fixed name are the fast ones.
  const description = text(ctx, 'description', raw.description);
  if (description !== undefined) event.description = description;
  const district = text(ctx, 'district', raw.district);
  if (district !== undefined) event.district = district;
  const organizer = text(ctx, 'organizer', raw.organizer);
  if (organizer !== undefined) event.organizer = organizer;
  const accessibility = text(ctx, 'accessibility', raw.accessibility);
  if (accessibility !== undefined) event.accessibility = accessibility;
  const format = choice(ctx, 'format', raw.format, FORMATS, FORMAT_ALIASES);
  if (format) event.format = format;
  event.status = choice(ctx, 'status', raw.status, STATUSES, STATUS_ALIASES) ?? 'scheduled';

  if (!absent(raw.categories)) {
    if (!Array.isArray(raw.categories)) warn(ctx, `categories must be a list of texts, not ${kindOf(raw.categories)}; dropped`);
    else {
      const seen: string[] = [];
      for (const c of raw.categories) {
        if (typeof c !== 'string') {
          warn(ctx, `category ${JSON.stringify(c) ?? String(c)} is not text; dropped`);
          continue;
        }
        const category = clean(c);
        if (category && !seen.includes(category)) seen.push(category);
      }
      event.categories = seen;
    }
  }

  if (!absent(raw.location)) {
    if (!isRecord(raw.location)) warn(ctx, `location must be an object with name and/or address, not ${kindOf(raw.location)}; dropped`);
    else {
      const name = text(ctx, 'location.name', raw.location.name);
      const address = text(ctx, 'location.address', raw.location.address);
      if (name !== undefined || address !== undefined) {
        event.location = {};
        if (name !== undefined) event.location.name = name;
        if (address !== undefined) event.location.address = address;
      }
    }
  }

  const url = link(ctx, 'url', raw.url);
  if (url) event.url = url;
  const onlineUrl = link(ctx, 'onlineUrl', raw.onlineUrl);
  if (onlineUrl) event.onlineUrl = onlineUrl;

  if (!absent(raw.registration)) {
    if (!isRecord(raw.registration)) warn(ctx, `registration must be an object with url and/or deadline, not ${kindOf(raw.registration)}; dropped`);
    else {
      const regUrl = link(ctx, 'registration.url', raw.registration.url);
      const deadlineText = text(ctx, 'registration.deadline', raw.registration.deadline);
      let deadline: RegistrationDeadline | undefined;
      if (deadlineText !== undefined) {
        const parsed = parsePoint(deadlineText, ctx.tz);
        if (typeof parsed === 'string') warn(ctx, `registration.deadline ${quote(deadlineText)} ${parsed}; dropped`);
        else deadline = parsed.allDay ? { allDay: true, day: parsed.day } : { allDay: false, instant: parsed.instant };
      }
      if (regUrl !== undefined || deadline !== undefined) {
        event.registration = { ...(regUrl === undefined ? {} : { url: regUrl }), ...(deadline === undefined ? {} : { deadline }) };
      }
    }
  }
}
