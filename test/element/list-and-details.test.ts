import { sendKeys } from './engine.js';
import { expect } from '@open-wc/testing';
import { $, $$, deepActiveElement, expectAccessible, mount, text } from './helpers.js';
import { novemberFeed } from './feeds.js';

describe('list view', () => {
  it('groups the events of the month under day headings with time, title, format and place', async () => {
    const el = await mount({ attrs: { view: 'list', date: '2026-11-01' }, events: novemberFeed, waitFor: 'load' });
    const headings = $$(el, '.list-heading').map(text);
    expect(headings).to.deep.equal([
      'Montag, 2. November 2026',
      'Dienstag, 10. November 2026',
      'Donnerstag, 12. November 2026',
      'Freitag, 20. November 2026',
    ]);
    const werkstatt = $(el, '[data-event-id="werkstatt"]')!;
    expect(text(werkstatt.querySelector('.item-time'))).to.equal('18:00–20:30 Uhr');
    expect(text(werkstatt.querySelector('.item-title'))).to.equal('Bürgerwerkstatt Innenstadt');
    expect(text(werkstatt.querySelector('.item-meta'))).to.equal('Vor Ort Stadtbibliothek');
  });

  it('lists a weeks-long phase once, saying until when it runs', async () => {
    const el = await mount({ attrs: { view: 'list', date: '2026-11-01' }, events: novemberFeed, waitFor: 'load' });
    const survey = $$(el, '[data-event-id="umfrage"]');
    expect(survey.length).to.equal(1);
    expect(text(survey[0].querySelector('.item-time'))).to.equal('bis 29. November');
  });

  it('puts a phase that began in an earlier month under "running" at the top', async () => {
    const el = await mount({
      attrs: { view: 'list', date: '2026-12-01' },
      events: [{ id: 'p', title: 'Offenlage Bebauungsplan', start: '2026-11-20', end: '2026-12-18' }],
      waitFor: 'load',
    });
    expect(text($(el, '.list-heading'))).to.equal('Laufende Beteiligungsphasen');
    expect(text($(el, '[data-event-id="p"] .item-time'))).to.equal('bis 18. Dezember');
  });

  it('lets every event be read on its own: its button names the day', async () => {
    const el = await mount({ attrs: { view: 'list', date: '2026-11-01' }, events: novemberFeed, waitFor: 'load' });
    expect(text($(el, '[data-event-id="nacht"]'))).to.match(/^Freitag, 20. November 2026, 22:00 Uhr, endet am 21. Nov. um 01:00 Uhr/);
  });

  it('passes axe (WCAG 2.2 AA) in German and English', async () => {
    const el = await mount({ attrs: { view: 'list', date: '2026-11-01' }, events: novemberFeed, waitFor: 'load' });
    await expectAccessible(el);
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(text($(el, '.list-heading'))).to.equal('Monday, 2 November 2026');
    await expectAccessible(el);
  });
});

describe('event details', () => {
  async function openWerkstatt() {
    const el = await mount({ attrs: { view: 'list', date: '2026-11-01' }, events: novemberFeed, waitFor: 'load' });
    const trigger = $(el, '[data-event-id="werkstatt"]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    return { el, trigger, dialog: $<HTMLDialogElement>(el, 'dialog.details')! };
  }

  it('opens as a modal dialog named by the title, with focus inside', async () => {
    const { dialog } = await openWerkstatt();
    expect(dialog.open).to.equal(true);
    expect(text(dialog.querySelector('#details-title'))).to.equal('Bürgerwerkstatt Innenstadt');
    expect(dialog.contains(deepActiveElement())).to.equal(true);
  });

  it('shows every field of the feed', async () => {
    const { dialog } = await openWerkstatt();
    const fields = Object.fromEntries(
      [...dialog.querySelectorAll('.field')].map((f) => [text(f.querySelector('dt')), text(f.querySelector('dd'))]),
    );
    expect(fields).to.deep.equal({
      Wann: 'Dienstag, 10. November 2026 18:00–20:30 Uhr',
      Teilnahme: 'Vor Ort',
      Wo: 'Stadtbibliothek Marktplatz 1, 67655 Musterstadt',
      Stadtteil: 'Innenstadt',
      // The deadline (8 November 2026) lies before the day these tests run (25 November 2026 or later).
      Anmeldung: 'Anmeldeschluss war am 8. November Zur Anmeldung',
      Veranstalter: 'Referat Stadtentwicklung',
      'Hinweise zur Barrierefreiheit': 'Barrierefreier Zugang, Induktionsschleife',
      Themen: 'Stadtentwicklung',
    });
    expect(text(dialog.querySelector('.description'))).to.equal('Wie soll die Innenstadt 2040 aussehen? Bringen Sie Ihre Ideen mit.');
    const links = [...dialog.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['https://www.musterstadt.example/anmeldung', 'https://www.musterstadt.example/beteiligung/werkstatt']);
  });

  it('closes with Escape and gives focus back to the event that opened it', async () => {
    const { el, dialog, trigger } = await openWerkstatt();
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger);
  });

  it('closes with its close button, focus back on the event', async () => {
    const { el, dialog, trigger } = await openWerkstatt();
    (dialog.querySelector('button.close') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(deepActiveElement()).to.equal(trigger);
  });

  it('says in words that an event is cancelled', async () => {
    const el = await mount({ attrs: { view: 'list', date: '2026-11-01' }, events: novemberFeed, waitFor: 'load' });
    $(el, '[data-event-id="abgesagt"]')!.click();
    await el.updateComplete;
    expect(text($(el, 'dialog .notice'))).to.equal('Dieser Termin ist abgesagt.');
    expect(text($(el, '[data-event-id="abgesagt"] .status'))).to.equal('Abgesagt');
  });

  it('opens from the month grid too, and focus returns to the grid event', async () => {
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const day = $(el, '[role="gridcell"][data-day="20767"]')!;
    day.focus();
    await sendKeys({ press: 'Enter' });
    const chip = deepActiveElement() as HTMLElement;
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog.details')!.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(chip);
  });

  it('passes axe (WCAG 2.2 AA) while open', async () => {
    const { el } = await openWerkstatt();
    await expectAccessible(el);
  });
});
