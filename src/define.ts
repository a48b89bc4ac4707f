import { DEFAULT_TIMEZONE } from './data/time/time-zone.js';
import { validationCode } from './data/validate/validation-code.js';
import { offsetAt } from './data/time/time-zone.js';
import { formatDay } from './i18n/format.js';
import { messagesIfLoaded } from './i18n/index.js';
import { loadPanels, usesPanels } from './features/load-panels.js';
import { ParticipationCalendar } from './participation-calendar.js';

/**
 * Registers the tag once. A page may load the ES module and the classic script,
 * or either twice (two CMS plugins, a copy-pasted snippet): the second
 * registration is skipped instead of throwing.
 */
export function defineParticipationCalendar(tag = 'participation-calendar') {
  if (customElements.get(tag)) return;
  customElements.define(tag, class extends ParticipationCalendar {});
  prepareWhileIdle(tag);
}

/**
 * What nearly every calendar needs first, prepared once the page is idle: the
 * filter panel's code (the panel and the "Jetzt mitmachen" strip are on by
 * default; not fetched when every calendar on the page does without both),
 * the browser's time-zone data, whose first use costs ~10 ms on a cold page,
 * and the German month and weekday names. A calendar created later (by a CMS
 * on a click, in a tab that opens) then finds them ready; one already on the
 * page when the script runs does the same work itself, at once, and finds it
 * done here.
 */
function prepareWhileIdle(tag: string) {
  const prepare = () => {
    const calendars = [...document.querySelectorAll<ParticipationCalendar>(tag)];
    if (!calendars.length || calendars.some(usesPanels)) loadPanels().catch(() => {});
    validationCode.load().catch(() => {});
    offsetAt(Date.now(), DEFAULT_TIMEZONE);
    // The month and weekday names, read from Intl once per language (~2 ms cold).
    const german = messagesIfLoaded('de');
    if (german) formatDay(0, 'monthYear', german);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 2000 });
  else setTimeout(prepare, 200);
}
