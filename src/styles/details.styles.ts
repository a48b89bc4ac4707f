import { css } from 'lit';

/** The calendar actions; forced-colors fixes for all views (the dialog's own: event-details.styles.ts). */
export const detailsStyles = css`
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

  @media (forced-colors: active) {
    .chip,
    .cell.today .day-number,
    .text-button[aria-pressed='true'],
    .badge,
    .status {
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
