import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { snapToWords, tidySelection, trimRange } from '../../../src/model/text/selection-range.js';

const TEXT = 'sagte Bürgermeister Ed Lee. „Wir sind und bleiben eine Sanctuary City.“ Der US-Präsident';

function range(from: string, length = from.length) {
  const start = TEXT.indexOf(from);
  if (start < 0) throw new Error(`${from} not in text`);
  return { start, end: start + length };
}

function quote(r: { start: number; end: number }): string {
  return TEXT.slice(r.start, r.end);
}

describe('tidying a selection before it is tagged', () => {
  it('trims whitespace at both ends', () => {
    const r = range(' Bürgermeister Ed Lee. ');
    expect(quote(trimRange(TEXT, r))).to.equal('Bürgermeister Ed Lee.');
  });

  it('trims a selection of only spaces to nothing', () => {
    const start = TEXT.indexOf(' ');
    const trimmed = trimRange(TEXT, { start, end: start + 1 });
    expect(trimmed.end - trimmed.start).to.equal(0);
  });

  const snaps: { name: string; selected: string; length?: number; expected: string }[] = [
    { name: 'a selection inside a word grows to the word', selected: 'ürgermeist', expected: 'Bürgermeister' },
    { name: 'a selection starting inside a word grows at the start only', selected: 'meister Ed', expected: 'Bürgermeister Ed' },
    { name: 'a selection ending inside a word grows at the end only', selected: 'Ed Le', expected: 'Ed Lee' },
    { name: 'whole words stay as they are', selected: 'Ed Lee', expected: 'Ed Lee' },
    { name: 'German quotation marks selected on purpose are kept', selected: '„Wir sind', expected: '„Wir sind' },
    { name: 'a hyphenated word counts as one word', selected: 'Präsid', expected: 'US-Präsident' },
    { name: 'punctuation after a word is not a word', selected: 'Lee.', expected: 'Lee.' },
  ];
  for (const { name, selected, expected } of snaps) {
    it(`snaps to whole words: ${name}`, () => {
      expect(quote(snapToWords(TEXT, range(selected)))).to.equal(expected);
    });
  }

  it('does not snap when the reader turned snapping off', () => {
    const inside = { start: TEXT.indexOf('ürgermeist') - 3, end: TEXT.indexOf('ürgermeist') + 10 }; // "e Bürgermeist"
    expect(quote(inside)).to.equal('e Bürgermeist');
    expect(quote(tidySelection(TEXT, inside, false))).to.equal('e Bürgermeist');
    expect(quote(tidySelection(TEXT, inside, true))).to.equal('sagte Bürgermeister');
  });

  it('always gives a range inside the text, no longer at either end than whole words (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(), fc.nat(), fc.boolean(), (text, a, b, words) => {
        const start = text.length ? a % (text.length + 1) : 0;
        const end = start + (text.length ? b % (text.length - start + 1) : 0);
        const tidy = tidySelection(text, { start, end }, words);
        expect(tidy.start).to.be.at.least(0);
        expect(tidy.end).to.be.at.most(text.length);
        expect(tidy.start).to.be.at.most(tidy.end);
        if (tidy.end > tidy.start) {
          expect(/\s/.test(text[tidy.start]!)).to.be.false;
          expect(/\s/.test(text[tidy.end - 1]!)).to.be.false;
        }
        if (!words) {
          expect(tidy.start).to.be.at.least(start);
          expect(tidy.end).to.be.at.most(end);
        }
      }),
    );
  });
});
