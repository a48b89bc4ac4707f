import { detailsStyles } from './details.styles.js';
import { layoutStyles } from './layout.styles.js';
import { listStyles } from '../views/list/list.styles.js';
import { monthStyles } from '../views/month/month.styles.js';

/** The views' styles, in cascade order (the forced-colors fixes in details.styles.ts come last). */
export const calendarStyles = [layoutStyles, monthStyles, listStyles, detailsStyles];
