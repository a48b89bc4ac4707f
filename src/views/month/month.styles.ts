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
  /* A day's own event: time, format and status on the first line, the title below. */
  .chip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    column-gap: 0.3em;
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
  .chip:hover,
  .bar:hover {
    box-shadow: inset 0 0 0 1px currentColor;
  }
  .chip-time {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  /* Whole words: where the status does not fit beside the time, it moves under it. */
  .chip-status {
    font-weight: 700;
    color: var(--_cancelled);
    white-space: nowrap;
  }
  /* Two lines of title, cut between words; long compounds are hyphenated where the browser
     can (lang is set on .root). On a span: WebKit ignores a line clamp on a <button>. */
  .chip-title {
    order: 1;
    flex-basis: 100%;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: normal;
    -webkit-hyphens: auto;
    hyphens: auto;
    text-overflow: ellipsis;
  }
  /* Only what is called off is struck through; a postponed title stays readable. */
  .cancelled .chip-title,
  .cancelled .bar-title {
    text-decoration: line-through;
  }
  .chip.phase {
    background: var(--_phase-background);
    color: var(--_phase-text);
    border-inline-start-color: currentColor;
  }
  .format-icon {
    display: inline-flex;
    vertical-align: -0.125em;
  }
  .format-icon svg {
    fill: currentColor;
  }

  /* Multi-day occurrences: bars in lanes above the days' own events. A bar is drawn from
     the cell of its first day in the row and reaches over the cells it covers; cells it
     passes through keep an empty slot in its lane. em here is the cell's: sizes inside
     the bar are on its children. */
  .lanes {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin-top: 2px;
  }
  .lane-slot,
  .bar {
    height: 1.45em;
  }
  .bar {
    position: relative;
    z-index: 1;
    display: flex;
    align-items: center;
    gap: 0.3em;
    width: calc(var(--span, 1) * 100% + (var(--span, 1) - 1) * (2 * 0.25em + 1px));
    padding: 0 6px;
    border: 1px solid var(--_accent);
    border-radius: 4px;
    background: var(--_event-background);
    color: var(--_event-text);
    font-size: 1em;
    text-align: start;
    white-space: nowrap;
    overflow: hidden;
  }
  /* The days a bar covers, as a class: an inline style would need 'unsafe-inline' under a strict CSP. */
  .span-2 { --span: 2; }
  .span-3 { --span: 3; }
  .span-4 { --span: 4; }
  .span-5 { --span: 5; }
  .span-6 { --span: 6; }
  .span-7 { --span: 7; }
  .bar.phase {
    background: var(--_phase-background);
    color: var(--_phase-text);
    border-color: currentColor;
  }
  /* Flat, open ends where the bar continues in the row before or after. */
  .bar.from-before {
    border-inline-start-style: dashed;
    border-start-start-radius: 0;
    border-end-start-radius: 0;
  }
  .bar.goes-on {
    border-inline-end-style: dashed;
    border-start-end-radius: 0;
    border-end-end-radius: 0;
  }
  .bar .format-icon,
  .bar-title,
  .bar .chip-status {
    font-size: 0.8125em;
  }
  .bar-title {
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: 600;
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
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    padding: calc(var(--_space) / 2) calc(var(--_space) * 1.5);
    color: var(--_muted);
    font-size: 0.8125em;
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
  .markers {
    display: flex;
    flex-direction: column;
    align-items: center;
    align-self: stretch;
    gap: 3px;
    margin-top: 2px;
  }
  .dots {
    display: flex;
    align-items: center;
    gap: 3px;
    color: var(--_accent);
  }
  .dot {
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  .dot-more {
    font-size: 0.75em;
    font-weight: 700;
    line-height: 6px;
  }
  /* Phases running through the day: one band along the bottom of the days, not a number. */
  .band {
    position: absolute;
    inset-inline: 0 -1px;
    bottom: 3px;
    height: 4px;
    background: var(--_phase-text);
    opacity: 0.55;
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
