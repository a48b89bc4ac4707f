import { nextFocusDay } from './month-keys.js';

export interface MonthKeyboardHost {
  /** The focused day of the grid. */
  cursor(): number;
  /** Moves the grid's focus to a day (the host re-renders and focuses it). */
  focusDay(day: number): void;
  /** The first event of the compact agenda, where a compact cell has none inside. */
  firstAgendaEvent(): HTMLElement | null;
}

/**
 * Keys of the month grid, after the WAI-ARIA grid pattern. On a day cell the
 * arrows, PageUp/PageDown, Home/End move between days (see month-keys.ts);
 * Enter, Space or F2 move into the day's events. Inside a cell, Up/Down move
 * among its events and Escape returns to the day; Tab leaves the grid.
 */
export function onMonthKeydown(e: KeyboardEvent, host: MonthKeyboardHost) {
  const target = e.target as HTMLElement;
  const cell = target.closest<HTMLElement>('[role="gridcell"]');
  if (!cell) return;
  if (target !== cell) {
    onCellItemKeydown(e, cell, target);
    return;
  }
  if (e.key === 'Enter' || e.key === ' ' || e.key === 'F2') {
    const first = cell.querySelector<HTMLElement>('button') ?? host.firstAgendaEvent();
    if (first) {
      e.preventDefault();
      first.focus();
    }
    return;
  }
  const rtl = getComputedStyle(cell).direction === 'rtl';
  const next = nextFocusDay(host.cursor(), e.key, { shiftKey: e.shiftKey, rtl });
  if (next === null) return;
  e.preventDefault();
  host.focusDay(next);
}

function onCellItemKeydown(e: KeyboardEvent, cell: HTMLElement, target: HTMLElement) {
  const items = [...cell.querySelectorAll<HTMLElement>('button')];
  const at = items.indexOf(target);
  if (e.key === 'Escape') {
    e.preventDefault();
    cell.focus();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    items[Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  }
  // Other keys stay with the button (Enter and Space activate it), not the grid.
  e.stopPropagation();
}
