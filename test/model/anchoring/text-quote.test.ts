import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { describeRange, placeAtStoredRange } from '../../../src/model/anchoring/text-quote.js';

const TEXT =
  'San Francisco werde es nicht zulassen, dass Einwanderer hier "in Angst leben", sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';

describe('describing a range as a quote with context', () => {
  const cases: { name: string; quote: string; prefix: string; suffix: string; text?: string }[] = [
    {
      name: 'a name in the middle of the text (32 either side)',
      quote: 'Bürgermeister Ed Lee',
      prefix: 'er hier "in Angst leben", sagte ',
      suffix: '. "Wir sind und bleiben eine San',
    },
    { name: 'the first words (prefix stops at the text start)', quote: 'San Francisco', prefix: '', suffix: ' werde es nicht zulassen, dass E' },
    { name: 'the last words (suffix stops at the text end)', quote: 'Sanctuary City."', prefix: 'Lee. "Wir sind und bleiben eine ', suffix: '' },
    { name: 'a short text (both stop at its edges)', quote: 'Ed Lee', prefix: 'sagte ', suffix: '.', text: 'sagte Ed Lee.' },
  ];
  for (const { name, quote, prefix, suffix, text = TEXT } of cases) {
    it(`keeps up to 32 characters either side: ${name}`, () => {
      const start = text.indexOf(quote);
      expect(describeRange(text, start, start + quote.length)).to.deep.equal({ start, end: start + quote.length, exact: quote, prefix, suffix });
    });
  }

  it('never splits an emoji at the edge of the context: it takes the whole emoji (33 units)', () => {
    // The 32nd unit before "Trump" and the 32nd after it are each the second half of a 🙂.
    const text = `🙂${'x'.repeat(31)}Trump${'y'.repeat(31)}🙂`;
    const start = text.indexOf('Trump');
    const { prefix, suffix } = describeRange(text, start, start + 5);
    expect(prefix).to.equal(`🙂${'x'.repeat(31)}`);
    expect(suffix).to.equal(`${'y'.repeat(31)}🙂`);
  });

  it('refuses an empty or reversed range', () => {
    expect(() => describeRange(TEXT, 5, 5)).to.throw(RangeError);
    expect(() => describeRange(TEXT, 9, 3)).to.throw(RangeError);
    expect(() => describeRange(TEXT, 0, TEXT.length + 1)).to.throw(RangeError);
  });
});

describe('placing a stored quote at its stored range', () => {
  it('accepts the stored range when the text there is the quote', () => {
    const start = TEXT.indexOf('Ed Lee');
    expect(placeAtStoredRange(TEXT, { start, end: start + 6, exact: 'Ed Lee' })).to.deep.equal({ start, end: start + 6 });
  });

  const refused: { name: string; stored: { start: number; end: number; exact: string } }[] = [
    { name: 'the text there changed', stored: { start: 0, end: 13, exact: 'San Franzisko' } },
    { name: 'the range runs past the end', stored: { start: TEXT.length - 2, end: TEXT.length + 3, exact: '."' } },
    { name: 'the range is reversed', stored: { start: 10, end: 4, exact: '' } },
    { name: 'the range is negative', stored: { start: -3, end: 2, exact: 'Sa' } },
  ];
  for (const { name, stored } of refused) {
    it(`refuses it when ${name}`, () => {
      expect(placeAtStoredRange(TEXT, stored)).to.equal(undefined);
    });
  }

  it('places back every range it described, in any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % text.length;
        const end = start + 1 + (b % (text.length - start));
        const described = describeRange(text, start, end);
        expect(placeAtStoredRange(text, described)).to.deep.equal({ start, end });
        const around = described.prefix + described.exact + described.suffix;
        expect(text.slice(start - described.prefix.length, end + described.suffix.length)).to.equal(around);
      }),
    );
  });
});
