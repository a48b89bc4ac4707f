import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';

export type ViewName = 'month' | 'list';

export interface ToolbarProps {
  heading: string;
  headingId: string;
  view: ViewName;
  m: Messages;
  previous(): void;
  next(): void;
  today(): void;
  setView(view: ViewName): void;
}

const chevron = (flip: boolean) =>
  html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <path
      d=${flip ? 'M6 3l5 5-5 5' : 'M10 3L5 8l5 5'}
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    />
  </svg>`;

/** Previous / today / next, the period as heading, and the view switch. */
export function toolbar(p: ToolbarProps) {
  const { m } = p;
  return html`<div class="toolbar" part="toolbar">
    <div class="nav" role="group" aria-label=${m.toolbar.label}>
      <button type="button" class="icon-button animate" part="button previous" aria-label=${m.toolbar.previous} @click=${p.previous}>
        ${chevron(false)}
      </button>
      <button type="button" class="text-button animate" part="button today" @click=${p.today}>${m.toolbar.today}</button>
      <button type="button" class="icon-button animate" part="button next" aria-label=${m.toolbar.next} @click=${p.next}>
        ${chevron(true)}
      </button>
    </div>
    <h2 class="period" id=${p.headingId} part="heading">${p.heading}</h2>
    <div class="views" role="group" aria-label=${m.toolbar.viewSwitch}>
      ${(['month', 'list'] as const).map(
        (view) => html`<button
          type="button"
          class="text-button animate"
          part="button view-${view}"
          aria-pressed=${String(p.view === view)}
          @click=${() => p.setView(view)}
        >
          ${m.toolbar[view]}
        </button>`,
      )}
    </div>
  </div>`;
}
