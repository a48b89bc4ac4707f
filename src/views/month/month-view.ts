import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Occurrence } from '../../data/event.js';
import { fromDayNumber } from '../../data/time/plain-date.js';
import { formatDay, type TimeContext } from '../../i18n/format.js';
import { eventChip, type EventActions } from './event-chip.js';
import { listItem } from '../list/list-view.js';

/** Events shown in a cell before the rest fold behind "+N more". */
export const MAX_PER_CELL = 3;

export interface MonthActions extends EventActions {
  /** A day cell was clicked or focused by pointer. */
  focusDay(day: number): void;
  /** The user toggled a cell's "+N more". */
  toggleMore(day: number): void;
  keydown(e: KeyboardEvent): void;
}

export interface MonthViewProps {
  weeks: number[][];
  /** First day of the month shown. */
  month: number;
  byDay: Map<number, Occurrence[]>;
  focusDay: number;
  today: number;
  /** Narrow container: small grid with counts, the focused day's events below it. */
  compact: boolean;
  expandedDay: number | null;
  headingId: string;
  ctx: TimeContext;
  actions: MonthActions;
}

export function monthView(p: MonthViewProps) {
  const { m } = p.ctx;
  const weekdays = p.weeks[0];
  return html`<div class="month${p.compact ? ' compact' : ''}">
      <div
        role="grid"
        class="grid"
        aria-labelledby=${p.headingId}
        aria-readonly="true"
        @keydown=${p.actions.keydown}
      >
        <div role="row" class="weekdays">
          ${weekdays.map(
            (day) => html`<div role="columnheader" class="weekday">
              <span aria-hidden="true">${formatDay(day, 'weekdayShort', m)}</span>
              <span class="sr-only">${formatDay(day, 'weekdayLong', m)}</span>
            </div>`,
          )}
        </div>
        ${p.weeks.map(
          (week) => html`<div role="row" class="week">${week.map((day) => dayCell(day, p))}</div>`,
        )}
      </div>
      ${p.compact ? agenda(p) : nothing}
    </div>`;
}

function dayCell(day: number, p: MonthViewProps) {
  const { m } = p.ctx;
  const items = p.byDay.get(day) ?? [];
  const outside = fromDayNumber(day).month !== fromDayNumber(p.month).month;
  const isToday = day === p.today;
  const focused = day === p.focusDay;
  const parts = ['day', isToday && 'today', outside && 'outside', focused && 'focused'].filter(Boolean).join(' ');
  return html`<div
    role="gridcell"
    class="cell${outside ? ' outside' : ''}${isToday ? ' today' : ''}${items.length ? ' busy' : ''}"
    part=${parts}
    data-day=${day}
    tabindex=${focused ? 0 : -1}
    aria-current=${isToday ? 'date' : nothing}
    aria-selected=${p.compact ? String(focused) : nothing}
    @click=${(e: Event) => {
      if ((e.target as HTMLElement).closest('button')) return;
      p.actions.focusDay(day);
    }}
  >
    <span class="day-number" aria-hidden="true">${fromDayNumber(day).day}</span>
    <span class="sr-only day-label">${formatDay(day, 'fullDate', m)}, ${m.eventCount(items.length)}</span>
    ${p.compact ? countDots(items.length) : cellEvents(day, items, p)}
  </div>`;
}

function countDots(count: number) {
  if (!count) return nothing;
  return html`<span class="dots" aria-hidden="true">${count > 3 ? html`<span class="dot-count">${count}</span>` : Array.from({ length: count }, () => html`<span class="dot"></span>`)}</span>`;
}

function cellEvents(day: number, items: Occurrence[], p: MonthViewProps) {
  if (!items.length) return nothing;
  const { m } = p.ctx;
  const expanded = p.expandedDay === day;
  const overflow = items.length > MAX_PER_CELL;
  const shown = overflow && !expanded ? items.slice(0, MAX_PER_CELL - 1) : items;
  const dayName = formatDay(day, 'dayMonth', m);
  return html`<div class="cell-events">
    ${repeat(shown, (o) => o.key, (o) => eventChip(o, day, p.ctx, p.actions, false))}
    ${overflow
      ? html`<button
          type="button"
          class="more"
          part="more"
          tabindex="-1"
          aria-expanded=${String(expanded)}
          @click=${() => p.actions.toggleMore(day)}
        >
          ${expanded
            ? m.fewer
            : html`${m.more(items.length - shown.length)} <span class="sr-only">${m.moreContext(dayName)}</span>`}
        </button>`
      : nothing}
  </div>`;
}

function agenda(p: MonthViewProps) {
  const { m } = p.ctx;
  const items = p.byDay.get(p.focusDay) ?? [];
  const id = `${p.headingId}-agenda`;
  return html`<section class="agenda" aria-labelledby=${id}>
    <h3 id=${id} class="agenda-heading">${m.eventsOn(formatDay(p.focusDay, 'fullDate', m))}</h3>
    ${items.length
      ? html`<ul class="items" role="list">
          ${repeat(items, (o) => o.key, (o) => listItem(o, p.focusDay, p.ctx, p.actions, p.today))}
        </ul>`
      : html`<p class="muted">${m.noEventsOnDay}</p>`}
  </section>`;
}
