import { html } from 'lit';
import type { Messages } from '../../i18n/messages.js';

/**
 * The feed's iCalendar address: a webcal: link that opens the resident's
 * calendar app, and the https: address to copy into apps that ask for one.
 * `copied` comes from the element, so the button's words follow its language.
 */
export function subscribeBox(httpsUrl: string, m: Messages, copied: boolean, onCopied: () => void) {
  const webcal = httpsUrl.replace(/^https?:/i, 'webcal:');
  return html`<div class="subscribe" part="subscribe">
    <p class="subscribe-hint">${m.participate.subscribeHint}</p>
    <div class="subscribe-row">
      <a class="text-button primary" part="button subscribe" href=${webcal}>${m.participate.subscribe}</a>
      <label class="sr-only" for="subscribe-url">${m.participate.subscribeAddress}</label>
      <input id="subscribe-url" class="subscribe-url" type="text" readonly .value=${httpsUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
      <button
        type="button"
        class="text-button animate"
        part="button copy"
        @click=${(e: Event) => {
          const input = (e.currentTarget as HTMLElement).parentElement!.querySelector('input')!;
          // The Clipboard API needs a secure context; selecting the text still lets the resident copy it.
          input.select();
          navigator.clipboard?.writeText(input.value).then(onCopied, () => {});
        }}
      >
        ${copied ? m.participate.copied : m.participate.copy}
      </button>
    </div>
  </div>`;
}
