// What only makes sense once a feed is there: the filter panel, its state and
// logic, the "take part now" strip and the subscription box. The ES bundle loads this module
// in parallel with the feed (see feed-controller.ts); a page that shows
// neither and sets no presets never downloads it.
export { FilterIndex } from '../data/filter/filter.js';
export { activeChips, filterPanel } from '../views/filters/filter-panel.js';
export { filterStyles } from '../views/filters/filter.styles.js';
export { accessIcon } from '../views/access-icons.js';
export { openPhases, runningStrip } from '../views/take-part/running-strip.js';
export { subscribeBox } from '../views/take-part/subscribe.js';
export { FilterController } from '../controllers/filter-controller.js';
