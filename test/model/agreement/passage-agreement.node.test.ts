/**
 * The per-passage view beside αU (model/agreement/passage-agreement.ts): which passages the class or
 * the model answer marked and which students found each, with the peak where most agree, so that a
 * long sentence one student tagged neither hides nor swallows the short quote everybody found.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { passageAgreement } from '../../../src/model/agreement/passage-agreement.js';
import { overlapLength } from '../../../src/model/agreement/spans.js';

const at = (start: number, end: number) => ({ start, end });

/** Student 3 tagged a long stretch around the quote students 0 and 1 found; student 2 a passage alone. */
const STUDENTS = [[at(0, 10)], [at(2, 8)], [at(50, 60)], [at(0, 40)]];

describe('the passages of one category and who found them', () => {
  it('groups the class’s spans by half-overlap when there is no model answer, with the peak where most agree', () => {
    assert.deepEqual(passageAgreement(STUDENTS), {
      studentCount: 4,
      passages: [
        { start: 0, end: 40, source: 'class', students: [0, 1, 3], peak: { start: 2, end: 8, students: 3 } },
        { start: 50, end: 60, source: 'class', students: [2], peak: { start: 50, end: 60, students: 1 } },
      ],
    });
  });

  it('reads the model answer’s passages first, one nobody found too, then what only the class marked', () => {
    assert.deepEqual(passageAgreement(STUDENTS, [at(70, 80), at(3, 9)]).passages, [
      { start: 3, end: 9, source: 'model', students: [0, 1, 3], peak: { start: 2, end: 8, students: 3 } },
      { start: 50, end: 60, source: 'class', students: [2], peak: { start: 50, end: 60, students: 1 } },
      { start: 70, end: 80, source: 'model', students: [], peak: undefined },
    ]);
  });

  it('counts a student once for a passage tagged twice, and keeps apart spans overlapping by less than half', () => {
    assert.deepEqual(passageAgreement([[at(0, 10), at(5, 12)], [at(10, 30)]]).passages, [
      { start: 0, end: 12, source: 'class', students: [0], peak: { start: 0, end: 12, students: 1 } },
      { start: 10, end: 30, source: 'class', students: [1], peak: { start: 10, end: 30, students: 1 } },
    ]);
    assert.deepEqual(passageAgreement([[at(0, 4), at(6, 10)], [at(0, 10)]]).passages, [
      { start: 0, end: 10, source: 'class', students: [0, 1], peak: { start: 0, end: 4, students: 2 } },
    ]);
  });

  it('gives the whole stretch as the peak where one student’s tag ends just as another’s begins', () => {
    assert.deepEqual(passageAgreement([[at(0, 6)], [at(2, 10)], [at(6, 12)]]).passages, [
      { start: 0, end: 12, source: 'class', students: [0, 1, 2], peak: { start: 2, end: 10, students: 2 } },
    ]);
  });
});

const students = fc.array(
  fc.array(fc.record({ start: fc.nat(100), length: fc.integer({ min: 1, max: 30 }) }).map(({ start, length }) => at(start, start + length)), { maxLength: 6 }),
  { minLength: 1, maxLength: 8 },
);

describe('the passages of one category, properties', () => {
  it('puts each student’s span in a class passage that covers it and lists the student', () => {
    fc.assert(
      fc.property(students, (spans) => {
        const { passages } = passageAgreement(spans);
        return spans.every((list, student) =>
          list.every((s) => passages.some((p) => p.start <= s.start && s.end <= p.end && p.students.includes(student))),
        );
      }),
    );
  });

  it('finds every model passage by every student when all tagged the model answer', () => {
    fc.assert(
      fc.property(students, fc.integer({ min: 1, max: 6 }), ([model], count) => {
        const disjoint = (model ?? []).filter((s, i, all) => all.every((t, j) => j === i || overlapLength(s, t) === 0));
        const { passages } = passageAgreement(Array.from({ length: count }, () => disjoint), disjoint);
        return (
          passages.length === disjoint.length &&
          passages.every((p) => p.source === 'model' && p.students.length === count && p.peak?.students === count)
        );
      }),
    );
  });
});
