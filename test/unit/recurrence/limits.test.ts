// A rule of a hundred bytes can describe millions of dates. These tests hold the
// series engine and the index to the limits of src/data/recurrence/limits.ts: work
// that does not grow with a series' age or its BY… products, the same dates as
// rrule where the work fits, and no uncaught error for any rule the grammar allows.
// Time bounds are generous (a loaded machine, WebKit 3–4× slower than Chromium);
// the code before the limits took seconds to minutes, or overflowed the stack.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { FeedEvent } from '../../../src/data/event.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { RRule } from '../../../src/data/recurrence/rrule-engine.js';
import { expandSeries, loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { budget } from '../../../src/data/recurrence/limits.js';
import { checkRrule, hourlyRuleCanReachByhour } from '../../../src/data/validate/rrule-syntax.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { day, eventOf, feedOf, isoDay } from '../helpers.js';

const BERLIN = 'Europe/Berlin';
const NOW = Date.UTC(2026, 10, 1);
const NOVEMBER = [day('2026-10-26'), day('2026-12-06')] as const;
const good: Partial<FeedEvent> = { id: 'good', title: 'Bürgerforum', start: '2026-11-10T18:00:00+01:00' };
const oneWeekday = () => fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
const range = (n: number) => Array.from({ length: n }, (_, i) => i).join(',');

/** Runs `f` and returns its result with the milliseconds it took. */
function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const result = f();
  return [result, performance.now() - t0];
}

describe('series limits', () => {
  before(async () => {
    await loadRecurrenceEngine();
  });

  it('shows the good event beside 25 series that start every minute, and says why those are skipped', () => {
    const feed = feedOf([
      ...Array.from({ length: 25 }, (_, i) => ({
        id: `s${i}`, title: `Minütlich ${i}`, start: '2026-11-01T00:00:00+01:00', rrule: `FREQ=DAILY;BYHOUR=${range(24)};BYMINUTE=${range(60)}`,
      })),
      good,
    ]);
    // Before: RangeError (Maximum call stack size exceeded) from push(...25 × 5,000 dates).
    const [occs, ms] = timed(() => new EventIndex(feed, BERLIN, { now: NOW }).occurrences(...NOVEMBER));
    expect(occs.map((o) => o.event.id)).to.deep.equal(['good']);
    expect(ms, 'ms for index and month').to.be.lessThan(3000);
    const index = new EventIndex(feed, BERLIN, { now: NOW });
    expect(index.seriesProblems).to.have.length(25);
    expect(index.seriesProblems[0].reason).to.match(/^event s0 'Minütlich 0': rrule '.*' was rejected .*: it starts more than 24 times a day$/);
  });

  it('caps the dates one range returns across all series, and names the series it cut short', () => {
    const feed = feedOf([
      ...Array.from({ length: 25 }, (_, i) => ({ id: `h${i}`, title: `Stündlich ${i}`, start: '2026-11-01T00:00:00+01:00', rrule: 'FREQ=HOURLY' })),
      good,
    ]);
    const index = new EventIndex(feed, BERLIN, { now: NOW });
    // Before: every series gave its 864 dates, 21,600 in all.
    const [occs, ms] = timed(() => index.occurrences(...NOVEMBER));
    expect(ms, 'ms for the month').to.be.lessThan(3000);
    expect(occs.length).to.be.within(800, 10_001);
    expect(occs.some((o) => o.event.id === 'good'), 'the good event').to.equal(true);
    expect(occs.filter((o) => o.event.id === 'h0'), 'the first series in full').to.have.length(864);
    const named = new Set(index.warnings.map((w) => w.id));
    for (let i = 1; i < 25; i++) {
      const shown = occs.filter((o) => o.event.id === `h${i}`).length;
      if (shown < 864) expect(named.has(`h${i}`), `h${i}, ${shown} of 864 hours shown, is named`).to.equal(true);
    }
    expect(occs.filter((o) => o.event.id === 'h1').length, 'the second series, cut short').to.be.below(864);
    expect(index.warnings.map((w) => w.reason)).to.include("event h1 'Stündlich 1': too many dates from 2026-11-01 on; shown in part");
  });

  it('stores a bounded number of dates for a thousand series of three starts a day, and shows the good event', () => {
    const feed = feedOf([
      ...Array.from({ length: 1000 }, (_, i) => ({ id: `d${i}`, title: `Dreimal täglich ${i}`, start: '2026-11-01T08:00:00+01:00', rrule: 'FREQ=DAILY;BYHOUR=8,12,18' })),
      good,
    ]);
    // Before: 2.2 million dates stored up to the horizon, two years ahead.
    const [[index, occs], ms] = timed(() => {
      const built = new EventIndex(feed, BERLIN, { now: NOW });
      return [built, built.occurrences(...NOVEMBER)] as const;
    });
    expect(ms, 'ms for index and month').to.be.lessThan(6000);
    expect(occs.some((o) => o.event.id === 'good'), 'the good event').to.equal(true);
    expect(occs.filter((o) => o.event.id === 'd0'), 'the first series in full').to.have.length(3 * 36);
    expect(occs.length, 'occurrences of the month').to.be.below(100_000);
    expect(index.warnings.map((w) => w.reason)).to.include("event d999 'Dreimal täglich 999': too many dates from 2026-11-01 on; shown in part");
  });

  it('expands an hourly series from 1900 from the range shown, not from its start', () => {
    const feed = feedOf([{ id: 'old', title: 'Alte Serie', start: '1900-01-01T10:00:00+01:00', rrule: 'FREQ=HOURLY' }, good]);
    // Before: 9 s for the month (rrule walked 1.1 million hours from 1900).
    const [[index, occs], ms] = timed(() => {
      const built = new EventIndex(feed, BERLIN, { now: NOW });
      return [built, built.occurrences(day('2026-11-01'), day('2026-11-30'))] as const;
    });
    expect(ms, 'ms for index and month').to.be.lessThan(3000);
    const hourly = occs.filter((o) => o.event.id === 'old');
    expect(hourly, 'every hour of November').to.have.length(30 * 24);
    expect(isoDay(hourly[0].firstDay)).to.equal('2026-11-01');
    expect(occs.some((o) => o.event.id === 'good')).to.equal(true);
    expect(index.warnings.map((w) => w.reason)).to.deep.equal(["event old 'Alte Serie': too many dates from 1900-01-01 on; shown in part"]);
  });

  it('stops a sparse rule from year 1 within one budget, and still finds its dates in the range shown', () => {
    // 29 February on a Monday: a few times a century, looked for day by day.
    const event = eventOf({ start: '0001-01-01T10:00', rrule: 'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO' });
    const [starts, ms] = timed(() => expandSeries(event, Date.UTC(2044, 1, 1), Date.UTC(2044, 2, 1), BERLIN));
    expect(ms, 'ms').to.be.lessThan(2000);
    expect(starts.map((s) => new Date(s).toISOString().slice(0, 10))).to.deep.equal(['2044-02-29']);
  });

  it('marks the budget when an expansion was cut short, and not when it was not', () => {
    const dense = eventOf({ start: '2026-01-01T00:00', rrule: 'FREQ=HOURLY' });
    const cut = budget();
    expandSeries(dense, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1), BERLIN, cut);
    expect(cut.work, 'a year of hours is more than one budget').to.be.lessThan(0);
    const enough = budget();
    expect(expandSeries(dense, Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 2), BERLIN, enough)).to.have.length(24);
    expect(enough.work).to.be.greaterThan(0);
    expect(expandSeries(dense, Date.UTC(2026, 5, 1), Date.UTC(2026, 5, 2), BERLIN, cut), 'a spent budget gives nothing more').to.deep.equal([]);
  });

  it('gives the dates rrule gives from the start, when it starts later (property)', function () {
    // rrule, the oracle, walks every hour from DTSTART: ~2 s in Chromium, up to ~10 s in WebKitGTK.
    this.timeout(60_000);
    // HOURLY, DAILY and WEEKLY rules that need rrule, started years before the window:
    // the engine starts whole steps later, rrule here walks from DTSTART.
    const rule = fc.record({
      freq: fc.constantFrom('HOURLY', 'DAILY', 'WEEKLY'),
      interval: fc.integer({ min: 1, max: 5 }),
      byhour: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 23 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      byminute: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 59 }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      byday: fc.option(fc.uniqueArray(fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      bymonthday: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      wkst: fc.constantFrom('MO', 'SU'),
    });
    fc.assert(fc.property(
      rule, fc.integer({ min: 1, max: 150 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: day('2026-07-01'), max: day('2026-12-31') }),
      (r, daysBefore, startHour, windowDay) => {
        const startDay = windowDay - daysBefore;
        const text = [
          `FREQ=${r.freq}`, `INTERVAL=${r.interval}`, r.byhour && `BYHOUR=${r.byhour.join(',')}`, r.byminute && `BYMINUTE=${r.byminute.join(',')}`,
          r.byday && `BYDAY=${r.byday.join(',')}`, r.bymonthday && `BYMONTHDAY=${r.bymonthday.join(',')}`, `WKST=${r.wkst}`,
        ].filter(Boolean).join(';');
        const checked = checkRrule(text);
        // Rules the engine refuses (never reaching a BYHOUR hour, where rrule would loop for ever; more than 24 starts a day).
        fc.pre('rule' in checked && hourlyRuleCanReachByhour(text, startHour));
        fc.pre((r.byhour?.length ?? (r.freq === 'HOURLY' ? 24 : 1)) * (r.byminute?.length ?? 1) <= 24);
        const dtstart = startDay * 86_400_000 + startHour * 3_600_000;
        const event = eventOf({ start: new Date(dtstart).toISOString(), rrule: text }, 'UTC');
        const from = windowDay * 86_400_000, to = from + 7 * 86_400_000;
        const oracle = new RRule({ ...RRule.parseString(text), dtstart: new Date(dtstart), tzid: null }, true)
          .between(new Date(from), new Date(to), true).map((d) => d.getTime()).filter((t) => t < to);
        const ours = expandSeries(event, from, to, 'UTC');
        expect(ours.map((t) => new Date(t).toISOString()), text).to.deep.equal(oracle.map((t) => new Date(t).toISOString()));
      },
    ), { numRuns: 100 });
  });

  it('finds the last weekday of each month of a rule from 1700 (rrule\'s BYSETPOS), without walking from 1700', () => {
    const event = eventOf({ start: '1700-01-29T18:00', rrule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' });
    const b = budget();
    const [starts, ms] = timed(() => expandSeries(event, Date.UTC(2026, 10, 1), Date.UTC(2027, 0, 1), BERLIN, b));
    expect(ms, 'ms').to.be.lessThan(1000);
    expect(starts.map((s) => new Date(s).toISOString())).to.deep.equal(['2026-11-30T17:00:00.000Z', '2026-12-31T17:00:00.000Z']);
    expect(b.work, 'within one budget').to.be.greaterThan(0);
  });

  it('gives the dates rrule gives from the start for monthly and yearly rules, when it starts later (property)', function () {
    this.timeout(60_000);
    const weekdays = fc.uniqueArray(fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'), { minLength: 1, maxLength: 3 }).map((a) => a.join(','));
    const setpos = fc.uniqueArray(fc.constantFrom(1, 2, 3, -1, -2, -3), { minLength: 1, maxLength: 2 }).map((a) => `BYSETPOS=${a.join(',')}`);
    // Rules that match in every period (a rule that never matches makes rrule, the oracle, walk to year 9999).
    const rule = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 4 }), weekdays, setpos).map(([i, d, p]) => `FREQ=MONTHLY;INTERVAL=${i};BYDAY=${d};${p}`),
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 1, maxLength: 3 }), setpos)
        .map(([i, d, p]) => `FREQ=MONTHLY;INTERVAL=${i};BYMONTHDAY=${d.join(',')};${p}`),
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.uniqueArray(fc.integer({ min: 1, max: 53 }), { minLength: 1, maxLength: 3 }), oneWeekday(), fc.constantFrom('MO', 'SU'))
        .map(([i, w, d, k]) => `FREQ=YEARLY;INTERVAL=${i};BYWEEKNO=${w.join(',')};BYDAY=${d};WKST=${k}`),
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.uniqueArray(fc.integer({ min: 1, max: 365 }), { minLength: 1, maxLength: 3 }))
        .map(([i, d]) => `FREQ=YEARLY;INTERVAL=${i};BYYEARDAY=${d.join(',')}`),
      fc.tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 12 }), weekdays, setpos).map(([i, m, d, p]) => `FREQ=YEARLY;INTERVAL=${i};BYMONTH=${m};BYDAY=${d};${p}`),
    );
    fc.assert(fc.property(
      rule, fc.integer({ min: 1, max: 40 * 366 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: day('2026-01-01'), max: day('2027-12-31') }),
      (text, daysBefore, startHour, windowDay) => {
        fc.pre('rule' in checkRrule(text));
        const dtstart = (windowDay - daysBefore) * 86_400_000 + startHour * 3_600_000;
        const event = eventOf({ start: new Date(dtstart).toISOString(), rrule: text }, 'UTC');
        const from = windowDay * 86_400_000, to = from + 62 * 86_400_000;
        const oracle = new RRule({ ...RRule.parseString(text), dtstart: new Date(dtstart), tzid: null }, true)
          .between(new Date(from), new Date(to), true).map((d) => d.getTime()).filter((t) => t < to);
        const ours = expandSeries(event, from, to, 'UTC');
        expect(ours.map((t) => new Date(t).toISOString()), `${text} from ${new Date(dtstart).toISOString()}`).to.deep.equal(oracle.map((t) => new Date(t).toISOString()));
      },
    ), { numRuns: 150 });
  });

  it('validates and indexes any rule of the grammar, from any year, within a time bound per query (property)', function () {
    // Each run may spend a few budgets (limits.ts): ~5 s in all in Chromium, three times that in WebKit.
    this.timeout(120_000);
    const weekday = fc.constantFrom('MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU');
    const list = (min: number, max: number, signed = false) =>
      fc.array(fc.integer({ min, max }).chain((n) => (signed ? fc.constantFrom(n, -n) : fc.constant(n))), { minLength: 1, maxLength: 4 }).map((a) => a.join(','));
    const parts = fc.record({
      FREQ: fc.constantFrom('YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'HOURLY'),
      INTERVAL: fc.integer({ min: 1, max: 30 }).map(String),
      COUNT: fc.integer({ min: 1, max: 99999 }).map(String),
      UNTIL: fc.integer({ min: 1, max: 9998 }).map((y) => `${String(y).padStart(4, '0')}1231`),
      BYDAY: fc.array(fc.tuple(fc.constantFrom('', '1', '-1', '2', '5'), weekday).map(([n, d]) => n + d), { minLength: 1, maxLength: 3 }).map((a) => a.join(',')),
      BYMONTHDAY: list(1, 31, true),
      BYMONTH: list(1, 12),
      BYSETPOS: list(1, 366, true),
      BYWEEKNO: list(1, 53, true),
      BYYEARDAY: list(1, 366, true),
      BYHOUR: list(0, 23),
      BYMINUTE: list(0, 59),
      BYSECOND: list(0, 59),
    }, { requiredKeys: ['FREQ'] });
    const startYear = fc.oneof(fc.integer({ min: 1, max: 1950 }), fc.integer({ min: 2020, max: 2030 }));
    fc.assert(fc.property(parts, startYear, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 2020, max: 2035 }), (p, year, hour, viewYear) => {
      const rule = Object.entries(p).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${v}`).join(';');
      const feed = parseFeed({
        timezone: BERLIN,
        events: [{ id: 's', title: 'Serie', start: `${String(year).padStart(4, '0')}-03-15T${String(hour).padStart(2, '0')}:00`, rrule: rule }, good],
      });
      const [index, build] = timed(() => new EventIndex(feed, BERLIN, { now: NOW }));
      const from = day(`${viewYear}-06-01`);
      const [occs, query] = timed(() => index.occurrences(from - 6, from + 35));
      const [, next] = timed(() => index.nextDayWithEvents(from + 35));
      expect(build, `ms to index ${rule} from ${year}`).to.be.lessThan(3000);
      expect(query, `ms for a month of ${rule} from ${year}`).to.be.lessThan(2000);
      expect(next, `ms for the next day of ${rule} from ${year}`).to.be.lessThan(2000);
      expect(occs.length).to.be.at.most(10_001);
    }), { numRuns: 50 });
  });
});
