import { html, nothing } from 'lit';
import type { Occurrence } from '../../data/event.js';
import { formatDay, formatInstant, timeLabel, type TimeContext } from '../../i18n/format.js';

export interface EventActions {
  /** The user wants the details of an occurrence (click, Enter, Space). */
  open(occ: Occurrence, trigger: HTMLElement): void;
}

const statusClass = (occ: Occurrence) => (occ.event.status === 'scheduled' ? '' : ` ${occ.event.status}`);

/** Status in words, so a cancelled event is never marked by colour alone. */
export function statusBadge(occ: Occurrence, { m }: TimeContext) {
  const { status } = occ.event;
  return status === 'scheduled' ? nothing : html`<span class="status ${status}">${m.statuses[status]}</span>`;
}

/**
 * An event in a month cell: time and title, a button that opens the details.
 * Hidden text gives the day and full time, so a screen reader user who meets
 * the button on its own still hears when it is.
 */
export function eventChip(occ: Occurrence, day: number, ctx: TimeContext, actions: EventActions, tabbable: boolean) {
  const { m, timeZone } = ctx;
  const shortTime = !occ.allDay && !occ.isPhase && day === occ.firstDay ? formatInstant(occ.start, timeZone, 'time', m) : '';
  const fmt = occ.event.format ? `, ${m.formats[occ.event.format]}` : '';
  return html`<button
    type="button"
    class="chip animate${occ.isPhase ? ' phase' : ''}${statusClass(occ)}"
    part="event${occ.isPhase ? ' phase' : ''}${statusClass(occ)}"
    data-event-id=${occ.event.id}
    data-key=${occ.key}
    tabindex=${tabbable ? 0 : -1}
    @click=${(e: Event) => actions.open(occ, e.currentTarget as HTMLElement)}
  >
    <span class="chip-body">
      ${shortTime ? html`<span class="chip-time">${shortTime}</span>` : nothing}
      ${occ.event.status === 'scheduled' ? nothing : html`<span class="chip-status">${m.statuses[occ.event.status as 'cancelled']}:</span>`}
      <span class="chip-title">${occ.event.title}</span>
    </span>
    <span class="sr-only">, ${formatDay(occ.firstDay, 'fullDate', m)}, ${timeLabel(occ, ctx)}${fmt}</span>
  </button>`;
}
