// Runs in its own page, so the rrule engine starts out not loaded here.
import { expect } from '@open-wc/testing';
import { EventIndex } from '../../../src/data/occurrences/event-index.js';
import { isRecurrenceEngineLoaded, loadRecurrenceEngine, needsRecurrence } from '../../../src/data/recurrence/recurrence.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { day } from '../helpers.js';

describe('recurrence engine on demand', () => {
  const feed = parseFeed([
    { id: 1, title: 'Sprechstunde', start: '2026-11-03T18:00', rrule: 'FREQ=WEEKLY;COUNT=3' },
    { id: 2, title: 'Aktionstag', start: '2026-11-05' },
  ]);

  it('validates rules without loading the rrule library', () => {
    expect(feed.events[0].rrule).to.equal('FREQ=WEEKLY;COUNT=3');
    expect(isRecurrenceEngineLoaded()).to.equal(false);
  });

  it('refuses to index a feed with series before the engine is loaded, saying what to do', () => {
    expect(needsRecurrence(feed.events)).to.equal(true);
    expect(() => new EventIndex(feed, 'Europe/Berlin')).to.throw(/await loadRecurrenceEngine/);
  });

  it('indexes a feed without series without the engine', () => {
    const plain = { ...feed, events: feed.events.filter((e) => !e.rrule) };
    expect(new EventIndex(plain, 'Europe/Berlin').occurrences(day('2026-11-01'), day('2026-11-30'))).to.have.length(1);
    expect(isRecurrenceEngineLoaded()).to.equal(false);
  });

  it('indexes the series once the engine is loaded', async () => {
    await loadRecurrenceEngine();
    expect(new EventIndex(feed, 'Europe/Berlin').occurrences(day('2026-11-01'), day('2026-11-30'))).to.have.length(4);
  });
});
