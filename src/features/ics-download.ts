import type { CalendarEvent } from '../data/event.js';
import type { Messages } from '../i18n/messages.js';
import { onDemand } from '../data/load/on-demand.js';

// The writer, the words about access and the saving come together, on the first click.
const icsFile = onDemand(() => import('./ics-file.js'));

/**
 * Whether this build can make .ics files. The classic-script build, which must
 * stay one small file, replaces this module with one that says false (see
 * rollup.config.js), and the widget then offers no download button.
 */
export const icsDownloadAvailable = true;

/**
 * Saves events as an .ics file made in the browser, no server involved. The
 * iCalendar writer is loaded on the first click: most visits never need it.
 */
export async function downloadIcs(
  events: readonly CalendarEvent[],
  options: { feedTimeZone: string; name: string; m: Messages; timeZone: string },
) {
  (await icsFile.load()).saveIcs(events, options);
}
