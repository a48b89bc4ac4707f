/** Step 3: how the calendar looks and behaves; every change shows in the preview at once. */
import { html, nothing } from 'lit';
import type { ConfiguratorMessages } from '../i18n/configurator-messages.js';
import type { Messages } from '../i18n/messages.js';
import { accentView, type AccentActions } from './view-accent.js';
import type { Settings } from './snippet.js';
import { feedValues, type State } from './state.js';

export interface SettingsActions extends AccentActions {
  set(change: Partial<Settings>): void;
}

/** A group of radio buttons named `name`, one per option. */
function choice<K extends string>(name: string, legend: string, value: K, options: Record<K, string>, set: (value: K) => void) {
  return html`<fieldset class="choice">
    <legend>${legend}</legend>
    ${(Object.keys(options) as K[]).map((key) => html`<label><input type="radio" name=${name} .value=${key} .checked=${value === key}
      @change=${() => set(key)}> ${options[key]}</label>`)}
  </fieldset>`;
}

/** Checkboxes for the values a feed names, for one preset attribute. */
function presets(name: string, legend: string, values: string[], chosen: string[], label: (value: string) => string, set: (chosen: string[]) => void, none: string) {
  return html`<fieldset class="presets">
    <legend>${legend}</legend>
    ${values.length ? html`<div class="options">${values.map((value) => html`<label><input type="checkbox" name=${name} .value=${value} .checked=${chosen.includes(value)}
      @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? [...chosen, value] : chosen.filter((v) => v !== value))}> ${label(value)}</label>`)}</div>`
      : html`<p class="muted">${none}</p>`}
  </fieldset>`;
}

export function settingsStep(state: State, m: Messages, c: ConfiguratorMessages, actions: SettingsActions) {
  const s = state.settings;
  const t = c.settings;
  const values = feedValues(state.check);
  const langOptions = { de: t.langOptions.de, en: t.langOptions.en, 'de-x-ls': t.langOptions['de-x-ls'], page: t.langOptions.page };
  return html`<section class="step" aria-labelledby="settings-heading">
    <h2 id="settings-heading">${t.heading}</h2>
    ${choice('lang', t.lang, s.lang || 'page', langOptions, (lang) => actions.set({ lang: lang === 'page' ? '' : lang }))}
    ${choice('view', t.view, s.view, t.viewOptions, (view) => actions.set({ view }))}
    ${choice('filters', t.filters, s.filters, { panel: t.show, none: t.hide }, (filters) => actions.set({ filters }))}
    ${choice('running', t.running, s.running, { strip: t.show, none: t.hide }, (running) => actions.set({ running }))}
    <fieldset class="preset-group" aria-describedby="presets-hint">
      <legend>${t.presets}</legend>
      <p class="hint" id="presets-hint">${t.presetsHint}</p>
      ${presets('categories', t.categories, values.categories, s.categories, (v) => v, (categories) => actions.set({ categories }), t.noValues)}
      ${presets('districts', t.districts, values.districts, s.districts, (v) => v, (districts) => actions.set({ districts }), t.noValues)}
      ${presets('formats', t.formats, values.formats, s.formats, (v) => m.formats[v as keyof Messages['formats']] ?? v, (formats) => actions.set({ formats }), t.noValues)}
    </fieldset>
    ${choice('theme', t.theme, s.theme, t.themeOptions, (theme) => actions.set({ theme }))}
    ${accentView(s, c, actions)}
    <div class="check-option">
      <label><input type="checkbox" name="url-state" .checked=${s.urlState} aria-describedby="url-state-hint"
        @change=${(e: Event) => actions.set({ urlState: (e.target as HTMLInputElement).checked })}> ${t.urlState}</label>
      <p class="hint" id="url-state-hint">${t.urlStateHint}</p>
    </div>
    ${nothing}
  </section>`;
}
