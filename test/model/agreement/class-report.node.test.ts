/**
 * The class view's figures from one call (model/agreement/class-report.ts): counts per student and
 * category, each student against the model answer and against the majority of the OTHER students
 * (hand-computed for a class of four), αU as the agreement code computes it, the heat, and a lone
 * student who has no class to be compared with.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classReport, type ClassStudent, majorityOf } from '../../../src/model/agreement/class-report.js';
import { mergedSpans } from '../../../src/model/agreement/heat.js';
import { compareWithModel } from '../../../src/model/agreement/model-comparison.js';
import { passageAgreement } from '../../../src/model/agreement/passage-agreement.js';
import { type CategorySpan, spansOf } from '../../../src/model/agreement/spans.js';
import { unitizingAlpha } from '../../../src/model/agreement/unitizing-alpha.js';

const span = (category: string, start: number, end: number): CategorySpan => ({ category, start, end });
const LENGTH = 20;
const CATEGORIES = ['A', 'B'];

/**
 * Four students on a text of 20 characters. S1 tagged A twice over one stretch (0–5 and 3–8: its
 * union 0–8), S4 tagged a category the scheme does not have (Z: counted nowhere).
 *
 *   offset   0 1 2 3 4 5 6 7 8 … 10 11 12 13 14 15 16 17
 *   A  S1    x x x x x x x x
 *   A  S2        x x x x
 *   A  S3                                       x  x  x
 *   A  S4      x x x
 *   B  S1                      x  x
 *   B  S2                      x  x  x  x
 *   B  S4                         x  x
 */
const STUDENTS: ClassStudent[] = [
  { id: 'S1', spans: [span('A', 0, 5), span('A', 3, 8), span('B', 10, 12)] },
  { id: 'S2', spans: [span('A', 2, 6), span('B', 10, 14)] },
  { id: 'S3', spans: [span('A', 15, 18)] },
  { id: 'S4', spans: [span('A', 1, 4), span('B', 11, 13), span('Z', 0, 20)] },
];
const MODEL = [span('A', 2, 5), span('B', 11, 14), span('A', 16, 19)];

/**
 * Each student's majority of the others (three others: at least two of them), read off the table
 * above with the student's own row left out.
 */
const MAJORITY_OF_OTHERS: Record<string, CategorySpan[]> = {
  // S2, S3, S4: A twice at 2–3; B twice at 11–12.
  S1: [span('A', 2, 4), span('B', 11, 13)],
  // S1, S3, S4: A twice at 1–3; B twice at 11.
  S2: [span('A', 1, 4), span('B', 11, 12)],
  // S1, S2, S4: A at least twice at 1–5; B at least twice at 10–12.
  S3: [span('A', 1, 6), span('B', 10, 13)],
  // S1, S2, S3: A twice at 2–5; B twice at 10–11.
  S4: [span('A', 2, 6), span('B', 10, 12)],
};

describe('the figures of a class of four', () => {
  const report = classReport({ length: LENGTH, categories: CATEGORIES, students: STUDENTS, model: MODEL });

  it('counts each student’s annotations per category, before merging, leaving out categories the scheme lacks', () => {
    assert.deepEqual(
      report.students.map((student) => [student.id, Object.fromEntries(student.counts), student.total]),
      [
        ['S1', { A: 2, B: 1 }, 3],
        ['S2', { A: 1, B: 1 }, 2],
        ['S3', { A: 1, B: 0 }, 1],
        ['S4', { A: 1, B: 1 }, 2],
      ],
    );
  });

  it('counts how many students tagged each character, per category', () => {
    assert.deepEqual([...report.heat.get('A')!], [1, 2, 3, 3, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0]);
    assert.deepEqual([...report.heat.get('B')!], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 2, 1, 0, 0, 0, 0, 0, 0]);
    assert.deepEqual([...report.heat.keys()], CATEGORIES);
  });

  it('compares each student with the majority of the other students, not of the class with themselves', () => {
    for (const student of STUDENTS) {
      const own = student.spans.filter((s) => CATEGORIES.includes(s.category));
      const figures = report.students.find((s) => s.id === student.id)!;
      assert.deepEqual(figures.withClass, compareWithModel(MAJORITY_OF_OTHERS[student.id]!, own, CATEGORIES), student.id);
    }
  });

  it('pins what the majority comparison says: S1 agrees with the others, S3 found none of their passages', () => {
    const [s1, , s3] = report.students;
    assert.deepEqual(
      [s1!.withClass!.overall.passages.recall, s1!.withClass!.overall.passages.precision, s1!.withClass!.missed, s1!.withClass!.extra],
      [1, 1, [], []],
    );
    assert.deepEqual(s1!.withClass!.categories.map((c) => [c.category, c.characters.model, c.characters.student, c.characters.both]), [
      ['A', 2, 8, 2],
      ['B', 2, 2, 1],
    ]);
    assert.deepEqual([s3!.withClass!.overall.passages.recall, s3!.withClass!.overall.passages.precision], [0, 0]);
    assert.deepEqual(s3!.withClass!.missed, MAJORITY_OF_OTHERS.S3);
    assert.deepEqual(s3!.withClass!.extra, [span('A', 15, 18)]);
  });

  it('compares each student with the model answer as compareWithModel does', () => {
    for (const [index, student] of STUDENTS.entries()) {
      const own = student.spans.filter((s) => CATEGORIES.includes(s.category));
      assert.deepEqual(report.students[index]!.withModel, compareWithModel(MODEL, own, CATEGORIES));
    }
    // S3 found the model's A at 16–19 (15–18 overlaps it by two of three) and nothing else.
    assert.deepEqual(report.students[2]!.withModel!.overall.passages, { modelPassages: 3, studentPassages: 1, found: 1, matched: 1, precision: 1, recall: 1 / 3, f1: 0.5 });
  });

  it('computes αU as the agreement code does, per category in the scheme’s order, over the four students', () => {
    assert.deepEqual(report.agreement, unitizingAlpha({ begin: 0, length: LENGTH, raters: STUDENTS.map((s) => s.spans), categories: CATEGORIES }));
    assert.deepEqual(report.agreement.categories.map((c) => c.category), CATEGORIES);
    assert.equal(report.agreement.raters, 4);
  });

  it('lists the passages of each category with the model answer’s first', () => {
    for (const category of CATEGORIES) {
      const spans = STUDENTS.map((s) => mergedSpans(spansOf(s.spans, category), LENGTH));
      assert.deepEqual(report.passages.get(category), passageAgreement(spans, spansOf(MODEL, category)));
    }
    assert.deepEqual(report.passages.get('A')!.passages.map((p) => [p.source, p.start, p.end, p.students]), [
      ['model', 2, 5, [0, 1, 3]],
      ['model', 16, 19, [2]],
    ]);
  });
});

describe('classes too small or without a model answer', () => {
  it('a lone student has no class to be compared with, but a model answer still', () => {
    const report = classReport({ length: LENGTH, categories: CATEGORIES, students: [STUDENTS[0]!], model: MODEL });
    assert.equal(report.students[0]!.withClass, undefined);
    assert.ok(report.students[0]!.withModel);
    assert.equal(report.agreement.overall.alpha, undefined);
  });

  it('two students: each is compared with the other one', () => {
    const report = classReport({ length: LENGTH, categories: CATEGORIES, students: STUDENTS.slice(0, 2) });
    assert.deepEqual(report.students[0]!.withClass, compareWithModel(STUDENTS[1]!.spans, STUDENTS[0]!.spans, CATEGORIES));
    assert.deepEqual(report.students[1]!.withClass, compareWithModel(STUDENTS[0]!.spans, STUDENTS[1]!.spans, CATEGORIES));
  });

  it('without a model answer nobody has figures against one', () => {
    const report = classReport({ length: LENGTH, categories: CATEGORIES, students: STUDENTS });
    assert.deepEqual(report.students.map((s) => s.withModel), [undefined, undefined, undefined, undefined]);
    assert.ok(report.passages.get('A')!.passages.every((p) => p.source === 'class'));
  });

  it('no students: empty figures, no alpha', () => {
    const report = classReport({ length: LENGTH, categories: CATEGORIES, students: [], model: MODEL });
    assert.deepEqual(report.students, []);
    assert.deepEqual([...report.heat.get('A')!], Array.from({ length: LENGTH }, () => 0));
    assert.equal(report.agreement.overall.alpha, undefined);
  });
});

describe('the majority', () => {
  const cases: [number, number][] = [
    [0, 1],
    [1, 1],
    [2, 1],
    [3, 2],
    [4, 2],
    [29, 15],
  ];
  for (const [others, needed] of cases) it(`of ${others} other students is ${needed}`, () => assert.equal(majorityOf(others), needed));
});

describe('properties of any class', () => {
  const arbitrarySpan = fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 12 })).map(([category, start, size]) => span(category, start, start + size));
  const arbitraryClass = fc.record({
    students: fc.array(fc.array(arbitrarySpan, { maxLength: 6 }), { minLength: 1, maxLength: 6 }),
    model: fc.option(fc.array(arbitrarySpan, { minLength: 1, maxLength: 5 }), { nil: undefined }),
  });

  it('counts sum to the total, heat never exceeds the class, the figures equal the agreement and comparison code', () => {
    fc.assert(
      fc.property(arbitraryClass, ({ students: raw, model }) => {
        const students = raw.map((spans, index) => ({ id: `s${index}`, spans }));
        const categories = ['A', 'B'];
        const report = classReport({ length: 45, categories, students, ...(model ? { model } : {}) });
        assert.deepEqual(report.agreement, unitizingAlpha({ begin: 0, length: 45, raters: raw, categories }));
        for (const [index, figures] of report.students.entries()) {
          const own = raw[index]!.filter((s) => categories.includes(s.category));
          assert.equal([...figures.counts.values()].reduce((a, b) => a + b, 0), figures.total);
          assert.equal(figures.total, own.length);
          assert.deepEqual(figures.withModel, model ? compareWithModel(model, own, categories) : undefined);
          assert.equal(figures.withClass === undefined, students.length === 1);
        }
        for (const heat of report.heat.values()) assert.ok(heat.every((count) => count <= students.length));
      }),
    );
  });

  it('the order of the students changes no student’s figures', () => {
    fc.assert(
      fc.property(arbitraryClass, ({ students: raw, model }) => {
        const students = raw.map((spans, index) => ({ id: `s${index}`, spans }));
        const forward = classReport({ length: 45, categories: ['A', 'B', 'C'], students, ...(model ? { model } : {}) });
        const backward = classReport({ length: 45, categories: ['A', 'B', 'C'], students: [...students].reverse(), ...(model ? { model } : {}) });
        assert.deepEqual([...backward.students].reverse(), forward.students);
        assert.deepEqual(backward.heat, forward.heat);
      }),
    );
  });
});
