/** Step 1: the feed's address, or a file from the editor's computer. */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ConfiguratorMessages } from '../i18n/configurator-messages.js';
import type { State } from './state.js';

export interface FeedActions {
  setAddress(address: string): void;
  checkAddress(): void;
  checkFile(file: File): void;
}

export function feedStep(state: State, c: ConfiguratorMessages, actions: FeedActions) {
  const f = c.feed;
  const file = (files: FileList | null | undefined) => {
    if (files?.[0]) actions.checkFile(files[0]);
  };
  return html`<section class="step" aria-labelledby="feed-heading">
    <h2 id="feed-heading">${f.heading}</h2>
    <form class="address" novalidate @submit=${(e: Event) => {
      e.preventDefault();
      actions.checkAddress();
    }}>
      <label for="feed-url">${f.urlLabel}</label>
      <p class="hint" id="feed-url-hint">${f.urlHint}</p>
      <div class="address-row">
        <input id="feed-url" name="feed" type="url" inputmode="url" autocomplete="url" spellcheck="false"
          aria-describedby="feed-url-hint${state.addressInvalid ? ' feed-url-error' : ''}"
          aria-invalid=${state.addressInvalid ? 'true' : 'false'}
          .value=${live(state.address)}
          @input=${(e: Event) => actions.setAddress((e.target as HTMLInputElement).value)}
          @change=${() => actions.checkAddress()}>
        <button type="submit">${f.check}</button>
      </div>
      ${state.addressInvalid ? html`<p class="field-error" id="feed-url-error">${f.invalidUrl}</p>` : nothing}
    </form>
    <div class="drop" @dragover=${(e: DragEvent) => {
      e.preventDefault();
      (e.currentTarget as HTMLElement).classList.add('over');
    }} @dragleave=${(e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over')}
      @drop=${(e: DragEvent) => {
        e.preventDefault();
        (e.currentTarget as HTMLElement).classList.remove('over');
        file(e.dataTransfer?.files);
      }}>
      <label for="feed-file">${f.fileLabel}</label>
      <p class="hint" id="feed-file-hint">${f.fileHint}</p>
      <input id="feed-file" type="file" accept=".json,.ics,application/json,text/calendar" aria-describedby="feed-file-hint"
        @change=${(e: Event) => file((e.target as HTMLInputElement).files)}>
    </div>
  </section>`;
}
