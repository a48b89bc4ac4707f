import { detailsStyles } from './details.styles.js';
import { layoutStyles } from './layout.styles.js';
import { listStyles } from './list.styles.js';
import { monthStyles } from './month.styles.js';

/** The views' styles, in cascade order (the forced-colors fixes in details.styles.ts come last). */
export const calendarStyles = [layoutStyles, monthStyles, listStyles, detailsStyles];
