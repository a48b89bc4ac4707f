import { css } from 'lit';

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
export const tokens = css`
  :host {
    --_accent: var(--pc-accent, #0b5cad);
    --_accent-text: var(--pc-accent-text, #ffffff);
    --_text: var(--pc-text, #1b1f24);
    --_muted: var(--pc-muted, #4f5965);
    --_bg: var(--pc-background, #ffffff);
    --_surface: var(--pc-surface, #f3f5f8);
    --_border: var(--pc-border, #767f8a);
    --_divider: var(--pc-divider, #d5dae0);
    --_today: var(--pc-today-background, #e3edf9);
    --_event-bg: var(--pc-event-background, #e9f0f8);
    --_event-text: var(--pc-event-text, #0d2f57);
    --_phase-bg: var(--pc-phase-background, #fff3d6);
    --_phase-text: var(--pc-phase-text, #4d3800);
    --_cancelled: var(--pc-cancelled, #a3242b);
    --_focus: var(--pc-focus, #0b5cad);
    --_radius: var(--pc-radius, 6px);
    --_space: var(--pc-spacing, 0.5em);
    --_font: var(--pc-font-family, inherit);

    display: block !important;
    box-sizing: border-box;
    color: var(--_text) !important;
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--pc-font-size, medium) !important;
    line-height: 1.4 !important;
    text-align: start;
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
