// Small inputs that used to freeze the tab or blank the widget: a hostile or broken
// feed, a crafted page URL, odd attributes. Each story: the good events show, the
// widget says what it left out, and no single task runs long. The bound on a task
// is generous (a loaded machine, WebKit 3–4× slower); before, these took 2.5 s to
// minutes, or the widget never left its loading state.
import { expect, waitUntil } from '@open-wc/testing';
import { $, $$, echoUrl, mount, nextEvent, text } from './helpers.js';
import type { FeedEvent } from '../../src/data/event.js';
import type { LoadDetail } from '../../src/participation-calendar.js';

const LONGEST_TASK_MS = 1500;
const good: FeedEvent = { id: 'good', title: 'Bürgerforum Innenstadt', start: '2026-11-10T18:00:00+01:00' };
const range = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');
const shown = (el: Element, id: string) => $$(el, `[data-event-id="${id}"]`).length > 0;

/**
 * Runs `work` while a chain of zero-delay timers watches the main thread: the
 * longest gap between two of them is the longest task (rendering included).
 */
async function longestTask<T>(work: () => Promise<T>): Promise<[T, number]> {
  let longest = 0, last = performance.now(), running = true;
  const tick = () => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  try {
    return [await work(), longest];
  } finally {
    running = false;
  }
}

/**
 * Mounts with the feed given and waits for `load`, then until `ready` holds (the
 * url-state code, for one, may arrive after the feed); returns the element, the
 * load's detail and the longest task meanwhile.
 */
async function load(attrs: Record<string, string>, events?: FeedEvent[], ready?: (el: Element) => unknown) {
  const [[el, detail], longest] = await longestTask(async () => {
    const el = await mount({ attrs: { date: '2026-11-01', ...attrs }, waitFor: 'none', width: 1300 });
    const loaded = nextEvent<CustomEvent<LoadDetail>>(el, 'load');
    if (events) el.events = events;
    const { detail } = await loaded;
    await el.updateComplete;
    if (ready) await waitUntil(() => ready(el), 'the widget never got there', { timeout: 5000 });
    return [el, detail] as const;
  });
  return { el, detail, longest };
}

/** The console warnings `run` causes. */
async function warningsOf(run: () => Promise<unknown>): Promise<string> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings.join('\n');
}

// The first mount compiles the element's modules and fetches the series code and
// rrule: in WebKitGTK one task of seconds that has nothing to do with the feed.
before(async () => {
  await load({}, [good, { id: 'warm', title: 'Zweimal', start: '2026-11-02T10:00:00+01:00', rrule: 'FREQ=HOURLY;COUNT=2' }]);
});

describe('a hostile or broken feed', () => {
  it('shows the good event beside 25 series that start every minute, and lists those as skipped', async () => {
    const minutely = Array.from({ length: 25 }, (_, i) => ({
      id: `s${i}`, title: `Minütlich ${i}`, start: '2026-11-01T00:00:00+01:00', rrule: `FREQ=DAILY;BYHOUR=${range(24)};BYMINUTE=${range(60)}`,
    }));
    const { el, detail, longest } = await load({ src: echoUrl({ timezone: 'Europe/Berlin', events: [...minutely, good] }) });
    expect(shown(el, 'good'), 'the good event').to.equal(true);
    expect(detail.skipped).to.have.length(25);
    expect(detail.skipped[0].reason).to.contain('starts more than 24 times a day');
    expect(longest, 'longest task (ms)').to.be.lessThan(LONGEST_TASK_MS);
  });

  it('shows an hourly series from 1900 in the month shown, warns about it, and stays responsive', async () => {
    // The list: a month cell shows the first hours and "+N weitere"; the list grows frame by frame up to the 10th, 18:00.
    const { el, detail, longest } = await load({ view: 'list' }, [{ id: 'old', title: 'Alte Serie', start: '1900-01-01T10:00:00+01:00', rrule: 'FREQ=HOURLY' }, good], (e) => shown(e, 'good'));
    expect(shown(el, 'old'), 'the hourly series').to.equal(true);
    expect(detail.warnings.map((w) => w.reason)).to.include("event old 'Alte Serie': too many dates from 1900-01-01 on; shown in part");
    expect(longest, 'longest task (ms)').to.be.lessThan(LONGEST_TASK_MS);
  });

  it('lists 200 of 20,000 categories and folds the rest into "+N weitere"', async () => {
    const events = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`, title: `Termin ${i}`, start: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, categories: [`Kategorie ${i}`],
    }));
    const { el, longest } = await load({}, events);
    const topics = $$(el, 'fieldset').find((f) => text(f.querySelector('legend')) === 'Themen')!;
    expect(topics.querySelectorAll('label.option')).to.have.length(200);
    expect(text(topics.querySelector('li:last-child'))).to.equal('+19800 weitere');
    expect(longest, 'longest task (ms)').to.be.lessThan(LONGEST_TASK_MS * 2);
  });
});

describe('odd attributes', () => {
  for (const lang of ['constructor', '__proto__']) {
    it(`speaks German with lang="${lang}" (before: a blank widget)`, async () => {
      const { el } = await load({ lang }, [good]);
      expect(text($(el, '[part~="today"]'))).to.equal('Heute');
      expect(shown(el, 'good')).to.equal(true);
    });
  }

  it('speaks German on a page with <html lang="__proto__">', async () => {
    const pageLang = document.documentElement.lang;
    document.documentElement.lang = '__proto__';
    try {
      const { el } = await load({}, [good]);
      expect(text($(el, '[part~="today"]'))).to.equal('Heute');
    } finally {
      document.documentElement.lang = pageLang;
    }
  });

  for (const timeout of ['-1', 'abc', '1e308']) {
    it(`waits the default 15 s for the feed with timeout="${timeout}", and says so (before: failed at once)`, async () => {
      let el: Element | undefined;
      const warnings = await warningsOf(async () => {
        ({ el } = await load({ src: echoUrl({ events: [good] }), timeout }));
      });
      expect(shown(el!, 'good')).to.equal(true);
      expect(warnings).to.contain(`timeout "${timeout === 'abc' ? 'NaN' : Number(timeout)}" is not 100–120000 ms (ignored)`);
    });
  }
});

describe('a crafted page URL', () => {
  afterEach(() => history.replaceState(null, '', location.pathname));

  it('keeps the rest of the URL state when a value is malformed (a stray %)', async () => {
    history.replaceState(null, '', `${location.pathname}?pc-cat=%25&pc-view=list`);
    const warnings = await warningsOf(() => load({ 'url-state': '' }, [{ ...good, categories: ['Umwelt'] }], (el) => $(el, '.list')));
    expect(warnings).to.contain("ignored the value '%' of pc-cat in the page URL");
  });

  it('takes at most 100 categories from a URL that names 10,000', async () => {
    history.replaceState(null, '', `${location.pathname}?pc-cat=${range(10_000).replace(/\d+/g, 'c$&')}`);
    let result: Awaited<ReturnType<typeof load>> | undefined;
    await warningsOf(async () => {
      result = await load({ 'url-state': '' }, [{ ...good, categories: ['Umwelt'] }], (el) => $$(el, '.chip-button').length);
    });
    expect($$(result!.el, '.chip-button')).to.have.length(100);
    expect(result!.longest, 'longest task (ms)').to.be.lessThan(LONGEST_TASK_MS);
  });
});
