import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeUrlState, encodeUrlState, type UrlState } from '../../../src/controllers/url-state.js';
import { NO_FILTER } from '../../../src/data/filter/filter-criteria.js';
import { day } from '../helpers.js';

describe('url-state codec', () => {
  it('round-trips view, month, filters, search and the open event', () => {
    const text = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s.length > 0 && !s.includes(','));
    fc.assert(
      fc.property(
        fc.constantFrom<'month' | 'list'>('month', 'list'),
        fc.integer({ min: day('2020-01-01'), max: day('2035-12-01') }),
        fc.uniqueArray(text, { maxLength: 3 }),
        fc.uniqueArray(text, { maxLength: 3 }),
        fc.subarray(['in-person', 'online', 'hybrid'] as const),
        fc.option(fc.integer({ min: day('2026-01-01'), max: day('2027-12-31') }), { nil: null }),
        text,
        (view, anyDay, categories, districts, formats, from, q) => {
          const d = new Date(anyDay * 86_400_000);
          const month = day(`${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-01`);
          const state: UrlState = { view, month, criteria: { categories, districts, formats: [...formats], access: ['step-free', 'lang:tr', 'for:Familien & Freunde'], from, to: null, text: q }, event: 'x@1' };
          const decoded = decodeUrlState(encodeUrlState(state, 'pc', ''), 'pc');
          expect(decoded).to.deep.equal(state);
        },
      ),
    );
  });

  it('keeps the page\'s own parameters and another widget\'s namespace', () => {
    const search = encodeUrlState({ view: 'list', criteria: NO_FILTER }, 'pc', '?page=2&cal2-view=month&pc-q=alt');
    const params = new URLSearchParams(search);
    expect(params.get('page')).to.equal('2');
    expect(params.get('cal2-view')).to.equal('month');
    expect(params.get('pc-view')).to.equal('list');
    expect(params.has('pc-q'), 'the old search text is gone').to.equal(false);
  });

  it('ignores malformed values instead of failing', () => {
    const state = decodeUrlState('?pc-view=week&pc-month=2026-13&pc-from=gestern', 'pc');
    expect(state).to.deep.equal({ criteria: { ...NO_FILTER, categories: [], districts: [], formats: [] } });
  });
});
