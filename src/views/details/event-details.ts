import { html, nothing, type TemplateResult } from 'lit';

export { eventDetailsStyles } from './event-details.styles.js';
import type { CalendarEvent, Occurrence } from '../../data/event.js';
import { deadlineLabel, formatDay, formatInstant, timeLabel, type TimeContext } from '../../i18n/format.js';
import { accessRows } from './access-rows.js';

export interface DetailsProps {
  occ: Occurrence | null;
  ctx: TimeContext;
  today: number;
  close(): void;
  /** Saves the event as an .ics file; null where the build cannot. */
  addToCalendar: ((occ: Occurrence) => void) | null;
}

/**
 * The details of one occurrence, inside the element's native `<dialog>`
 * (modal: focus moves in and stays, Escape closes). Every field the feed
 * gave is shown; links are already limited to http(s), mailto and tel by
 * validation, and Lit binds every value as text, never as HTML.
 */
export function detailsContent(p: DetailsProps) {
  if (!p.occ) return nothing;
  const { occ, ctx } = p;
  const { m } = ctx;
  const e = occ.event;
  const rows: [string, unknown][] = [
    [m.details.when, when(occ, ctx)],
    [m.details.format, e.format ? m.formats[e.format] : null],
    [m.details.where, where(e)],
    [m.details.onlineAccess, e.onlineUrl ? link(e.onlineUrl, e.onlineUrl) : null],
    [m.details.district, e.district],
    [m.details.registration, registration(e, ctx, p.today)],
    [m.details.organizer, e.organizer],
    ...accessRows(e, ctx, p.today),
    [m.details.accessibility, e.accessibility],
    [m.details.categories, e.categories.length ? e.categories.join(', ') : null],
    // Where it comes from, with several sources ("Quelle: Jugendrat Musterstadt").
    [m.sources.source, e.sources?.join(', ')],
  ];
  return html`<div class="details-inner">
    <div class="details-header">
      <h2 class="details-title" id="details-title">${e.title}</h2>
      <button type="button" class="icon-button close animate" part="button close" aria-label=${m.details.close} @click=${p.close}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
      </button>
    </div>
    ${e.status === 'cancelled'
      ? html`<p class="notice cancelled" part="notice">${m.details.cancelledNotice}</p>`
      : e.status === 'postponed'
        ? html`<p class="notice postponed" part="notice">${m.details.postponedNotice}</p>`
        : nothing}
    <dl class="fields">
      ${rows.map(([label, value]) =>
        value === null || value === undefined || value === ''
          ? nothing
          : html`<div class="field"><dt>${label}</dt><dd>${value}</dd></div>`,
      )}
    </dl>
    ${m.tag === 'de-x-ls' && e.easyDescription ? html`<p class="description easy">${e.easyDescription}</p>` : nothing}
    ${e.description ? html`<p class="description">${e.description}</p>` : nothing}
    <div class="details-actions">
      ${e.url ? link(e.url, m.details.moreInfo) : nothing}
      ${p.addToCalendar
        ? html`<button type="button" class="text-button primary animate" part="button add-to-calendar" @click=${() => p.addToCalendar!(occ)}>
            ${m.participate.addToCalendar}
          </button>`
        : nothing}
    </div>
  </div>`;
}

function when(occ: Occurrence, ctx: TimeContext) {
  const { m } = ctx;
  const date = formatDay(occ.firstDay, 'fullDate', m);
  const repeats = occ.event.rrule ? html`<br /><span class="muted">${m.details.repeats}</span>` : nothing;
  return html`${date}<br />${timeLabel(occ, ctx)}${repeats}`;
}

function where(e: CalendarEvent) {
  const { name, address } = e.location ?? {};
  if (!name && !address) return null;
  return html`${name ?? ''}${name && address ? html`<br />` : nothing}${address ?? ''}`;
}

function registration(e: CalendarEvent, ctx: TimeContext, today: number) {
  const r = e.registration;
  if (!r) return null;
  const { m } = ctx;
  const parts: (TemplateResult | string)[] = [];
  if (r.deadline) {
    // "Anmeldung bis 8. November, 12:00 Uhr (noch 3 Tage)": the date, the hour when it matters, the time left.
    const hour = r.deadline.allDay ? '' : `, ${m.clock(formatInstant(r.deadline.instant, ctx.timeZone, 'time', m))}`;
    parts.push(html`<span class="deadline">${deadlineLabel(r.deadline, today, ctx, hour)}</span>`);
  }
  if (r.url) parts.push(link(r.url, m.details.registrationLink));
  if (!parts.length) return null;
  return parts.map((part, i) => (i ? html`<br />${part}` : part));
}

const SAFE_LINK = /^(https?:|mailto:|tel:)/i;

/**
 * Links open in the same tab (a resident's back button works). Validation
 * already dropped other schemes; the second check here costs nothing and
 * keeps a `javascript:` link impossible even if a caller skipped validation.
 */
function link(href: string, text: string) {
  return SAFE_LINK.test(href) ? html`<a href=${href} part="link">${text}</a>` : text;
}
