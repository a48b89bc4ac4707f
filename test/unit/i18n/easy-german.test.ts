// The Leichte-Sprache strings (src/i18n/de-x-ls.ts) against the rules of Leichte Sprache
// that a program can check: short sentences, no abbreviations, no passive voice, long
// compound words split with a medio-point. The rest (one statement per sentence, common
// words, few negations) needs a reader; see the file's header.
import { expect } from '@open-wc/testing';
import { deXLs, staticList } from '../../../src/i18n/de-x-ls.js';
import { de } from '../../../src/i18n/de.js';

/** Every text of a messages object; functions are called with sample values (a number, a date text). */
function texts(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const sample = value.length === 1 ? [3] : ['Mittwoch, 18. November 2026', 'noch 3 Tage', 2];
    const out = (value as (...args: unknown[]) => unknown)(...sample);
    const one = value.length === 1 ? (value as (...args: unknown[]) => unknown)(1) : null;
    return [...texts(out, `${path}()`), ...(typeof one === 'string' ? texts(one, `${path}(1)`) : [])];
  }
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => texts(v, path ? `${path}.${key}` : key));
  return [];
}

/** Not texts for readers: language tags, the Intl locale, a date pattern. */
const NOT_PROSE = new Set(['intl', 'tag', 'filters.datePlaceholder', 'filters.optionCount()', 'filters.optionCount()(1)']);
const all = [...texts(deXLs), ...texts(staticList, 'staticList')].filter(([path]) => !NOT_PROSE.has(path) && !path.startsWith('dates.'));

const sentences = (text: string) => text.split(/(?<=[.!?:])\s+/).filter(Boolean);
const words = (sentence: string) => sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));

const ABBREVIATIONS = /(?:^|[\s(])(z\.\s?B\.|u\.\s?a\.|d\.\s?h\.|usw\.|bzw\.|ca\.|Nr\.|ggf\.|evtl\.|inkl\.|max\.|min\.|Tel\.|Str\.|etc\.|vgl\.|Jan\.|Feb\.|Nov\.|Dez\.)/;
const PASSIVE = /\b(wird|werden|wurde|wurden|worden)\b/i;
const LONGEST_WHOLE_WORD = 13;

describe('Leichte Sprache (de-x-ls)', () => {
  it('has a text for everything the German file says', () => {
    const paths = (m: object) => texts(m).map(([path]) => path).sort();
    expect(paths(deXLs)).to.deep.equal(paths(de));
  });

  it('keeps every sentence at 15 words or fewer', () => {
    const long = all.flatMap(([path, text]) => sentences(text).filter((s) => words(s).length > 15).map((s) => `${path}: ${s}`));
    expect(long).to.deep.equal([]);
  });

  it('uses no abbreviations', () => {
    expect(all.filter(([, text]) => ABBREVIATIONS.test(text)).map(([path, text]) => `${path}: ${text}`)).to.deep.equal([]);
  });

  it('uses no passive voice', () => {
    expect(all.filter(([, text]) => PASSIVE.test(text)).map(([path, text]) => `${path}: ${text}`)).to.deep.equal([]);
  });

  it(`splits words longer than ${LONGEST_WHOLE_WORD} letters with a medio-point`, () => {
    const long = all.flatMap(([path, text]) =>
      words(text).map((w) => w.replace(/[^\p{L}·-]/gu, '')).filter((w) => w.split(/[·-]/).some((part) => part.length > LONGEST_WHOLE_WORD)).map((w) => `${path}: ${w}`));
    expect(long).to.deep.equal([]);
  });

  it('would catch what it is for: the ordinary German file breaks these rules', () => {
    const german = texts(de).filter(([path]) => !NOT_PROSE.has(path) && !path.startsWith('dates.'));
    expect(german.some(([, text]) => PASSIVE.test(text)), 'passive in de.ts').to.equal(true);
    expect(german.some(([, text]) => words(text).some((w) => w.replace(/[^\p{L}]/gu, '').length > LONGEST_WHOLE_WORD)), 'long words in de.ts').to.equal(true);
  });
});
