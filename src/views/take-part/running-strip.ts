import { html, nothing } from 'lit';
import type { Occurrence } from '../../data/event.js';
import { timeLeft, timeLabel, type TimeContext } from '../../i18n/format.js';

/** At most this many phases in the strip; the list view shows them all. */
const MAX_SHOWN = 8;

/**
 * Participation phases that are open today, multi-day ones that a resident
 * can still join, soonest to close first.
 */
export function openPhases(today: readonly Occurrence[], day: number): Occurrence[] {
  return today
    .filter((o) => o.lastDay > o.firstDay && o.firstDay <= day && o.lastDay >= day && o.event.status === 'scheduled')
    .sort((a, b) => a.lastDay - b.lastDay || a.event.title.localeCompare(b.event.title, 'de'));
}

/**
 * "Jetzt mitmachen": a labelled region with a heading and a list, so a screen
 * reader user finds it by heading or landmark and hears how many there are;
 * it is not a live region (it does not change while one reads the page).
 */
export function runningStrip(phases: readonly Occurrence[], today: number, ctx: TimeContext, open: (occ: Occurrence, trigger: HTMLElement) => void) {
  if (!phases.length) return nothing;
  const { m } = ctx;
  return html`<section class="running" part="running" aria-labelledby="running-heading">
    <h3 id="running-heading" class="running-heading">${m.participate.runningNow}</h3>
    <ul class="running-list" role="list">
      ${phases.slice(0, MAX_SHOWN).map(
        (o) => html`<li>
          <button type="button" class="running-item animate" part="running-item" data-key=${o.key} @click=${(e: Event) => open(o, e.currentTarget as HTMLElement)}>
            <span class="running-title">${o.event.title}</span>
            <span class="running-left">${timeLeft(o.lastDay, today, m)}</span>
            <span class="sr-only">, ${timeLabel(o, ctx)}</span>
          </button>
        </li>`,
      )}
    </ul>
  </section>`;
}
