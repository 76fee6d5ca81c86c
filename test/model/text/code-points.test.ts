import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CodePointIndex, codePointLength, codePointToUtf16, utf16ToCodePoint } from '../../../src/model/text/code-points.js';

describe('code points and UTF-16 offsets (W3C TextPositionSelector counts code points)', () => {
  const cases: { name: string; text: string; utf16: number; codePoint: number }[] = [
    { name: 'plain German text', text: 'Bürgermeister', utf16: 5, codePoint: 5 },
    { name: 'after one emoji', text: '🙂 Wir sind', utf16: 3, codePoint: 2 },
    { name: 'after two emoji', text: '🇩🇪 Berlin', utf16: 5, codePoint: 3 },
    { name: 'at the end of a text with an astral letter', text: 'a𝔘b', utf16: 4, codePoint: 3 },
    { name: 'German quotation marks are one unit each', text: '„Wir“ »sind«', utf16: 12, codePoint: 12 },
  ];
  for (const { name, text, utf16, codePoint } of cases) {
    it(`converts ${name}`, () => {
      expect(utf16ToCodePoint(text, utf16)).to.equal(codePoint);
      expect(codePointToUtf16(text, codePoint)).to.equal(utf16);
    });
  }

  it('rounds an offset inside a surrogate pair down to the pair start', () => {
    expect(utf16ToCodePoint('a🙂b', 2)).to.equal(1);
  });

  it('counts the length of a text in code points', () => {
    expect(codePointLength('Trump 🇺🇸')).to.equal(8);
  });

  it('round-trips every code point offset of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(60), (text, n) => {
        const codePoint = Math.min(n, codePointLength(text));
        expect(utf16ToCodePoint(text, codePointToUtf16(text, codePoint))).to.equal(codePoint);
      }),
    );
  });

  it('maps a UTF-16 offset at a code point boundary and back to itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(60), (text, n) => {
        const offset = Math.min(n, text.length);
        const atBoundary = Array.from(text.slice(0, offset)).join('').length === offset && !/[\udc00-\udfff]/.test(text[offset] ?? '') ;
        fc.pre(atBoundary);
        expect(codePointToUtf16(text, utf16ToCodePoint(text, offset))).to.equal(offset);
        expect(utf16ToCodePoint(text, offset)).to.equal(Array.from(text.slice(0, offset)).length);
      }),
    );
  });

  it('converts with an index exactly as without, for every offset of any text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const index = new CodePointIndex(text);
        expect(index.length).to.equal(codePointLength(text));
        for (let offset = -1; offset <= text.length + 1; offset += 1) {
          expect(index.toCodePoint(offset), `toCodePoint(${offset})`).to.equal(utf16ToCodePoint(text, offset));
        }
        for (let point = -1; point <= index.length + 1; point += 1) {
          expect(index.toUtf16(point), `toUtf16(${point})`).to.equal(codePointToUtf16(text, point));
        }
      }),
      { numRuns: 500 },
    );
  });
});
