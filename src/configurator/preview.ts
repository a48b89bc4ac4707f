/**
 * The live preview: the editor's own built widget (participation-calendar.js
 * next to this page, loaded as the pasted code will load it), with the same
 * attributes the snippet writes. Only `url-state` stays off: it would rewrite
 * this page's address.
 */
import type { FeedError } from '../data/load/feed-error.js';
// Types only: the code is the built bundle next to this page (see main.ts).
import type { ParticipationCalendar } from '../participation-calendar.js';
import type { PreviewSource } from './load-source.js';
import { calendarAttributes, type Settings } from './snippet.js';

/** What the preview's widget reported when it could not show the feed. */
export type PreviewError = Pick<FeedError, 'kind' | 'message'>;

export class Preview {
  readonly element: ParticipationCalendar;
  private source: PreviewSource = null;

  constructor(onError: (error: PreviewError) => void) {
    this.element = document.createElement('participation-calendar');
    this.element.addEventListener('error', (e) => onError(e.detail));
  }

  /** Shows `source` with `settings`: attributes that changed are set, those no longer wanted removed. */
  show(source: PreviewSource, settings: Settings) {
    const el = this.element;
    const src = source && 'src' in source ? source.src : '';
    const wanted = new Map(calendarAttributes(settings, src).filter(([name]) => name !== 'url-state' && !(name === 'src' && !src)));
    for (const { name } of [...el.attributes]) if (!wanted.has(name)) el.removeAttribute(name);
    if (source !== this.source) {
      this.source = source;
      el.events = source && 'events' in source ? source.events as ParticipationCalendar['events'] : undefined;
    }
    for (const [name, value] of wanted) if (el.getAttribute(name) !== value) el.setAttribute(name, value);
  }
}
