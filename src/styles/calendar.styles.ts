import { css } from 'lit';

/** Layout of the toolbar, month grid, list, states and details dialog. */
export const calendarStyles = css`
  :host {
    container-type: inline-size;
  }

  .root {
    border: 1px solid var(--_divider);
    border-radius: var(--_radius);
    background: var(--_background);
    overflow: clip;
  }

  h2,
  h3,
  p {
    margin: 0;
  }

  .muted {
    color: var(--_muted);
  }

  /* Toolbar */
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_surface);
    border-bottom: 1px solid var(--_divider);
  }
  .nav,
  .views {
    display: flex;
    gap: calc(var(--_space) / 2);
  }
  .period {
    flex: 1 1 10em;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.2;
  }
  .icon-button,
  .text-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.5em;
    min-height: 2.5em;
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-size: 0.95em;
    line-height: 1.2;
  }
  .icon-button {
    padding: 0;
  }
  .icon-button:hover,
  .text-button:hover {
    background: var(--_surface);
    border-color: var(--_text);
  }
  .text-button[aria-pressed='true'],
  .text-button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_accent-text);
  }
  @container (max-width: 30em) {
    .period {
      order: -1;
      flex-basis: 100%;
    }
    .views {
      margin-inline-start: auto;
    }
  }

  /* Month grid */
  .grid {
    display: block;
  }
  .weekdays,
  .week {
    display: grid;
    grid-template-columns: repeat(7, minmax(0, 1fr));
  }
  .weekday {
    padding: calc(var(--_space) / 2);
    font-size: 0.8125em;
    font-weight: 700;
    text-align: center;
    color: var(--_muted);
    border-bottom: 1px solid var(--_divider);
  }
  .cell {
    position: relative;
    min-width: 0;
    min-height: 6.75em;
    padding: 0.25em;
    border-bottom: 1px solid var(--_divider);
    border-inline-end: 1px solid var(--_divider);
    background: var(--_background);
    cursor: default;
  }
  .week > .cell:last-child {
    border-inline-end: 0;
  }
  .cell.outside {
    background: var(--_surface);
  }
  .cell.outside .day-number {
    color: var(--_muted);
    font-weight: 400;
  }
  .cell:focus-visible {
    outline-offset: -3px;
    z-index: 1;
  }
  .day-number {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 1.75em;
    height: 1.75em;
    border-radius: 999px;
    font-size: 0.875em;
    font-weight: 600;
  }
  .cell.today {
    background: var(--_today-background);
  }
  .cell.today .day-number {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .cell-events {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-top: 2px;
  }
  .chip {
    display: block;
    width: 100%;
    padding: 2px 4px;
    border: 0;
    border-inline-start: 3px solid var(--_accent);
    border-radius: 3px;
    background: var(--_event-background);
    color: var(--_event-text);
    font-size: 0.8125em;
    line-height: 1.3;
    text-align: start;
    /* Two lines of title read better than one truncated one; the rest is in the details. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    /* Long German compounds break at syllables (lang is set on .root), not mid-letter. */
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .chip:hover {
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    margin-inline-end: 0.25em;
  }
  .chip.phase {
    background: var(--_phase-background);
    color: var(--_phase-text);
    border-inline-start-color: currentColor;
  }
  .chip.cancelled,
  .chip.postponed {
    /* The status word takes room; the title must still show. */
    -webkit-line-clamp: 3;
  }
  .chip.cancelled .chip-title,
  .chip.postponed .chip-title {
    text-decoration: line-through;
  }
  .chip-status {
    font-weight: 700;
    color: var(--_cancelled);
    margin-inline-end: 0.25em;
  }
  .more {
    align-self: flex-start;
    padding: 2px 4px;
    border: 0;
    background: none;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
    text-decoration: underline;
  }

  /* Compact month: counts in the grid, the focused day's events below */
  .compact .cell {
    min-height: 3.25em;
    display: flex;
    flex-direction: column;
    align-items: center;
    padding: 0.25em 0;
    cursor: pointer;
  }
  .compact .cell[aria-selected='true'] {
    box-shadow: inset 0 0 0 2px var(--_accent);
  }
  .dots {
    display: flex;
    gap: 3px;
    margin-top: 2px;
    color: var(--_accent);
  }
  .dot {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  .dot-count {
    font-size: 0.75em;
    font-weight: 700;
  }
  .agenda-heading,
  .list-heading {
    padding: var(--_space) calc(var(--_space) * 1.5);
    background: var(--_surface);
    border-bottom: 1px solid var(--_divider);
    font-size: 1em;
    font-weight: 700;
  }
  .agenda > .muted {
    padding: calc(var(--_space) * 1.5);
  }

  /* List */
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item-button {
    display: grid;
    grid-template-columns: minmax(7em, 12em) 1fr;
    gap: 0.25em 1em;
    width: 100%;
    padding: 0.75em calc(var(--_space) * 1.5);
    border: 0;
    border-bottom: 1px solid var(--_divider);
    background: var(--_background);
    color: var(--_text);
    text-align: start;
  }
  .item-button:hover {
    background: var(--_surface);
  }
  .item-button:focus-visible {
    outline-offset: -3px;
  }
  .item-time {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .item-main {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
  }
  .item-title {
    font-weight: 600;
    overflow-wrap: break-word;
    hyphens: auto;
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 2px;
  }
  .item.cancelled .item-title,
  .item.postponed .item-title {
    color: var(--_text);
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.5em;
    align-items: center;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .badge,
  .status {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125em;
    font-weight: 600;
    line-height: 1.5;
    text-decoration: none;
  }
  .status {
    color: var(--_cancelled);
    border-radius: 3px;
    margin-inline-end: 0.25em;
  }
  @container (max-width: 36em) {
    .item-button {
      grid-template-columns: 1fr;
    }
  }

  /* Loading, error, empty */
  .state {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 4) calc(var(--_space) * 2);
    text-align: center;
  }
  .state.empty {
    padding: calc(var(--_space) * 2);
    border-bottom: 1px solid var(--_divider);
  }
  .state.error p {
    max-width: 40em;
  }
  .spinner {
    width: 1.5em;
    height: 1.5em;
    border: 3px solid var(--_divider);
    border-top-color: var(--_accent);
    border-radius: 50%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: spin 0.9s linear infinite;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }

  /* Details dialog */
  .details {
    width: min(38em, calc(100vw - 2em));
    max-height: calc(100dvh - 2em);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--pc-font-size, medium);
  }
  .details::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .details-inner {
    padding: calc(var(--_space) * 2);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
  }
  .details-header {
    display: flex;
    align-items: flex-start;
    gap: var(--_space);
  }
  .details-title {
    flex: 1;
    font-size: 1.3em;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  .notice {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_cancelled);
    background: var(--_surface);
    color: var(--_cancelled);
    font-weight: 700;
  }
  .fields {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.5em 1em;
    margin: 0;
  }
  .field {
    display: contents;
  }
  .fields dt {
    font-weight: 700;
  }
  .fields dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 30em) {
    .fields {
      grid-template-columns: 1fr;
      gap: 0.125em;
    }
    .fields dd {
      margin-bottom: 0.5em;
    }
  }
  .description {
    white-space: pre-line;
  }
  .details-actions,
  .list-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space);
  }
  .list-actions {
    justify-content: flex-end;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-bottom: 1px solid var(--_divider);
  }
  a.text-button {
    text-decoration: none;
  }
  .time-left,
  .item-deadline {
    font-weight: 600;
  }
  .time-left {
    display: block;
  }

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
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }

  @media (forced-colors: active) {
    .chip,
    .cell.today .day-number,
    .text-button[aria-pressed='true'],
    .badge,
    .status,
    .notice {
      border: 1px solid CanvasText;
    }
    .text-button[aria-pressed='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
    .cell.today {
      outline: 2px solid CanvasText;
      outline-offset: -2px;
    }
    .compact .cell[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -3px;
    }
    .dot {
      background: CanvasText;
    }
  }
`;
