import { sendKeys } from './engine.js';
import { expect } from '@open-wc/testing';
import { $, $$, deepActiveElement, expectAccessible, mount, text } from './helpers.js';
import { crowdedDay, novemberEvents, novemberFeed } from './feeds.js';

/** What a screen reader hears on a day cell: its name, from the hidden label it points to. */
const dayLabel = (cell: Element) => text(cell.getRootNode() instanceof ShadowRoot ? (cell.getRootNode() as ShadowRoot).getElementById(cell.getAttribute('aria-labelledby')!) : null);

/** The text a screen reader's name is built from (textContent: innerText splits off visually hidden spans). */
const content = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

const cell = (el: Element, iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const day = Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
  return $(el, `[role="gridcell"][data-day="${day}"]`)!;
};

describe('month view', () => {
  it('shows the month of the date attribute as a heading and a week grid starting on Monday', async () => {
    const el = await mount({ attrs: { date: '2026-11-10', lang: 'de' }, events: novemberFeed, waitFor: 'load' });
    expect(text($(el, 'h2'))).to.equal('November 2026');
    const headers = $$(el, '[role="columnheader"]').map((h) => text(h.querySelector('.sr-only')));
    expect(headers).to.deep.equal(['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag']);
    // November 2026 starts on a Sunday: 6 week rows, from 26 October to 6 December.
    expect($$(el, '[role="row"]').length).to.equal(7);
    expect($$(el, '[role="gridcell"]').length).to.equal(42);
  });

  it('names each day cell by its date and its counts of events and running phases, not its whole content', async () => {
    const el = await mount({ attrs: { date: '2026-11-10', lang: 'de' }, events: novemberFeed, waitFor: 'load' });
    // Two meetings on the 10th; the survey (2–29 November) runs on every one of these days.
    expect(dayLabel(cell(el, '2026-11-10'))).to.equal('Dienstag, 10. November 2026: 2 Termine, 1 Beteiligungsphase');
    expect(dayLabel(cell(el, '2026-11-09'))).to.equal('Montag, 9. November 2026: 1 Beteiligungsphase');
    expect(dayLabel(cell(el, '2026-11-11'))).to.equal('Mittwoch, 11. November 2026: 1 Beteiligungsphase');
    expect(dayLabel(cell(el, '2026-11-30'))).to.equal('Montag, 30. November 2026: keine Termine');
    expect(cell(el, '2026-11-10').getAttribute('aria-describedby'), 'the keys to reach the events are described').to.match(/\S/);
  });

  it('draws a weeks-long survey as a bar across the days it covers in each week row', async () => {
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const survey = $$(el, '[data-event-id="umfrage"]');
    // 2–29 November covers the four week rows starting 2, 9, 16 and 23 November, each from Monday to Sunday.
    expect(survey.length).to.equal(4);
    expect(survey.map((b) => getComputedStyle(b).getPropertyValue('--span').trim())).to.deep.equal(['7', '7', '7', '7']);
    expect(survey[0].closest('[role="gridcell"]')).to.equal(cell(el, '2026-11-02'));
    expect(survey[0].getAttribute('aria-label')).to.contain('Beteiligungsphase bis 29. November');
    const row = cell(el, '2026-11-02').getBoundingClientRect(), bar = survey[0].getBoundingClientRect();
    const sunday = cell(el, '2026-11-08').getBoundingClientRect();
    expect(bar.right, 'the bar reaches into Sunday\'s cell').to.be.greaterThan(sunday.left + sunday.width / 2);
    expect(bar.left).to.be.at.least(row.left);
  });

  it('shows an event from 22:00 to 01:00 on its start day only, saying when it ends', async () => {
    const el = await mount({ attrs: { date: '2026-11-20' }, events: novemberFeed, waitFor: 'load' });
    const night = $$(el, '[data-event-id="nacht"]');
    expect(night.length).to.equal(1);
    expect(night[0].closest('[role="gridcell"]')).to.equal(cell(el, '2026-11-20'));
    expect(night[0].getAttribute('aria-label')).to.equal('22:00 Lange Nacht der Demokratie, 22:00 Uhr, endet am 21. Nov. um 01:00 Uhr, Hybrid');
  });

  it('marks today with aria-current="date" and nothing else', async () => {
    const el = await mount({ events: novemberFeed, waitFor: 'load' });
    const current = $$(el, '[aria-current="date"]');
    expect(current.length).to.equal(1);
    const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
    const berlinToday = ['year', 'month', 'day'].map((type) => parts.find((p) => p.type === type)!.value).join('-');
    expect(current[0]).to.equal(cell(el, berlinToday));
  });

  it('marks a cancelled event in words after its title, and strikes through only what is cancelled', async () => {
    const el = await mount({ attrs: { date: '2026-11-12' }, events: [...novemberEvents, { id: 'later', title: 'Verschobene Sitzung', start: '2026-11-13T18:00:00+01:00', status: 'postponed' }], waitFor: 'load' });
    const cancelled = $(el, '[data-event-id="abgesagt"]')!;
    expect(content(cancelled), 'on screen').to.equal('15:00 Stadtteilspaziergang Nord Abgesagt');
    expect(cancelled.getAttribute('aria-label'), 'its name').to.equal('15:00 Stadtteilspaziergang Nord, Abgesagt, Vor Ort');
    expect(getComputedStyle(cancelled.querySelector('.chip-title')!).textDecorationLine).to.equal('line-through');
    const postponed = $(el, '[data-event-id="later"]')!;
    expect(postponed.getAttribute('aria-label')).to.equal('18:00 Verschobene Sitzung, Verschoben');
    expect(getComputedStyle(postponed.querySelector('.chip-title')!).textDecorationLine).to.equal('none');
  });

  it('shows the format of each event as a shape with its word, and a legend of the shapes', async () => {
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const chip = $(el, '[data-event-id="werkstatt"]')!;
    expect(chip.querySelector('.format-icon svg')).to.not.equal(null);
    expect(chip.getAttribute('aria-label')).to.match(/, (Vor Ort|Online|Hybrid)$/);
    expect($$(el, '.legend .legend-item').map(text)).to.deep.equal(['Vor Ort', 'Online', 'Hybrid']);
  });

  it('folds a crowded day behind "+N more", which the keyboard reaches and expands', async () => {
    const el = await mount({ attrs: { date: '2026-11-17' }, events: crowdedDay(), waitFor: 'load' });
    const day = cell(el, '2026-11-17');
    expect(day.querySelectorAll('[part~="event"]').length).to.equal(2);
    day.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    const more = deepActiveElement() as HTMLElement;
    expect(more.textContent!.replace(/\s+/g, ' ').trim()).to.equal('+3 weitere Termine am 17. November');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(day.querySelectorAll('[part~="event"]').length).to.equal(5);
    expect(deepActiveElement()?.getAttribute('aria-expanded')).to.equal('true');
  });

  it('passes axe (WCAG 2.2 AA) with events, a crowded day and today', async () => {
    const el = await mount({ attrs: { date: '2026-11-17' }, events: [...novemberEvents, ...crowdedDay()], waitFor: 'load' });
    await expectAccessible(el);
  });

  it('passes axe with a crowded week of phases: four lanes of bars, the rest "+N" per day', async () => {
    const phases = ['Bürgerhaushalt', 'Lärmaktionsplan', 'Spielplatzkonzept', 'Radverkehrsplan', 'Offenlage Nr. 142', 'Leitbild 2040'].map((title, i) => ({
      id: `phase-${i}`,
      title,
      start: `2026-11-0${2 + i}`,
      end: `2026-11-${20 + i}`,
      format: 'online' as const,
    }));
    const el = await mount({ attrs: { date: '2026-11-17' }, events: [...novemberEvents, ...phases], waitFor: 'load' });
    const bars = [...cell(el, '2026-11-17').closest('[role="row"]')!.querySelectorAll('[part~="bar"]')];
    expect($$(el, '[part~="more"]').length, '"+N" buttons in the crowded weeks').to.be.greaterThan(0);
    expect(bars.length, 'bars in the week of the 17th: four lanes').to.equal(4);
    await expectAccessible(el);
  });

  it('passes axe in English', async () => {
    const el = await mount({ attrs: { date: '2026-11-17', lang: 'en' }, events: novemberFeed, waitFor: 'load' });
    expect(text($(el, 'h2'))).to.equal('November 2026');
    expect(dayLabel(cell(el, '2026-11-10'))).to.equal('Tuesday, 10 November 2026: 2 events, 1 participation phase');
    await expectAccessible(el);
  });
});

describe('month view keyboard (WAI-ARIA grid)', () => {
  async function focused(date = '2026-11-11') {
    const el = await mount({ attrs: { date }, events: novemberFeed, waitFor: 'load' });
    cell(el, date).focus();
    return el;
  }
  const focusedLabel = () => dayLabel(deepActiveElement()!);

  it('has exactly one day in the tab order (roving tabindex), the focused one', async () => {
    const el = await focused();
    const tabbable = $$(el, '[role="gridcell"][tabindex="0"]');
    expect(tabbable.length).to.equal(1);
    expect(tabbable[0]).to.equal(cell(el, '2026-11-11'));
    expect($$(el, '[role="grid"] button[tabindex="0"]').length).to.equal(0);
  });

  it('moves by a day with ArrowRight and ArrowLeft', async () => {
    await focused();
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedLabel()).to.match(/^Donnerstag, 12. November 2026/);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedLabel()).to.match(/^Dienstag, 10. November 2026/);
  });

  it('moves by a week with ArrowDown and ArrowUp', async () => {
    await focused();
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedLabel()).to.match(/^Mittwoch, 18. November 2026/);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedLabel()).to.match(/^Mittwoch, 4. November 2026/);
  });

  it('goes to the start and end of the week with Home and End', async () => {
    await focused();
    await sendKeys({ press: 'Home' });
    expect(focusedLabel()).to.match(/^Montag, 9. November 2026/);
    await sendKeys({ press: 'End' });
    expect(focusedLabel()).to.match(/^Sonntag, 15. November 2026/);
  });

  it('moves by a month with PageDown and PageUp, loading the new month', async () => {
    const el = await focused();
    await sendKeys({ press: 'PageDown' });
    expect(focusedLabel()).to.match(/^Freitag, 11. Dezember 2026/);
    expect(text($(el, 'h2'))).to.equal('Dezember 2026');
    await sendKeys({ press: 'PageUp' });
    await sendKeys({ press: 'PageUp' });
    expect(focusedLabel()).to.match(/^Sonntag, 11. Oktober 2026/);
    expect(text($(el, 'h2'))).to.equal('Oktober 2026');
  });

  it('moves by a year with Shift+PageDown and Shift+PageUp', async () => {
    const el = await focused();
    await sendKeys({ press: 'Shift+PageDown' });
    expect(focusedLabel()).to.match(/^Donnerstag, 11. November 2027/);
    expect(text($(el, 'h2'))).to.equal('November 2027');
    await sendKeys({ press: 'Shift+PageUp' });
    await sendKeys({ press: 'Shift+PageUp' });
    expect(focusedLabel()).to.match(/^Dienstag, 11. November 2025/);
  });

  it('enters a day with Space or F2 as with Enter', async () => {
    await focused('2026-11-10');
    await sendKeys({ press: ' ' });
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('umfrage');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'F2' });
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('umfrage');
  });

  it('crosses into the next month with an arrow key on the last day', async () => {
    const el = await focused('2026-11-30');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedLabel()).to.match(/^Dienstag, 1. Dezember 2026/);
    expect(text($(el, 'h2'))).to.equal('Dezember 2026');
  });

  it('enters a day with Enter, moves among its phases and events with arrows and leaves with Escape', async () => {
    const el = await focused('2026-11-10');
    await sendKeys({ press: 'Enter' });
    // The survey's bar begins in Monday's cell, and runs on Tuesday too: it is Tuesday's first item.
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('umfrage');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('werkstatt');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('info-online');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement()?.getAttribute('data-event-id'), 'back on the phase, still Tuesday').to.equal('umfrage');
    await sendKeys({ press: 'Escape' });
    expect(deepActiveElement()).to.equal(cell(el, '2026-11-10'));
  });

  it('goes on past the grid with Tab from an event inside a day, never back to the toolbar', async () => {
    const el = await focused('2026-11-18');
    const after = document.createElement('button');
    after.textContent = 'after';
    el.parentElement!.append(after);
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.closest('[role="grid"]'), 'inside the grid').to.not.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
  });

  it('leaves the grid with Tab instead of trapping focus', async () => {
    const el = await focused();
    const after = document.createElement('button');
    after.textContent = 'after';
    el.parentElement!.append(after);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
  });

  it('announces the new month in a polite live region', async () => {
    const el = await focused();
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    const live = $(el, '[aria-live="polite"]')!;
    expect(text(live)).to.match(/^Dezember 2026: (keine Termine|\d+ Termine?)$/);
  });
});
