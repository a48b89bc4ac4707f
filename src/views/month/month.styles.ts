import { css } from 'lit';

/** The month grid, full and compact. */
export const monthStyles = css`
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
  }
  /* On a span inside the button: WebKit ignores a line clamp on a <button> itself. */
  .chip-body {
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
  .chip.cancelled .chip-body,
  .chip.postponed .chip-body {
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
`;
