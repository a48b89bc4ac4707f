/**
 * What every reader of a feed event's fields shares (event-fields.ts,
 * access-fields.ts): the validation context, the messages about the event
 * being read ("event 12 'Bürgerforum': …"), clean text and simple choices.
 */
import type { CalendarEvent, FeedWarning } from '../event.js';

/** The RRULE checks validation needs: rrule-syntax.ts, which the browser loads with the series code. */
export type RuleSyntax = Pick<typeof import('./rrule-syntax.js'), 'checkRrule' | 'hourlyRuleCanReachByhour'>;

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
  /** The zone the event being read is in: its own `timezone`, else the feed's. */
  tz: string;
  /** The feed's zone (its `timezone`, else the default). */
  feedTz: string;
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
export function warn(ctx: Context, reason: string): void {
  ctx.warnings.push({ index: ctx.index, ...(ctx.id === undefined ? {} : { id: ctx.id }), reason: label(ctx) + reason });
}

/** A text field: cleaned, or undefined when absent, empty or not text (then with a warning). */
export function text(ctx: Context, name: string, value: unknown): string | undefined {
  if (absent(value)) return undefined;
  if (typeof value !== 'string') return void warn(ctx, `${name} must be text, not ${kindOf(value)}; dropped`);
  return clean(value) || undefined;
}

/** One of `allowed`, written in any case, with `_` or spaces for `-`, or as one of `aliases`. */
export function choice<T extends string>(ctx: Context, name: string, value: unknown, allowed: readonly T[], aliases: Record<string, T>): T | undefined {
  // Nearly every feed writes the value as documented.
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  const s = text(ctx, name, value);
  if (s === undefined) return undefined;
  const key = s.toLowerCase().replace(/[\s_]+/g, '-');
  const found = (allowed as readonly string[]).includes(key) ? key as T : aliases[key];
  if (!found) warn(ctx, `${name} ${quote(s)} is not one of ${allowed.join(', ')}; dropped`);
  return found;
}
