/**
 * Turns unknown JSON into the validated event model. A feed is written by
 * people in a city's press office, often by hand or by a CMS export: one bad
 * event must not cost the others, and every skipped event or dropped field
 * gets a sentence its maintainer can act on ("event 12 'Bürgerforum': start
 * '2026-13-01' is not a date").
 *
 * Date-times without an offset (`2026-11-03T18:00`) are accepted as wall-clock
 * time in the feed's `timezone` (see iso-time.ts). The fields of each event
 * are read by event-fields.ts.
 */
import type { CalendarEvent, FeedWarning, ParsedFeed, SkippedEvent } from '../event.js';
import {
  Skip, absent, checkedRule, clean, isRecord, kindOf, point, quote, readExdates, readOptionalFields, skip, warn,
  type Context, type RuleSyntax,
} from './event-fields.js';
import { FeedError } from '../load/feed-error.js';
import * as ruleSyntax from './rrule-syntax.js';
import { safeUrl } from './safe-url.js';
import { runAtOnce, runSliced, type Slicer } from '../slicer.js';
import { DEFAULT_TIMEZONE, canonicalTimeZone } from '../time/time-zone.js';

export { DEFAULT_TIMEZONE };
export { problemsReport } from './problems-report.js';

export interface ParseFeedOptions {
  /** Base for relative links in the feed (normally the feed's own URL). */
  baseUrl?: string;
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
  let name: string | undefined;
  if (Array.isArray(json)) {
    rawEvents = json;
  } else if (isRecord(json) && Array.isArray(json.events)) {
    rawEvents = json.events;
    subscribeUrl = readSubscribeUrl(json.subscribeUrl, options.baseUrl, warnings);
    name = readName(json.name, warnings);
    if (!absent(json.timezone)) {
      const canonical = typeof json.timezone === 'string' ? canonicalTimeZone(json.timezone.trim()) : null;
      if (canonical) tz = canonical;
      else warnings.push({ index: -1, reason: `feed: timezone ${typeof json.timezone === 'string' ? quote(json.timezone) : kindOf(json.timezone)} is not an IANA time zone such as 'Europe/Berlin'; using ${DEFAULT_TIMEZONE}` });
    }
  } else {
    throw new FeedError('shape', `Expected an array of events or an object with an 'events' array, but found ${describeShape(json)}`);
  }

  const ctx: Context = { tz, feedTz: tz, baseUrl: options.baseUrl, ids: new Map(), warnings, index: 0, unchecked: [] };
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
  return { timezone: tz, events, skipped, warnings, ...(subscribeUrl ? { subscribeUrl } : {}), ...(name ? { name } : {}) };
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

/** The feed's name, as residents read it beside each event (one line, at most 80 characters). */
function readName(value: unknown, warnings: FeedWarning[]): string | undefined {
  if (absent(value)) return undefined;
  const text = typeof value === 'string' ? clean(value) : '';
  if (text) return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  warnings.push({ index: -1, reason: `feed: name ${typeof value === 'string' ? quote(value) : kindOf(value)} is not a text; dropped` });
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

    // An event's own zone (one merged from a feed in another zone) is the zone of all its times.
    const zone = absent(raw.timezone) ? undefined
      : typeof raw.timezone === 'string' ? canonicalTimeZone(raw.timezone.trim()) : null;
    ctx.tz = zone ?? ctx.feedTz;
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
    if (zone && zone !== ctx.feedTz) event.timezone = zone;
    else if (zone === null) {
      warn(ctx, `timezone ${typeof raw.timezone === 'string' ? quote(raw.timezone) : kindOf(raw.timezone)} is not an IANA time zone; using the feed's`);
    }

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
