// What a screen-reader user hears: roles, names and descriptions as Chromium's
// accessibility tree computes them (not our own reading of the DOM).
import { expect } from '@open-wc/testing';
import { accessibleNodes, requires, sendKeys } from './engine.js';
import { $, mount } from './helpers.js';
import { crowdedDay, novemberEvents, novemberFeed } from './feeds.js';
import type { FeedEvent } from '../../src/data/event.js';

const dayNumber = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
};
const inWidget = (selector: string) => `participation-calendar >>> ${selector}`;
const one = async (selector: string) => {
  const [node] = await accessibleNodes(inWidget(selector));
  expect(node, `nothing found for ${selector}`).to.not.equal(null);
  return node!;
};

/** ISO date `offset` days from today in Berlin. */
function inDays(offset: number): string {
  const parts = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Berlin', year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(new Date());
  const [y, m, d] = ['year', 'month', 'day'].map((type) => Number(parts.find((p) => p.type === type)!.value));
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
}

describe('what a screen reader hears', () => {
  beforeEach(function () {
    requires(this, 'a11y-tree');
  });

  it('on a day: its date and what happens on it, and how to reach that', async () => {
    await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    const day = await one(`[role="gridcell"][data-day="${dayNumber('2026-11-10')}"]`);
    expect(day.role).to.equal('gridcell');
    expect(day.name).to.equal('Dienstag, 10. November 2026: 2 Termine, 1 Beteiligungsphase');
    expect(day.description).to.match(/^Mit der Eingabetaste zu den Terminen des Tages/);
  });

  it('on an event: time, title, format and status once, not the day again', async () => {
    await mount({ attrs: { date: '2026-11-10' }, events: novemberFeed, waitFor: 'load' });
    expect(await one('[role="grid"] [data-event-id="werkstatt"]')).to.deep.include({ role: 'button', name: '18:00 Bürgerwerkstatt Innenstadt, Vor Ort' });
    expect((await one('[role="grid"] [data-event-id="abgesagt"]')).name).to.equal('15:00 Stadtteilspaziergang Nord, Abgesagt, Vor Ort');
    expect((await one('[role="grid"] [data-event-id="nacht"]')).name).to.equal('22:00 Lange Nacht der Demokratie, 22:00 Uhr, endet am 21. Nov. um 01:00 Uhr, Hybrid');
  });

  it('on a phase: named as a phase, with its end and the days left', async () => {
    const phase: FeedEvent = { id: 'haushalt', title: 'Bürgerhaushalt', start: inDays(-5), end: inDays(10), format: 'online' };
    await mount({ events: [phase], waitFor: 'load' });
    const bars = await accessibleNodes(inWidget('[role="grid"] [data-event-id="haushalt"]'));
    expect(bars.length).to.be.greaterThan(0);
    expect(bars[0]!.role).to.equal('button');
    expect(bars[0]!.name).to.match(/^Bürgerhaushalt, Beteiligungsphase bis \d+\. \p{L}+, noch 10 Tage, Online$/u);
  });

  it('on a crowded day: "+N weitere" says what it unfolds', async () => {
    await mount({ attrs: { date: '2026-11-17' }, events: crowdedDay(), waitFor: 'load' });
    expect(await one('[part~="more"]')).to.deep.include({ role: 'button', name: '+3 weitere Termine am 17. November' });
  });

  it('in the list: one landmark for the list, not one per day; rows are buttons with day, time and title', async () => {
    await mount({ attrs: { date: '2026-11-01', view: 'list' }, events: [...novemberEvents], waitFor: 'load' });
    const sections = await accessibleNodes(inWidget('section, .list-day'));
    expect(sections.filter((n) => n?.role === 'region').map((n) => n!.name)).to.deep.equal(['November 2026']);
    const row = await one('.list [data-event-id="werkstatt"]');
    expect(row.role).to.equal('button');
    expect(row.name).to.match(/^Dienstag, 10\. November 2026, 18:00–20:30 Uhr/);
    expect(row.name).to.contain('Bürgerwerkstatt Innenstadt');
  });

  it('in the details: a dialog named by the event', async () => {
    const el = await mount({ attrs: { date: '2026-11-01', view: 'list' }, events: novemberFeed, waitFor: 'load' });
    $(el, '.list [data-event-id="werkstatt"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(await one('dialog.details')).to.deep.include({ role: 'dialog', name: 'Bürgerwerkstatt Innenstadt' });
  });
});
