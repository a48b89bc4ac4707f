import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FeedEvent } from '../../../src/data/event.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { parseJsonInSlices } from '../../../src/data/load/json-slices.js';
import { loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import type { Slicer } from '../../../src/data/slicer.js';
import { parseFeed, parseFeedInSlices } from '../../../src/data/validate/validate.js';
import { day, feedOf, isoDay, local } from '../helpers.js';

/** A slicer that pauses after every step: the harshest interleaving. */
function alwaysDue(): Slicer & { pauses: number } {
  const s = {
    pauses: 0,
    due: () => true,
    pause: () => {
      s.pauses++;
      return Promise.resolve();
    },
  };
  return s;
}

const NOW = Date.UTC(2026, 10, 25, 12);
const BERLIN = 'Europe/Berlin';
const keys = (index: EventIndex, from: string, to: string) => index.occurrences(day(from), day(to)).map((o) => o.key);

/** What the promise rejects with (undefined when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('sliced loading', () => {
  before(async () => {
    await loadRecurrenceEngine();
  });

  it('parses JSON in slices to exactly what JSON.parse gives, for arrays and feed objects', async () => {
    const json = fc.jsonValue({ maxDepth: 4 });
    await fc.assert(
      fc.asyncProperty(fc.array(json, { maxLength: 30 }), json, fc.boolean(), async (events, extra, wrapped) => {
        const value = wrapped ? { timezone: 'Europe/Berlin', extra, events } : events;
        const text = JSON.stringify(value, null, wrapped ? 2 : 0);
        expect(await parseJsonInSlices(text, alwaysDue())).to.deep.equal(JSON.parse(text));
      }),
      { numRuns: 200 },
    );
  });

  it('parses big feeds in runs to exactly what JSON.parse gives, whatever their strings and nesting', async () => {
    // Strings and nested values full of the "}, {" a run is cut at; pretty-printed or not.
    const tricky = fc.constantFrom('}, {', '},{', '"}, {"', '\\', ']', '{"id": 1}, {', 'ü', ' ');
    const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 40 })), { maxLength: 6 }).map((parts) => parts.join(''));
    const event = fc.record({
      id: fc.integer(), title: text, description: text,
      location: fc.record({ name: text, rooms: fc.array(fc.record({ n: fc.integer(), note: text }), { maxLength: 3 }) }),
      categories: fc.array(text, { maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1200, maxLength: 2000 }), fc.constantFrom(0, 2, '\t'), fc.boolean(), async (events, indent, wrapped) => {
        const value = wrapped ? { timezone: 'Europe/Berlin', events, after: [{ a: 1 }, { b: '}, {' }] } : events;
        const json = JSON.stringify(value, null, indent);
        fc.pre(json.length > 100_000); // big enough for several runs
        expect(await parseJsonInSlices(json, alwaysDue())).to.deep.equal(JSON.parse(json));
      }),
      { numRuns: 15 },
    );
  });

  it('parses each part of a big feed a bounded number of times, however its events are nested', async () => {
    const event = (i: number, nested: number, description = 'x') => ({
      id: i, title: `Event ${i}`, description, links: Array.from({ length: nested }, (_, k) => ({ url: `https://example.org/${k}` })),
    });
    const cases = {
      'nested objects in every event': Array.from({ length: 2000 }, (_, i) => event(i, 20)),
      'one event with thousands of nested objects': Array.from({ length: 2000 }, (_, i) => event(i, i === 100 ? 3000 : 0)),
      'one description full of "},{"': Array.from({ length: 2000 }, (_, i) => event(i, 0, i === 100 ? '},{'.repeat(20_000) : 'x')),
    };
    const realParse = JSON.parse;
    let parsedChars = 0;
    JSON.parse = ((text: string, reviver?: (key: string, value: unknown) => unknown) => {
      parsedChars += text.length;
      return realParse(text, reviver);
    }) as typeof JSON.parse;
    try {
      for (const [name, events] of Object.entries(cases)) {
        const text = JSON.stringify({ events });
        parsedChars = 0;
        expect(await parseJsonInSlices(text, alwaysDue()), name).to.deep.equal(realParse(text));
        // Failed tries for a run are bounded; retrying them for every element was quadratic.
        expect(parsedChars, name).to.be.below(2 * text.length + 1_000_000);
      }
    } finally {
      JSON.parse = realParse;
    }
  });

  it('rejects a big feed whose events are separated by a non-JSON space, as JSON.parse does', async () => {
    const text = `[${Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, title: `Event ${i}` })).join(',\u00a0')}]`;
    expect(() => JSON.parse(text)).to.throw(SyntaxError);
    expect(await rejection(parseJsonInSlices(text, alwaysDue()))).to.be.instanceOf(SyntaxError);
  });

  it('keeps strings with brackets, quotes and escapes intact when splitting', async () => {
    const text = JSON.stringify({ events: [{ title: 'a "]}," \\ \u00fc [{', n: -1.5e3 }, null, true, 'x,y'], timezone: 'Europe/Berlin' });
    expect(await parseJsonInSlices(text, alwaysDue())).to.deep.equal(JSON.parse(text));
  });

  it('reports broken JSON with the same SyntaxError as JSON.parse', async () => {
    const text = '{"events": [{"id": 1, "title": "Bürgerforum", ]}';
    expect(await rejection(parseJsonInSlices(text, alwaysDue()))).to.be.instanceOf(SyntaxError);
  });

  it('validates in slices to the same result as at once, pausing every few events', async () => {
    const events: Partial<FeedEvent>[] = Array.from({ length: 50 }, (_, i) => ({
      id: i, title: `Termin ${i}`, start: i % 7 === 0 ? '2026-13-01' : `2026-11-${String((i % 28) + 1).padStart(2, '0')}T18:00:00+01:00`,
    }));
    const slicer = alwaysDue();
    let asked = 0;
    const noRulesNeeded = () => {
      asked++;
      return Promise.reject(new Error('a feed without rrule must not load the RRULE checks'));
    };
    const sliced = await parseFeedInSlices({ timezone: BERLIN, events }, {}, slicer, noRulesNeeded);
    expect(asked, 'RRULE checks asked for').to.equal(0);
    expect(sliced).to.deep.equal(parseFeed({ timezone: BERLIN, events }));
    // A step is 8 events: 50 events give 6 chances to pause.
    expect(slicer.pauses).to.equal(6);
  });

  it('asks for the RRULE checks once, at the first event with a rule, and checks every rule with them', async () => {
    const events: Partial<FeedEvent>[] = [
      { id: 'a', title: 'Einzeltermin', start: '2026-11-03T18:00:00+01:00' },
      // Validated while the checks load, then found broken: validated again, so that it neither
      // reserves its id nor leaves a warning about its link.
      { id: 'b', title: 'Kaputte Reihe', start: '2026-11-04T18:00:00+01:00', rrule: 'FREQ=FORTNIGHTLY', url: 'javascript:alert(1)' },
      { id: 'b', title: 'Gleiche ID, gültig', start: '2026-11-05T18:00:00+01:00', rrule: 'freq=weekly;count=3' },
      ...Array.from({ length: 40 }, (_, i) => ({ id: `s${i}`, title: `Reihe ${i}`, start: '2026-11-06T18:00:00+01:00', rrule: 'RRULE:FREQ=MONTHLY;BYDAY=1FR' })),
    ];
    let asked = 0;
    const loadRules = async () => {
      asked++;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return import('../../../src/data/validate/rrule-syntax.js');
    };
    const sliced = await parseFeedInSlices({ timezone: BERLIN, events }, {}, alwaysDue(), loadRules);
    expect(asked).to.equal(1);
    expect(sliced).to.deep.equal(parseFeed({ timezone: BERLIN, events }));
    expect(sliced.events.slice(0, 3).map((e) => `${e.title} ${e.rrule}`))
      .to.deep.equal(['Einzeltermin undefined', 'Gleiche ID, gültig FREQ=WEEKLY;COUNT=3', 'Reihe 0 FREQ=MONTHLY;BYDAY=1FR']);
    expect(sliced.warnings).to.deep.equal([]);
    expect(sliced.skipped.map((e) => e.reason)).to.deep.equal(["event b 'Kaputte Reihe': rrule 'FREQ=FORTNIGHTLY' FREQ 'FORTNIGHTLY' is not one of YEARLY, MONTHLY, WEEKLY, DAILY, HOURLY"]);
  });

  it('validates a feed whose rules all pass while the checks load, normalizing the rules afterwards', async () => {
    const events: Partial<FeedEvent>[] = Array.from({ length: 30 }, (_, i) => ({
      id: i, title: `Reihe ${i}`, start: '2026-11-06T18:00:00+01:00', ...(i % 3 ? {} : { rrule: 'rrule:freq=monthly;byday=1fr' }),
    }));
    const slicer = alwaysDue();
    let pausesBeforeRules = -1;
    const late = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pausesBeforeRules = slicer.pauses;
      return import('../../../src/data/validate/rrule-syntax.js');
    };
    const sliced = await parseFeedInSlices({ timezone: BERLIN, events }, {}, slicer, late);
    // 30 events are 3 steps of 8 and a rest: all validated before the checks arrived.
    expect(pausesBeforeRules, 'pauses before the checks arrived').to.be.at.least(3);
    expect(sliced).to.deep.equal(parseFeed({ timezone: BERLIN, events }));
    expect(sliced.events[0].rrule).to.equal('FREQ=MONTHLY;BYDAY=1FR');
  });

  it('fails the load when the RRULE checks cannot be loaded, with that error', async () => {
    const events: Partial<FeedEvent>[] = [{ id: 1, title: 'Reihe', start: '2026-11-06T18:00:00+01:00', rrule: 'FREQ=WEEKLY' }];
    const failure = new Error('series chunk not found');
    expect(await rejection(parseFeedInSlices({ timezone: BERLIN, events }, {}, alwaysDue(), () => Promise.reject(failure)))).to.equal(failure);
  });

  it('builds the index in slices to the same result as at once', async () => {
    const feed = feedOf([
      { id: 1, title: 'Einzeltermin', start: '2026-11-10T18:00:00+01:00' },
      { id: 2, title: 'Arbeitskreis', start: '2026-09-01T18:00:00+02:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      { id: 3, title: 'Offenlage', start: '2026-11-02', end: '2026-12-04' },
    ]);
    const sliced = await EventIndex.build(feed, BERLIN, alwaysDue(), { now: NOW });
    const atOnce = new EventIndex(feed, BERLIN, { now: NOW });
    for (const [from, to] of [['2026-11-01', '2026-11-30'], ['2027-06-01', '2027-06-30'], ['2031-02-01', '2031-02-28']]) {
      expect(keys(sliced, from, to), `${from}..${to}`).to.deep.equal(keys(atOnce, from, to));
    }
  });
});

describe('series expanded ahead up to a horizon', () => {
  before(async () => {
    await loadRecurrenceEngine();
  });
  const weekly = feedOf([{ id: 'ak', title: 'Arbeitskreis', start: '2026-01-06T18:00:00+01:00', rrule: 'FREQ=WEEKLY;BYDAY=TU' }]);

  it('shows an endless weekly series in every month, before and after the horizon (two years ahead)', () => {
    const index = new EventIndex(weekly, BERLIN, { now: NOW });
    for (let year = 2026; year <= 2032; year++) {
      const starts = index.occurrences(day(`${year}-03-01`), day(`${year}-03-31`)).map((o) => local(o.start));
      expect(starts.length, `March ${year}`).to.be.within(4, 5);
      expect(starts.every((s) => s.endsWith('18:00')), `March ${year} at 18:00`).to.equal(true);
    }
  });

  it('shows each occurrence once in the months around the horizon', () => {
    const index = new EventIndex(weekly, BERLIN, { now: NOW });
    // Horizon: two years of 366 days after 2026-11-25, i.e. late November 2028.
    for (const [from, to] of [['2028-11-01', '2028-11-30'], ['2028-11-20', '2028-12-10'], ['2028-10-01', '2029-01-31']]) {
      const occs = index.occurrences(day(from), day(to));
      const days = occs.map((o) => isoDay(o.firstDay));
      expect(new Set(days).size, `${from}..${to}: ${days.join(' ')}`).to.equal(days.length);
      const tuesdays = [];
      for (let d = day(from); d <= day(to); d++) if (new Date(d * 86_400_000).getUTCDay() === 2) tuesdays.push(isoDay(d));
      expect(days, `${from}..${to}`).to.deep.equal(tuesdays);
    }
  });

  it('keeps a series too dense to store (daily for decades) correct by expanding per query', () => {
    const index = new EventIndex(feedOf([{ id: 'd', title: 'Sprechstunde', start: '2000-01-01T09:00:00+01:00', rrule: 'FREQ=DAILY' }]), BERLIN, { now: NOW });
    expect(index.occurrences(day('2026-11-01'), day('2026-11-30')).length).to.equal(30);
    expect(index.nextDayWithEvents(day('2026-11-30'))).to.equal(day('2026-12-01'));
  });

  it('finds the next day with events past the horizon from an empty month', () => {
    const index = new EventIndex(
      feedOf([{ id: 'y', title: 'Jahresversammlung', start: '2026-03-10T18:00:00+01:00', rrule: 'FREQ=YEARLY;INTERVAL=5' }]),
      BERLIN,
      { now: NOW },
    );
    expect(isoDay(index.nextDayWithEvents(day('2026-12-01'))!)).to.equal('2031-03-10');
  });
});
