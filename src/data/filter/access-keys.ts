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

/** The feed's keys in the panel's order: facts in ACCESS_FACTS's order, then languages, then audiences, each sorted. */
export function orderAccessKeys(keys: ReadonlySet<string>, compare: (a: string, b: string) => number): string[] {
  const byKind = (kind: string) => [...keys].filter((key) => readAccessKey(key)?.kind === kind).sort(compare);
  return [...ACCESS_FACTS.filter((f) => keys.has(f)), ...byKind('language'), ...byKind('audience')];
}

/**
 * The keys a preset value names: a fact by its name (`step-free`), a language by its
 * tag (`tr`), an audience by its words, compared as `textKey` spells them.
 */
export function accessKeysNamed(keys: readonly string[], value: string, textKey: (text: string) => string): string[] {
  const name = value.trim().toLowerCase(), wanted = textKey(value);
  return keys.filter((key) => {
    const k = readAccessKey(key)!;
    return k.kind === 'fact' ? k.fact === name : k.kind === 'language' ? k.tag.toLowerCase() === name : textKey(k.audience) === wanted;
  });
}

/** Whether the event has the key. */
export function hasAccessKey(e: CalendarEvent, key: string): boolean {
  if (key.startsWith('lang:')) return e.languages?.includes(key.slice(5)) ?? false;
  if (key.startsWith('for:')) return e.audience?.includes(key.slice(4)) ?? false;
  return e.access?.includes(key as AccessFact) ?? false;
}
