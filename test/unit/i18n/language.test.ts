import { expect } from '@open-wc/testing';
import { resolveLanguage } from '../../../src/i18n/index.js';

describe('language', () => {
  it('takes the lang attribute, else the page\'s primary subtag, else German', () => {
    expect(resolveLanguage('en', 'de')).to.equal('en');
    expect(resolveLanguage(undefined, 'en-GB')).to.equal('en');
    expect(resolveLanguage(' DE-at ', 'en')).to.equal('de');
    expect(resolveLanguage('fr', 'en')).to.equal('en');
    expect(resolveLanguage('', '')).to.equal('de');
  });

  it('falls back to German for names every object has (before: a blank widget and a TypeError)', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'CONSTRUCTOR']) {
      expect(resolveLanguage(name, null), `lang="${name}"`).to.equal('de');
      expect(resolveLanguage(undefined, name), `<html lang="${name}">`).to.equal('de');
      expect(resolveLanguage(name, 'en'), `lang="${name}" on an English page`).to.equal('en');
    }
  });
});
