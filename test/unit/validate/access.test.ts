// Who can take part: the structured `accessibility` object, `languages`, `audience` and
// `easyDescription`. Unknown or malformed values cost the field (a warning), never the event.
import { expect } from '@open-wc/testing';
import { parseFeed } from '../../../src/data/validate/validate.js';
import { day } from '../helpers.js';

const base = { id: 7, title: 'Infoabend', start: '2026-11-10T18:00:00+01:00' };

function read(fields: Record<string, unknown>) {
  const parsed = parseFeed({ events: [{ ...base, ...fields }] });
  expect(parsed.skipped.map((s) => s.reason), 'skipped').to.deep.equal([]);
  return { event: parsed.events[0], warnings: parsed.warnings.map((w) => w.reason) };
}

describe('parseFeed: access facts, languages, audience', () => {
  it('keeps a plain accessibility text as the note, as before', () => {
    const { event, warnings } = read({ accessibility: 'Eingang über den Hof' });
    expect(event.accessibility).to.equal('Eingang über den Hof');
    expect(event.access).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
  });

  it('reads every fact of the object form in one fixed order, with its note', () => {
    const { event, warnings } = read({
      accessibility: {
        childcare: 'registration', easyLanguage: true, speechToText: true, signLanguage: 'provided',
        hearingLoop: true, accessibleToilet: true, stepFree: true, note: ' Aufzug am Hof ',
      },
    });
    expect(event.access).to.deep.equal([
      'step-free', 'accessible-toilet', 'hearing-loop', 'sign-language', 'speech-to-text', 'easy-language', 'childcare-registration',
    ]);
    expect(event.accessibility).to.equal('Aufzug am Hof');
    expect(warnings).to.deep.equal([]);
  });

  it('keeps sign language on request with the day to ask by', () => {
    const { event } = read({ accessibility: { signLanguage: 'on-request', signLanguageRequestBy: '2026-11-05' } });
    expect(event.access).to.deep.equal(['sign-language-on-request']);
    expect(event.signLanguageRequestBy).to.deep.equal({ allDay: true, day: day('2026-11-05') });
  });

  it('warns about unknown facts and wrong values, keeps the event and the rest', () => {
    const { event, warnings } = read({
      accessibility: { stepFree: 'yes', wheelchair: true, childcare: 'maybe', hearingLoop: true, signLanguageRequestBy: '2026-11-05' },
    });
    expect(event.access).to.deep.equal(['hearing-loop']);
    expect(warnings).to.deep.equal([
      "event 7 'Infoabend': accessibility.wheelchair is not a known access fact; ignored",
      "event 7 'Infoabend': accessibility.stepFree must be true or false, not a string; ignored",
      "event 7 'Infoabend': accessibility.signLanguageRequestBy needs signLanguage \"on-request\"; ignored",
      "event 7 'Infoabend': accessibility.childcare 'maybe' is not one of provided, registration; dropped",
    ]);
  });

  it('drops an accessibility that is neither text nor an object, with a warning', () => {
    const { event, warnings } = read({ accessibility: ['stepFree'] });
    expect(event.access).to.equal(undefined);
    expect(warnings).to.deep.equal(["event 7 'Infoabend': accessibility must be text or an object of access facts, not an array; dropped"]);
  });

  it('takes languages as BCP 47 tags in canonical spelling, drops what is none', () => {
    const { event, warnings } = read({ languages: ['TR', 'de', 'de', 'de-x-ls', 'türkisch', 42] });
    expect(event.languages).to.deep.equal(['tr', 'de', 'de-x-ls']);
    expect(warnings).to.deep.equal([
      "event 7 'Infoabend': languages: 'türkisch' is not a language tag (BCP 47, like de or tr); dropped",
      "event 7 'Infoabend': languages: a number is not a language tag (BCP 47, like de or tr); dropped",
    ]);
  });

  it('takes the audience in the feed\'s own words and the Leichte-Sprache description as text', () => {
    const { event } = read({ audience: [' Jugendliche ', 'Familien', ''], easyDescription: 'Wir planen den Spiel·platz.' });
    expect(event.audience).to.deep.equal(['Jugendliche', 'Familien']);
    expect(event.easyDescription).to.equal('Wir planen den Spiel·platz.');
  });

  it('warns when languages or audience is not a list', () => {
    const { event, warnings } = read({ languages: 'de', audience: { who: 'alle' } });
    expect(event.languages).to.equal(undefined);
    expect(event.audience).to.equal(undefined);
    expect(warnings).to.deep.equal([
      "event 7 'Infoabend': languages must be a list of texts, not a string; dropped",
      "event 7 'Infoabend': audience must be a list of texts, not an object; dropped",
    ]);
  });
});
