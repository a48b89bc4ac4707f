import { css, html, nothing } from 'lit';
import type { Messages } from '../i18n/messages.js';
import type { SourceState } from '../controllers/feed-types.js';

/**
 * With several sources: those still on their way, and those that failed with
 * the reason and a retry of their own. Under the calendar, so that its
 * appearing and going moves nothing the resident is reading.
 */
export function sourcesNotice(sources: readonly SourceState[], m: Messages, reason: (source: SourceState) => string, retry: (source: SourceState) => void) {
  // The months of a range-paged feed load as the resident goes there: said by the period, not here.
  const pending = sources.filter((s) => s.pending && s.month === undefined);
  const failed = sources.filter((s) => s.error !== undefined && !s.pending);
  if (!(pending.length || failed.length)) return nothing;
  return html`<div class="sources" part="sources">
    ${pending.length ? html`<p class="muted">${m.sources.pending(pending.map((s) => s.name).join(', '))}</p>` : nothing}
    ${failed.length ? html`<p>${m.sources.missing(failed.map((s) => s.name).join(', '))}</p>
      <ul>${failed.map((s, i) => html`<li>
        <span id=${`source-error-${i}`}><strong>${s.name}:</strong> ${reason(s)}</span>
        <button type="button" class="text-button" part="button retry" aria-describedby=${`source-error-${i}`} @click=${() => retry(s)}>${m.retry}</button>
      </li>`)}</ul>` : nothing}
  </div>`;
}

/** Adopted with the code for several sources; the box shares the rule of `.incomplete` (layout.styles.ts). */
export const sourcesStyles = css`
  .sources p,
  .sources ul {
    margin: 0;
  }
  .sources ul {
    padding: 0;
    list-style: none;
    overflow-wrap: anywhere;
    color: var(--_text);
  }
  .sources li {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-top: calc(var(--_space) / 2);
  }
  .incomplete summary {
    cursor: pointer;
  }
  .incomplete ul {
    margin: calc(var(--_space) / 2) 0 0;
    padding-inline-start: 1.25em;
    overflow-wrap: anywhere;
  }
`;
