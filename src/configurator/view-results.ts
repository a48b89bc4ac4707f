/** Step 2: what the check found, grouped by how serious, each with what it means and what to do. */
import { html, nothing } from 'lit';
import { report, sortFindings, type Severity, type SourceCheck } from '../data/check/finding.js';
import type { CheckMessages } from '../i18n/check-messages.js';
import type { ConfiguratorMessages } from '../i18n/configurator-messages.js';
import { describeSource, verdictOf, type DescribedFinding } from '../i18n/describe-check.js';
import type { Messages } from '../i18n/messages.js';
import type { State } from './state.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

/** The check shown: the feed's, with the installation's findings among them. */
export function shownCheck(state: State): SourceCheck | null {
  if (!state.check) return state.installation.length ? { source: '', total: 0, usable: 0, upcoming: 0, findings: state.installation } : null;
  return { ...state.check, findings: sortFindings([...state.installation, ...state.check.findings]) };
}

function findingView(f: DescribedFinding, cm: CheckMessages, c: ConfiguratorMessages) {
  return html`<li class="finding ${f.severity}">
    <h4><span class="severity">${f.severityLabel}:</span> ${f.title}</h4>
    <p><strong>${cm.labels.meaning}:</strong> ${f.meaning}</p>
    <p><strong>${cm.labels.advice}:</strong> ${f.advice}</p>
    ${f.items.length ? html`<details>
      <summary>${f.kind === 'missing-file' ? c.results.files(f.items.length) : f.aboutEvents ? c.results.items(f.items.length) : c.results.details}</summary>
      <ul class="items">${f.items.map((item) => html`<li>${item}</li>`)}</ul>
    </details>` : nothing}
  </li>`;
}

export function resultsStep(state: State, m: Messages, cm: CheckMessages, c: ConfiguratorMessages) {
  const r = c.results;
  const check = shownCheck(state);
  const described = check ? describeSource(check, m, cm) : null;
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, described?.findings.filter((f) => f.severity === s).length ?? 0])) as Record<Severity, number>;
  const verdict = state.check && check ? verdictOf(report([check])) : null;
  // Said once the check is done (a live region that changes with every keystroke would be noise).
  const status = state.checking ? c.feed.checking : verdict ? `${cm.verdict[verdict]} ${r.counts(counts)}.` : '';
  return html`<section class="step" aria-labelledby="results-heading" aria-busy=${state.checking ? 'true' : 'false'}>
    <h2 id="results-heading">${r.heading}</h2>
    <p class="sr-only" role="status">${status}</p>
    ${state.checking ? html`<p class="checking">${c.feed.checking}</p>` : nothing}
    ${!described && !state.checking ? html`<p class="muted">${r.none}</p>` : nothing}
    ${described && !state.checking ? html`
      ${verdict ? html`<p class="verdict ${verdict}">${cm.verdict[verdict]}</p>` : nothing}
      ${state.check ? html`<p class="source">${described.heading}</p>` : html`<p class="source">${r.installation}</p>`}
      ${described.summary ? html`<p>${described.summary}</p>` : nothing}
      ${SEVERITIES.map((severity) => {
        const group = described.findings.filter((f) => f.severity === severity);
        return group.length ? html`<h3 class="group ${severity}">${r.group[severity](group.length)}</h3>
          <ul class="findings">${group.map((f) => findingView(f, cm, c))}</ul>` : nothing;
      })}` : nothing}
  </section>`;
}
