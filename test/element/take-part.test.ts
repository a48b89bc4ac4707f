import { expect } from '@open-wc/testing';
import { $, $$, expectAccessible, mount, text } from './helpers.js';
import type { FeedEvent } from '../../src/data/event.js';

/** ISO date `offset` days from today in Berlin: these features are about "now". */
function inDays(offset: number): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date());
  const [y, m, d] = ['year', 'month', 'day'].map((type) => Number(parts.find((p) => p.type === type)!.value));
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

const feed = (): FeedEvent[] => [
  { id: 'umfrage', title: 'Online-Umfrage Radverkehr', start: inDays(-10), end: inDays(5), format: 'online' },
  { id: 'ideen', title: 'Ideenwettbewerb Stadtpark', start: inDays(-3), end: inDays(0) },
  { id: 'zukunft', title: 'Offenlage Bebauungsplan', start: inDays(3), end: inDays(30) },
  { id: 'abgesagt', title: 'Abgesagte Phase', start: inDays(-2), end: inDays(9), status: 'cancelled' },
  {
    id: 'werkstatt',
    title: 'Bürgerwerkstatt',
    start: `${inDays(6)}T18:00:00+01:00`,
    registration: { url: 'https://www.musterstadt.example/anmeldung', deadline: inDays(3) },
  },
];

describe('take part now', () => {
  it('lists the phases open today, soonest to close first, with the time left', async () => {
    const el = await mount({ events: feed(), waitFor: 'load' });
    const items = $$(el, '[part~="running-item"]').map((b) => [text(b.querySelector('.running-title')), text(b.querySelector('.running-left'))]);
    expect(items).to.deep.equal([
      ['Ideenwettbewerb Stadtpark', 'endet heute'],
      ['Online-Umfrage Radverkehr', 'noch 5 Tage'],
    ]);
    expect(text($(el, '#running-heading'))).to.equal('Jetzt mitmachen');
    await expectAccessible(el);
  });

  it('opens a phase\'s details from the strip', async () => {
    const el = await mount({ events: feed(), waitFor: 'load' });
    $(el, '[part~="running-item"]')!.click();
    await el.updateComplete;
    expect(text($(el, '#details-title'))).to.equal('Ideenwettbewerb Stadtpark');
  });

  it('can be switched off with running="none"', async () => {
    const el = await mount({ attrs: { running: 'none' }, events: feed(), waitFor: 'load' });
    expect($(el, '[part~="running"]')).to.equal(null);
  });

  it('shows a registration deadline with the days left in the details and the list', async () => {
    const el = await mount({ attrs: { view: 'list', date: inDays(6) }, events: feed(), waitFor: 'load' });
    expect(text($(el, '[data-event-id="werkstatt"] .item-deadline'))).to.match(/^Anmeldung bis \d+\. \S+ \(noch 3 Tage\)$/);
    $(el, '[data-event-id="werkstatt"]')!.click();
    await el.updateComplete;
    expect(text($(el, 'dialog .deadline'))).to.match(/^Anmeldung bis \d+\. \S+ \(noch 3 Tage\)$/);
  });
});

describe('add to my calendar', () => {
  let saved: Blob[] = [];
  const original = URL.createObjectURL;
  beforeEach(() => {
    saved = [];
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:test';
    };
  });
  afterEach(() => {
    URL.createObjectURL = original;
  });
  const waitForFile = async () => {
    for (let i = 0; i < 50 && !saved.length; i++) await new Promise((r) => setTimeout(r, 20));
    return saved.length ? saved[0].text() : '';
  };

  it('saves one event as an .ics file from its details', async () => {
    const el = await mount({ attrs: { view: 'list', date: inDays(6) }, events: feed(), waitFor: 'load' });
    $(el, '[data-event-id="werkstatt"]')!.click();
    await el.updateComplete;
    const button = $(el, '[part~="add-to-calendar"]')!;
    expect(text(button)).to.equal('In meinen Kalender');
    button.click();
    const ics = await waitForFile();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('SUMMARY:Bürgerwerkstatt');
    expect(ics).to.contain('UID:werkstatt@');
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
  });

  it('saves every event the list shows, filters applied', async () => {
    const el = await mount({ attrs: { view: 'list', date: inDays(6) }, events: feed(), waitFor: 'load' });
    const button = $(el, '[part~="add-all"]')!;
    button.click();
    const ics = await waitForFile();
    const shown = new Set($$(el, '.list [part~="event"]').map((e) => e.dataset.eventId));
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(shown.size);
  });
});

describe('subscribe', () => {
  it('offers a webcal: link and a copyable https: address when the feed has subscribeUrl', async () => {
    const el = await mount({
      events: { timezone: 'Europe/Berlin', subscribeUrl: 'https://www.musterstadt.example/termine.ics', events: feed() },
      waitFor: 'load',
    });
    expect($<HTMLAnchorElement>(el, '[part~="subscribe"] a')!.getAttribute('href')).to.equal('webcal://www.musterstadt.example/termine.ics');
    expect($<HTMLInputElement>(el, '#subscribe-url')!.value).to.equal('https://www.musterstadt.example/termine.ics');
    expect(text($(el, '.subscribe-hint'))).to.contain('Abonnieren Sie den Kalender');
    await expectAccessible(el);
  });

  it('shows the subscription box even with no filter panel and no strip', async () => {
    const el = await mount({
      attrs: { filters: 'none', running: 'none' },
      events: { subscribeUrl: 'webcal://www.musterstadt.example/termine.ics', events: feed() },
      waitFor: 'load',
    });
    expect($<HTMLInputElement>(el, '#subscribe-url')!.value).to.equal('https://www.musterstadt.example/termine.ics');
  });

  it('says the address was copied, and keeps working when the language changes afterwards', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void copied.push(t) } });
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    try {
      const el = await mount({ events: { subscribeUrl: 'https://www.musterstadt.example/termine.ics', events: feed() }, waitFor: 'load' });
      const copy = () => $<HTMLButtonElement>(el, '[part~="copy"]')!;
      copy().click();
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(copied).to.deep.equal(['https://www.musterstadt.example/termine.ics']);
      expect(text(copy())).to.equal('Adresse kopiert');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(text(copy())).to.equal('Address copied');
      el.setAttribute('lang', 'de');
      await el.updateComplete;
      expect(text($(el, '.subscribe-hint'))).to.contain('Abonnieren Sie den Kalender');
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
      if (clipboard) Object.defineProperty(navigator, 'clipboard', clipboard);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });

  it('drops a subscribeUrl that is not http(s) or webcal', async () => {
    const el = await mount({ events: { subscribeUrl: 'javascript:alert(1)', events: feed() }, waitFor: 'load' });
    expect($(el, '[part~="subscribe"]')).to.equal(null);
  });
});
