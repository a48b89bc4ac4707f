/**
 * The values of the filter group "who can take part", as one list of keys: an access
 * fact as itself (`step-free`), a language as `lang:` + its tag (`lang:tr`), an
 * audience as `for:` + the feed's words (`for:Familien`). One key space keeps them
 * in one facet, one URL parameter and one `filter-change` field.
 */
import type { AccessFact, CalendarEvent } from '../event.js';
import { ACCESS_FACTS } from '../access-facts.js';

export type AccessKey =
  | { kind: 'fact'; fact: AccessFact }
  | { kind: 'language'; tag: string }
  | { kind: 'audience'; audience: string };

/** What a key stands for; null for a key that is none of them (from a URL, say). */
export function readAccessKey(key: string): AccessKey | null {
  if (key.startsWith('lang:')) return key.length > 5 ? { kind: 'language', tag: key.slice(5) } : null;
  if (key.startsWith('for:')) return key.length > 4 ? { kind: 'audience', audience: key.slice(4) } : null;
  return (ACCESS_FACTS as readonly string[]).includes(key) ? { kind: 'fact', fact: key as AccessFact } : null;
}

/** Every key an event has. */
export function accessKeysOf(e: CalendarEvent): string[] {
  const keys: string[] = e.access ? [...e.access] : [];
  for (const tag of e.languages ?? []) keys.push(`lang:${tag}`);
  for (const audience of e.audience ?? []) keys.push(`for:${audience}`);
  return keys;
}

/** Whether the event has the key. */
export function hasAccessKey(e: CalendarEvent, key: string): boolean {
  if (key.startsWith('lang:')) return e.languages?.includes(key.slice(5)) ?? false;
  if (key.startsWith('for:')) return e.audience?.includes(key.slice(4)) ?? false;
  return e.access?.includes(key as AccessFact) ?? false;
}
