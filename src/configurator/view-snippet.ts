/** Step 5: the code to paste, where to paste it, and a button that copies it. */
import { html, nothing } from 'lit';
import type { ConfiguratorMessages, SnippetTarget } from '../i18n/configurator-messages.js';
import type { State } from './state.js';

export interface SnippetActions {
  setTarget(target: SnippetTarget): void;
  setStaticList(on: boolean): void;
  copy(code: string, textarea: HTMLTextAreaElement): void;
}

export function snippetStep(state: State, code: string, scriptUrl: string, c: ConfiguratorMessages, actions: SnippetActions) {
  const t = c.snippet;
  const lines = code.split('\n').length;
  return html`<section class="step snippet" aria-labelledby="snippet-heading">
    <h2 id="snippet-heading">${t.heading}</h2>
    <fieldset class="choice targets">
      <legend>${t.target}</legend>
      ${(Object.keys(t.targets) as SnippetTarget[]).map((target) => html`<label><input type="radio" name="target" .value=${target}
        .checked=${state.target === target} @change=${() => actions.setTarget(target)}> ${t.targets[target]}</label>`)}
    </fieldset>
    <ol class="steps">${t.steps[state.target](new URL(scriptUrl).host).map((step) => html`<li>${step}</li>`)}</ol>
    ${state.fileName !== null && !state.address ? html`<p class="note">${t.placeholderHint}</p>` : nothing}
    <div class="check-option">
      <label><input type="checkbox" name="static-list" .checked=${state.staticList} aria-describedby="static-list-hint"
        @change=${(e: Event) => actions.setStaticList((e.target as HTMLInputElement).checked)}> ${t.staticList}</label>
      <p class="hint" id="static-list-hint">${t.staticListHint}</p>
    </div>
    <label for="snippet-code">${t.code}</label>
    <textarea id="snippet-code" readonly spellcheck="false" rows=${Math.min(Math.max(lines, 4), 14)} .value=${code}></textarea>
    <div class="copy-row">
      <button type="button" class="primary" @click=${(e: Event) => {
        const textarea = (e.target as HTMLElement).closest('section')!.querySelector('textarea')!;
        actions.copy(code, textarea);
      }}>${t.copy}</button>
      <p class="copy-result" role="status">${state.copyResult === 'copied' ? t.copied : state.copyResult === 'failed' ? t.copyFailed : ''}</p>
    </div>
    <p class="hint">${t.scriptFrom(scriptUrl)}</p>
  </section>`;
}
