/**
 * What the configurator holds: the editor's choices and what the check found.
 * One object, re-rendered after each change (main.ts); the views read it and
 * call the actions, they never keep state of their own.
 */
import type { Finding, SourceCheck } from '../data/check/finding.js';
import type { Language } from '../i18n/index.js';
import type { SnippetTarget } from '../i18n/configurator-messages.js';
import type { PreviewSource } from './load-source.js';
import { DEFAULT_SETTINGS, type Settings } from './snippet.js';

export interface State {
  /** The language of this page (the calendar's is in `settings.lang`). */
  ui: Language;
  /** The address as typed. */
  address: string;
  /** Set when the address typed is not one that can be loaded. */
  addressInvalid: boolean;
  /** The name of a file dropped or chosen, while it is the source. */
  fileName: string | null;
  checking: boolean;
  /** The last check and what the preview shows for it. */
  check: SourceCheck | null;
  preview: PreviewSource;
  /** Program files of the calendar that did not arrive (found at start, or by the preview). */
  installation: Finding[];
  settings: Settings;
  target: SnippetTarget;
  staticList: boolean;
  /** The static list's HTML for the current feed and language. */
  staticHtml: string;
  /** The result of the last copy, announced. */
  copyResult: 'copied' | 'failed' | null;
}

export function initialState(ui: Language, address: string): State {
  return {
    ui, address, addressInvalid: false, fileName: null, checking: false, check: null, preview: null, installation: [],
    settings: { ...DEFAULT_SETTINGS, lang: ui }, target: 'html', staticList: true, staticHtml: '', copyResult: null,
  };
}

/** The feed's values for presets: what its events name, sorted the German way. */
export function feedValues(check: SourceCheck | null): { categories: string[]; districts: string[]; formats: string[] } {
  const events = check?.feed?.events ?? [];
  const collator = new Intl.Collator('de');
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort(collator.compare);
  return {
    categories: sorted(events.flatMap((e) => e.categories)),
    districts: sorted(events.flatMap((e) => (e.district === undefined ? [] : [e.district]))),
    formats: ['in-person', 'online', 'hybrid'].filter((f) => events.some((e) => e.format === f)),
  };
}
