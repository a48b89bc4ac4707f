import { css, unsafeCSS } from 'lit';

/**
 * Design tokens. Every colour, font, radius and spacing the widget uses comes
 * from a `--pc-…` custom property with a fallback here, so a city can theme
 * the widget from its own stylesheet without touching the shadow DOM.
 *
 * The host's colour, font size and display are set `!important` on purpose:
 * for important declarations the shadow tree wins over the page, so a hostile
 * page rule like `* { color: red !important; font-size: 40px !important }`
 * cannot make the calendar unreadable. Theming goes through the tokens.
 * The size defaults to `medium` (the reader's own default size), not `1rem`:
 * the same hostile rule also sets the root's size, and with it every rem.
 * Inside, sizes are in em, so they follow the host.
 */
/** The built-in palettes. The light one is the default; themes/*.css show them as copyable CSS. */
const light = {
  accent: '#0b5cad',
  'accent-text': '#ffffff',
  text: '#1b1f24',
  muted: '#4f5965',
  background: '#ffffff',
  surface: '#f3f5f8',
  border: '#767f8a',
  divider: '#d5dae0',
  'today-background': '#e3edf9',
  'event-background': '#e9f0f8',
  'event-text': '#0d2f57',
  'phase-background': '#fff3d6',
  'phase-text': '#4d3800',
  cancelled: '#a3242b',
  focus: '#0b5cad',
};

const dark: typeof light = {
  accent: '#8ab4f8',
  'accent-text': '#0b1d36',
  text: '#e8eaed',
  muted: '#b4bcc6',
  background: '#16191d',
  surface: '#20252b',
  border: '#8d96a0',
  divider: '#3a414a',
  'today-background': '#1d3552',
  'event-background': '#1e2f45',
  'event-text': '#d6e6ff',
  'phase-background': '#3d3012',
  'phase-text': '#ffe3a3',
  cancelled: '#ff9aa0',
  focus: '#8ab4f8',
};

/** `--_name: var(--pc-name, fallback)` for every colour: a page's `--pc-…` always wins. */
const palette = (colours: typeof light) =>
  unsafeCSS(
    Object.entries(colours)
      .map(([name, value]) => `--_${name}: var(--pc-${name}, ${value});`)
      .join('\n'),
  );

export const tokens = css`
  :host {
    ${palette(light)}
    --_radius: var(--pc-radius, 6px);
    --_space: var(--pc-spacing, 0.5em);
    --_font: var(--pc-font-family, inherit);
    color-scheme: light;
    display: block !important;
    box-sizing: border-box;
    color: var(--_text) !important;
    background: var(--_background);
    font-family: var(--_font);
    font-size: var(--pc-font-size, medium) !important;
    line-height: 1.4 !important;
    text-align: start;
  }

  /* Dark unless the page opts out with theme="light"; theme="dark" forces it. */
  :host([theme='dark']) {
    ${palette(dark)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${palette(dark)}
      color-scheme: dark;
    }
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  .sr-only {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  a {
    color: var(--_accent);
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .animate {
      transition: background-color 120ms ease-out, box-shadow 120ms ease-out;
    }
  }
`;
