import { html } from 'lit';
import type { AccessFact, CalendarEvent } from '../../data/event.js';
import { deadlineLabel, languageName, type TimeContext } from '../../i18n/format.js';
import { accessIcon as icon } from '../access-icons.js';

/** A fact's words: the sign-language request deadline counts down like a registration deadline. */
function factText(fact: AccessFact, e: CalendarEvent, ctx: TimeContext, today: number): string {
  const by = e.signLanguageRequestBy;
  if (fact !== 'sign-language-on-request' || !by) return ctx.m.access.facts[fact];
  return deadlineLabel(by, today, ctx, '', ctx.m.access.signLanguageBy, ctx.m.access.signLanguageByPassed);
}

/** Rows for the details: the facts one per line, the languages, the audiences. */
export function accessRows(e: CalendarEvent, ctx: TimeContext, today: number): [string, unknown][] {
  const { m } = ctx;
  return [
    [m.access.heading, e.access?.length
      ? html`<ul class="access-facts" role="list">${e.access.map((fact) => html`<li>${icon(fact)}${factText(fact, e, ctx, today)}</li>`)}</ul>`
      : null],
    [m.access.languages, e.languages?.map((tag) => languageName(tag, m)).join(', ')],
    [m.access.audience, e.audience?.join(', ')],
  ];
}
