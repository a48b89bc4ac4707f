// Several sources in one tag, as an editor writes it: `src` with several
// addresses (real HTTP answers from the test server), JSON and iCalendar
// mixed, each named; one source down or slow must not cost the others.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from './engine.js';
import { $, $$, deepActiveElement, echoUrl, expectAccessible, mount, nextEvent, text } from './helpers.js';
import type { LoadDetail } from '../../src/events.js';

const city = {
  name: 'Stadt Musterstadt',
  timezone: 'Europe/Berlin',
  events: [
    { id: 'forum', title: 'Bürgerforum Weststadt', start: '2026-11-10T18:00:00+01:00', location: { name: 'Rathaus' } },
    { id: 'rad', title: 'Radwegeplanung', start: '2026-11-12T17:00:00+01:00' },
    // Also in the youth council's calendar (same title, start and place): shown once.
    { id: 'park', title: 'Parkgestaltung', start: '2026-11-18T16:00:00+01:00', location: { name: 'Stadtpark' } },
  ],
};

// The youth council's Google-style calendar: UTC times, a name of its own, and a weekly
// meeting at 17:00 UTC that crosses no switch in November (18:00 in Berlin).
const youthIcs = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Jugendrat//DE', 'X-WR-CALNAME:Jugendrat Musterstadt', 'X-WR-TIMEZONE:UTC',
  'BEGIN:VEVENT', 'UID:jr-sitzung', 'DTSTAMP:20261001T000000Z', 'SUMMARY:Jugendratssitzung', 'DTSTART:20261104T170000Z',
  'DTEND:20261104T183000Z', 'RRULE:FREQ=WEEKLY;COUNT=4', 'END:VEVENT',
  'BEGIN:VEVENT', 'UID:jr-park', 'DTSTAMP:20261001T000000Z', 'SUMMARY:Parkgestaltung', 'DTSTART:20261118T150000Z',
  'LOCATION:Stadtpark', 'END:VEVENT',
  'END:VCALENDAR', '',
].join('\r\n');
const youthUrl = (options: { wait?: number } = {}) => echoUrl(youthIcs, { type: 'text/calendar', ...options });

const titlesOn = (el: HTMLElement) => $$(el, '.month [part~="event"]').map((chip) => text(chip.querySelector('.chip-title')));

describe('several sources in one tag', () => {
  it('shows the events of a JSON and an iCalendar feed together, each named, a shared event once', async () => {
    const loaded = nextEventPromise();
    const el = await mount({ attrs: { src: `${echoUrl(city)} ${youthUrl()}`, date: '2026-11-10', lang: 'de' }, waitFor: 'load' });
    const detail = (await loaded).detail;
    const titles = titlesOn(el);
    expect(titles.filter((t) => t === 'Jugendratssitzung')).to.have.length(4);
    expect(titles.filter((t) => t === 'Parkgestaltung')).to.have.length(1);
    expect(titles).to.include('Bürgerforum Weststadt');
    // Events, not dates: the series counts once, the shared event once.
    expect(detail.count).to.equal(3 + 2 - 1);
    expect(detail.sources.map((s) => [s.name, s.count])).to.deep.equal([['Stadt Musterstadt', 3], ['Jugendrat Musterstadt', 2]]);
    expect(detail.sources.every((s) => s.url?.startsWith('http'))).to.equal(true);
    expect(detail.merged).to.deep.equal([{ id: 'park', title: 'Parkgestaltung', sources: ['Stadt Musterstadt', 'Jugendrat Musterstadt'] }]);
    // The UTC series in the display zone (Berlin): 17:00 UTC is 18:00.
    const meeting = $$(el, '.month [part~="event"]').find((chip) => text(chip.querySelector('.chip-title')) === 'Jugendratssitzung')!;
    expect(text(meeting.querySelector('.chip-time'))).to.equal('18:00');
  });

  it("says in the details where an event comes from, both sources for a shared one", async () => {
    const el = await mount({ attrs: { src: `${echoUrl(city)} ${youthUrl()}`, date: '2026-11-10', view: 'list' }, waitFor: 'load' });
    $(el, '[data-event-id="park"]')!.click();
    await el.updateComplete;
    const fields = text($(el, 'dialog.details .fields'));
    expect(fields).to.include('Quelle Stadt Musterstadt, Jugendrat Musterstadt');
    (el.shadowRoot!.querySelector('dialog.details button.close') as HTMLButtonElement).click();
    await el.updateComplete;
    $(el, '[data-event-id="jr-sitzung"]')!.click();
    await el.updateComplete;
    expect(text($(el, 'dialog.details .fields'))).to.include('Quelle Jugendrat Musterstadt');
  });

  it('takes the names an editor gives in source-names, in the order of src', async () => {
    const loaded = nextEventPromise();
    await mount({ attrs: { src: `${echoUrl({ events: city.events })} ${youthUrl()}`, 'source-names': 'Rathaus, ', date: '2026-11-10' }, waitFor: 'load' });
    expect((await loaded).detail.sources.map((s) => s.name)).to.deep.equal(['Rathaus', 'Jugendrat Musterstadt']);
  });

  it('names a feed without a name by its host', async () => {
    const loaded = nextEventPromise();
    await mount({ attrs: { src: `${echoUrl({ events: city.events })} ${youthUrl()}`, date: '2026-11-10' }, waitFor: 'load' });
    expect((await loaded).detail.sources[0].name).to.equal(location.host);
  });

  it('takes several feeds through the events property', async () => {
    const loaded = nextEventPromise();
    const el = await mount({
      attrs: { date: '2026-11-10' },
      events: [city, { name: 'Bezirksbeirat Nord', events: [{ id: 'b1', title: 'Bezirksbeirat', start: '2026-11-11T19:00:00+01:00' }] }],
      waitFor: 'load',
    });
    expect(titlesOn(el)).to.include('Bezirksbeirat');
    expect((await loaded).detail.sources.map((s) => s.name)).to.deep.equal(['Stadt Musterstadt', 'Bezirksbeirat Nord']);
  });
});

describe('one source down, the rest shown', () => {
  it('shows the others, names the missing source with a retry for it alone, and fires load (not error)', async () => {
    let errors = 0;
    const loaded = nextEventPromise();
    const el = await mount({ attrs: { src: `${echoUrl(city)} /feeds/status-500`, date: '2026-11-10', 'source-names': ', Bezirke' }, waitFor: 'none' });
    el.addEventListener('error', () => errors++);
    const detail = (await loaded).detail;
    await el.updateComplete;
    expect(errors).to.equal(0);
    expect(titlesOn(el)).to.include('Bürgerforum Weststadt');
    expect(detail.sources[1]).to.deep.include({ name: 'Bezirke' });
    expect(detail.sources[1].error).to.deep.equal({ message: 'Die Termine konnten nicht geladen werden: Der Server hat einen Fehler gemeldet (Fehler 500).', kind: 'http', status: 500 });
    const notice = $(el, '[part="sources"]')!;
    expect(text(notice)).to.include('Es fehlen Termine von: Bezirke.');
    expect(text(notice)).to.include('Bezirke: Die Termine konnten nicht geladen werden');
    // Said with the first period shown, in the live region.
    expect(text($(el, '.live'))).to.match(/Es fehlen Termine von: Bezirke\.$/);
    const retry = notice.querySelector('button')!;
    expect(retry.getAttribute('aria-describedby')).to.equal(notice.querySelector('li span')!.id);
    await expectAccessible(el);
  });

  it('tries the failed source again on its own: the others are not fetched again', async () => {
    const id = `several-${Math.random()}`;
    const requests: string[] = [];
    const observer = new PerformanceObserver((list) => requests.push(...list.getEntries().map((e) => e.name)));
    observer.observe({ type: 'resource' });
    const first = nextEventPromise();
    const el = await mount({ attrs: { src: `${echoUrl(city)} /feeds/flaky?id=${id}`, date: '2026-11-10' }, waitFor: 'none' });
    await first;
    await el.updateComplete;
    expect(titlesOn(el)).to.not.include('Bürgerforum');
    const again = nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    $(el, '[part="sources"] button')!.focus();
    await sendKeys({ press: 'Enter' });
    const detail = (await again).detail;
    await el.updateComplete;
    expect(detail.sources.map((s) => s.count)).to.deep.equal([3, 1]);
    expect(titlesOn(el)).to.include('Bürgerforum');
    expect($(el, '[part="sources"]')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    observer.disconnect();
    expect(requests.filter((r) => r.includes('/feeds/echo'))).to.have.length(1);
    expect(requests.filter((r) => r.includes('/feeds/flaky'))).to.have.length(2);
  });

  it('fires error only when every source failed', async () => {
    const el = await mount({ attrs: { src: '/feeds/status-500 /feeds/not-json' }, waitFor: 'error' });
    expect(text($(el, '[part~="error"]'))).to.include('Fehler 500');
  });
});

describe('sources arriving one after another', () => {
  it('shows the first at once; a late one joins without moving focus, and the live region says so once', async () => {
    const loaded = nextEventPromise();
    const el = await mount({ attrs: { src: `${echoUrl(city)} ${youthUrl({ wait: 1200 })}`, date: '2026-11-10' }, waitFor: 'none' });
    let fired = false;
    void loaded.then(() => (fired = true));
    await waitUntil(() => titlesOn(el).includes('Bürgerforum Weststadt'), 'the first source is shown', { timeout: 4000 });
    expect(fired, 'load waits for the late source').to.equal(false);
    expect(titlesOn(el)).to.not.include('Jugendratssitzung');
    expect(text($(el, '[part="sources"]'))).to.equal(`Noch unterwegs: Termine von ${location.host}.`);
    // Not yet named by its calendar: its host, until it arrives. The resident is on the grid.
    const cell = $(el, '[role="gridcell"][data-day]')!;
    cell.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    const focused = deepActiveElement() as HTMLElement;
    const scroll = window.scrollY;
    await loaded;
    await el.updateComplete;
    expect(titlesOn(el)).to.include('Jugendratssitzung');
    expect(deepActiveElement()).to.equal(focused);
    expect(window.scrollY).to.equal(scroll);
    expect(text($(el, '.live'))).to.equal('Weitere Termine sind dazugekommen.');
    expect($(el, '[part="sources"]')).to.equal(null);
    await expectAccessible(el);
  });

  it('never lets a slow source delay a fast one', async () => {
    const started = performance.now();
    const el = await mount({ attrs: { src: `${youthUrl({ wait: 2500 })} ${echoUrl(city)}`, date: '2026-11-10' }, waitFor: 'none' });
    await waitUntil(() => titlesOn(el).includes('Bürgerforum Weststadt'), 'the fast source is shown', { timeout: 4000 });
    expect(performance.now() - started).to.be.below(2000);
  });
});

function nextEventPromise(): Promise<CustomEvent<LoadDetail>> {
  // Listens on the document: the element does not exist yet when the test asks.
  return new Promise((resolve) => {
    const listener = (e: Event) => {
      if ((e.target as Element).localName !== 'participation-calendar') return;
      document.removeEventListener('load', listener, true);
      resolve(e as CustomEvent<LoadDetail>);
    };
    document.addEventListener('load', listener, true);
  });
}
