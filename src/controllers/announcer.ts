import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from '../i18n/messages.js';

/**
 * What the polite live region says: the period a navigation brought
 * ("November 2026, 12 Termine"), the result count once the resident stops
 * changing filters, or a confirmation (an address copied).
 */
export class Announcer implements ReactiveController {
  /** The live region's text. */
  text = '';
  /** The filtered count of the period on screen, for the results announcement. */
  shownCount = 0;
  private announcedPeriod?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The period on screen, once it is there (the element derives it in willUpdate). */
    private readonly shownPeriod: () => { view: string; heading: string; count: number; m: Messages; loading?: boolean } | undefined,
  ) {
    host.addController(this);
  }

  /** Says something now; or, `withPeriod`, after the next period announced (the first, while the calendar loads). */
  readonly say = (text: string, withPeriod = false) => {
    if (withPeriod) return void (this.extra = text);
    this.text = text;
    this.host.requestUpdate();
  };

  private extra = '';

  /**
   * Before each render: a period, view or language not announced yet is
   * announced (the first after loading too: the loading text it replaces was).
   */
  hostUpdate() {
    const shown = this.shownPeriod();
    if (!shown) return;
    const { view, heading, count, m, loading } = shown;
    this.shownCount = count;
    // A month of a range-paged feed on its way is announced as loading, then again once it is here.
    const period = `${view}:${heading}:${m.tag}:${loading}`;
    if (period === this.announcedPeriod && !this.extra) return;
    this.text = loading ? `${heading}: ${m.loading}` : `${m.periodAnnouncement(heading, count)}${this.extra && ` ${this.extra}`}`;
    this.extra = '';
    this.announcedPeriod = period;
  }

  /** "12 Beteiligungsmöglichkeiten gefunden". */
  results(m: Messages | undefined) {
    if (m) this.say(m.filters.results(this.shownCount));
  }
}
