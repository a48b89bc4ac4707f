// An event's own `sources` and `timezone`: what a merged feed writes so that a
// calendar can show it, and merge it again, as the sources themselves would.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { mergeFeeds } from '../../../src/data/sources/merge-feeds.js';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { loadRecurrenceEngine } from '../../../src/data/recurrence/recurrence.js';
import { day, feedOf, local, utc } from '../helpers.js';

const base = { id: 'jr-1', title: 'Jugendrat', start: '2026-11-03T18:00' };
function kept(event: Record<string, unknown>, timezone = 'Europe/Berlin') {
  const parsed = parseFeed({ timezone, events: [event] });
  expect(parsed.skipped.map((s) => s.reason), 'skipped reasons').to.deep.equal([]);
  return { event: parsed.events[0], warnings: parsed.warnings.map((w) => w.reason) };
}

describe('parseFeed: an event says where it comes from (sources)', () => {
  it('keeps the names trimmed and once each, in their order', () => {
    const { event, warnings } = kept({ ...base, sources: [' Stadt Musterstadt ', 'Jugendrat', 'Stadt Musterstadt'] });
    expect(event.sources).to.deep.equal(['Stadt Musterstadt', 'Jugendrat']);
    expect(warnings).to.deep.equal([]);
  });

  it('drops what is no name (an empty one without a word), and keeps the event', () => {
    const { event, warnings } = kept({ ...base, sources: ['Stadt', '  ', 7, null] });
    expect(event.sources).to.deep.equal(['Stadt']);
    expect(warnings).to.deep.equal([
      "event jr-1 'Jugendrat': sources: a number is not text; dropped",
      "event jr-1 'Jugendrat': sources: null is not text; dropped",
    ]);
  });

  it('drops sources that are not a list, and has none when no name is left', () => {
    const text = kept({ ...base, sources: 'Stadt' });
    expect(text.event.sources).to.equal(undefined);
    expect(text.warnings).to.deep.equal(["event jr-1 'Jugendrat': sources must be a list of texts, not a string; dropped"]);
    expect(kept({ ...base, sources: [''] }).event.sources).to.equal(undefined);
    expect(kept({ ...base, sources: null }).warnings).to.deep.equal([]);
  });

  it('keeps at most 20 names of at most 80 characters: "Quelle:" is one line', () => {
    const many = Array.from({ length: 25 }, (_, i) => `Quelle ${i + 1}`);
    const { event, warnings } = kept({ ...base, sources: ['L'.repeat(81), 'L'.repeat(82), ...many] });
    expect(event.sources).to.have.length(20);
    expect(event.sources![0]).to.equal('L'.repeat(80));
    expect(event.sources![19]).to.equal('Quelle 19');
    expect(warnings).to.deep.equal([]);
  });
});

describe('parseFeed: an event in another zone than its feed (timezone)', () => {
  it("reads the event's date-times without offset in its own zone", () => {
    const { event } = kept({ ...base, end: '2026-11-03T20:00', timezone: 'Europe/London' });
    expect(utc(event.start)).to.equal('2026-11-03T18:00:00.000Z');
    expect(utc(event.end)).to.equal('2026-11-03T20:00:00.000Z');
    expect(event.timezone).to.equal('Europe/London');
  });

  it('keeps date-times with an offset as the instants they name', () => {
    const { event } = kept({ ...base, start: '2026-11-03T18:00:00+01:00', timezone: 'UTC' });
    expect(utc(event.start)).to.equal('2026-11-03T17:00:00.000Z');
  });

  it("reads exdates, deadlines and the sign-language date-time in the event's zone", () => {
    const { event } = kept({
      ...base, timezone: 'America/New_York', rrule: 'FREQ=WEEKLY', exdates: ['2026-11-10T18:00'],
      registration: { deadline: '2026-11-02T12:00' },
      accessibility: { signLanguage: 'on-request', signLanguageRequestBy: '2026-11-01T09:00' },
    });
    expect(event.exdates!.instants.map(utc)).to.deep.equal(['2026-11-10T23:00:00.000Z']);
    expect(event.registration!.deadline).to.deep.equal({ allDay: false, instant: Date.UTC(2026, 10, 2, 17) });
    expect(event.signLanguageRequestBy).to.deep.equal({ allDay: false, instant: Date.UTC(2026, 10, 1, 14) });
  });

  it("gives an all-day series' date-time exdate the day it has in the event's zone", () => {
    const { event } = kept({ ...base, start: '2026-11-02', rrule: 'FREQ=DAILY', exdates: ['2026-11-04T23:30:00Z'], timezone: 'Asia/Tokyo' });
    expect(event.exdates!.days).to.deep.equal([day('2026-11-05')]);
  });

  it("leaves other events in the feed's zone", () => {
    const parsed = parseFeed({ timezone: 'Europe/Berlin', events: [{ ...base, timezone: 'UTC' }, { ...base, id: 2 }] });
    expect(parsed.events.map((e) => utc(e.start))).to.deep.equal(['2026-11-03T18:00:00.000Z', '2026-11-03T17:00:00.000Z']);
    expect(parsed.events[1].timezone).to.equal(undefined);
  });

  it("writes the zone's canonical name, and none when it is the feed's own", () => {
    expect(kept({ ...base, timezone: ' europe/london ' }).event.timezone).to.equal('Europe/London');
    expect(kept({ ...base, timezone: 'Europe/Berlin' }).event.timezone).to.equal(undefined);
  });

  it("falls back to the feed's zone with a warning when the zone is unknown", () => {
    const { event, warnings } = kept({ ...base, timezone: 'Mars/Olympus' }, 'Europe/Vienna');
    expect(local(event.start, 'Europe/Vienna')).to.equal('2026-11-03 18:00');
    expect(event.timezone).to.equal(undefined);
    expect(warnings).to.deep.equal([
      "event jr-1 'Jugendrat': timezone 'Mars/Olympus' is not an IANA time zone; using the feed's",
    ]);
    expect(kept({ ...base, timezone: 1 }).warnings[0]).to.contain('timezone a number is not an IANA time zone');
  });

  it('repeats a series on its own wall clock across the end of summer time', async () => {
    const feed = feedOf([{ ...base, start: '2026-10-20T17:00', rrule: 'FREQ=WEEKLY;COUNT=3', timezone: 'UTC' }]);
    await loadRecurrenceEngine(feed.events);
    const index = new EventIndex(feed, 'Europe/Berlin', { now: Date.UTC(2026, 9, 1) });
    const starts = index.occurrences(day('2026-10-01'), day('2026-11-30')).map((o) => local(o.start));
    expect(starts).to.deep.equal(['2026-10-20 19:00', '2026-10-27 18:00', '2026-11-03 18:00']);
  });
});

describe('mergeFeeds: a merged feed merged again', () => {
  it('keeps the names its events carry instead of naming the merged feed', () => {
    const merged = feedOf([
      { id: 'a', title: 'Forum', start: '2026-11-10T18:00', sources: ['Stadt', 'Jugendrat'] },
      { id: 'b', title: 'Sitzung', start: '2026-11-11T18:00' },
    ]);
    const other = feedOf([{ id: 'x', title: 'Forum', start: '2026-11-10T18:00', sources: ['Seniorenbeirat'] }]);
    const { feed, duplicates } = mergeFeeds([{ name: 'Alles', feed: merged }, { name: 'Beirat', feed: other }]);
    expect(feed.events.map((e) => e.sources)).to.deep.equal([['Stadt', 'Jugendrat', 'Seniorenbeirat'], ['Alles']]);
    expect(duplicates).to.deep.equal([{ id: 'a', title: 'Forum', sources: ['Stadt', 'Jugendrat', 'Seniorenbeirat'] }]);
    // The source's own events are not changed by the merge.
    expect(merged.events[0].sources).to.deep.equal(['Stadt', 'Jugendrat']);
  });

  it("keeps an event's own zone, and gives the others their feed's", () => {
    const merged = feedOf([{ id: 'a', title: 'Forum', start: '2026-11-10T18:00', timezone: 'UTC' }, { id: 'b', title: 'Sitzung', start: '2026-11-11T18:00' }]);
    const { feed } = mergeFeeds([{ name: 'Alles', feed: merged }]);
    expect(feed.events.map((e) => e.timezone)).to.deep.equal(['UTC', 'Europe/Berlin']);
  });
});
