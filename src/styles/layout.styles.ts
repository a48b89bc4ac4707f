import { css } from 'lit';

/** The widget's frame and the toolbar. */
export const layoutStyles = css`
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

  /* The first tab stop, seen only when focused: past toolbar, filters and strip to the calendar. */
  .root {
    position: relative;
  }
  .skip-link {
    position: absolute;
    inset-block-start: calc(var(--_space) / 2);
    inset-inline-start: calc(var(--_space) / 2);
    z-index: 3;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
  }
  .skip-link:not(:focus) {
    clip-path: inset(50%);
    width: 1px;
    height: 1px;
    overflow: hidden;
    padding: 0;
    border: 0;
  }

  .incomplete,
  .sources {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-top: 1px solid var(--_divider);
    color: var(--_muted);
    font-size: 0.875em;
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
  /* Text fields: the filter panel's search and dates, the subscription address. */
  input:not([type='checkbox']) {
    min-height: 2.5em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
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
`;
