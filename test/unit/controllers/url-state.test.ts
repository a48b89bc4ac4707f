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
          const state: UrlState = { view, month, criteria: { categories, districts, formats: [...formats], access: ['step-free', 'lang:tr', 'for:Familien & Freunde'], sources: ['Stadt Musterstadt', 'Jugendrat, Kinder & Co'], from, to: null, text: q }, event: 'x@1' };
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

  it('ignores a malformed value with a warning and keeps the rest of the state (before: an uncaught URIError)', () => {
    const warnings = captureWarnings(() => {
      const state = decodeUrlState('?pc-cat=%25&pc-view=list&pc-month=2026-11', 'pc');
      expect(state.view).to.equal('list');
      expect(state.criteria.categories).to.deep.equal([]);
      const mixed = decodeUrlState(`?pc-cat=${encodeURIComponent('%E0%A4%A,Umwelt')}`, 'pc');
      expect(mixed.criteria.categories, 'the well-formed value of the list stays').to.deep.equal(['Umwelt']);
    });
    expect(warnings.join('\n')).to.contain("ignored the value '%' of pc-cat in the page URL");
  });

  it('decodes a value the widget wrote exactly once: a % in a category survives the round trip', () => {
    const state: UrlState = { criteria: { ...NO_FILTER, categories: ['100 % Klima', 'Umwelt, Natur'], districts: [], formats: [] } };
    expect(decodeUrlState(encodeUrlState(state, 'pc', ''), 'pc').criteria.categories).to.deep.equal(['100 % Klima', 'Umwelt, Natur']);
  });

  it('takes at most 100 values of a list and none longer than 300 characters, quickly (before: 10,000 froze the page)', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `c${i}`).join(',');
    let state: UrlState | undefined;
    const t0 = performance.now();
    const warnings = captureWarnings(() => {
      state = decodeUrlState(`?pc-cat=${many}&pc-dist=${'x'.repeat(301)},Nord&pc-q=${'y'.repeat(301)}&pc-fmt=online,teleport`, 'pc');
    });
    expect(performance.now() - t0, 'ms').to.be.lessThan(1000);
    expect(state!.criteria.categories).to.have.length(100);
    expect(state!.criteria.categories[99]).to.equal('c99');
    expect(state!.criteria.districts).to.deep.equal(['Nord']);
    expect(state!.criteria.text).to.equal('');
    expect(state!.criteria.formats).to.deep.equal(['online']);
    expect(warnings.join('\n')).to.contain('ignored 49900 values of pc-cat after the first 100')
      .and.to.contain("ignored the format 'teleport'").and.to.contain('ignored pc-q (301 characters)');
  });

  it('keeps the chosen sources in pc-src, with the caps of the other lists', () => {
    const state: UrlState = { criteria: { ...NO_FILTER, sources: ['Jugendrat', 'Stadt, Amt 61'] } };
    const search = encodeUrlState(state, 'pc', '');
    expect(new URLSearchParams(search).get('pc-src')).to.equal('Jugendrat,Stadt%2C%20Amt%2061');
    expect(decodeUrlState(search, 'pc').criteria.sources).to.deep.equal(['Jugendrat', 'Stadt, Amt 61']);
    let decoded: UrlState | undefined;
    const many = Array.from({ length: 150 }, (_, i) => `Quelle ${i}`).join(',');
    const warnings = captureWarnings(() => {
      decoded = decodeUrlState(`?pc-src=${encodeURIComponent(`${'x'.repeat(301)},%,Jugendrat`)}&cal2-src=${encodeURIComponent(many)}`, 'pc');
      expect(decodeUrlState(`?cal2-src=${encodeURIComponent(many)}`, 'cal2').criteria.sources).to.have.length(100);
    });
    expect(decoded!.criteria.sources, 'a long or malformed value goes, the rest of the list stays').to.deep.equal(['Jugendrat']);
    expect(warnings.join('\n')).to.contain('of pc-src in the page URL').and.to.contain('ignored 50 values of cal2-src after the first 100');
  });
});

/** The console warnings `run` causes (and nothing on the console). */
function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
