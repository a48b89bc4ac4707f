import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../../src/data/validate/safe-url.js';

describe('safeUrl', () => {
  it('gives every http(s) URL exactly the form the browser\'s URL parser gives (fast path or not)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        expect(safeUrl(url)).to.deep.equal({ url: new URL(url).href });
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizes what the fast path must not take as it is', () => {
    for (const [given, expected] of [
      ['https://EXAMPLE.org/a', 'https://example.org/a'],
      ['https://example.org', 'https://example.org/'],
      ['https://example.org:443/a', 'https://example.org/a'],
      ['https://example.org/a/../b', 'https://example.org/b'],
      ['https://example.org/a/./b', 'https://example.org/a/b'],
      ['https://example.org/a/%2e%2E/b', 'https://example.org/b'],
      ['https://example.org/a/.', 'https://example.org/a/'],
      ['https://example.org/a b', 'https://example.org/a%20b'],
      ['https://example.org/ä', 'https://example.org/%C3%A4'],
      ['http://0x7f.1/a', 'http://127.0.0.1/a'],
      ["https://example.org/?q='x'", 'https://example.org/?q=%27x%27'],
    ]) {
      expect(safeUrl(given), given).to.deep.equal({ url: expected });
    }
  });

  it('drops javascript:, data: and vbscript: however they are disguised', () => {
    for (const value of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '\u0000javascript:x', 'data:text/html,x', 'vbscript:x']) {
      expect(safeUrl(value), JSON.stringify(value)).to.have.property('problem');
    }
  });
});
