/**
 * Where the class tagged (model/agreement/heat.ts): how many students tagged each character (a
 * student's overlapping spans count once, spans are cut to the text, a count never exceeds the
 * class), the runs the heat layer paints, and the stretches at least so many students tagged (the
 * class majority a student is compared with). Exact tables, then properties against a plain
 * character-by-character count.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { heatCounts, heatRuns, mergedSpans, spansAtLeast } from '../../../src/model/agreement/heat.js';
import type { Span } from '../../../src/model/agreement/spans.js';

const at = (start: number, end: number): Span => ({ start, end });
const counts = (students: readonly (readonly Span[])[], length: number): number[] => [...heatCounts(students, length)];

/** The count of each character, walked plainly: a student counts at a character when any of their spans covers it. */
function plainCounts(students: readonly (readonly Span[])[], length: number): number[] {
  return Array.from({ length }, (_, offset) => students.filter((spans) => spans.some((span) => span.start <= offset && offset < span.end)).length);
}

describe('how many students tagged each character', () => {
  const cases: [string, Span[][], number, number[]][] = [
    ['nobody tagged anything', [[], []], 5, [0, 0, 0, 0, 0]],
    ['two students, overlapping passages', [[at(1, 4)], [at(2, 6)]], 7, [0, 1, 2, 2, 1, 1, 0]],
    ['one student’s overlapping spans count once', [[at(0, 5), at(3, 8), at(4, 6)]], 9, [1, 1, 1, 1, 1, 1, 1, 1, 0]],
    ['a passage and a clause inside it count once', [[at(0, 6), at(2, 3)], [at(2, 3)]], 6, [1, 1, 2, 1, 1, 1]],
    ['spans that only touch leave no gap and no double count', [[at(0, 2), at(2, 4)]], 5, [1, 1, 1, 1, 0]],
    ['a span reaching past the end is cut to the text', [[at(3, 20)], [at(4, 5)]], 5, [0, 0, 0, 1, 2]],
    ['a span wholly past the end counts nowhere', [[at(7, 9)]], 5, [0, 0, 0, 0, 0]],
    ['a span starting before 0 is cut at 0', [[at(-3, 2)]], 4, [1, 1, 0, 0]],
    ['an empty span counts nowhere', [[at(2, 2)]], 4, [0, 0, 0, 0]],
    ['an empty text', [[at(0, 3)]], 0, []],
  ];
  for (const [name, students, length, expected] of cases) {
    it(name, () => assert.deepEqual(counts(students, length), expected));
  }

  it('counts as a plain walk over the characters does, and never more than the students', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.array(fc.array(fc.tuple(fc.integer({ min: -5, max: 70 }), fc.integer({ min: 0, max: 20 })), { maxLength: 6 }), { maxLength: 8 }), (length, raw) => {
        const students = raw.map((spans) => spans.map(([start, size]) => at(start, start + size)));
        const heat = counts(students, length);
        assert.deepEqual(heat, plainCounts(students, length));
        assert.ok(heat.every((count) => count <= students.length));
      }),
    );
  });
});

describe('a student’s spans merged to their union and cut to the text', () => {
  it('merges overlapping ones, keeps touching ones apart, sorts and cuts', () => {
    assert.deepEqual(mergedSpans([at(8, 12), at(0, 3), at(2, 5), at(5, 6), at(-2, 1)], 10), [at(0, 5), at(5, 6), at(8, 10)]);
  });
});

describe('the runs of equal count the heat layer paints', () => {
  const cases: [string, number[], { start: number; end: number; count: number }[]][] = [
    ['nothing tagged', [0, 0, 0], []],
    ['one run', [0, 2, 2, 0], [{ start: 1, end: 3, count: 2 }]],
    [
      'a step up and down, and a run at each edge',
      [1, 1, 2, 3, 3, 1, 0, 0, 4],
      [
        { start: 0, end: 2, count: 1 },
        { start: 2, end: 3, count: 2 },
        { start: 3, end: 5, count: 3 },
        { start: 5, end: 6, count: 1 },
        { start: 8, end: 9, count: 4 },
      ],
    ],
    ['an empty text', [], []],
  ];
  for (const [name, values, expected] of cases) {
    it(name, () => assert.deepEqual(heatRuns(Uint16Array.from(values)), expected));
  }

  it('cover exactly the tagged characters with their counts, neighbours differing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 50 }), (values) => {
        const runs = heatRuns(Uint16Array.from(values));
        const painted = values.map(() => 0);
        for (const run of runs) {
          assert.ok(run.count > 0 && run.start < run.end);
          for (let offset = run.start; offset < run.end; offset++) painted[offset] = run.count;
        }
        assert.deepEqual(painted, values);
        for (let i = 1; i < runs.length; i++) {
          assert.ok(runs[i - 1]!.end <= runs[i]!.start);
          if (runs[i - 1]!.end === runs[i]!.start) assert.notEqual(runs[i - 1]!.count, runs[i]!.count);
        }
      }),
    );
  });
});

describe('the stretches at least so many students tagged', () => {
  const heat = [0, 1, 2, 3, 2, 1, 0, 2, 2];
  const cases: [string, number, Span[]][] = [
    ['at least one: every tagged stretch', 1, [at(1, 6), at(7, 9)]],
    ['at least two: one in the middle, one at the end', 2, [at(2, 5), at(7, 9)]],
    ['at least three: a single character', 3, [at(3, 4)]],
    ['more than anybody: nothing', 4, []],
    ['a threshold of 0 counts as 1 (an untagged text is no passage)', 0, [at(1, 6), at(7, 9)]],
  ];
  for (const [name, threshold, expected] of cases) {
    it(name, () => assert.deepEqual(spansAtLeast(heat.length, (offset) => heat[offset]!, threshold), expected));
  }

  it('reads each character once, in order', () => {
    const read: number[] = [];
    spansAtLeast(5, (offset) => (read.push(offset), 1), 1);
    assert.deepEqual(read, [0, 1, 2, 3, 4]);
  });

  it('holds exactly the characters at or above the threshold, in separate stretches', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 50 }), fc.integer({ min: 1, max: 5 }), (values, threshold) => {
        const spans = spansAtLeast(values.length, (offset) => values[offset]!, threshold);
        const inside = values.map(() => false);
        for (const span of spans) for (let offset = span.start; offset < span.end; offset++) inside[offset] = true;
        assert.deepEqual(inside, values.map((value) => value >= threshold));
        for (let i = 1; i < spans.length; i++) assert.ok(spans[i - 1]!.end < spans[i]!.start);
      }),
    );
  });
});
