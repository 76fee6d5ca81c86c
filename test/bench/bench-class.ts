/**
 * The class view's figures (issue 16, "Fast"): computing everything the class view shows
 * (classDataOf → classReport: αU per category, the per-passage view, the heat, and per student the
 * counts and the comparisons with the model answer and with the class majority) for a generated
 * class on article 001, against a NAIVE baseline measured in the same run: the per-character
 * figures computed the plain way, walking every character for every pair of students and every
 * category. Pure, run in Node by run-bench.ts (the figures use no DOM).
 */
import { type ClassHandIn, classDataOf, spansOf } from '../../src/app/class/class-data.js';
import { assignmentIri } from '../../src/model/assignments/assignment.js';
import type { AssignmentRecord } from '../../src/model/assignments/assignment-record.js';
import { pseudonymLetters } from '../../src/model/assignments/pseudonyms.js';
import type { CategorySpan } from '../../src/model/agreement/spans.js';
import { type ArticleBlock, canonicalText } from '../../src/model/documents/article.js';
import type { Category } from '../../src/model/schemes/category.js';
import { receivedSetId } from '../../src/model/sets/annotation-set.js';
import { makeAssignment } from '../support/assignments.js';
import { generateClass } from '../support/class-generator.js';
import type { ClassResult } from './bench-types.js';
import { medians, repeat, timed, type RunPlan } from './stats.js';

/**
 * The generated class: 30 model passages per category; students who shift edges by up to a word,
 * tag half of the passages a second time in part and add 15 of their own: about 150 annotations
 * each on article 001 (the article has room for no more model passages at these gaps).
 */
export const CLASS_SHAPE = { passagesPerCategory: 30, noise: { maxShiftWords: 1, extras: 15, doubleRate: 0.5 } } as const;
const SEED = 20261130;

/** What the class figure is computed over: the hand-ins as the class view has them after reading. */
export interface ClassBenchInput {
  readonly record: AssignmentRecord;
  readonly blocks: readonly ArticleBlock[];
  readonly categories: readonly Category[];
  readonly handIns: readonly ClassHandIn[];
  readonly model: ClassHandIn['annotations'];
}

/** A class of `students` on `blocks` (article 001), as ClassData's inputs. */
export function classBenchInput(blocks: readonly ArticleBlock[], documentId: string, categories: readonly Category[], students: number): ClassBenchInput {
  const assignment = makeAssignment();
  const generated = generateClass({ blocks, documentId, assignmentId: assignment.id, categories: categories.map((c) => c.id), seed: SEED + students, students, ...CLASS_SHAPE });
  const ids = generated.students.map((student) => receivedSetId(assignment.id, student.name));
  const letters = pseudonymLetters(ids);
  const handIns = generated.students.map((student, index): ClassHandIn => {
    const set = { id: ids[index]!, kind: 'received' as const, documentId, assignmentId: assignmentIri(assignment.id), author: student.name, modified: '2026-11-23T08:00:00.000Z' };
    return { set, name: student.name, letter: letters.get(set.id)!, handedIn: set.modified, annotations: student.annotations.map((a) => ({ ...a, setId: set.id })) };
  });
  return { record: { assignment, role: 'teacher', schemeId: 'default' }, blocks, categories, handIns, model: generated.model };
}

/** The naive figures: what the baseline computes, for checking it against ours. */
interface NaiveFigures {
  /** Per category, students per character. */
  readonly heat: Uint16Array[];
  /** Per pair of students (i < j, in order) and category: characters both tagged, either tagged. */
  readonly pairs: Int32Array;
  /** Per student and category: characters of the majority of the others, of the student, of both. */
  readonly withClass: Int32Array;
  /** Per student and category: characters of the model answer, of the student, of both. */
  readonly withModel: Int32Array;
}

/**
 * The plain way, as a spreadsheet or a first script would: mark each student's characters per
 * category; then for every pair of students and every category walk every character (both, either:
 * pairwise agreement by character); for every student the majority of the others by counting the
 * other students at every character; and the model answer by character. No difference arrays, no
 * passages: O(students² × categories × characters).
 */
export function naiveClassFigures(input: ClassBenchInput): NaiveFigures {
  const length = canonicalText(input.blocks).length;
  const categories = input.categories.map((c) => c.id);
  const marksOf = (spans: readonly CategorySpan[]): Uint8Array[] =>
    categories.map((category) => {
      const marks = new Uint8Array(length);
      for (const span of spans) if (span.category === category) for (let o = Math.max(0, span.start); o < Math.min(length, span.end); o++) marks[o] = 1;
      return marks;
    });
  const students = input.handIns.map((handIn) => marksOf(spansOf(handIn.annotations)));
  const model = marksOf(spansOf(input.model));
  const n = students.length;
  const heat = categories.map((_, c) => {
    const counts = new Uint16Array(length);
    for (let o = 0; o < length; o++) for (let s = 0; s < n; s++) counts[o] = counts[o]! + students[s]![c]![o]!;
    return counts;
  });
  const pairs = new Int32Array(((n * (n - 1)) / 2) * categories.length * 2);
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      for (let c = 0; c < categories.length; c++, p += 2) {
        const [a, b] = [students[i]![c]!, students[j]![c]!];
        for (let o = 0; o < length; o++) {
          pairs[p] = pairs[p]! + (a[o]! & b[o]!);
          pairs[p + 1] = pairs[p + 1]! + (a[o]! | b[o]!);
        }
      }
    }
  }
  const threshold = Math.max(1, Math.ceil((n - 1) / 2));
  const withClass = new Int32Array(n * categories.length * 3);
  const withModel = new Int32Array(n * categories.length * 3);
  for (let s = 0; s < n; s++) {
    for (let c = 0; c < categories.length; c++) {
      const at = (s * categories.length + c) * 3;
      for (let o = 0; o < length; o++) {
        let others = 0;
        for (let t = 0; t < n; t++) if (t !== s) others += students[t]![c]![o]!;
        const majority = n > 1 && others >= threshold ? 1 : 0;
        const own = students[s]![c]![o]!;
        withClass[at] = withClass[at]! + majority;
        withClass[at + 1] = withClass[at + 1]! + own;
        withClass[at + 2] = withClass[at + 2]! + (majority & own);
        withModel[at] = withModel[at]! + model[c]![o]!;
        withModel[at + 1] = withModel[at + 1]! + own;
        withModel[at + 2] = withModel[at + 2]! + (model[c]![o]! & own);
      }
    }
  }
  return { heat, pairs, withClass, withModel };
}

/**
 * Checks that the naive figures are the same figures as ours (heat; the characters of each
 * student's comparisons with the class and the model answer), so that the ratio compares like
 * with like. Throws on the first difference.
 */
function checkSame(input: ClassBenchInput, naive: NaiveFigures): void {
  const { report } = classDataOf(input.record, input.blocks, input.categories, input.handIns, input.model);
  report.categories.forEach((category, c) => {
    const ours = report.heat.get(category)!;
    if (ours.some((count, o) => count !== naive.heat[c]![o])) throw new Error(`class bench: the naive heat of ${category} differs`);
  });
  report.students.forEach((student, s) => {
    for (const [figures, counts, what] of [
      [student.withClass, naive.withClass, 'class'],
      [student.withModel, naive.withModel, 'model'],
    ] as const) {
      figures?.categories.forEach(({ characters }, c) => {
        const at = (s * report.categories.length + c) * 3;
        if (characters.model !== counts[at] || characters.student !== counts[at + 1] || characters.both !== counts[at + 2]) {
          throw new Error(`class bench: student ${s}, ${report.categories[c]} against the ${what}: ours ${JSON.stringify(characters)}, naive ${counts.slice(at, at + 3).join('/')}`);
        }
      });
    }
  });
}

/** The class figure for `input`: ours (classDataOf, `plan`), then the naive baseline (`baselinePlan`), the medians of each. */
export async function benchClass(input: ClassBenchInput, plan: RunPlan, baselinePlan: RunPlan): Promise<ClassResult> {
  const ours = await repeat(plan, () => timed(() => classDataOf(input.record, input.blocks, input.categories, input.handIns, input.model)));
  let figures: NaiveFigures | undefined;
  const naive = await repeat(baselinePlan, () => timed(() => (figures = naiveClassFigures(input))));
  checkSame(input, figures!);
  const annotations = input.handIns.map((handIn) => handIn.annotations.length);
  return {
    figure: 'class',
    handIns: input.handIns.length,
    annotationsPerHandIn: Math.round(annotations.reduce((a, b) => a + b, 0) / annotations.length),
    modelAnnotations: input.model.length,
    chars: canonicalText(input.blocks).length,
    categories: input.categories.length,
    ours: medians(ours.map((ms) => ({ ms })), ['ms']).ms,
    naive: medians(naive.map((ms) => ({ ms })), ['ms']).ms,
  };
}
