import { sendKeys } from './engine.js';
import { expect } from '@open-wc/testing';
import { $, $$, deepActiveElement, expectAccessible, mount, nextEvent, text } from './helpers.js';
import type { FeedEvent } from '../../src/data/event.js';
import type { FilterChangeDetail } from '../../src/participation-calendar.js';

const at = (day: number, hour = 18) => `2026-11-${String(day).padStart(2, '0')}T${hour}:00:00+01:00`;

const feed: FeedEvent[] = [
  { id: 'rad', title: 'Radverkehr in der Hauptstraße', start: at(3), format: 'in-person', categories: ['Mobilität'], district: 'Innenstadt', location: { name: 'Rathaus' } },
  { id: 'bus', title: 'Busnetz 2030', start: at(5), format: 'online', categories: ['Mobilität'], district: 'Nord' },
  { id: 'klima', title: 'Klimaschutz-Dialog', start: at(10), format: 'hybrid', categories: ['Umwelt & Klima'], district: 'Innenstadt' },
  { id: 'buero', title: 'Sprechstunde im Bürgerbüro', start: at(12, 10), format: 'in-person', categories: ['Soziales'], district: 'Süd', organizer: 'Bürgerbüro Süd' },
  { id: 'park', title: 'Parkplanung Süd', start: at(20), format: 'online', categories: ['Umwelt & Klima', 'Mobilität'], district: 'Süd' },
];

const option = (el: Element, legend: string, label: string) => {
  const fieldset = $$(el, 'fieldset').find((f) => text(f.querySelector('legend')) === legend)!;
  return [...fieldset.querySelectorAll('label.option')].find((l) => text(l.querySelector('.option-label')) === label) as HTMLLabelElement;
};
const shownIds = (el: Element) => [...new Set($$(el, '[part~="event"]').map((e) => e.dataset.eventId))].sort();

describe('filter panel', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('lists topics, districts and formats with the number of results each would give', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, waitFor: 'load', width: 1300 });
    expect(text(option(el, 'Themen', 'Mobilität'))).to.equal('Mobilität (3)');
    expect(text(option(el, 'Stadtteile', 'Süd'))).to.equal('Süd (2)');
    expect(text(option(el, 'Teilnahme', 'Online'))).to.equal('Online (2)');
  });

  it('filters the month by format and updates the other facets\' counts', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, waitFor: 'load', width: 1300 });
    const changed = nextEvent<CustomEvent<FilterChangeDetail>>(el, 'filter-change');
    option(el, 'Teilnahme', 'Online').querySelector('input')!.click();
    expect((await changed).detail).to.deep.equal({ categories: [], districts: [], formats: ['online'], access: [], sources: [], from: null, to: null, text: '' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['bus', 'park']);
    const social = option(el, 'Themen', 'Soziales');
    expect(social.querySelector('.option-count')!.textContent).to.match(/^\(0\)/);
    expect(social.querySelector('input')!.disabled, 'an option that would show nothing cannot be ticked').to.equal(true);
    expect(social.querySelector('.option-count')!.textContent).to.contain('nicht wählbar');
    expect(text(option(el, 'Teilnahme', 'Vor Ort')), 'own facet ignores its selection').to.equal('Vor Ort (2)');
    expect(option(el, 'Teilnahme', 'Vor Ort').querySelector('input')!.disabled).to.equal(false);
  });

  it('finds events the way German users type: strasse, burgerbuero', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', view: 'list' }, events: feed, waitFor: 'load', width: 1300 });
    const search = $<HTMLInputElement>(el, '#filter-search')!;
    search.focus();
    await sendKeys({ type: 'hauptstrasse' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['rad']);
    search.select();
    await sendKeys({ type: '  burgerbuero ' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['buero']);
  });

  it('shows active filters as chips; removing one keeps focus in the chip row, reset clears all', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, waitFor: 'load', width: 1300 });
    option(el, 'Themen', 'Mobilität').querySelector('input')!.click();
    option(el, 'Stadtteile', 'Süd').querySelector('input')!.click();
    await el.updateComplete;
    const chips = $$(el, '.chip-button');
    expect(chips.map(text)).to.deep.equal(['Filter entfernen: Mobilität ×', 'Filter entfernen: Süd ×']);
    expect(shownIds(el)).to.deep.equal(['park']);
    chips[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(deepActiveElement() as Element)).to.equal('Filter entfernen: Süd ×');
    $(el, '[part~="reset"]')!.click();
    await el.updateComplete;
    expect($$(el, '.chip-button').length).to.equal(0);
    expect(shownIds(el)).to.deep.equal(['buero', 'bus', 'klima', 'park', 'rad']);
  });

  it('announces the number of results politely once the user stops changing filters', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, waitFor: 'load', width: 1300 });
    option(el, 'Themen', 'Mobilität').querySelector('input')!.click();
    await new Promise((r) => setTimeout(r, 900));
    await el.updateComplete;
    expect(text($(el, '[aria-live="polite"]'))).to.equal('3 Beteiligungsmöglichkeiten gefunden');
  });

  it('says when nothing matches and offers the way back in one click', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, waitFor: 'load', width: 1300 });
    $<HTMLInputElement>(el, '#filter-search')!.focus();
    await sendKeys({ type: 'gibtesnicht' });
    await el.updateComplete;
    expect(text($(el, '[part~="no-results"] p'))).to.equal('Für diese Filter gibt es im November 2026 keine Beteiligungsmöglichkeiten.');
    await expectAccessible(el);
    ($(el, '[part~="no-results"] button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(5);
  });

  it('opens as a dialog on narrow screens, never pushing the month down, and shows its result count', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, width: 375, waitFor: 'load' });
    const toggle = $(el, '.filter-toggle')!;
    const gridTop = $(el, '[role="grid"]')!.getBoundingClientRect().top;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.filter-dialog[open]')).to.equal(null);
    await expectAccessible(el);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const dialog = $<HTMLDialogElement>(el, '.filter-dialog')!;
    expect(dialog.open && dialog.matches(':modal'), 'a modal dialog').to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(dialog.contains(deepActiveElement()), 'focus is in the dialog').to.equal(true);
    expect($(el, '[role="grid"]')!.getBoundingClientRect().top, 'the month stays where it was').to.equal(gridTop);
    await expectAccessible(el);
    option(el, 'Teilnahme', 'Online').querySelector('input')!.click();
    await el.updateComplete;
    const show = $(el, '[part~="show-results"]')!;
    expect(text(show)).to.equal('2 Ergebnisse anzeigen');
    show.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement(), 'focus back on the button').to.equal(toggle);
    expect(text(toggle)).to.equal('Filter (1 aktiv)');
    expect(text($(el, '.result-count')), 'the count is visible, not only announced').to.equal('2 Beteiligungsmöglichkeiten gefunden');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text(toggle)).to.equal('Filters (1 active)');
    await expectAccessible(el);
  });

  it('closes its dialog with Escape, focus back on the button', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, width: 375, waitFor: 'load' });
    const toggle = $(el, '.filter-toggle')!;
    toggle.click();
    await el.updateComplete;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, '.filter-dialog')!.open).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(deepActiveElement()).to.equal(toggle);
  });

  it('takes dates as typed in the widget\'s language and says when a text is no date', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', view: 'list' }, events: feed, waitFor: 'load', width: 1300 });
    const from = $<HTMLInputElement>(el, '#filter-from')!;
    expect(from.type).to.equal('text');
    expect(from.placeholder).to.equal('TT.MM.JJJJ');
    from.focus();
    await sendKeys({ type: '10.11.2026' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['buero', 'klima', 'park']);
    expect(from.value).to.equal('10.11.2026');
    from.focus();
    from.select();
    await sendKeys({ type: '31.11.2026' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(from.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#filter-from-error'))).to.equal('Bitte als Datum eingeben, zum Beispiel 24.12.2026.');
    await expectAccessible(el);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#filter-to')!.placeholder).to.equal('DD/MM/YYYY');
  });

  it('can be used with the keyboard alone: Tab to a checkbox, Space to select it', async () => {
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, waitFor: 'load', width: 1300 });
    $<HTMLInputElement>(el, '#filter-search')!.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['bus', 'park', 'rad']);
  });
});

describe('filter panel while the feed loads', () => {
  it('shows search and dates at once and keeps what the resident typed when the events arrive', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const realFetch = window.fetch;
    window.fetch = async () => {
      await gate;
      return new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/json' } });
    };
    try {
      const el = await mount({ attrs: { src: '/feeds/held-back.json', date: '2026-11-01' }, waitFor: 'none', width: 1300 });
      for (let i = 0; i < 100 && !$(el, '#filter-search'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await el.updateComplete;
      }
      expect($(el, '.loading'), 'still loading').to.exist;
      expect($(el, '#filter-search'), 'the search field is there before the events').to.exist;
      expect($$(el, '.filter-group legend').map(text), 'no topic or district lists yet').to.deep.equal(['Zeitraum']);
      await expectAccessible(el);
      $(el, '#filter-search')!.focus();
      await sendKeys({ type: 'bus' });
      const loaded = nextEvent(el, 'load');
      release();
      await loaded;
      await el.updateComplete;
      expect($<HTMLInputElement>(el, '#filter-search')!.value).to.equal('bus');
      expect(shownIds(el), 'the search applies to the loaded month').to.deep.equal(['bus']);
    } finally {
      window.fetch = realFetch;
    }
  });
});

describe('filter presets for editors', () => {
  it('preselects categories="Mobilität", matching the feed\'s spelling case-insensitively', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', categories: 'mobilität' }, events: feed, waitFor: 'load', width: 1300 });
    expect(shownIds(el)).to.deep.equal(['bus', 'park', 'rad']);
    expect(option(el, 'Themen', 'Mobilität').querySelector('input')!.checked).to.equal(true);
  });

  it('hides the panel with filters="none" while presets still apply', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', filters: 'none', districts: 'Süd', formats: 'online' }, events: feed, waitFor: 'load', width: 1300 });
    expect($(el, '.filter-panel')).to.equal(null);
    expect(shownIds(el)).to.deep.equal(['park']);
  });

  it('reports unknown presets on the console and ignores them, never an empty calendar', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await mount({ attrs: { date: '2026-11-01', categories: 'Verkehr' }, events: feed, waitFor: 'load', width: 1300 });
      expect(shownIds(el).length).to.equal(5);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain("category 'Verkehr'");
  });
});

describe('url-state', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('keeps view, month and filters in namespaced URL parameters, leaving the page\'s own alone', async () => {
    history.replaceState(null, '', `${location.pathname}?page=7`);
    const el = await mount({ attrs: { date: '2026-11-01', 'url-state': '' }, events: feed, waitFor: 'load', width: 1300 });
    option(el, 'Themen', 'Mobilität').querySelector('input')!.click();
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="view-list"]')!.click();
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('page')).to.equal('7');
    expect(params.get('pc-cat')).to.equal('Mobilit%C3%A4t');
    expect(params.get('pc-view')).to.equal('list');
    expect(params.get('pc-month')).to.equal('2026-11');
  });

  it('restores the state from the URL when the page loads', async () => {
    history.replaceState(null, '', `${location.pathname}?pc-view=list&pc-month=2026-11&pc-fmt=online&pc-q=bus`);
    const el = await mount({ attrs: { 'url-state': '' }, events: feed, waitFor: 'load', width: 1300 });
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('November 2026');
    expect($(el, '.list')).to.not.equal(null);
    expect(shownIds(el)).to.deep.equal(['bus']);
  });

  it('moves back through the filter steps with the browser\'s back button', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', 'url-state': '' }, events: feed, waitFor: 'load', width: 1300 });
    option(el, 'Teilnahme', 'Online').querySelector('input')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['bus', 'park']);
    const popped = new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    history.back();
    await popped;
    await el.updateComplete;
    expect(shownIds(el).length).to.equal(5);
  });

  it('never touches the URL without the attribute', async () => {
    history.replaceState(null, '', `${location.pathname}?page=7`);
    const before = history.length;
    const el = await mount({ attrs: { date: '2026-11-01' }, events: feed, waitFor: 'load', width: 1300 });
    option(el, 'Teilnahme', 'Online').querySelector('input')!.click();
    await el.updateComplete;
    expect(location.search).to.equal('?page=7');
    expect(history.length).to.equal(before);
  });
});
