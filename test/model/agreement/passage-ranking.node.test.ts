/**
 * The order of the presentation's passages (model/agreement/passage-ranking.ts): the most agreed
 * first, ties in text order, a model passage before a class passage on the same stretch.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareByAgreement, rankPassages, type RankablePassage } from '../../../src/model/agreement/passage-ranking.js';

const passage = (start: number, end: number, students: number[], source: 'model' | 'class' = 'class'): RankablePassage => ({ start, end, source, students });

describe('ranking passages from the most to the least agreed', () => {
  it('puts the passage most students found first and the one nobody found last', () => {
    const passages = [passage(0, 5, [1]), passage(10, 20, [0, 1, 2], 'model'), passage(30, 40, [], 'model'), passage(50, 55, [0, 2])];
    assert.deepEqual(
      rankPassages(passages).map((p) => [p.start, p.students.length]),
      [
        [10, 3],
        [50, 2],
        [0, 1],
        [30, 0],
      ],
    );
  });

  it('orders ties by start, then by end, then a model passage before a class passage', () => {
    const passages = [passage(40, 50, [3]), passage(5, 9, [1], 'class'), passage(5, 9, [2], 'model'), passage(5, 8, [0]), passage(1, 30, [4])];
    assert.deepEqual(
      rankPassages(passages).map((p) => `${p.start}-${p.end} ${p.source}`),
      ['1-30 class', '5-8 class', '5-9 model', '5-9 class', '40-50 class'],
    );
  });

  it('leaves its input as it was', () => {
    const passages = [passage(0, 5, []), passage(10, 20, [0])];
    rankPassages(passages);
    assert.deepEqual(passages.map((p) => p.start), [0, 10]);
  });

  it('gives an order that does not depend on the input’s, never increasing in students', () => {
    const arbitrary = fc.array(
      fc.record({
        start: fc.nat(50),
        length: fc.integer({ min: 1, max: 20 }),
        students: fc.uniqueArray(fc.nat(9), { maxLength: 10 }),
        source: fc.constantFrom<'model' | 'class'>('model', 'class'),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arbitrary, fc.nat(), (raw, seed) => {
        const passages = raw.map(({ start, length, students, source }) => passage(start, start + length, students, source));
        const shuffled = [...passages].sort((a, b) => ((a.start * 31 + seed) % 7) - ((b.start * 31 + seed) % 7));
        const ranked = rankPassages(passages);
        assert.deepEqual(rankPassages(shuffled).map(key), ranked.map(key));
        for (let i = 1; i < ranked.length; i++) {
          assert.ok(ranked[i - 1]!.students.length >= ranked[i]!.students.length);
          assert.ok(compareByAgreement(ranked[i - 1]!, ranked[i]!) <= 0);
        }
      }),
    );
  });
});

/** What tells two passages apart in the order (students compared by count only). */
function key(p: RankablePassage): string {
  return `${p.students.length} ${p.start}-${p.end} ${p.source}`;
}
