// The filter group "Quelle" of a widget with several feeds: the sources with counts, a
// colour beside a name only where the editor gave one, presets, chips, the URL.
import { expect } from '@open-wc/testing';
import { $$, expectAccessible, mount, nextEvent, text } from './helpers.js';
import type { FeedEvent } from '../../src/data/event.js';
import type { ParticipationCalendar, FilterChangeDetail } from '../../src/participation-calendar.js';

const at = (day: number, hour = 18) => `2026-11-${String(day).padStart(2, '0')}T${hour}:00:00+01:00`;

/** A merged feed: each event names the sources it came from; the skatepark meeting both the city and the youth council publish. */
const feed: FeedEvent[] = [
  { id: 'haushalt', title: 'Bürgerforum Haushalt', start: at(5), sources: ['Stadt Musterstadt'] },
  { id: 'skatepark', title: 'Skatepark Nord', start: at(10, 17), sources: ['Stadt Musterstadt', 'Jugendrat'] },
  { id: 'jugendrat', title: 'Jugendrat tagt', start: at(12), format: 'online', sources: ['Jugendrat'] },
  { id: 'senioren', title: 'Sprechstunde Seniorenbeirat', start: at(20, 10), sources: ['Seniorenbeirat'] },
  { id: 'stadtrat', title: 'Stadtrat: Einwohnerfragestunde', start: at(24), sources: ['Stadt Musterstadt'] },
];

async function calendar(attrs: Record<string, string> = {}, tokens = true) {
  const el = await mount({ attrs: { date: '2026-11-01', view: 'list', ...attrs }, events: feed, waitFor: 'load', width: 1300 });
  // The editor's colours for the first two sources; the third gets none.
  if (tokens) {
    el.style.setProperty('--pc-source-1', '#8a1c3c');
    el.style.setProperty('--pc-source-2', '#0b6e4f');
  }
  return el;
}

const group = (el: HTMLElement, legend = 'Quelle') => $$(el, 'fieldset').find((f) => text(f.querySelector('legend')) === legend);
const options = (el: HTMLElement) => [...group(el)!.querySelectorAll<HTMLLabelElement>('label.option')];
const option = (el: HTMLElement, name: string) => options(el).find((l) => text(l.querySelector('.option-label')) === name)!;
const shownIds = (el: HTMLElement) => [...new Set($$(el, '[part~="event"]').map((e) => e.dataset.eventId))].sort();

describe('filter group "Quelle"', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('lists the sources in the feed\'s order with the number of events each would show', async () => {
    const el = await calendar();
    expect(options(el).map(text)).to.deep.equal(['Stadt Musterstadt (3)', 'Jugendrat (2)', 'Seniorenbeirat (1)']);
  });

  it('shows a source\'s colour beside its name only where the editor gave one', async () => {
    const el = await calendar();
    const swatch = (name: string) => getComputedStyle(option(el, name).querySelector('.swatch')!);
    expect(swatch('Stadt Musterstadt').borderInlineStartColor).to.equal('rgb(138, 28, 60)');
    expect(swatch('Jugendrat').borderInlineStartColor).to.equal('rgb(11, 110, 79)');
    expect(parseFloat(swatch('Jugendrat').borderInlineStartWidth), 'a visible swatch').to.be.greaterThan(8);
    expect(swatch('Seniorenbeirat').borderInlineStartStyle, 'no token, no colour').to.equal('none');
    const width = (name: string) => option(el, name).querySelector('.swatch')!.getBoundingClientRect().width;
    expect(width('Seniorenbeirat'), 'and no gap before its name either').to.equal(0);
    expect(width('Jugendrat'), 'colour and gap').to.be.greaterThan(12);
    await expectAccessible(el);
  });

  it('draws no colour at all without the editor\'s tokens: the names say it all', async () => {
    const el = await calendar({}, false);
    for (const label of options(el)) expect(getComputedStyle(label.querySelector('.swatch')!).borderInlineStartStyle).to.equal('none');
  });

  it('is not there for a calendar of one feed', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed.map(({ sources: _, ...e }) => e), waitFor: 'load', width: 1300 });
    expect(group(el)).to.equal(undefined);
    expect($$(el, 'fieldset legend').map(text)).to.include('Zeitraum');
  });

  it('filters by source, an event of two sources under each, with a chip and the sources in filter-change', async () => {
    const el = await calendar();
    const changed = nextEvent<CustomEvent<FilterChangeDetail>>(el, 'filter-change');
    option(el, 'Jugendrat').querySelector('input')!.click();
    expect((await changed).detail.sources).to.deep.equal(['Jugendrat']);
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['jugendrat', 'skatepark']);
    expect(text(option(el, 'Stadt Musterstadt')), 'other sources count as if it were the only choice').to.equal('Stadt Musterstadt (3)');
    option(el, 'Seniorenbeirat').querySelector('input')!.click();
    await el.updateComplete;
    expect(shownIds(el), 'any chosen source will do').to.deep.equal(['jugendrat', 'senioren', 'skatepark']);
    const chips = $$(el, '[part~="chip"]');
    expect(chips.map(text)).to.deep.equal(['Filter entfernen: Jugendrat ×', 'Filter entfernen: Seniorenbeirat ×']);
    chips[0].click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['senioren']);
  });

  it('says "Source" in English', async () => {
    const el = await calendar({ lang: 'en' });
    expect(group(el, 'Source')).to.not.equal(undefined);
  });

  it('takes presets by attribute, matching names case-insensitively, and reports unknown ones', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    let el: ParticipationCalendar;
    try {
      el = await calendar({ sources: 'jugendrat, Kulturamt' });
    } finally {
      console.warn = original;
    }
    expect(shownIds(el)).to.deep.equal(['jugendrat', 'skatepark']);
    expect(option(el, 'Jugendrat').querySelector('input')!.checked).to.equal(true);
    expect(warnings.at(-1)).to.contain("source 'Kulturamt'").and.not.to.contain("'jugendrat'");
  });

  it('keeps the chosen sources in the URL (pc-src), and back returns to them', async () => {
    const el = await calendar({ 'url-state': '' });
    option(el, 'Jugendrat').querySelector('input')!.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('pc-src')).to.equal('Jugendrat');
    option(el, 'Stadt Musterstadt').querySelector('input')!.click();
    await el.updateComplete;
    expect(new URLSearchParams(location.search).get('pc-src')).to.equal('Jugendrat,Stadt%20Musterstadt');
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['jugendrat', 'skatepark']);
  });
});
