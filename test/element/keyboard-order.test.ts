// The way a keyboard user travels through the widget, with real key presses: how many
// Tab stops lie between the widget's start and the month, whether that number grows with
// the feed's filter options, the skip link, page links to the calendar, and the details
// dialog keeping focus while it is open.
import { sendKeys } from './engine.js';
import { expect } from '@open-wc/testing';
import { $, deepActiveElement, mount } from './helpers.js';
import { novemberEvents } from './feeds.js';
import type { FeedEvent } from '../../src/data/event.js';

/** Copies of the November sample carrying `topics` categories and `districts` districts between them. */
function withOptions(topics: number, districts: number): FeedEvent[] {
  const count = Math.max(topics, districts, novemberEvents.length);
  return Array.from({ length: count }, (_, i) => {
    const event = novemberEvents[i % novemberEvents.length];
    return { ...event, id: `${event.id}-${i}`, categories: [`Thema ${(i % topics) + 1}`], district: `Ortsteil ${(i % districts) + 1}` };
  });
}

const isDayCell = (node: Element | null) => node?.getAttribute('role') === 'gridcell';
const isInside = (el: Element, node: Element | null) => !!node && (node === el || el.shadowRoot!.contains(node));

/** A button just before the widget, as the page's last control before it, focused. */
function startBefore(el: HTMLElement): HTMLButtonElement {
  const before = document.createElement('button');
  before.textContent = 'before';
  el.parentElement!.prepend(before);
  before.focus();
  return before;
}

/** Presses Tab until the month grid has focus; the widget's stops passed on the way (the grid's own included). */
async function stopsToGrid(el: HTMLElement, limit = 60): Promise<string[]> {
  startBefore(el);
  const stops: string[] = [];
  for (let i = 0; i < limit; i += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActiveElement();
    if (!isInside(el, active)) throw new Error(`Tab left the widget after ${stops.join(' → ')}`);
    stops.push(active!.getAttribute('part') ?? active!.localName);
    if (isDayCell(active)) return stops;
  }
  throw new Error(`no day cell after ${limit} Tab presses: ${stops.join(' → ')}`);
}

const focusedDay = (el: Element) => $(el, '[role="gridcell"][tabindex="0"]')!.dataset.day;
const dayNumber = (iso: string) => String(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

describe('keyboard order', () => {
  for (const width of [1300, 768, 375]) {
    it(`reaches the month in 2 stops through the skip link at ${width} px, however many filter options the feed has`, async () => {
      const el = await mount({ attrs: { date: '2026-11-18', lang: 'de' }, events: withOptions(40, 25), waitFor: 'load', width });
      startBefore(el);
      await sendKeys({ press: 'Tab' });
      const first = deepActiveElement();
      expect(first?.getAttribute('part'), 'the first stop').to.equal('button skip');
      expect(first!.textContent!.trim()).to.equal('Zum Kalender');
      await sendKeys({ press: 'Enter' });
      const landed = deepActiveElement();
      expect(isDayCell(landed), 'on a day of the grid').to.equal(true);
      expect((landed as HTMLElement).dataset.day, 'the shown day, not the 1st').to.equal(dayNumber('2026-11-18'));
    });

    it(`does not add Tab stops before the month for more filter options at ${width} px`, async () => {
      const mountWith = (topics: number, districts: number) =>
        mount({ attrs: { date: '2026-11-18', lang: 'de' }, events: withOptions(topics, districts), waitFor: 'load', width });
      const many = await stopsToGrid(await mountWith(12, 8));
      const lots = await stopsToGrid(await mountWith(120, 80));
      expect(lots, 'stops with 12 topics and 8 districts, then 120 and 80').to.deep.equal(many);
      // The long way, without the skip link: folded groups beside the grid, one button below the side panel's width.
      expect(lots.length, lots.join(' → ')).to.be.at.most(width < 1150 ? 12 : 20);
    });
  }

  it('keeps the focused day when the page\'s own link to the calendar is followed (url-state on)', async () => {
    const el = await mount({ attrs: { date: '2026-11-18', lang: 'de', 'url-state': '' }, events: novemberEvents, waitFor: 'load' });
    el.id = 'kalender';
    const link = document.createElement('a');
    link.href = '#kalender';
    link.textContent = 'Zum Beteiligungskalender';
    el.parentElement!.prepend(link);
    const before = focusedDay(el);
    expect(before).to.equal(dayNumber('2026-11-18'));
    link.focus();
    await sendKeys({ press: 'Enter' });
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(location.hash).to.equal('#kalender');
    expect(focusedDay(el), 'the remembered day after the link').to.equal(before);
    history.replaceState(null, '', location.pathname);
  });

  it('keeps Tab and Shift+Tab inside the open details dialog', async () => {
    const el = await mount({ attrs: { date: '2026-11-18', lang: 'de', view: 'list' }, events: novemberEvents, waitFor: 'load' });
    $(el, '.list .item-button')!.click();
    await el.updateComplete;
    const dialog = $(el, 'dialog[open]')!;
    expect(dialog, 'the dialog is open').to.be.instanceOf(HTMLDialogElement);
    for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
      await sendKeys({ press: key });
      const active = deepActiveElement();
      expect(!!active && dialog.contains(active), `${key}: focus on ${active?.outerHTML.slice(0, 80)}`).to.equal(true);
    }
  });
});

describe('url-state on a plain visit', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('writes nothing until the resident acts, then the first navigation writes it', async () => {
    history.replaceState(null, '', `${location.pathname}?page=7`);
    const entries = history.length;
    const el = await mount({ attrs: { date: '2026-11-18', lang: 'de', 'url-state': '' }, events: novemberEvents, waitFor: 'load' });
    await new Promise((r) => setTimeout(r, 100));
    expect(location.search, 'the visit').to.equal('?page=7');
    expect(history.length).to.equal(entries);
    $(el, '[part~="next"]')!.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('pc-month'), 'after "next month"').to.equal('2026-12');
  });
});
