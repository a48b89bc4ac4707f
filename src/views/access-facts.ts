import { html, nothing } from 'lit';
import type { CalendarEvent } from '../data/event.js';
import { languageName } from '../i18n/format.js';
import type { Messages } from '../i18n/messages.js';
import { panelsIfLoaded } from '../features/load-panels.js';

/**
 * The facts as short words with icons, for a list row (no deadline there: the
 * details have it). The icons come with the panels' code, which every calendar
 * with a filter panel or strip has by the time its list shows: the first
 * download stays without them, and a calendar without either shows the words.
 */
export function accessBadges(e: CalendarEvent, m: Messages) {
  if (!e.access?.length && !e.languages?.length) return nothing;
  const icon = panelsIfLoaded()?.accessIcon ?? (() => nothing);
  return html`${(e.access ?? []).map((fact) => html`<span class="badge access">${icon(fact)}${m.access.facts[fact]}</span>`)}${
    e.languages?.length ? html`<span class="badge access">${e.languages.map((tag) => languageName(tag, m)).join(', ')}</span>` : nothing}`;
}
