import { nextFocusDay } from './month-keys.js';

export interface MonthKeyboardHost {
  /** The focused day of the grid. */
  cursor(): number;
  /** Moves the grid's focus to a day (the host re-renders and focuses it). */
  focusDay(day: number): void;
  /** The first event of the compact agenda, where a compact cell has none inside. */
  firstAgendaEvent(): HTMLElement | null;
}

const CELL = '[role="gridcell"]';

/**
 * What a day holds, in the order a keyboard user meets it: the bars of the
 * multi-day occurrences covering it (drawn from the cell where each begins
 * in the row, so they are looked up in the whole row), then its own events
 * and its "+N more".
 */
function dayItems(cell: HTMLElement): HTMLElement[] {
  const day = Number(cell.dataset.day);
  const bars = [...cell.parentElement!.querySelectorAll<HTMLElement>('.bar')]
    .filter((bar) => Number(bar.dataset.first) <= day && day <= Number(bar.dataset.last))
    .sort((a, b) => Number(a.dataset.lane) - Number(b.dataset.lane));
  return [...bars, ...cell.querySelectorAll<HTMLElement>('.cell-events button')];
}

/** The day whose events the keyboard user entered (Enter on a day): ArrowUp/Down stay within it. */
let entered: HTMLElement | null = null;

/**
 * Keys of the month grid, after the WAI-ARIA grid pattern. On a day cell the
 * arrows, PageUp/PageDown, Home/End move between days (see month-keys.ts);
 * Enter, Space or F2 move into the day's events. Among them, Up/Down move
 * and Escape returns to the day; Tab and Shift+Tab leave the grid forward
 * and backward, from the grid's own place in the page.
 */
export function onMonthKeydown(e: KeyboardEvent, host: MonthKeyboardHost) {
  const target = e.target as HTMLElement;
  const cell = target.closest<HTMLElement>(CELL);
  if (!cell) return;
  if (target !== cell) {
    onItemKeydown(e, target, cell);
    return;
  }
  if (e.key === 'Enter' || e.key === ' ' || e.key === 'F2') {
    const first = dayItems(cell)[0] ?? host.firstAgendaEvent();
    if (first) {
      e.preventDefault();
      entered = cell;
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

function onItemKeydown(e: KeyboardEvent, target: HTMLElement, ownCell: HTMLElement) {
  // The day entered, if the target is one of its items (a bar belongs to several days); else the target's own.
  const cell = entered?.isConnected && dayItems(entered).includes(target) ? entered : ownCell;
  const items = dayItems(cell);
  const at = items.indexOf(target);
  if (e.key === 'Escape') {
    e.preventDefault();
    cell.focus();
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    items[Math.min(items.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
  } else if (e.key === 'Tab') {
    // From the grid's one tab stop, the browser's own Tab goes on past the grid (or back before it).
    cell.closest('[role="grid"]')?.querySelector<HTMLElement>(`${CELL}[tabindex="0"]`)?.focus();
    return;
  }
  // Other keys stay with the button (Enter and Space activate it), not the grid.
  e.stopPropagation();
}
