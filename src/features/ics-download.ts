import type { CalendarEvent } from '../data/event.js';
import type { Messages } from '../i18n/messages.js';
import { onDemand } from '../data/load/on-demand.js';

// The writer and the words about access come together, on the first click.
const icsWriter = onDemand(() => Promise.all([import('../data/ics/ics-export.js'), import('../i18n/access-lines.js')]));

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
  const [{ eventsToIcs, icsFileName }, { accessLines }] = await icsWriter.load();
  const text = eventsToIcs(events, { feedTimeZone: options.feedTimeZone, calendarName: options.name, now: Date.now(), accessLines: (e) => accessLines(e, options.m, options.timeZone) });
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(events.length === 1 ? events[0].title : options.name);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: the download may not have started when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
