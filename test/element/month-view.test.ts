import { sendKeys } from './engine.js';
import { expect } from '@open-wc/testing';
import { $, $$, deepActiveElement, expectAccessible, mount, text } from './helpers.js';
import { crowdedDay, novemberEvents, novemberFeed } from './feeds.js';

/** What a screen reader hears first on a day cell: its hidden full date and event count. */
const dayLabel = (cell: Element) => text(cell.querySelector('.day-label'));

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

  it('starts each day cell with its full date and how many events it has', async () => {
    const el = await mount({ attrs: { date: '2026-11-10', lang: 'de' }, events: novemberFeed, waitFor: 'load' });
    // Two meetings plus the running survey (shown once per week row, on its first day there).
    expect(dayLabel(cell(el, '2026-11-10'))).to.equal('Dienstag, 10. November 2026, 2 Termine');
    expect(dayLabel(cell(el, '2026-11-09'))).to.equal('Montag, 9. November 2026, 1 Termin');
    expect(dayLabel(cell(el, '2026-11-11'))).to.equal('Mittwoch, 11. November 2026, keine Termine');
  });

  it('shows a weeks-long survey once per week row, not on every day', async () => {
    const el = await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const survey = $$(el, '[data-event-id="umfrage"]');
    // 2–29 November covers the four week rows starting 2, 9, 16 and 23 November.
    expect(survey.length).to.equal(4);
    expect(text(survey[0])).to.contain('bis 29. November');
  });

  it('shows an event from 22:00 to 01:00 on its start day only, saying when it ends', async () => {
    const el = await mount({ attrs: { date: '2026-11-20' }, events: novemberFeed, waitFor: 'load' });
    const night = $$(el, '[data-event-id="nacht"]');
    expect(night.length).to.equal(1);
    expect(night[0].closest('[role="gridcell"]')).to.equal(cell(el, '2026-11-20'));
    expect(text(night[0])).to.contain('22:00 Uhr, endet am 21. Nov. um 01:00 Uhr');
  });

  it('marks today with aria-current="date" and nothing else', async () => {
    const el = await mount({ events: novemberFeed, waitFor: 'load' });
    const current = $$(el, '[aria-current="date"]');
    expect(current.length).to.equal(1);
    const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
    const berlinToday = ['year', 'month', 'day'].map((type) => parts.find((p) => p.type === type)!.value).join('-');
    expect(current[0]).to.equal(cell(el, berlinToday));
  });

  it('marks a cancelled event in words, not by colour alone', async () => {
    const el = await mount({ attrs: { date: '2026-11-12' }, events: novemberFeed, waitFor: 'load' });
    expect(text($(el, '[data-event-id="abgesagt"]'))).to.match(/^15:00 Abgesagt: Stadtteilspaziergang Nord/);
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
    expect(text(more)).to.equal('+3 weitere Termine am 17. November');
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

  it('passes axe in English', async () => {
    const el = await mount({ attrs: { date: '2026-11-17', lang: 'en' }, events: novemberFeed, waitFor: 'load' });
    expect(text($(el, 'h2'))).to.equal('November 2026');
    expect(dayLabel(cell(el, '2026-11-10'))).to.equal('Tuesday, 10 November 2026, 2 events');
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
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('werkstatt');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'F2' });
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('werkstatt');
  });

  it('crosses into the next month with an arrow key on the last day', async () => {
    const el = await focused('2026-11-30');
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedLabel()).to.match(/^Dienstag, 1. Dezember 2026/);
    expect(text($(el, 'h2'))).to.equal('Dezember 2026');
  });

  it('enters a day with Enter, moves among its events with arrows and leaves with Escape', async () => {
    const el = await focused('2026-11-10');
    await sendKeys({ press: 'Enter' });
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('werkstatt');
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()?.getAttribute('data-event-id')).to.equal('info-online');
    await sendKeys({ press: 'Escape' });
    expect(deepActiveElement()).to.equal(cell(el, '2026-11-10'));
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
