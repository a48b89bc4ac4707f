import type { CalendarEvent } from '../data/event.js';
import { dayInZone } from '../data/time/time-zone.js';
import { formatDay, languageName } from './format.js';
import type { Messages } from './messages.js';

/**
 * Who can take part, as lines of text for places without icons: the `.ics` file's
 * description and the CLI's static list ("Barrierefreiheit und Teilhabe: Stufenlos
 * erreichbar, Gebärdensprache auf Anfrage (bis 8. November)", "Sprachen: Deutsch, Türkisch").
 */
export function accessLines(e: CalendarEvent, m: Messages, timeZone: string): string[] {
  const lines: string[] = [];
  if (e.access?.length) {
    const by = e.signLanguageRequestBy;
    const words = e.access.map((fact) => {
      if (fact !== 'sign-language-on-request' || !by) return m.access.facts[fact];
      return `${m.access.facts[fact]} (${m.until(formatDay(by.allDay ? by.day : dayInZone(by.instant, timeZone), 'dayMonth', m))})`;
    });
    lines.push(`${m.access.heading}: ${words.join(', ')}`);
  }
  if (e.languages?.length) lines.push(`${m.access.languages}: ${e.languages.map((tag) => languageName(tag, m)).join(', ')}`);
  if (e.audience?.length) lines.push(`${m.access.audience}: ${e.audience.join(', ')}`);
  if (e.accessibility) lines.push(`${m.details.accessibility}: ${e.accessibility}`);
  return lines;
}
