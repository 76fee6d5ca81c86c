/**
 * The language guessed for a reader's own text (src/model/documents/language-guess.ts): the shipped German
 * articles are German, English prose is English, and a text with nothing to go by is German.
 */
import { expect } from '@open-wc/testing';
import { canonicalText } from '../../../src/model/documents/article.js';
import { guessLanguage } from '../../../src/model/documents/language-guess.js';
import { loadShippedBodies } from '../../support/articles.js';

describe('guessing the language of a text', () => {
  it('takes every shipped article for German', async () => {
    const bodies = await loadShippedBodies();
    expect(bodies.length).to.be.greaterThan(0);
    for (const body of bodies) expect(guessLanguage(canonicalText(body.blocks)), body.id).to.equal('de');
  });

  const cases: { name: string; text: string; expected: 'de' | 'en' }[] = [
    {
      name: 'an English paragraph',
      text:
        'The mayors of several cities said on Monday that they would not cooperate with federal agents. ' +
        'It is not clear whether the administration can withhold the funds, which were approved by Congress.',
      expected: 'en',
    },
    { name: 'an English sentence quoting a German name', text: 'The report by Jürgen Müller is about the city and its people.', expected: 'en' },
    { name: 'a German sentence quoting an English title', text: 'Die Kampagne »Watch the Med« ist nicht die einzige, die sich für Geflüchtete einsetzt.', expected: 'de' },
    { name: 'German without umlauts', text: 'Das ist eine Frage, die sich nicht mit ja oder nein beantworten lässt', expected: 'de' },
    { name: 'umlauts alone', text: 'Größenordnung Übersicht Straße', expected: 'de' },
    { name: 'nothing to go by (German by default)', text: '2025 — 42 … 🙂', expected: 'de' },
    { name: 'an empty text (German by default)', text: '', expected: 'de' },
    { name: 'a tie (German by default)', text: 'the und', expected: 'de' },
  ];
  for (const { name, text, expected } of cases) {
    it(`takes ${name} for ${expected === 'de' ? 'German' : 'English'}`, () => {
      expect(guessLanguage(text)).to.equal(expected);
    });
  }
});
