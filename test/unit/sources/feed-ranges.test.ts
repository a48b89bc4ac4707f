// A feed fetched month by month: the template filled per month, and the months
// joined into one feed without showing an event twice.
import { expect } from '@open-wc/testing';
import { isRangeTemplate, rangeUrl } from '../../../src/data/sources/feed-ranges.js';
import { joinRanges } from '../../../src/data/sources/join-ranges.js';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { day } from '../helpers.js';

describe('range templates', () => {
  it('knows a src with {from} or {to}', () => {
    expect(isRangeTemplate('/api/termine?from={from}&to={to}')).to.equal(true);
    expect(isRangeTemplate('/monate/{from}.json')).to.equal(true);
    expect(isRangeTemplate('/api/termine.json')).to.equal(false);
    expect(isRangeTemplate(undefined)).to.equal(false);
  });
  it("fills in a month's first and last day, leap years and December included", () => {
    expect(rangeUrl('/t?from={from}&to={to}', day('2028-02-01'))).to.equal('/t?from=2028-02-01&to=2028-02-29');
    expect(rangeUrl('/t?from={from}&to={to}', day('2026-12-01'))).to.equal('/t?from=2026-12-01&to=2026-12-31');
    expect(rangeUrl('/m/{from}.json?again={from}', day('2026-11-01'))).to.equal('/m/2026-11-01.json?again=2026-11-01');
  });
});

describe('joinRanges', () => {
  const phase = { id: 'phase', title: 'Beteiligungsphase', start: '2026-10-20', end: '2026-12-05' };
  const broken = { id: 'x', title: 'Kaputt', start: '2026-13-01' };
  const oct = parseFeed({ timezone: 'Europe/Berlin', events: [{ id: 'o', title: 'Oktober', start: '2026-10-13T18:00:00+02:00' }, phase, broken] });
  const nov = parseFeed({ timezone: 'Europe/Berlin', events: [phase, { id: 'n', title: 'November', start: '2026-11-10T18:00:00+01:00' }, broken] });
  const empty = { timezone: 'Europe/Berlin', events: [], skipped: [], warnings: [] };

  it('keeps an event that several months have once, and numbers the events afresh', () => {
    const feed = joinRanges([nov, oct]);
    expect(feed.events.map((e) => e.id)).to.deep.equal(['phase', 'n', 'o']);
    expect(feed.events.map((e) => e.index)).to.deep.equal([0, 1, 2]);
  });
  it('reports what a month could not use once', () => {
    expect(joinRanges([oct, nov]).skipped).to.have.length(1);
  });
  it("takes the zone of the first month with events, not of an empty one's default", () => {
    const ny = parseFeed({ timezone: 'America/New_York', events: [{ id: 'a', title: 'A', start: '2026-11-02' }] });
    expect(joinRanges([empty, ny]).timezone).to.equal('America/New_York');
  });
});
