/**
 * Reading the fields of one feed event, for validate.ts: the messages about
 * it ("event 12 'Bürgerforum': …"), its dates, rule, exdates and optional
 * fields. Each reader either returns a clean value, warns and drops the field,
 * or throws Skip to give up on the event.
 */
import type { CalendarEvent, EventFormat, EventStatus, RegistrationDeadline } from '../event.js';
import { parsePoint, type ParsedPoint } from '../time/iso-time.js';
import { safeUrl } from './safe-url.js';
import { dayInZone, wallClock } from '../time/time-zone.js';
import { readAccess } from './access-fields.js';
import {
  absent, choice, clean, isRecord, kindOf, quote, skip, text, warn, type Context,
} from './field-readers.js';

export { Skip, absent, clean, isRecord, kindOf, quote, skip, warn, type Context, type RuleSyntax } from './field-readers.js';

const FORMATS: readonly EventFormat[] = ['in-person', 'online', 'hybrid'];
const STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed'];
const FORMAT_ALIASES: Record<string, EventFormat> = { inperson: 'in-person', presence: 'in-person' };
const STATUS_ALIASES: Record<string, EventStatus> = { canceled: 'cancelled' };

/** The rule normalized (upper case, no RRULE: prefix), or a Skip saying why the event cannot repeat like this. */
export function checkedRule(text: string, event: CalendarEvent, ctx: Context): string {
  const checked = ctx.rules!.checkRrule(text);
  if ('problem' in checked) skip(ctx, `rrule ${quote(text)} ${checked.problem}`);
  const rule = (checked as { rule: string }).rule;
  if (event.allDay && /FREQ=HOURLY|BYHOUR|BYMINUTE|BYSECOND/.test(rule)) {
    skip(ctx, `rrule ${quote(text)} repeats within a day, but the event is all-day (start is a date)`);
  }
  // In the event's own zone: a rule left to check at the end is checked after the last event was read
  // (ctx.tz is that one's), and a wrong Skip there would cost validating the feed a second time.
  if (!event.allDay && rule.includes('HOURLY') && !ctx.rules!.hourlyRuleCanReachByhour(rule, wallClock(event.start, event.timezone ?? ctx.feedTz).hour)) {
    skip(ctx, `rrule ${quote(text)} never reaches a BYHOUR hour from the start time with this INTERVAL`);
  }
  return rule;
}

export function point(value: unknown, name: string, ctx: Context): ParsedPoint | null {
  if (absent(value)) return null;
  if (typeof value !== 'string') return skip(ctx, `${name} must be a date or date-time text, not ${kindOf(value)}`);
  const parsed = parsePoint(value, ctx.tz);
  return typeof parsed === 'string' ? skip(ctx, `${name} ${quote(value)} ${parsed}`) : parsed;
}

export function readExdates(value: unknown, event: CalendarEvent, ctx: Context) {
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

/** A link field: absolute and of a safe scheme, or undefined (with a warning when one was given). */
function link(ctx: Context, name: string, value: unknown): string | undefined {
  const s = text(ctx, name, value);
  if (s === undefined) return undefined;
  const checked = safeUrl(s, ctx.baseUrl);
  if ('problem' in checked) return void warn(ctx, `${name} ${quote(s)} ${checked.problem}; dropped`);
  return checked.url;
}

export function readOptionalFields(raw: Record<string, unknown>, event: CalendarEvent, ctx: Context) {
  // Field by field rather than a loop over names: reads and writes by a fixed name are the fast ones.
  const description = text(ctx, 'description', raw.description);
  if (description !== undefined) event.description = description;
  const district = text(ctx, 'district', raw.district);
  if (district !== undefined) event.district = district;
  const organizer = text(ctx, 'organizer', raw.organizer);
  if (organizer !== undefined) event.organizer = organizer;
  if (typeof raw.accessibility === 'string' || absent(raw.accessibility)) {
    const note = text(ctx, 'accessibility', raw.accessibility);
    if (note !== undefined) event.accessibility = note;
  } else readAccess(raw.accessibility, event, ctx);
  const languages = texts(ctx, 'languages', raw.languages, languageTag);
  if (languages) event.languages = languages;
  const audience = texts(ctx, 'audience', raw.audience, clean);
  if (audience) event.audience = audience;
  const easyDescription = text(ctx, 'easyDescription', raw.easyDescription);
  if (easyDescription !== undefined) event.easyDescription = easyDescription;
  const sources = readSources(ctx, raw.sources);
  if (sources) event.sources = sources;
  const format = choice(ctx, 'format', raw.format, FORMATS, FORMAT_ALIASES);
  if (format) event.format = format;
  event.status = choice(ctx, 'status', raw.status, STATUSES, STATUS_ALIASES) ?? 'scheduled';

  if (!absent(raw.categories)) {
    if (!Array.isArray(raw.categories)) warn(ctx, `categories must be a list of texts, not ${kindOf(raw.categories)}; dropped`);
    else {
      // A Set: `includes` on a list made 20,000 categories of one event 200 million comparisons.
      const seen = new Set<string>();
      for (const c of raw.categories) {
        if (typeof c !== 'string') {
          warn(ctx, `category ${JSON.stringify(c) ?? String(c)} is not text; dropped`);
          continue;
        }
        const category = clean(c);
        if (category) seen.add(category);
      }
      event.categories = [...seen];
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

/** A list of texts, each made clean by `read` (undefined: dropped with a warning), without repeats; undefined when empty. */
function texts(ctx: Context, name: string, value: unknown, read: (s: string) => string | undefined): string[] | undefined {
  if (absent(value)) return undefined;
  if (!Array.isArray(value)) return void warn(ctx, `${name} must be a list of texts, not ${kindOf(value)}; dropped`);
  const seen: string[] = [];
  for (const entry of value) {
    const v = typeof entry === 'string' ? read(entry) : undefined;
    if (v === undefined) warn(ctx, `${name}: ${typeof entry === 'string' ? quote(entry) : kindOf(entry)} is not ${name === 'languages' ? 'a language tag (BCP 47, like de or tr)' : 'text'}; dropped`);
    else if (v && !seen.includes(v)) seen.push(v);
  }
  return seen.length ? seen : undefined;
}

/**
 * The names of the calendars the event comes from (a merged feed's): shown in
 * one line after "Quelle:", so at most 20, each cut at 80 characters (without
 * a warning: a merged feed's names come from its tool, and bytes of the classic
 * script are scarce).
 */
function readSources(ctx: Context, value: unknown): string[] | undefined {
  return texts(ctx, 'sources', value, (s) => clean(s).slice(0, 80).trim())?.slice(0, 20);
}

/** A BCP 47 tag in its canonical spelling (`TR` → `tr`), or undefined when it is none. */
function languageTag(s: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(clean(s))[0];
  } catch {
    return undefined;
  }
}
