import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { containsFolded, findAll, foldText } from '../../../src/model/text/text-search.js';

const TEXT = 'Donald Trump unterschrieb. Trumps Dekret trifft die Bürgermeister der Straße; TRUMP! Café 🙂 Trump';

function found(query: string, matchCaseAndAccents = false): string[] {
  return findAll(TEXT, query, { matchCaseAndAccents }).map((match) => TEXT.slice(match.start, match.end));
}

describe('finding a phrase in the text', () => {
  const cases: { name: string; query: string; exact?: boolean; expected: string[] }[] = [
    { name: 'every "Trump", whatever its case', query: 'trump', expected: ['Trump', 'Trump', 'TRUMP', 'Trump'] },
    { name: 'only "Trump" as written when case matters', query: 'Trump', exact: true, expected: ['Trump', 'Trump', 'Trump'] },
    { name: 'umlauts without their dots', query: 'burgermeister', expected: ['Bürgermeister'] },
    { name: 'umlauts only as written when accents matter', query: 'Burgermeister', exact: true, expected: [] },
    { name: 'ß as ss', query: 'strasse', expected: ['Straße'] },
    { name: 'ss as ß', query: 'Straße', expected: ['Straße'] },
    { name: 'a composed accent', query: 'cafe', expected: ['Café'] },
    { name: 'text after an emoji at the right offsets', query: '🙂 trump', expected: ['🙂 Trump'] },
    { name: 'nothing for an empty query', query: '  ', expected: [] },
  ];
  for (const { name, query, exact, expected } of cases) {
    it(`finds ${name}`, () => {
      expect(found(query, exact)).to.deep.equal(expected);
    });
  }

  it('gives matches in order and never overlapping', () => {
    const matches = findAll('aaaa', 'aa');
    expect(matches).to.deep.equal([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('tells whether a note contains a word, ignoring case and accents', () => {
    expect(containsFolded('Lee spricht für die Stadt', 'FUR')).to.be.true;
    expect(containsFolded('Lee spricht für die Stadt', 'Land')).to.be.false;
  });

  it('maps every match back to text that folds to the query (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.nat(), fc.nat(8), (text, a, n) => {
        const characters = Array.from(text);
        fc.pre(characters.length > 0);
        const start = a % characters.length;
        const query = characters.slice(start, start + 1 + n).join('');
        const needle = foldText(query).folded;
        fc.pre(needle.trim() !== '');
        const matches = findAll(text, query);
        expect(matches.length).to.be.greaterThan(0);
        for (const match of matches) expect(foldText(text.slice(match.start, match.end)).folded).to.equal(needle);
      }),
    );
  });

  it('finds exactly what indexOf finds when case and accents matter (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ minLength: 1, maxLength: 3 }), (text, query) => {
        fc.pre(query.trim() !== '');
        const matches = findAll(text, query, { matchCaseAndAccents: true });
        for (const match of matches) expect(text.slice(match.start, match.end)).to.equal(query);
        expect(matches.length > 0).to.equal(text.includes(query));
      }),
    );
  });
});
