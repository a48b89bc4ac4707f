// Who can take part, as a resident meets it: access facts as words with icons in the list
// and the details (the sign-language request counting down), languages by name, the
// audience, and the whole widget in Leichte Sprache.
import { expect } from '@open-wc/testing';
import { $, $$, expectAccessible, mount, text } from './helpers.js';
import type { FeedEvent } from '../../src/data/event.js';

/** A day `offset` days from today in Berlin, the feed's zone (the test browser may run in another zone). */
function iso(offset: number): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date());
  const [y, m, d] = (['year', 'month', 'day'] as const).map((type) => Number(parts.find((p) => p.type === type)!.value));
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

const events: FeedEvent[] = [
  {
    id: 'werkstatt',
    title: 'Planungswerkstatt Marktplatz',
    start: `${iso(5)}T18:00:00+01:00`,
    end: `${iso(5)}T20:00:00+01:00`,
    format: 'hybrid',
    accessibility: { stepFree: true, hearingLoop: true, signLanguage: 'on-request', signLanguageRequestBy: iso(3), note: 'Eingang über den Hof' },
  },
  {
    id: 'tuerkisch',
    title: 'Informationsabend auf Türkisch',
    start: `${iso(6)}T18:00:00+01:00`,
    format: 'in-person',
    languages: ['tr', 'de'],
    audience: ['Familien'],
    accessibility: { childcare: 'registration' },
    easyDescription: 'Ein Abend auf Türkisch. Es gibt Kinder·betreuung.',
    description: 'Wärmeplanung und Förderung, auf Türkisch mit Übersetzung.',
  },
];

async function openDetails(el: HTMLElement, id: string) {
  $$(el, '.list .item-button').find((b) => b.dataset.eventId === id)!.click();
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return $<HTMLDialogElement>(el, 'dialog.details[open]')!;
}

describe('access facts, languages and audiences', () => {
  it('shows the facts and languages as words in the list rows, icons beside the words only', async () => {
    const el = await mount({ attrs: { view: 'list', date: iso(5), lang: 'de' }, events, waitFor: 'load' });
    const row = (id: string) => $$(el, '.list .item-button').find((b) => b.dataset.eventId === id)!;
    const badges = (id: string) => [...row(id).querySelectorAll('.badge.access')].map((b) => text(b));
    expect(badges('werkstatt')).to.deep.equal(['Stufenlos erreichbar', 'Höranlage', 'Gebärdensprache auf Anfrage']);
    expect(badges('tuerkisch')).to.deep.equal(['Kinderbetreuung mit Anmeldung', 'Türkisch, Deutsch']);
    for (const svg of row('werkstatt').querySelectorAll('.badge.access svg')) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    await expectAccessible(el);
  });

  it('lists the facts in the details, the sign-language request counting down like a registration', async () => {
    const el = await mount({ attrs: { view: 'list', date: iso(5), lang: 'de' }, events, waitFor: 'load' });
    const dialog = await openDetails(el, 'werkstatt');
    const facts = [...dialog.querySelectorAll('.access-facts li')].map((li) => text(li));
    expect(facts.slice(0, 2)).to.deep.equal(['Stufenlos erreichbar', 'Höranlage']);
    expect(facts[2]).to.match(/^Gebärdensprache auf Anfrage bis \d+\. \p{L}+ \(noch 3 Tage\)$/u);
    const field = (label: string) => [...dialog.querySelectorAll('.field')].find((f) => text(f.querySelector('dt')) === label);
    expect(text(field('Hinweise zur Barrierefreiheit')!.querySelector('dd'))).to.equal('Eingang über den Hof');
    await expectAccessible(el);
  });

  it('names the languages and the audience in the details, in the widget\'s language', async () => {
    const el = await mount({ attrs: { view: 'list', date: iso(6), lang: 'en' }, events, waitFor: 'load' });
    const dialog = await openDetails(el, 'tuerkisch');
    const field = (label: string) => text([...dialog.querySelectorAll('.field')].find((f) => text(f.querySelector('dt')) === label)?.querySelector('dd') ?? null);
    expect(field('Languages')).to.equal('Turkish, German');
    expect(field('Meant for')).to.equal('Familien');
    expect(field('Accessibility and inclusion')).to.equal('Childcare (register)');
    expect([...dialog.querySelectorAll('.description')].map((p) => text(p)), 'no Leichte-Sprache text in English').to.deep.equal([
      'Wärmeplanung und Förderung, auf Türkisch mit Übersetzung.',
    ]);
  });
});

describe('Leichte Sprache (lang="de-x-ls")', () => {
  it('speaks Leichte Sprache, says so to screen readers, and shows the easy description first', async () => {
    const el = await mount({ attrs: { view: 'list', date: iso(6), lang: 'de-x-ls' }, events, waitFor: 'load' });
    expect($(el, '[lang="de-x-ls"]'), 'the widget root carries the tag').to.not.equal(null);
    expect($(el, '[part~="previous"]')!.getAttribute('aria-label') ?? text($(el, '[part~="previous"]'))).to.equal('Monat davor');
    const dialog = await openDetails(el, 'tuerkisch');
    expect([...dialog.querySelectorAll('.description')].map((p) => text(p))).to.deep.equal([
      'Ein Abend auf Türkisch. Es gibt Kinder·betreuung.',
      'Wärmeplanung und Förderung, auf Türkisch mit Übersetzung.',
    ]);
    expect(text(dialog.querySelector('.access-facts li'))).to.equal('Kinder·betreuung: bitte anmelden');
    await expectAccessible(el);
  });

  it('follows the page: <html lang="de-x-ls"> gives Leichte Sprache, <html lang="de-DE"> German', async () => {
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'de-x-ls';
      const easy = await mount({ attrs: { date: iso(5) }, events, waitFor: 'load' });
      expect(text($(easy, '[part~="today"]'))).to.equal('Heute');
      expect($(easy, '[lang="de-x-ls"]')).to.not.equal(null);
      document.documentElement.lang = 'de-DE';
      const german = await mount({ attrs: { date: iso(5) }, events, waitFor: 'load' });
      expect($(german, '[lang="de-x-ls"]')).to.equal(null);
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('filter group "Barrierefreiheit und Teilhabe"', () => {
  const group = (el: HTMLElement) => $$(el, 'fieldset').find((f) => text(f.querySelector('legend')) === 'Barrierefreiheit und Teilhabe')!;
  const option = (el: HTMLElement, label: string) =>
    [...group(el).querySelectorAll('label.option')].find((l) => text(l.querySelector('.option-label')) === label) as HTMLLabelElement;
  const shownIds = (el: HTMLElement) => [...new Set($$(el, '.list [part~="event"]').map((e) => e.dataset.eventId))].sort();

  it('offers the feed\'s facts, languages and audiences with counts; every choice must hold', async () => {
    const el = await mount({ attrs: { view: 'list', date: iso(5), lang: 'de' }, events, waitFor: 'load', width: 1300 });
    const labels = [...group(el).querySelectorAll('label.option')].map((l) => text(l));
    expect(labels).to.deep.equal([
      'Stufenlos erreichbar (1)', 'Höranlage (1)', 'Gebärdensprache auf Anfrage (1)', 'Kinderbetreuung mit Anmeldung (1)',
      'Auf Deutsch (1)', 'Auf Türkisch (1)', 'Für Familien (1)',
    ]);
    expect(text(group(el).querySelector('.hint'))).to.equal('Zeigt Termine, auf die alles Gewählte zutrifft.');
    const changes: CustomEvent[] = [];
    el.addEventListener('filter-change', (e) => changes.push(e as CustomEvent));
    option(el, 'Auf Türkisch').querySelector('input')!.click();
    await el.updateComplete;
    expect(shownIds(el)).to.deep.equal(['tuerkisch']);
    expect(changes.at(-1)!.detail.access).to.deep.equal(['lang:tr']);
    // With Turkish chosen, step-free would leave nothing: not checkable.
    expect(option(el, 'Stufenlos erreichbar').querySelector('input')!.disabled).to.equal(true);
    expect(text(option(el, 'Für Familien'))).to.equal('Für Familien (1)');
    expect($$(el, '[part~="chip"]').some((c) => text(c).includes('Auf Türkisch')), 'a chip for the choice').to.equal(true);
    await expectAccessible(el);
  });

  it('takes presets by attribute: access="step-free, hearing-loop"', async () => {
    const el = await mount({ attrs: { view: 'list', date: iso(5), lang: 'de', access: 'step-free, hearing-loop' }, events, waitFor: 'load', width: 1300 });
    expect(shownIds(el)).to.deep.equal(['werkstatt']);
    expect(option(el, 'Höranlage').querySelector('input')!.checked).to.equal(true);
  });
});
