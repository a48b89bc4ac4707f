/**
 * The object form of a feed event's `accessibility` (see `FeedAccess`), for
 * event-fields.ts: known facts kept in the widget's order, anything else a
 * warning, never a skipped event. The classic script replaces this file by one
 * that keeps only the note (see rollup.config.js).
 */
import type { AccessFact, CalendarEvent } from '../event.js';
import { ACCESS_FACTS } from '../access-facts.js';
import { parsePoint } from '../time/iso-time.js';
import { absent, choice, isRecord, kindOf, quote, text, warn, type Context } from './field-readers.js';

const FLAGS: readonly [key: string, fact: AccessFact][] = [
  ['stepFree', 'step-free'], ['accessibleToilet', 'accessible-toilet'], ['hearingLoop', 'hearing-loop'],
  ['speechToText', 'speech-to-text'], ['easyLanguage', 'easy-language'],
];
const ACCESS_KEYS = new Set(['signLanguage', 'signLanguageRequestBy', 'childcare', 'note', ...FLAGS.map(([key]) => key)]);

/** Reads the object into `event.access`, `event.signLanguageRequestBy` and the note. */
export function readAccess(value: unknown, event: CalendarEvent, ctx: Context) {
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
  if (facts.size) event.access = ACCESS_FACTS.filter((f) => facts.has(f));
}
