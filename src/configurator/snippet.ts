/**
 * The tag an editor pastes, from the choices made in the configurator. One
 * list of attributes makes both the snippet's text and the preview's element,
 * so what the preview shows is what the pasted code shows. Pure.
 */
import { escapeHtml } from '../cli/render.js';
import type { Language } from '../i18n/index.js';

export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** '' leaves `lang` out: the widget then follows the page's `<html lang>`. */
  lang: '' | Language;
  view: 'month' | 'list';
  filters: 'panel' | 'none';
  running: 'strip' | 'none';
  categories: string[];
  districts: string[];
  formats: string[];
  theme: Theme;
  /** `#rrggbb`, or null for the built-in accent. */
  accent: string | null;
  urlState: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  lang: 'de', view: 'month', filters: 'panel', running: 'strip', categories: [], districts: [], formats: [], theme: 'auto', accent: null, urlState: false,
};

/** Presets are comma-separated: a value holding a comma cannot be one (the widget would split it). */
const presetList = (values: readonly string[]) => values.filter((v) => !v.includes(',')).join(', ');

/**
 * The calendar's attributes, in the order they are written; only what differs
 * from the widget's defaults, so the snippet stays short. `url-state` has no value.
 */
export function calendarAttributes(settings: Settings, src: string): [string, string][] {
  const attributes: [string, string][] = [['src', src]];
  if (settings.lang) attributes.push(['lang', settings.lang]);
  if (settings.view !== 'month') attributes.push(['view', settings.view]);
  if (settings.filters !== 'panel') attributes.push(['filters', settings.filters]);
  if (settings.running !== 'strip') attributes.push(['running', settings.running]);
  if (presetList(settings.categories)) attributes.push(['categories', presetList(settings.categories)]);
  if (presetList(settings.districts)) attributes.push(['districts', presetList(settings.districts)]);
  if (settings.formats.length) attributes.push(['formats', settings.formats.join(', ')]);
  if (settings.theme !== 'auto') attributes.push(['theme', settings.theme]);
  if (settings.accent) attributes.push(['style', `--pc-accent: ${settings.accent}`]);
  if (settings.urlState) attributes.push(['url-state', '']);
  return attributes;
}

export interface SnippetParts {
  /** Absolute address of participation-calendar.js in the editor's dist/. */
  scriptUrl: string;
  attributes: [string, string][];
  /** HTML inside the tag (the static list), or ''. Already HTML. */
  inner: string;
}

/** The two tags to paste. */
export function snippetHtml({ scriptUrl, attributes, inner }: SnippetParts): string {
  const attrs = attributes.map(([name, value]) => (value === '' && name === 'url-state' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`)).join('');
  const body = inner.trim() ? `\n${inner.trim()}\n` : '';
  return `<script type="module" src="${escapeHtml(scriptUrl)}"></script>\n<participation-calendar${attrs}>${body}</participation-calendar>\n`;
}
