import { de } from './de.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

/** The languages the widget speaks. Adding one: a file like de.ts and a line here. */
export const languages = { de, en } satisfies Record<string, Messages>;

export type Language = keyof typeof languages;

/**
 * Picks the language: the `lang` attribute, else the page's `<html lang>`
 * (only its primary subtag: `de-AT` speaks German), else German.
 */
export function resolveLanguage(attribute: string | null | undefined, pageLang: string | null | undefined): Language {
  for (const candidate of [attribute, pageLang]) {
    const primary = candidate?.trim().toLowerCase().split('-')[0];
    if (primary && primary in languages) return primary as Language;
  }
  return 'de';
}
