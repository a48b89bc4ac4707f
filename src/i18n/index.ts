import { de } from './de.js';
import type { Messages, StaticListMessages } from './messages.js';
import type { CheckMessages } from './check-messages.js';
import type { ConfiguratorMessages } from './configurator-messages.js';
import { onDemand, type OnDemand } from '../data/load/on-demand.js';

export type { Messages } from './messages.js';

/**
 * The languages the widget speaks. German is in the bundle; every other
 * language is a separate file next to it, fetched only when a page uses it.
 * Adding a language: a file like en.ts and a line here, in `staticLists`, `checks` and `configurators`.
 */
const languages = {
  de: onDemand(() => Promise.resolve(de)),
  en: onDemand(() => import('./en.js').then((module) => module.en)),
  'de-x-ls': onDemand(() => import('./de-x-ls.js').then((module) => module.deXLs)),
} satisfies Record<string, OnDemand<Messages>>;

export type Language = keyof typeof languages;

/** The languages there are messages for: what the CLI's `--lang` accepts. */
export const LANGUAGES = Object.keys(languages) as Language[];

/** The CLI's static-list strings, exported by each language file beside its messages (never in the widget's bundle). */
const staticLists = {
  de: () => import('./de.js').then((module) => module.staticList),
  en: () => import('./en.js').then((module) => module.staticList),
  'de-x-ls': () => import('./de-x-ls.js').then((module) => module.staticList),
} satisfies Record<Language, () => Promise<StaticListMessages>>;

export function loadStaticListMessages(language: Language): Promise<StaticListMessages> {
  return staticLists[language]();
}

/** The feed check's words (configurator, `participation-calendar check`), exported the same way. */
const checks = {
  de: () => import('./de.js').then((module) => module.check),
  en: () => import('./en.js').then((module) => module.check),
  // For editors: the check and the configurator speak standard German to a Leichte-Sprache page's editor.
  'de-x-ls': () => import('./de.js').then((module) => module.check),
} satisfies Record<Language, () => Promise<CheckMessages>>;

export function loadCheckMessages(language: Language): Promise<CheckMessages> {
  return checks[language]();
}

/** The configurator page's words, exported the same way. */
const configurators = {
  de: () => import('./de.js').then((module) => module.configurator),
  en: () => import('./en.js').then((module) => module.configurator),
  'de-x-ls': () => import('./de.js').then((module) => module.configurator),
} satisfies Record<Language, () => Promise<ConfiguratorMessages>>;

export function loadConfiguratorMessages(language: Language): Promise<ConfiguratorMessages> {
  return configurators[language]();
}

// German needs no request: at hand from the start.
void languages.de.load();

/** The messages of a language when they are already here (German always is). */
export function messagesIfLoaded(language: Language): Messages | undefined {
  return language === 'de' ? de : languages[language].value;
}

export function loadMessages(language: Language): Promise<Messages> {
  return languages[language].load();
}

const isLanguage = (tag: string | undefined): tag is Language => !!tag && Object.hasOwn(languages, tag);

/**
 * Picks the language: the `lang` attribute, else the page's `<html lang>`
 * (the whole tag when the widget speaks it, `de-x-ls`; else its primary
 * subtag: `de-AT` speaks German), else German; a value that is not a language
 * of ours (`__proto__`, `constructor`: own keys only) goes on to the next.
 */
export function resolveLanguage(attribute: string | null | undefined, pageLang: string | null | undefined): Language {
  for (const candidate of [attribute, pageLang]) {
    const tag = candidate?.trim().toLowerCase();
    if (isLanguage(tag)) return tag;
    const primary = tag?.split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'de';
}
