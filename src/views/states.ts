import { html, nothing } from 'lit';
import { firstOfMonth } from '../data/time/plain-date.js';
import { formatDay } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import type { SkippedEvent } from '../data/event.js';

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
export function emptyNotice(text: string, next: { label: string; go: () => void } | null, m: Messages, kind: 'empty' | 'no-results' = 'empty', none = m.noUpcomingEvents) {
  return html`<div class="state empty" part="state ${kind}">
    <p>${text}</p>
    ${next
      ? html`<button type="button" class="text-button animate" part="button next-events" @click=${next.go}>${next.label}</button>`
      : html`<p class="muted">${none}</p>`}
  </div>`;
}


export interface PeriodNoticeProps {
  heading: string;
  /** Events shown in the period, and before filtering. */
  count: number;
  unfiltered: number;
  filtersActive: boolean;
  resetFilters: () => void;
  /** The first day with events after the period (asked only when it is empty), and the way there. */
  nextDay: () => number | null;
  goTo: (day: number) => void;
  /** A range-paged feed: only some months are loaded, so "nothing after this" is said of them. */
  ranged?: boolean;
}

/** Nothing for these filters (with a reset), or nothing this month (with the way to the next events); else nothing. */
export function periodNotice(p: PeriodNoticeProps, m: Messages) {
  if (p.count > 0) return nothing;
  if (p.unfiltered > 0 && p.filtersActive) {
    return emptyNotice(m.filters.noResults(p.heading), { label: m.filters.reset, go: p.resetFilters }, m, 'no-results');
  }
  const next = p.nextDay();
  return emptyNotice(
    m.emptyMonth(p.heading),
    next === null ? null : { label: m.nextEventsIn(formatDay(firstOfMonth(next), 'monthYear', m)), go: () => p.goTo(next) },
    m,
    'empty',
    p.ranged ? m.noUpcomingLoaded : undefined,
  );
}

/**
 * Under the calendar when events of the feed could not be shown: how many,
 * with the reasons behind a disclosure for the editor checking the page.
 * Nothing a resident must act on, so no alert; the reasons are the English
 * sentences the console shows.
 */
export function incompleteNotice(skipped: readonly SkippedEvent[], m: Messages) {
  if (!skipped.length) return nothing;
  return html`<details class="incomplete" part="incomplete">
    <summary>${m.incomplete.notice(skipped.length)}</summary>
    <p class="muted">${m.incomplete.reasons}</p>
    <ul lang="en">${skipped.map((s) => html`<li>${s.reason}</li>`)}</ul>
  </details>`;
}
