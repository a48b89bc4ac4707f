import { css } from 'lit';

/** The list view and the loading, error and empty states. */
export const listStyles = css`
  /* List */
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* A row opens the event's details: it looks like something to press (a row with an arrow), not a link. */
  .item-button {
    display: grid;
    grid-template-columns: minmax(7em, 12em) 1fr auto;
    align-items: start;
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
  }
  .item.cancelled .item-title .title-text {
    text-decoration: line-through;
  }
  .item-open {
    align-self: center;
    color: var(--_accent);
    font-size: 1.25em;
    line-height: 1;
  }
  .item-button:hover .item-open {
    transform: translateX(2px);
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
  .badge.access {
    font-weight: 400;
    border-style: dotted;
  }
  .access-icon {
    vertical-align: -0.125em;
    margin-inline-end: 0.25em;
    fill: currentColor;
  }
  .status {
    color: var(--_cancelled);
    border-radius: 3px;
    margin-inline-end: 0.25em;
  }
  @container (max-width: 36em) {
    .item-button {
      grid-template-columns: 1fr auto;
    }
    .item-time {
      grid-column: 1;
    }
    .item-main {
      grid-column: 1;
    }
    .item-open {
      grid-column: 2;
      grid-row: 1 / span 2;
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
  /*
   * Shown only when loading takes a while: a spinner that flashes up for a quarter of a second
   * says nothing. Hidden by a delayed animation's backwards fill, so that where animations are
   * switched off (a user style sheet) it is simply there.
   */
  .spinner {
    animation: hidden-at-first 0s 0.6s backwards;
  }
  @media (prefers-reduced-motion: no-preference) {
    .spinner {
      animation: hidden-at-first 0s 0.6s backwards, spin 0.9s linear 0.6s infinite;
    }
  }
  @keyframes hidden-at-first {
    from,
    to {
      opacity: 0;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
`;
