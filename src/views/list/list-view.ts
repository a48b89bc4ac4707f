import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Occurrence } from '../../data/event.js';
import { deadlineLabel, formatDay, timeLabel, type TimeContext } from '../../i18n/format.js';
import { statusBadge, type EventActions } from '../month/event-chip.js';
import { accessBadges } from '../access-facts.js';

export interface ListViewProps {
  running: Occurrence[];
  days: { day: number; items: Occurrence[] }[];
  headingId: string;
  ctx: TimeContext;
  today: number;
  actions: EventActions;
  /** "Alle 12 Termine in meinen Kalender": saves every event listed, or null where no file can be saved. */
  addAll: { label: string; go: () => void } | null;
}

type ListGroups = Pick<ListViewProps, 'running' | 'days'>;

/**
 * The first `limit` rows of the list (whole days, at least one): a month of a
 * big city's feed has thousands of rows, rendered a few hundred per frame.
 */
export function limitListItems(groups: ListGroups, limit: number): ListGroups & { truncated: boolean } {
  let rows = groups.running.length;
  const days: ListGroups['days'] = [];
  for (const day of groups.days) {
    if (rows >= limit && days.length) return { running: groups.running, days, truncated: true };
    days.push(day);
    rows += day.items.length;
  }
  return { running: groups.running, days, truncated: false };
}

/** Events of the period under day headings; running phases once, on top. */
export function listView(p: ListViewProps) {
  const { m } = p.ctx;
  return html`${p.addAll
      ? html`<div class="list-actions">
          <button type="button" class="text-button animate" part="button add-all" @click=${p.addAll.go}>${p.addAll.label}</button>
        </div>`
      : nothing}<section class="list" aria-labelledby=${p.headingId}>
    ${p.running.length
      ? html`<div class="list-day">
          <h3 class="list-heading">${m.runningPhases}</h3>
          <ul class="items" role="list">
            ${repeat(p.running, (o) => o.key, (o) => listItem(o, o.firstDay, p.ctx, p.actions, p.today))}
          </ul>
        </div>`
      : nothing}
    ${repeat(chunks(p.days), (chunk) => chunk[0].day, (chunk) =>
      // Rows arrive frame by frame: days rendered in an earlier frame are not diffed again.
      guard([...chunk, p.ctx.m, p.ctx.timeZone, p.today, p.headingId], () => chunk.map((d) => listDay(d, p))))}
  </section>`;
}

/** Days in groups of three, the same groups however many days are shown so far. */
function chunks<T>(days: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < days.length; i += 3) result.push(days.slice(i, i + 3));
  return result;
}

/** A day under its heading: no landmark of its own (one per day would be dozens), the list is one. */
function listDay(d: ListViewProps['days'][number], p: ListViewProps) {
  const { m } = p.ctx;
  return html`<div class="list-day">
    <h3 class="list-heading">${formatDay(d.day, 'fullDate', m)}</h3>
    <ul class="items" role="list">
      ${repeat(d.items, (o) => o.key, (o) => listItem(o, d.day, p.ctx, p.actions, p.today))}
    </ul>
  </div>`;
}

/**
 * One event as a row: time, title, format, place. The whole row is one
 * button (one tab stop, one name); the hidden day keeps it understandable
 * when a screen reader lists buttons without the headings.
 */
export function listItem(occ: Occurrence, day: number, ctx: TimeContext, actions: EventActions, today: number) {
  const { m } = ctx;
  const { event } = occ;
  const place = event.location?.name ?? (event.format === 'online' ? '' : event.district ?? '');
  const status = event.status === 'scheduled' ? '' : ` ${event.status}`;
  return html`<li class="item${occ.isPhase ? ' phase' : ''}${status}" part="list-item${status}">
    <button
      type="button"
      class="item-button animate"
      part="event${occ.isPhase ? ' phase' : ''}${status}"
      data-event-id=${event.id}
      data-key=${occ.key}
      @click=${(e: Event) => actions.open(occ, e.currentTarget as HTMLElement)}
    >
      <span class="sr-only">${formatDay(day, 'fullDate', m)}, </span>
      <span class="item-time">${timeLabel(occ, ctx)}</span>
      <span class="item-main">
        <span class="item-title">${statusBadge(occ, ctx)} <span class="title-text">${event.title}</span></span>
        <span class="item-meta">
          ${event.format ? html`<span class="badge format ${event.format}">${m.formats[event.format]}</span>` : nothing}
          ${accessBadges(event, m)}
          ${place ? html`<span class="item-place">${place}</span>` : nothing}
          ${event.registration?.deadline && occ.lastDay >= today
            ? html`<span class="item-deadline">${deadlineLabel(event.registration.deadline, today, ctx)}</span>`
            : nothing}
        </span>
      </span>
      <span class="item-open" aria-hidden="true">›</span>
    </button>
  </li>`;
}
