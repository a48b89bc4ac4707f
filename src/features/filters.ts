// The filter panel and the logic behind it, as one module the ES bundle loads
// on demand (in parallel with the feed, see feed-controller.ts): a page that
// shows no panel and sets no presets never downloads it.
export { FilterIndex, parsePresetList, resolvePresets } from '../data/filter.js';
export { activeChips, filterPanel } from '../views/filter-panel.js';
export { filterStyles } from '../styles/filter.styles.js';
