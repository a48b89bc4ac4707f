/**
 * The accent colour and its contrast against the backgrounds it will stand on
 * (the light palette's, the dark one's, or both with theme "auto"), with the
 * nearest colour of the same hue that passes when it does not.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ConfiguratorMessages } from '../i18n/configurator-messages.js';
import { MIN_CONTRAST, contrast, nearestPassing, parseHex, toHex, type Rgb } from './contrast.js';
import type { Settings } from './snippet.js';

export interface AccentActions {
  setAccent(accent: string | null): void;
}

/** The built-in accent, and what an accent stands on and carries in each palette (src/styles/tokens.styles.ts). */
const DEFAULT_ACCENT = '#0b5cad';
const PALETTES = {
  light: { background: parseHex('#ffffff')!, accentText: parseHex('#ffffff')! },
  dark: { background: parseHex('#16191d')!, accentText: parseHex('#0b1d36')! },
};

const ratioText = (ratio: number, lang: string) => ratio.toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function accentView(s: Settings, c: ConfiguratorMessages, actions: AccentActions) {
  const t = c.settings;
  const own = s.accent !== null;
  const colour = parseHex(s.accent ?? DEFAULT_ACCENT);
  const palettes = s.theme === 'auto' ? (['light', 'dark'] as const) : [s.theme];
  // Links and "today" stand on the background; buttons carry the accent-text colour on the accent.
  const against = (p: 'light' | 'dark'): Rgb[] => [PALETTES[p].background, PALETTES[p].accentText];
  const checks = colour && own ? palettes.map((p) => ({ p, ratio: Math.min(...against(p).map((o) => contrast(colour, o))) })) : [];
  const failing = checks.filter((x) => x.ratio < MIN_CONTRAST);
  const nearest = colour && failing.length ? nearestPassing(colour, palettes.flatMap(against)) : null;
  return html`<fieldset class="accent">
    <legend>${t.accent}</legend>
    <label class="default-accent"><input type="checkbox" name="accent-default" .checked=${!own}
      @change=${(e: Event) => actions.setAccent((e.target as HTMLInputElement).checked ? null : DEFAULT_ACCENT)}> ${t.accentDefault}</label>
    ${own ? html`<div class="accent-row">
      <input type="color" id="accent-picker" aria-label=${t.accent} .value=${live(colour ? toHex(colour) : DEFAULT_ACCENT)}
        @input=${(e: Event) => actions.setAccent((e.target as HTMLInputElement).value)}>
      <label for="accent-code">${t.accentCode}</label>
      <input type="text" id="accent-code" size="8" spellcheck="false" .value=${live(s.accent ?? '')}
        @change=${(e: Event) => {
          const typed = parseHex((e.target as HTMLInputElement).value);
          if (typed) actions.setAccent(toHex(typed));
        }}>
    </div>
    <ul class="contrast">${checks.map(({ p, ratio }) => html`<li class=${ratio < MIN_CONTRAST ? 'low' : 'ok'}>
      ${(ratio < MIN_CONTRAST ? t.contrastLow : t.contrastOk)(ratioText(Math.floor(ratio * 10) / 10, c.tag), t.backgrounds[p])}</li>`)}</ul>
    ${failing.length ? nearest
      ? html`<p class="nearest"><span class="swatch" aria-hidden="true" style=${`background:${toHex(nearest)}`}></span>
          ${t.nearest(toHex(nearest))} <button type="button" @click=${() => actions.setAccent(toHex(nearest))}>${t.useNearest}</button></p>`
      : html`<p class="nearest">${s.theme === 'auto' ? t.autoThemeNote : t.noNearest}</p>` : nothing}` : nothing}
  </fieldset>`;
}
