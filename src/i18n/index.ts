import { de } from './de.js';
import type { Messages } from './messages.js';

export type { Messages } from './messages.js';

/**
 * The languages the widget speaks. German is in the bundle; every other
 * language is a separate file next to it, fetched only when a page uses it.
 * Adding a language: a file like en.ts and a line here.
 */
const loaders = {
  de: () => Promise.resolve(de),
  en: () => import('./en.js').then((module) => module.en),
} satisfies Record<string, () => Promise<Messages>>;

export type Language = keyof typeof loaders;

const loaded = new Map<Language, Messages>([['de', de]]);

/** The messages of a language when they are already here (German always is). */
export function messagesIfLoaded(language: Language): Messages | undefined {
  return loaded.get(language);
}

export async function loadMessages(language: Language): Promise<Messages> {
  const messages = loaded.get(language) ?? (await loaders[language]());
  loaded.set(language, messages);
  return messages;
}

/**
 * Picks the language: the `lang` attribute, else the page's `<html lang>`
 * (only its primary subtag: `de-AT` speaks German), else German.
 */
export function resolveLanguage(attribute: string | null | undefined, pageLang: string | null | undefined): Language {
  for (const candidate of [attribute, pageLang]) {
    const primary = candidate?.trim().toLowerCase().split('-')[0];
    if (primary && primary in loaders) return primary as Language;
  }
  return 'de';
}
