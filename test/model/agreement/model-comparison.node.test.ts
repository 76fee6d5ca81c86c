/**
 * One student against the model answer (model/agreement/model-comparison.ts): the half-overlap rule
 * at its edges, a hand-computed hand-in with every outcome (found, missed, extra, wrong category),
 * and the properties a teacher relies on: a student who tagged the model answer scores 1
 * everywhere, one who handed in nothing has recall 0 and no precision.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareWithModel } from '../../../src/model/agreement/model-comparison.js';
import { type CategorySpan, matchesByHalf } from '../../../src/model/agreement/spans.js';

const span = (category: string, start: number, end: number): CategorySpan => ({ category, start, end });

describe('a passage found by overlapping at least half of the shorter one', () => {
  const cases: [string, [number, number], [number, number], boolean][] = [
    ['exactly half of the shorter', [20, 30], [25, 40], true],
    ['one character short of half', [20, 30], [26, 40], false],
    ['a short quote inside a long sentence', [0, 100], [40, 44], true],
    ['spans that only touch', [0, 10], [10, 20], false],
    ['one character of a two-character span', [0, 2], [1, 9], true],
  ];
  for (const [name, [a1, a2], [b1, b2], expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'}: ${name}`, () => {
      assert.equal(matchesByHalf({ start: a1, end: a2 }, { start: b1, end: b2 }), expected);
      assert.equal(matchesByHalf({ start: b1, end: b2 }, { start: a1, end: a2 }), expected);
    });
  }
});

describe('one student against the model answer', () => {
  const model = [span('A', 0, 10), span('A', 20, 30), span('B', 40, 50)];
  const student = [span('A', 2, 8), span('A', 25, 40), span('B', 60, 70), span('B', 20, 24)];
  const result = compareWithModel(model, student);

  it('counts passages and characters per category', () => {
    assert.deepEqual(result.categories, [
      {
        category: 'A',
        passages: { modelPassages: 2, studentPassages: 2, found: 2, matched: 2, precision: 1, recall: 1, f1: 1 },
        characters: { model: 20, student: 21, both: 11, precision: 11 / 21, recall: 11 / 20, f1: 22 / 41 },
      },
      {
        category: 'B',
        passages: { modelPassages: 1, studentPassages: 2, found: 0, matched: 0, precision: 0, recall: 0, f1: 0 },
        characters: { model: 10, student: 14, both: 0, precision: 0, recall: 0, f1: 0 },
      },
    ]);
  });

  it('sums the categories for the student’s overall figures', () => {
    const { passages, characters } = result.overall;
    assert.deepEqual(
      [passages.precision, passages.recall, passages.f1, characters.precision, characters.recall, characters.f1],
      [0.5, 2 / 3, 4 / 7, 11 / 35, 11 / 30, 22 / 65],
    );
  });

  it('names every passage’s outcome: found, missed, extra, wrong category', () => {
    assert.deepEqual(result.found, [
      { model: span('A', 0, 10), by: [span('A', 2, 8)] },
      { model: span('A', 20, 30), by: [span('A', 25, 40)] },
    ]);
    assert.deepEqual(result.missed, [span('B', 40, 50)]);
    assert.deepEqual(result.extra, [span('B', 60, 70)]);
    assert.deepEqual(result.wrongCategory, [{ student: span('B', 20, 24), model: [span('A', 20, 30)] }]);
  });

  it('lists a category of the scheme that neither side used with nothing to count', () => {
    const [none] = compareWithModel(model, student, ['C']).categories;
    assert.deepEqual(none!.passages, { modelPassages: 0, studentPassages: 0, found: 0, matched: 0, precision: undefined, recall: undefined, f1: undefined });
  });
});

const answers = fc.array(
  fc.record({ category: fc.constantFrom('A', 'B', 'C'), start: fc.nat(200), length: fc.integer({ min: 1, max: 40 }) }),
  { minLength: 1, maxLength: 12 },
).map((list) => list.map(({ category, start, length }) => span(category, start, start + length)));

describe('one student against the model answer, properties', () => {
  it('scores 1 everywhere for a student who tagged exactly the model answer', () => {
    fc.assert(
      fc.property(answers, (model) => {
        const result = compareWithModel(model, [...model].reverse());
        const figures = [result.overall, ...result.categories];
        return (
          figures.every(({ passages: p, characters: c }) => [p.precision, p.recall, p.f1, c.precision, c.recall, c.f1].every((x) => x === 1)) &&
          result.missed.length === 0 && result.extra.length === 0 && result.wrongCategory.length === 0
        );
      }),
    );
  });

  it('gives recall 0, no precision and F1 0 to a student who handed in nothing, and lists every model passage as missed', () => {
    fc.assert(
      fc.property(answers, (model) => {
        const result = compareWithModel(model, []);
        return (
          [result.overall, ...result.categories].every(
            ({ passages: p, characters: c }) =>
              p.recall === 0 && p.precision === undefined && p.f1 === 0 && c.recall === 0 && c.precision === undefined && c.f1 === 0,
          ) && result.missed.length === result.overall.passages.modelPassages && result.found.length === 0
        );
      }),
    );
  });
});
