// A feed too big for one file, fetched month by month: `src` with {from} and {to}.
// The month shown comes first, its neighbours while the page is idle; a month
// fetched once is kept; a month not yet there shows a loading line above the grid,
// which stays (and focus with it); phases that began earlier still appear, once.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from './engine.js';
import { $, $$, deepActiveElement, expectAccessible, mount, text } from './helpers.js';

const template = (log: string, wait = 0) => `/feeds/range?log=${log}${wait ? `&wait=${wait}` : ''}&from={from}&to={to}`;
const asked = async (log: string): Promise<string[]> => (await fetch(`/feeds/range-log?log=${log}`)).json();
const ids = (el: HTMLElement) => [...new Set($$(el, '.month [part~="event"]').map((e) => e.dataset.eventId))].sort();

describe('a feed fetched month by month ({from} and {to})', () => {
  it('fetches the month shown first, then its neighbours, and shows a phase that began earlier', async () => {
    const log = `a${Math.random()}`;
    const el = await mount({ attrs: { src: template(log), date: '2026-11-10' }, waitFor: 'load' });
    expect((await asked(log))[0]).to.equal('2026-11-01');
    expect(ids(el)).to.include.members(['nov', 'phase']);
    await waitUntil(async () => (await asked(log)).length === 3, 'the neighbours are fetched while idle', { timeout: 4000 });
    expect((await asked(log)).slice(1).sort()).to.deep.equal(['2026-10-01', '2026-12-01']);
  });

  it('goes to a prefetched month without a loading state, and back without fetching again', async () => {
    const log = `b${Math.random()}`;
    const el = await mount({ attrs: { src: template(log), date: '2026-11-10' }, waitFor: 'load' });
    await waitUntil(async () => (await asked(log)).length === 3, 'neighbours', { timeout: 4000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = $(el, '[part~="next"]')!;
    next.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '[part~="heading"]'))).to.equal('Dezember 2026');
    expect($(el, '[part~="loading"]')).to.equal(null);
    expect(ids(el)).to.include.members(['dec', 'phase']);
    expect(deepActiveElement()).to.equal(next);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // January is asked for now (and February while idle); November is still here.
    const previous = $(el, '[part~="previous"]')!;
    previous.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text($(el, '[part~="heading"]'))).to.equal('November 2026');
    expect(ids(el)).to.include.members(['nov', 'phase']);
    // The phase shows once a day though three months' files have it.
    const phaseOnTheTenth = $$(el, '[role="gridcell"]').find((c) => c.dataset.day && text(c).startsWith('10'))!;
    expect([...phaseOnTheTenth.querySelectorAll('[data-event-id="phase"]')].length).to.be.at.most(1);
    expect((await asked(log)).filter((from) => from === '2026-11-01')).to.have.length(1);
  });

  it('shows a loading line above the grid for a month not yet there; the grid and focus stay', async () => {
    const log = `c${Math.random()}`;
    const el = await mount({ attrs: { src: template(log, 700), date: '2026-11-10' }, waitFor: 'load' });
    // The keyboard user is on the grid and goes two months on at once (Page Down twice): January is not there.
    const cell = $(el, '[role="gridcell"][tabindex="0"]')!;
    cell.focus();
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'PageDown' });
    await el.updateComplete;
    expect(text($(el, '[part~="heading"]'))).to.equal('Januar 2027');
    expect($(el, '[part~="loading"]')).to.not.equal(null);
    expect(text($(el, '.live'))).to.equal('Januar 2027: Termine werden geladen …');
    const focused = deepActiveElement();
    expect(focused?.getAttribute('role')).to.equal('gridcell');
    await waitUntil(() => ids(el).includes('jan'), 'January arrives', { timeout: 4000 });
    await el.updateComplete;
    expect($(el, '[part~="loading"]')).to.equal(null);
    expect(deepActiveElement()).to.equal(focused);
    expect(text($(el, '.live'))).to.equal('Januar 2027: 1 Termin');
    await expectAccessible(el);
  });

  it('takes a month without a file (404) for a month without events, and says so of the loaded months', async () => {
    const el = await mount({ attrs: { src: template(`d${Math.random()}`), date: '2027-03-10' }, waitFor: 'load' });
    expect($(el, '[part~="error"]')).to.equal(null);
    expect(text($(el, '[part~="empty"]'))).to.include('In den geladenen Monaten sind danach keine Termine angekündigt.');
  });
});
