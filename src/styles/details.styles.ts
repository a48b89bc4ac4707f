import { css } from 'lit';

/** The details dialog, the calendar actions and the subscription box; forced-colors fixes for all views. */
export const detailsStyles = css`
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
