import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, forcedColors, requires, setViewport } from './engine.js';

import { $, $$, expectAccessible, mount, nextEvent, text } from './helpers.js';
import { defineParticipationCalendar } from '../../src/define.js';
import { novemberFeed } from './feeds.js';

describe('public API', () => {
  it('updates when attributes change at any time', async () => {
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    el.setAttribute('date', '2027-01-15');
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Januar 2027');
    el.setAttribute('view', 'list');
    el.setAttribute('date', '2026-11-01');
    await el.updateComplete;
    expect($$(el, '.list-heading').length).to.be.greaterThan(0);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text($(el, '[part~="today"]'))).to.equal('Today');
  });

  it('shows Berlin times converted when timezone="America/New_York"', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', view: 'list', timezone: 'America/New_York' }, events: novemberFeed, waitFor: 'load' });
    // 18:00 in Berlin (UTC+1) is 12:00 in New York (UTC-5).
    expect(text($(el, '[data-event-id="werkstatt"] .item-time'))).to.equal('12:00–14:30 Uhr');
    // 22:00 Berlin on the 20th is 16:00 in New York, ending 19:00 the same day there.
    expect(text($(el, '[data-event-id="nacht"] .item-time'))).to.equal('16:00–19:00 Uhr');
  });

  it('indexes the feed again for a new timezone without fetching it again or firing load twice', async () => {
    const src = `/feeds/echo?${new URLSearchParams({ body: JSON.stringify(novemberFeed), zone: 'again' })}`;
    const el = await mount({ attrs: { date: '2026-11-01', view: 'list', src }, waitFor: 'load' });
    const fetches = () => performance.getEntriesByType('resource').filter((e) => e.name.endsWith(src)).length;
    expect(fetches()).to.equal(1);
    let loads = 0;
    el.addEventListener('load', () => loads++);
    el.setAttribute('timezone', 'America/New_York');
    await waitUntil(() => text($(el, '[data-event-id="werkstatt"] .item-time')) === '12:00–14:30 Uhr', 'New York times', { timeout: 3000 });
    expect(fetches(), 'requests for the feed').to.equal(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(loads, 'load events for the new zone').to.equal(0);
  });

  it('shows Berlin days and times whatever zone the browser is in', async () => {
    // The element tests run with the browser in Asia/Tokyo (see web-test-runner.config.mjs).
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Tokyo');
    const el = await mount({ attrs: { date: '2026-11-01', view: 'list' }, events: novemberFeed, waitFor: 'load' });
    expect(text($(el, '[data-event-id="werkstatt"] .item-time'))).to.equal('18:00–20:30 Uhr');
    expect(text($(el, '[data-event-id="nacht"]'))).to.match(/^Freitag, 20. November 2026/);
  });

  it('takes the language from the page when it has no lang attribute', async () => {
    document.documentElement.lang = 'en-GB';
    try {
      const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
      expect(text($(el, '[part~="today"]'))).to.equal('Today');
    } finally {
      document.documentElement.lang = '';
    }
  });

  it('runs several instances independently', async () => {
    const a = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const b = await mount({ attrs: { date: '2026-11-10', view: 'list', lang: 'en' }, events: [], waitFor: 'load' });
    ($(a, '[part~="next"]') as HTMLButtonElement).click();
    await a.updateComplete;
    expect(text($(a, 'h2'))).to.equal('Dezember 2026');
    expect(text($(b, 'h2'))).to.equal('November 2026');
    expect($$(b, '[part~="event"]').length).to.equal(0);
  });

  it('registers the tag once, however often the bundle runs', () => {
    expect(() => {
      defineParticipationCalendar();
      defineParticipationCalendar();
    }).not.to.throw();
    expect(customElements.get('participation-calendar')).to.not.equal(undefined);
  });

  it('fires load again when the events property is replaced', async () => {
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const again = nextEvent<CustomEvent>(el, 'load');
    el.events = [{ id: 'neu', title: 'Neuer Termin', start: '2026-11-11T10:00:00+01:00' }];
    expect((await again).detail.count).to.equal(1);
    await el.updateComplete;
    expect($$(el, '[part~="event"]').map((e) => e.dataset.eventId)).to.deep.equal(['neu']);
  });
});

describe('narrow screens, zoom and user settings', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ 'prefers-reduced-motion': 'no-preference' });
    await forcedColors(false);
  });

  it('switches the month to a compact grid with the focused day\'s events below it under 700 px', async () => {
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, width: 375, waitFor: 'load' });
    await el.updateComplete;
    expect($(el, '.month.compact')).to.not.equal(null);
    expect(text($(el, '.agenda-heading'))).to.equal('Termine am Dienstag, 10. November 2026');
    // The survey running that day first, then the day's two meetings.
    expect($$(el, '.agenda [part~="event"]').map((e) => e.dataset.eventId)).to.deep.equal(['umfrage', 'werkstatt', 'info-online']);
    await expectAccessible(el);
  });

  it('has no horizontal page scroll at 320 px', async function () {
    requires(this, 'narrow-window');
    await setViewport({ width: 320, height: 640 });
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, width: 320, waitFor: 'load' });
    el.parentElement!.style.width = 'auto';
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    el.setAttribute('view', 'list');
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('needs no sideways scrolling at 200 % zoom (a 1280 px screen is 640 CSS px wide)', async () => {
    await setViewport({ width: 640, height: 450 });
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, width: 640, waitFor: 'load' });
    el.parentElement!.style.width = 'auto';
    await new Promise((r) => requestAnimationFrame(r));
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
    // 640 px is too narrow for titles in seven columns: the compact month, the day's events below it.
    expect($(el, '.month.compact') !== null, 'the compact month at 640 px').to.equal(true);
    el.setAttribute('view', 'list');
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(640);
  });

  it('keeps borders on events and today in forced-colors mode', async function () {
    requires(this, 'forced-colors');
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const chip = $(el, '[data-event-id="werkstatt"]')!;
    expect(getComputedStyle(chip).borderTopStyle).to.equal('solid');
  });

  it('does not spin the loading indicator when the user prefers reduced motion', async function () {
    requires(this, 'media-emulation');
    await emulateMedia({ 'prefers-reduced-motion': 'reduce' });
    const el = await mount({ attrs: { src: '/feeds/hang', timeout: '5000' }, waitFor: 'none' });
    await waitUntil(() => $(el, '.spinner'), 'the loading state', { timeout: 2000 });
    expect(getComputedStyle($(el, '.spinner')!).animationName.split(', ')).not.to.include('spin');
  });

  it('shows the loading indicator only once loading takes a while (no spinner flashing up for a quick load)', async () => {
    const el = await mount({ attrs: { src: '/feeds/hang', timeout: '5000' }, waitFor: 'none' });
    await waitUntil(() => $(el, '.spinner'), 'the loading state', { timeout: 2000 });
    const spinner = $(el, '.spinner')!;
    expect(getComputedStyle(spinner).opacity, 'at first').to.equal('0');
    expect($(el, '.state.loading')!.textContent, 'the words show at once').to.match(/\S/);
    await waitUntil(() => getComputedStyle(spinner).opacity === '1', 'the spinner appears after 0.6 s', { timeout: 3000 });
    expect(getComputedStyle(spinner).animationName.split(', ')).to.include('spin');
  });

  it('stays readable under hostile page CSS', async () => {
    const style = document.createElement('style');
    style.textContent =
      'div, button, [role] { display: none !important } * { color: red !important; font-size: 40px !important }';
    document.head.append(style);
    try {
      const el = await mount({ attrs: { date: '2026-11-10', view: 'list' }, events: novemberFeed, waitFor: 'load' });
      el.parentElement!.setAttribute('style', 'display: block !important; width: 1100px');
      const item = $(el, '[data-event-id="werkstatt"]')!;
      expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(item).color).to.not.equal('rgb(255, 0, 0)');
      // The reader's default size, not the 40px the page forces on every element.
      expect(getComputedStyle(el).fontSize).to.equal('16px');
    } finally {
      style.remove();
    }
  });
});
