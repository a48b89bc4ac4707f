import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Occurrence } from '../../data/event.js';
import { itemsOfDay, type WeekDay, type WeekLayout } from '../../data/occurrences/week-layout.js';
import { fromDayNumber } from '../../data/time/plain-date.js';
import { formatDay, type TimeContext } from '../../i18n/format.js';
import type { EventFormat } from '../../data/event.js';
import { eventBar, eventChip, spanChip, type EventActions } from './event-chip.js';
import { formatIcon } from '../format-icon.js';
import { listItem } from '../list/list-view.js';

/** A day's own events shown before the rest fold behind "+N more". */
export const MAX_EVENTS_PER_CELL = 3;
/** Bars stacked in a week row before further multi-day occurrences are counted per day. */
export const MAX_LANES = 4;

export interface MonthActions extends EventActions {
  /** A day cell was clicked or focused by pointer. */
  focusDay(day: number): void;
  /** The user toggled a cell's "+N more". */
  toggleMore(day: number): void;
  keydown(e: KeyboardEvent): void;
}

export interface MonthViewProps {
  weeks: WeekLayout[];
  /** First day of the month shown. */
  month: number;
  focusDay: number;
  today: number;
  /** Narrow container: small grid with markers, the focused day's events below it. */
  compact: boolean;
  expandedDay: number | null;
  headingId: string;
  ctx: TimeContext;
  actions: MonthActions;
}

export function monthView(p: MonthViewProps) {
  const { m } = p.ctx;
  const weekdays = p.weeks[0].days;
  const hintId = `${p.headingId}-keys`;
  return html`<div class="month${p.compact ? ' compact' : ''}">
      <p id=${hintId} class="sr-only">${p.compact ? m.month.compactKeysHint : m.month.keysHint}</p>
      <div role="grid" class="grid" aria-labelledby=${p.headingId} aria-readonly="true" @keydown=${p.actions.keydown}>
        <div role="row" class="weekdays">
          ${weekdays.map(
            ({ day }) => html`<div role="columnheader" class="weekday">
              <span aria-hidden="true">${formatDay(day, 'weekdayShort', m)}</span>
              <span class="sr-only">${formatDay(day, 'weekdayLong', m)}</span>
            </div>`,
          )}
        </div>
        ${p.weeks.map(
          (row) => html`<div role="row" class="week">
            ${row.days.map((d, col) => dayCell(d, col, row, p, hintId))}
          </div>`,
        )}
      </div>
      ${p.compact ? agenda(p) : legend(p)}
    </div>`;
}

function dayCell(d: WeekDay, col: number, row: WeekLayout, p: MonthViewProps, hintId: string) {
  const { m } = p.ctx;
  const { day } = d;
  const outside = fromDayNumber(day).month !== fromDayNumber(p.month).month;
  const isToday = day === p.today;
  const focused = day === p.focusDay;
  const parts = ['day', isToday && 'today', outside && 'outside', focused && 'focused'].filter(Boolean).join(' ');
  const labelId = `${p.headingId}-d${day}`;
  const phases = d.spanning.filter((o) => o.isPhase).length;
  return html`<div
    role="gridcell"
    class="cell${outside ? ' outside' : ''}${isToday ? ' today' : ''}${d.events.length || d.spanning.length ? ' busy' : ''}"
    part=${parts}
    data-day=${day}
    tabindex=${focused ? 0 : -1}
    aria-labelledby=${labelId}
    aria-describedby=${hintId}
    aria-current=${isToday ? 'date' : nothing}
    aria-selected=${p.compact ? String(focused) : nothing}
    @click=${(e: Event) => {
      if ((e.target as HTMLElement).closest('button')) return;
      p.actions.focusDay(day);
    }}
  >
    <span class="day-number" aria-hidden="true">${fromDayNumber(day).day}</span>
    <span class="sr-only day-label" id=${labelId}>${m.month.cellLabel(formatDay(day, 'fullDate', m), d.events.length + d.spanning.length - phases, phases)}</span>
    ${p.compact ? markers(d) : html`${lanes(col, row, p)}${cellEvents(d, p)}`}
  </div>`;
}

/** The row's lanes in this cell: the bars that start here (or at the row's start), and room for those passing through. */
function lanes(col: number, row: WeekLayout, p: MonthViewProps) {
  if (!row.lanes) return nothing;
  const slots = Array.from({ length: row.lanes }, (_, lane) => row.bars.find((b) => b.lane === lane && b.from === col));
  return html`<div class="lanes">${slots.map((bar) => (bar ? eventBar(bar, p.today, p.ctx, p.actions) : html`<div class="lane-slot"></div>`))}</div>`;
}

function cellEvents(d: WeekDay, p: MonthViewProps) {
  const hiddenSpans = d.spanning.slice(d.drawn);
  const total = d.events.length + hiddenSpans.length;
  if (!total) return nothing;
  const { m } = p.ctx;
  const expanded = p.expandedDay === d.day;
  const overflow = hiddenSpans.length > 0 || d.events.length > MAX_EVENTS_PER_CELL;
  // Folded: the first events and, on the last line, "+N weitere" for the rest (multi-day ones without a bar included).
  const events = overflow && !expanded ? d.events.slice(0, MAX_EVENTS_PER_CELL - 1) : d.events;
  const folded = total - events.length;
  const dayName = formatDay(d.day, 'dayMonth', m);
  return html`<div class="cell-events">
    ${expanded ? repeat(hiddenSpans, (o) => o.key, (o) => spanChip(o, p.today, p.ctx, p.actions)) : nothing}
    ${repeat(events, (o) => o.key, (o) => eventChip(o, p.ctx, p.actions))}
    ${overflow
      ? html`<button type="button" class="more" part="more" tabindex="-1" aria-expanded=${String(expanded)} @click=${() => p.actions.toggleMore(d.day)}>
          ${expanded ? m.fewer : html`${m.more(folded)} <span class="sr-only">${m.moreContext(dayName)}</span>`}
        </button>`
      : nothing}
  </div>`;
}

/** Compact month: dots for the day's own events, a band for phases running through it. */
function markers(d: WeekDay) {
  const dots = Math.min(d.events.length, 3);
  return html`<span class="markers" aria-hidden="true">
    ${dots ? html`<span class="dots">${Array.from({ length: dots }, () => html`<span class="dot"></span>`)}${d.events.length > 3 ? html`<span class="dot-more">+</span>` : nothing}</span>` : nothing}
    ${d.spanning.length ? html`<span class="band"></span>` : nothing}
  </span>`;
}

const FORMATS: EventFormat[] = ['in-person', 'online', 'hybrid'];

/** What the format shapes mean, once under the grid. */
function legend(p: MonthViewProps) {
  const { m } = p.ctx;
  return html`<p class="legend" aria-hidden="true">${FORMATS.map((f) => html`<span class="legend-item">${formatIcon(f, m)} ${m.formats[f]}</span>`)}</p>`;
}

function agenda(p: MonthViewProps) {
  const { m } = p.ctx;
  const day = p.weeks.flatMap((row) => row.days).find((d) => d.day === p.focusDay);
  const items: Occurrence[] = day ? itemsOfDay(day) : [];
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
