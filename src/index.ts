// The one-script-tag entry: registers <participation-calendar> and exports the public API.
import { defineParticipationCalendar } from './define.js';

defineParticipationCalendar();

export { ParticipationCalendar } from './participation-calendar.js';
export type {
  LoadDetail, ErrorDetail, LoadEvent, ErrorEvent, FilterChangeDetail, FilterChangeEvent, ParticipationCalendarEventMap,
} from './events.js';
export type { Feed, FeedEvent, FeedInput, EventFormat, EventStatus, SkippedEvent, FeedWarning } from './data/event.js';
export type { FilterCriteria } from './data/filter/filter-criteria.js';
export { defineParticipationCalendar };
