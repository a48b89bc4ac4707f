import { ParticipationCalendar } from './participation-calendar.js';

/**
 * Registers the tag once. A page may load the ES module and the classic script,
 * or either twice (two CMS plugins, a copy-pasted snippet): the second
 * registration is skipped instead of throwing.
 */
export function defineParticipationCalendar(tag = 'participation-calendar') {
  if (!customElements.get(tag)) customElements.define(tag, class extends ParticipationCalendar {});
}
