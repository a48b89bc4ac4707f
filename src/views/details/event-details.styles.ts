import { css } from 'lit';

/**
 * The details dialog: loaded with its view (views/event-details.ts) on the
 * first opening, and adopted then (a visit that opens no event never pays).
 */
export const eventDetailsStyles = css`
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
  .access-facts {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .access-icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.375em;
    fill: currentColor;
  }
  .description {
    white-space: pre-line;
  }
  @media (forced-colors: active) {
    .notice {
      border: 1px solid CanvasText;
    }
  }
`;
