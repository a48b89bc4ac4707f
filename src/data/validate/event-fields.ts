/**
 * Reading the fields of one feed event, for validate.ts: the messages about
 * it ("event 12 'Bürgerforum': …"), its dates, rule, exdates and optional
 * fields. Each reader either returns a clean value, warns and drops the field,
 * or throws Skip to give up on the event.
 */
import type { AccessFact, CalendarEvent, EventFormat, EventStatus, FeedWarning, RegistrationDeadline } from '../event.js';
import { parsePoint, type ParsedPoint } from '../time/iso-time.js';
import { safeUrl } from './safe-url.js';
import { dayInZone, wallClock } from '../time/time-zone.js';

/** The RRULE checks validation needs: rrule-syntax.ts, which the browser loads with the series code. */
export type RuleSyntax = Pick<typeof import('./rrule-syntax.js'), 'checkRrule' | 'hourlyRuleCanReachByhour'>;

const FORMATS: readonly EventFormat[] = ['in-person', 'online', 'hybrid'];
const STATUSES: readonly EventStatus[] = ['scheduled', 'cancelled', 'postponed'];
const FORMAT_ALIASES: Record<string, EventFormat> = { inperson: 'in-person', presence: 'in-person' };
const STATUS_ALIASES: Record<string, EventStatus> = { canceled: 'cancelled' };

/** Control characters have no business in plain text and can hide content in logs. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Testing first spares a copy of every clean text (nearly all of them).
export const clean = (s: string) => (s.search(CONTROL) < 0 ? s : s.replace(CONTROL, '')).trim();
export const quote = (s: string) => {
  const c = clean(s);
  return `'${c.length > 80 ? `${c.slice(0, 77)}…` : c}'`;
};
export const kindOf = (v: unknown) => v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** JSON feeds often write null for "no value": treat it as absent. */
export const absent = (v: unknown) => v === undefined || v === null;

/** Thrown by a reader to give up on the event; validate.ts turns it into a skipped event. */
export class Skip extends Error {}

/** What validation holds while it reads the feed's events one by one. */
export interface Context {
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

/** The rule normalized (upper case, no RRULE: prefix), or a Skip saying why the event cannot repeat like this. */
export function checkedRule(text: string, event: CalendarEvent, ctx: Context): string {
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
export function skip(ctx: Context, reason: string): never {
  throw new Skip(label(ctx) + reason);
}

/** Keeps the event being validated, but says what was dropped from it. */
function warn(ctx: Context, reason: string): void {
  ctx.warnings.push({ index: ctx.index, ...(ctx.id === undefined ? {} : { id: ctx.id }), reason: label(ctx) + reason });
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

/** A BCP 47 tag in its canonical spelling (`TR` → `tr`), or undefined when it is none. */
function languageTag(s: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(clean(s))[0];
  } catch {
    return undefined;
  }
}

const FLAGS: readonly [key: string, fact: AccessFact][] = [
  ['stepFree', 'step-free'], ['accessibleToilet', 'accessible-toilet'], ['hearingLoop', 'hearing-loop'],
  ['speechToText', 'speech-to-text'], ['easyLanguage', 'easy-language'],
];
const ACCESS_KEYS = new Set(['signLanguage', 'signLanguageRequestBy', 'childcare', 'note', ...FLAGS.map(([key]) => key)]);
/** Where each fact goes in the list: the order of `AccessFact`. */
const ACCESS_ORDER: readonly AccessFact[] = [
  'step-free', 'accessible-toilet', 'hearing-loop', 'sign-language', 'sign-language-on-request',
  'speech-to-text', 'easy-language', 'childcare', 'childcare-registration',
];

/** The object form of `accessibility`: known facts kept, anything else a warning (never a skipped event). */
function readAccess(value: unknown, event: CalendarEvent, ctx: Context) {
  if (!isRecord(value)) return warn(ctx, `accessibility must be text or an object of access facts, not ${kindOf(value)}; dropped`);
  const facts = new Set<AccessFact>();
  for (const key of Object.keys(value)) if (!ACCESS_KEYS.has(key)) warn(ctx, `accessibility.${key} is not a known access fact; ignored`);
  for (const [key, fact] of FLAGS) {
    const flag = value[key];
    if (flag === true) facts.add(fact);
    else if (!absent(flag) && flag !== false) warn(ctx, `accessibility.${key} must be true or false, not ${kindOf(flag)}; ignored`);
  }
  const sign = choice(ctx, 'accessibility.signLanguage', value.signLanguage, ['provided', 'on-request'] as const, {});
  if (sign) facts.add(sign === 'provided' ? 'sign-language' : 'sign-language-on-request');
  const by = text(ctx, 'accessibility.signLanguageRequestBy', value.signLanguageRequestBy);
  if (by !== undefined) {
    const parsed = parsePoint(by, ctx.tz);
    if (typeof parsed === 'string') warn(ctx, `accessibility.signLanguageRequestBy ${quote(by)} ${parsed}; dropped`);
    else if (sign !== 'on-request') warn(ctx, 'accessibility.signLanguageRequestBy needs signLanguage "on-request"; ignored');
    else event.signLanguageRequestBy = parsed.allDay ? { allDay: true, day: parsed.day } : { allDay: false, instant: parsed.instant };
  }
  const childcare = choice(ctx, 'accessibility.childcare', value.childcare, ['provided', 'registration'] as const, {});
  if (childcare) facts.add(childcare === 'provided' ? 'childcare' : 'childcare-registration');
  const note = text(ctx, 'accessibility.note', value.note);
  if (note !== undefined) event.accessibility = note;
  if (facts.size) event.access = ACCESS_ORDER.filter((f) => facts.has(f));
}
