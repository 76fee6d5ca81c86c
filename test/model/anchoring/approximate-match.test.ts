import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  distanceEndingAt,
  distanceStartingAt,
  findApproximateMatches,
  findApproximateOccurrences,
  forEachMatchEnd,
  PatternMasks,
  reversedUnits,
  unitsOf,
} from '../../../src/model/anchoring/approximate-match.js';

/** Levenshtein distance, the textbook way: what the bit-parallel matcher must agree with. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: a.length + 1 }, (_, i) => i);
  for (let j = 1; j <= b.length; j += 1) {
    const current = [j];
    for (let i = 1; i <= a.length; i += 1) {
      current[i] = Math.min(previous[i - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), previous[i]! + 1, current[i - 1]! + 1);
    }
    previous = current;
  }
  return previous[a.length]!;
}

/** For every end in the text, the fewest edits from the pattern to a substring ending there, if ≤ k (Sellers' algorithm). */
function naiveMatchEnds(text: string, pattern: string, k: number): [number, number][] {
  let previous = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const ends: [number, number][] = [];
  for (let j = 1; j <= text.length; j += 1) {
    const current = [0];
    for (let i = 1; i <= pattern.length; i += 1) {
      current[i] = Math.min(previous[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1), previous[i]! + 1, current[i - 1]! + 1);
    }
    if (current[pattern.length]! <= k) ends.push([j, current[pattern.length]!]);
    previous = current;
  }
  return ends;
}

function matchEnds(text: string, pattern: string, k: number): [number, number][] {
  const ends: [number, number][] = [];
  forEachMatchEnd(unitsOf(text), 0, text.length, new PatternMasks(unitsOf(pattern)), k, (end, errors) => ends.push([end, errors]));
  return ends;
}

/** Text over a few characters (many near matches), including an umlaut and an emoji's two halves. */
const smallAlphabetText = (maxLength: number) =>
  fc.array(fc.constantFrom('a', 'b', 'c', 'ü', ' ', '🙂'), { maxLength }).map((parts) => parts.join(''));

describe('approximate matching (Myers bit-parallel)', () => {
  const cases: { name: string; text: string; pattern: string; k: number; expected: { quote: string; errors: number }[] }[] = [
    {
      name: 'an exact occurrence',
      text: 'sagte Bürgermeister Ed Lee.',
      pattern: 'Ed Lee',
      k: 1,
      expected: [{ quote: 'Ed Lee', errors: 0 }],
    },
    {
      name: 'a corrected word (one substitution)',
      text: 'den undokumentierten Bewohnern der Stadt',
      pattern: 'undokumentierten Bewohneren',
      k: 3,
      expected: [{ quote: 'undokumentierten Bewohnern', errors: 1 }],
    },
    {
      name: 'an inserted word, in a pattern longer than one 32-bit block',
      text: 'Die Polizei in Los Angeles würde auch künftig weiterhin keine Menschen befragen dürfen.',
      pattern: 'Die Polizei in Los Angeles würde auch weiterhin keine Menschen befragen',
      k: 18,
      expected: [{ quote: 'Die Polizei in Los Angeles würde auch künftig weiterhin keine Menschen befragen', errors: 8 }],
    },
    { name: 'nothing when more edits are needed than allowed', text: 'Washington', pattern: 'Minneapolis', k: 2, expected: [] },
    {
      name: 'two occurrences, each once',
      text: 'Sanctuary City; eine Sanctuary Citty',
      pattern: 'Sanctuary City',
      k: 2,
      expected: [
        { quote: 'Sanctuary City', errors: 0 },
        { quote: 'Sanctuary Citty', errors: 1 },
      ],
    },
  ];
  for (const { name, text, pattern, k, expected } of cases) {
    it(`finds ${name}`, () => {
      const found = findApproximateMatches(unitsOf(text), 0, text.length, unitsOf(pattern), k);
      expect(found.map((match) => ({ quote: text.slice(match.start, match.end), errors: match.errors }))).to.deep.equal(expected);
    });
  }

  it('offers every equally good alignment of one occurrence, the one cutting no word first', () => {
    // "üüü üä" with one letter replaced: "#" inserted after "üüü", or replacing the third "ü".
    const text = 'üüü# üä';
    const [occurrence, ...more] = findApproximateOccurrences(unitsOf(text), 0, text.length, unitsOf('üüü üä'), 1);
    expect(more).to.deep.equal([]);
    expect(occurrence!.errors).to.equal(1);
    expect(occurrence!.ranges[0]).to.deep.equal({ start: 0, end: 7 });
    expect(occurrence!.ranges).to.deep.include({ start: 1, end: 7 });
  });

  it('searches only the given window', () => {
    const text = 'Lee … Lee … Lee';
    const found = findApproximateMatches(unitsOf(text), 4, 11, unitsOf('Lee'), 0);
    expect(found).to.deep.equal([{ start: 6, end: 9, errors: 0 }]);
  });

  it('reports the same ends and errors as the textbook dynamic programme, for patterns of any length (property)', () => {
    fc.assert(
      fc.property(smallAlphabetText(160), smallAlphabetText(110), fc.nat(), (text, pattern, k) => {
        fc.pre(pattern.length > 0);
        const maxErrors = k % (pattern.length + 1);
        expect(matchEnds(text, pattern, maxErrors)).to.deep.equal(naiveMatchEnds(text, pattern, maxErrors));
      }),
      { numRuns: 300 },
    );
  });

  it('gives ranges whose edit distance from the pattern is the reported error count (property)', () => {
    fc.assert(
      fc.property(smallAlphabetText(120), smallAlphabetText(70), fc.nat(), (text, pattern, k) => {
        fc.pre(pattern.length > 0);
        const maxErrors = k % pattern.length;
        for (const match of findApproximateMatches(unitsOf(text), 0, text.length, unitsOf(pattern), maxErrors)) {
          expect(match.start).to.be.lessThan(match.end);
          expect(match.errors).to.be.at.most(maxErrors);
          expect(editDistance(pattern, text.slice(match.start, match.end))).to.equal(match.errors);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('measures a context against the text just before or just after a place (property)', () => {
    fc.assert(
      fc.property(smallAlphabetText(60), smallAlphabetText(40), fc.nat(), (text, context, a) => {
        fc.pre(context.length > 0);
        const at = a % (text.length + 1);
        const units = unitsOf(text);
        const limit = 2 * context.length;
        let before = context.length;
        for (let n = 1; n <= Math.min(limit, at); n += 1) before = Math.min(before, editDistance(context, text.slice(at - n, at)));
        let after = context.length;
        for (let n = 1; n <= Math.min(limit, text.length - at); n += 1) after = Math.min(after, editDistance(context, text.slice(at, at + n)));
        expect(distanceEndingAt(units, at, new PatternMasks(reversedUnits(unitsOf(context))), limit)).to.equal(before);
        expect(distanceStartingAt(units, at, new PatternMasks(unitsOf(context)), limit)).to.equal(after);
      }),
      { numRuns: 300 },
    );
  });
});
