/**
 * Makes and saves an .ics file in the browser, no server involved: loaded on
 * the first "In meinen Kalender" (see ics-download.ts), with the iCalendar
 * writer and the words about access.
 */
import type { CalendarEvent } from '../data/event.js';
import type { Messages } from '../i18n/messages.js';
import { eventsToIcs, icsFileName } from '../data/ics/ics-export.js';
import { accessLines } from '../i18n/access-lines.js';

export function saveIcs(events: readonly CalendarEvent[], options: { feedTimeZone: string; name: string; m: Messages; timeZone: string }) {
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
