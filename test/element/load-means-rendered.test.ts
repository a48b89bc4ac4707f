// `load` means rendered: when it fires, the view shows every event of the period,
// series whose code arrived late included (the series engine, and the rrule library
// for a rule beyond the common ones), with `src` and with `events`; nothing is added
// by a render after it.
import { expect } from '@open-wc/testing';
import { echoUrl } from './helpers.js';
import type { FeedEvent } from '../../src/data/event.js';
import '../../src/index.js';

const feed: { timezone: string; events: FeedEvent[] } = {
  timezone: 'Europe/Berlin',
  events: [
    { id: 'one', title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00' },
    // Weekly on Tuesdays: the series engine (a chunk of its own).
    { id: 'weekly', title: 'Sprechstunde', start: '2026-11-03T10:00:00+01:00', rrule: 'FREQ=WEEKLY;COUNT=8' },
    // The last Friday of each month: BYSETPOS needs the rrule library (another chunk, fetched by the engine).
    { id: 'last-friday', title: 'Letzter Freitag', start: '2026-10-30T18:00:00+01:00', rrule: 'FREQ=MONTHLY;BYDAY=FR;BYSETPOS=-1;COUNT=6' },
  ],
};

/** Mounts the widget and reads the rendered events in the `load` listener itself, then once more two frames later. */
async function atLoad(setup: (el: HTMLElement & { events?: unknown }) => void) {
  const el = document.createElement('participation-calendar') as HTMLElement & { events?: unknown };
  el.setAttribute('date', '2026-11-01');
  setup(el);
  const ids = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="event"]')].map((e) => e.dataset.eventId ?? '').sort();
  const seen = new Promise<string[]>((resolve) => el.addEventListener('load', () => resolve(ids()), { once: true }));
  document.body.append(el);
  try {
    const first = await seen;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { first, later: ids() };
  } finally {
    el.remove();
  }
}

// The grid runs from Monday 26 October to Sunday 6 December: the last Fridays of October and
// November, and five Tuesdays.
const EXPECTED = ['last-friday', 'last-friday', 'one', 'weekly', 'weekly', 'weekly', 'weekly', 'weekly'];

describe('load means rendered', () => {
  it('with src: every event of the month is in the view when load fires', async () => {
    const { first, later } = await atLoad((el) => el.setAttribute('src', echoUrl(feed)));
    expect(first).to.deep.equal(EXPECTED);
    expect(later).to.deep.equal(first);
  });

  it('with the events property: the same, series code arriving after the data', async () => {
    const { first, later } = await atLoad((el) => (el.events = feed));
    expect(first).to.deep.equal(EXPECTED);
    expect(later).to.deep.equal(first);
  });
});
