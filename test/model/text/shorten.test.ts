/**
 * Outside strings shortened for messages (src/model/text/shorten.ts): a named table of texts and
 * what a message shows of them, then properties over any text, emoji and broken surrogates
 * included: the length is pinned, the start and the end are kept, no surrogate pair is split.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ELLIPSIS, PLACE_LENGTH, SHORT_LENGTH, shorten, shortenParts } from '../../../src/model/text/shorten.js';

const ID = `urn:uuid:${'a'.repeat(1_000_000)}`;

/** The number of code points of `text`. */
function codePoints(text: string): number {
  return [...text].length;
}

/** Whether `text` has a high surrogate without its low one, or a low one without its high one. */
function hasBrokenSurrogate(text: string): boolean {
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

describe('shorten', () => {
  const cases: { name: string; text: string; max?: number; shown: string }[] = [
    { name: 'a short text as it is', text: 'notizen.jsonld', shown: 'notizen.jsonld' },
    { name: 'the empty text as it is', text: '', shown: '' },
    { name: 'exactly 80 characters as they are', text: 'x'.repeat(80), shown: 'x'.repeat(80) },
    { name: '81 characters: 40 from the start, 39 from the end', text: `${'s'.repeat(41)}${'e'.repeat(40)}`, shown: `${'s'.repeat(40)}${ELLIPSIS}${'e'.repeat(39)}` },
    { name: 'a 1 MB id keeps its scheme and its end', text: `${ID}z`, shown: `urn:uuid:${'a'.repeat(31)}${ELLIPSIS}${'a'.repeat(38)}z` },
    { name: 'a long file name keeps its extension', text: `${'Bericht '.repeat(40)}.jsonld`, max: 20, shown: `Bericht Be${ELLIPSIS}t .jsonld` },
    { name: '80 emoji are 80 characters: as they are', text: '😀'.repeat(80), shown: '😀'.repeat(80) },
    { name: '81 emoji: no pair split at either cut', text: '😀'.repeat(81), shown: `${'😀'.repeat(40)}${ELLIPSIS}${'😀'.repeat(39)}` },
    { name: 'an emoji right at the cut stays whole', text: `${'a'.repeat(3)}😀${'b'.repeat(10)}😀`, max: 9, shown: `aaa😀${ELLIPSIS}bbb😀` },
    { name: 'a limit of 1 is the ellipsis alone', text: 'abc', max: 1, shown: ELLIPSIS },
    { name: 'a limit below 1 counts as 1', text: 'abc', max: 0, shown: ELLIPSIS },
  ];
  for (const { name, text, max, shown } of cases) {
    it(`${name}`, () => expect(shorten(text, max)).to.equal(shown));
  }

  it('pins the limit at 80 code points', () => {
    expect(SHORT_LENGTH).to.equal(80);
    expect(codePoints(shorten(ID))).to.equal(80);
  });

  it('keeps any text of up to max code points whole, and shortens any longer one to max, its start and end kept', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.integer({ min: 1, max: 120 }), (text, max) => {
        const shown = shorten(text, max);
        const length = codePoints(text);
        if (length <= max) {
          expect(shown).to.equal(text);
          return;
        }
        expect(codePoints(shown)).to.equal(max);
        const chars = [...text];
        const head = Math.ceil((max - 1) / 2);
        const tail = max - 1 - head;
        expect(shown).to.equal(`${chars.slice(0, head).join('')}${ELLIPSIS}${tail > 0 ? chars.slice(-tail).join('') : ''}`);
      }),
      { numRuns: 1000 },
    );
  });

  it('never makes a broken surrogate out of a text that had none', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '😀', '𝄞', 'é', ' '), maxLength: 200 }), fc.integer({ min: 1, max: 100 }), (text, max) => {
        expect(hasBrokenSurrogate(shorten(text, max))).to.equal(false);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('shortenParts', () => {
  const FILE = 'notizen.jsonld';
  const cases: { name: string; text: string; shown: string }[] = [
    { name: 'a place of short parts as it is', text: `${FILE}, annotation 3 (urn:uuid:1): target.selector[0].exact`, shown: `${FILE}, annotation 3 (urn:uuid:1): target.selector[0].exact` },
    {
      name: 'a place longer than 80 made of short parts as it is',
      text: `${FILE}, annotation 12 (urn:uuid:6f1c2d3e-0000-4000-8000-000000000001): target.selector[1].exact`,
      shown: `${FILE}, annotation 12 (urn:uuid:6f1c2d3e-0000-4000-8000-000000000001): target.selector[1].exact`,
    },
    {
      name: 'a 1 MB id shortened alone: the file, the annotation and the field stay',
      text: `${FILE}, annotation 3 (${ID}): target`,
      shown: `${FILE}, annotation 3 (urn:uuid:${'a'.repeat(31)}${ELLIPSIS}${'a'.repeat(39)}): target`,
    },
    {
      name: 'a long file name shortened alone',
      text: `${'n'.repeat(200)}.jsonld: first.items`,
      shown: `${'n'.repeat(40)}${ELLIPSIS}${'n'.repeat(32)}.jsonld: first.items`,
    },
  ];
  for (const { name, text, shown } of cases) {
    it(name, () => expect(shortenParts(text)).to.equal(shown));
  }

  it('keeps a place of very many parts within 240 code points', () => {
    expect(PLACE_LENGTH).to.equal(240);
    expect(codePoints(shortenParts('a, '.repeat(100_000)))).to.equal(240);
  });

  it('keeps any text within max code points, without broken surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '😀', ', ', ': ', ' (', ')'), maxLength: 400 }), (text) => {
        const shown = shortenParts(text);
        expect(codePoints(shown)).to.be.at.most(PLACE_LENGTH);
        expect(hasBrokenSurrogate(shown)).to.equal(false);
        if (codePoints(text) <= SHORT_LENGTH) expect(shown).to.equal(text);
      }),
      { numRuns: 500 },
    );
  });
});
