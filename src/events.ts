/**
 * The element's events and their detail types, for typed listeners:
 * `el.addEventListener('load', (e) => e.detail.count)` needs no cast.
 */
import type { LoadDetail, ErrorDetail } from './controllers/feed-controller.js';
import type { FilterChangeDetail } from './controllers/filter-controller.js';

export type { LoadDetail, ErrorDetail, FilterChangeDetail };

export interface ParticipationCalendarEventMap extends Omit<HTMLElementEventMap, 'load' | 'error'> {
  load: CustomEvent<LoadDetail>;
  error: CustomEvent<ErrorDetail>;
  'filter-change': CustomEvent<FilterChangeDetail>;
}

export type LoadEvent = CustomEvent<LoadDetail>;
export type ErrorEvent = CustomEvent<ErrorDetail>;
export type FilterChangeEvent = CustomEvent<FilterChangeDetail>;
