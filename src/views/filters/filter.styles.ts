import { css } from 'lit';
import { swatchStyles } from './source-swatch.js';

/** The filter panel, the active-filter chips and the layout that places them. */
export const filterStyles = css`
  .layout.with-panel {
    display: grid;
    grid-template-columns: minmax(13em, 16em) minmax(0, 1fr);
  }
  .layout.with-panel > .filters {
    border-inline-end: 1px solid var(--_divider);
  }
  .main {
    min-width: 0;
  }

  .filters.collapsible {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_divider);
  }
  /* Narrow: the panel is a modal dialog over the calendar, never a block that pushes it down. */
  .filter-dialog {
    width: min(32em, calc(100vw - 1em));
    max-height: calc(100dvh - 1em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--pc-font-size, medium);
  }
  .filter-dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-close {
    position: absolute;
    inset-block-start: calc(var(--_space) / 2);
    inset-inline-end: calc(var(--_space) / 2);
    font-size: 1.25em;
  }
  .filter-dialog .filter-heading {
    padding-inline-end: 2.5em;
  }
  .filter-dialog-footer {
    position: sticky;
    bottom: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_divider);
    background: var(--_background);
  }
  .filter-dialog-footer .text-button {
    width: 100%;
  }
  .filter-fold summary {
    font-weight: 700;
    cursor: pointer;
  }
  .filter-fold[open] summary {
    margin-bottom: 0.35em;
  }
  .fold-count {
    color: var(--_muted);
    font-weight: 400;
  }
  .hint.error {
    color: var(--_cancelled);
  }
  input[aria-invalid='true'] {
    border-color: var(--_cancelled);
  }
  .result-count {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .filter-panel {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 1.5);
  }

  .filter-heading {
    font-size: 1em;
    font-weight: 700;
    -webkit-hyphens: auto;
    hyphens: auto;
    /* Where the browser has no German hyphenation (Chromium on Linux), a break rather than overflow. */
    overflow-wrap: break-word;
  }
  .filter-field,
  .date-field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .filter-field label,
  .date-field label {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  input[type='search'],
  .date-field input {
    width: 100%;
  }
  .filter-group {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .filter-group legend {
    padding: 0;
    margin-bottom: 0.35em;
    font-weight: 700;
  }
  .dates {
    display: grid;
    /* Side by side where both fit (a date input is ~10em wide), else one under the other. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 10.5em), 1fr));
    gap: var(--_space);
  }
  .options {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.15em;
  }
  .filter-dialog .options {
    flex-flow: row wrap;
    gap: 0.15em 1em;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.4em;
    min-height: 1.75em;
    cursor: pointer;
  }
  .option input {
    width: 1.15em;
    height: 1.15em;
    margin: 0;
    accent-color: var(--_accent);
  }
  .option-count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .option.empty .option-label {
    color: var(--_muted);
  }
  .option:has(input:disabled) {
    cursor: default;
  }
  ${swatchStyles}

  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_divider);
  }
  .chips ul {
    display: contents;
    list-style: none;
  }
  .chips li {
    display: contents;
  }
  .chip-button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: 2em;
    padding: 0 0.65em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    background: var(--_today-background);
    color: var(--_text);
    font-size: 0.9em;
  }
  .chip-x {
    font-size: 1.15em;
    line-height: 1;
  }
  .reset {
    min-height: 2em;
    font-size: 0.9em;
  }

  /* "Jetzt mitmachen": phases open today */
  .running {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_phase-background);
    color: var(--_phase-text);
    border-bottom: 1px solid var(--_divider);
  }
  .running-heading {
    font-size: 1em;
    font-weight: 700;
  }
  .running-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .running-item {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.5em;
    min-height: 2em;
    padding: 0.2em 0.7em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    text-align: start;
  }
  .running-title {
    font-weight: 600;
  }
  .running-left {
    color: var(--_muted);
    font-size: 0.9em;
    white-space: nowrap;
  }
  /* On a phone the strip is one row to swipe (or tab) through, not a block above the month. */
  @container (max-width: 36em) {
    .running-list {
      flex-wrap: nowrap;
      overflow-x: auto;
      scroll-snap-type: x proximity;
      padding-bottom: 2px;
    }
    .running-list li {
      flex: 0 0 82%;
      scroll-snap-align: start;
    }
    .running-item {
      width: 100%;
      height: 100%;
    }
  }

  @media (forced-colors: active) {
    .chip-button {
      border-color: ButtonText;
    }
  }

  /* The subscription box (take-part/subscribe.ts, loaded with the panels). */
  .subscribe {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_divider);
    background: var(--_surface);
  }
  .subscribe-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .subscribe-url {
    flex: 1 1 14em;
    min-width: 0;
  }
`;
