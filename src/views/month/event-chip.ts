import { html, nothing } from 'lit';
import type { Occurrence } from '../../data/event.js';
import type { WeekBar } from '../../data/occurrences/week-layout.js';
import { formatDay, formatInstant, timeLabel, timeLeft, type TimeContext } from '../../i18n/format.js';
import { dayInZone } from '../../data/time/time-zone.js';
import { formatIcon } from '../format-icon.js';

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

/** The status word on the chip; the screen reader hears it in the chip's name (see chipName). */
function chipStatus(occ: Occurrence, { m }: TimeContext) {
  const { status } = occ.event;
  return status === 'scheduled' ? nothing : html`<span class="chip-status">${m.statuses[status]}</span>`;
}

/**
 * What a multi-day occurrence is, after its title: "Beteiligungsphase bis
 * 13. Dezember, noch 10 Tage" (a phase still open), "bis 13. Dezember".
 */
export function spanLabel(occ: Occurrence, today: number, { m }: TimeContext): string {
  const until = formatDay(occ.lastDay, 'dayMonth', m);
  if (!occ.isPhase) return m.until(until);
  return m.month.phase(until, occ.lastDay >= today && occ.firstDay <= today ? timeLeft(occ.lastDay, today, m) : null);
}

/**
 * The name a screen reader gives an event in the month, once each and in the
 * order it is seen ("15:00 Stadtteilspaziergang Nord, Abgesagt, Vor Ort"):
 * the cell names the day. Set as aria-label: built from the chip's content,
 * the laid-out pieces would run together with stray spaces ("Nord , Vor Ort").
 */
function chipName(occ: Occurrence, lead: string, detail: string, ctx: TimeContext): string {
  const { m } = ctx;
  const { status, format } = occ.event;
  // The status right after the title, as on screen: the words a resident sees stay together in the name.
  return [lead, status === 'scheduled' ? '' : m.statuses[status], detail, format ? m.formats[format] : ''].filter(Boolean).join(', ');
}

/**
 * A day's own event in a month cell: its time, format and status on the first
 * line, the title below (up to two lines, cut at word boundaries).
 */
export function eventChip(occ: Occurrence, ctx: TimeContext, actions: EventActions) {
  const { m, timeZone } = ctx;
  const time = occ.allDay ? '' : formatInstant(occ.start, timeZone, 'time', m);
  // An evening that goes on past midnight says when it ends ("22:00 Uhr, endet am 21. Nov. um 01:00 Uhr").
  const ends = !occ.allDay && occ.event.hasEnd && dayInZone(occ.end - 1, timeZone) > occ.firstDay ? timeLabel(occ, ctx) : '';
  return html`<button
    type="button"
    class="chip animate${statusClass(occ)}"
    part="event${statusClass(occ)}"
    data-event-id=${occ.event.id}
    data-key=${occ.key}
    tabindex="-1"
    aria-label=${chipName(occ, time ? `${time} ${occ.event.title}` : occ.event.title, ends, ctx)}
    @click=${(e: Event) => actions.open(occ, e.currentTarget as HTMLElement)}
  >
    ${time ? html`<span class="chip-time">${time}</span>` : nothing}
    <span class="chip-title">${occ.event.title}</span>
    ${formatIcon(occ.event.format, m)}${chipStatus(occ, ctx)}
  </button>`;
}

/**
 * A multi-day occurrence as a bar across the days it covers in one week row
 * (drawn from the cell of its first day in the row, see month.styles.ts).
 */
export function eventBar(bar: WeekBar, today: number, ctx: TimeContext, actions: EventActions) {
  const { occ } = bar;
  const kind = occ.isPhase ? ' phase' : '';
  const ends = `${bar.continuesBefore ? ' from-before' : ''}${bar.continuesAfter ? ' goes-on' : ''}`;
  return html`<button
    type="button"
    class="bar span-${bar.to - bar.from + 1} animate${kind}${statusClass(occ)}${ends}"
    part="event bar${kind}${statusClass(occ)}"
    data-event-id=${occ.event.id}
    data-key=${occ.key}
    data-first=${occ.firstDay}
    data-last=${occ.lastDay}
    data-lane=${bar.lane}
    tabindex="-1"
    aria-label=${chipName(occ, occ.event.title, spanLabel(occ, today, ctx), ctx)}
    @click=${(e: Event) => actions.open(occ, e.currentTarget as HTMLElement)}
  >
    ${formatIcon(occ.event.format, ctx.m)}<span class="bar-title">${occ.event.title}</span> ${chipStatus(occ, ctx)}
  </button>`;
}

/** A multi-day occurrence that got no bar in its row, shown as a chip when the day is unfolded. */
export function spanChip(occ: Occurrence, today: number, ctx: TimeContext, actions: EventActions) {
  const kind = occ.isPhase ? ' phase' : '';
  return html`<button
    type="button"
    class="chip animate${kind}${statusClass(occ)}"
    part="event${kind}${statusClass(occ)}"
    data-event-id=${occ.event.id}
    data-key=${occ.key}
    tabindex="-1"
    aria-label=${chipName(occ, occ.event.title, spanLabel(occ, today, ctx), ctx)}
    @click=${(e: Event) => actions.open(occ, e.currentTarget as HTMLElement)}
  >
    <span class="chip-title">${occ.event.title}</span>
    ${formatIcon(occ.event.format, ctx.m)}${chipStatus(occ, ctx)}
  </button>`;
}
