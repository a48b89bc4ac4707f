import { addMonths, endOfWeek, startOfWeek } from '../../data/time/plain-date.js';

/**
 * The month grid's keys (WAI-ARIA grid pattern), as a plain function:
 * given the focused day and a key, the day that gets focus next, or null when
 * the key is not the grid's. Unit-testable without rendering.
 */
export function nextFocusDay(
  day: number,
  key: string,
  { shiftKey = false, rtl = false }: { shiftKey?: boolean; rtl?: boolean } = {},
): number | null {
  switch (key) {
    case 'ArrowLeft':
      return day + (rtl ? 1 : -1);
    case 'ArrowRight':
      return day + (rtl ? -1 : 1);
    case 'ArrowUp':
      return day - 7;
    case 'ArrowDown':
      return day + 7;
    case 'PageUp':
      return addMonths(day, shiftKey ? -12 : -1);
    case 'PageDown':
      return addMonths(day, shiftKey ? 12 : 1);
    case 'Home':
      return startOfWeek(day);
    case 'End':
      return endOfWeek(day);
    default:
      return null;
  }
}
