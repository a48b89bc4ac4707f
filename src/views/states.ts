import { html } from 'lit';
import type { Messages } from '../i18n/messages.js';

/** Shown while the feed loads; the live region announces it too. */
export function loadingState(m: Messages) {
  return html`<div class="state loading" part="state loading">
    <span class="spinner" aria-hidden="true"></span>
    <p>${m.loading}</p>
  </div>`;
}

/** A feed that cannot be used: what happened, in words, and a way to try again. */
export function errorState(message: string, m: Messages, retry: () => void) {
  return html`<div class="state error" part="state error" role="alert">
    <p>${message}</p>
    <button type="button" class="text-button primary animate" part="button retry" @click=${retry}>${m.retry}</button>
  </div>`;
}

/** An empty period says so and offers the way to the next one with events. */
export function emptyNotice(text: string, next: { label: string; go: () => void } | null, m: Messages, kind: 'empty' | 'no-results' = 'empty') {
  return html`<div class="state empty" part="state ${kind}">
    <p>${text}</p>
    ${next
      ? html`<button type="button" class="text-button animate" part="button next-events" @click=${next.go}>${next.label}</button>`
      : html`<p class="muted">${m.noUpcomingEvents}</p>`}
  </div>`;
}

