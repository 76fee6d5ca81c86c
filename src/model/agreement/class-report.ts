/**
 * Every figure of the class view from one call (issue 16): αU per category and over all, the
 * per-passage view of each category, the heat (how many students tagged each character), and per
 * student the counts, the comparison with the model answer (if there is one) and with the class.
 *
 * "With the class" is one student against the majority of the others: the stretches that at least
 * half of the other students tagged with the category (at least one of them), compared as with the
 * model answer ({@link compareWithModel}). A student is left out of their own majority so that a
 * small class does not agree with itself.
 */
import { compareWithModel, type ModelComparison } from './model-comparison.js';
import { passageAgreement, type PassageAgreement } from './passage-agreement.js';
import { heatCounts, mergedSpans, spansAtLeast } from './heat.js';
import { type CategorySpan, type Span, spansOf } from './spans.js';
import { unitizingAlpha, type UnitizingAgreement } from './unitizing-alpha.js';

/** One student's hand-in as the figures read it: an id (the set's) and the spans of its annotations. */
export interface ClassStudent {
  readonly id: string;
  /** One span per annotation and category (an annotation with two categories gives two). */
  readonly spans: readonly CategorySpan[];
}

/** What the class view is computed from. */
export interface ClassInput {
  /** The length of the article's canonical text. */
  readonly length: number;
  /** The scheme's categories, in its order (the figures come in this order). */
  readonly categories: readonly string[];
  readonly students: readonly ClassStudent[];
  /** The model answer's spans; undefined when the assignment has none. */
  readonly model?: readonly CategorySpan[];
}

/** One student's figures. */
export interface StudentFigures {
  readonly id: string;
  /** Annotations per category (before overlapping ones are merged), by category id. */
  readonly counts: ReadonlyMap<string, number>;
  /** All of the student's annotation–category pairs. */
  readonly total: number;
  /** Against the model answer; undefined without one. */
  readonly withModel: ModelComparison | undefined;
  /** Against the majority of the other students; undefined when the student is alone. */
  readonly withClass: ModelComparison | undefined;
}

/** The class view's figures. */
export interface ClassReport {
  readonly length: number;
  readonly categories: readonly string[];
  readonly agreement: UnitizingAgreement;
  /** The per-passage view of each category, by category id. */
  readonly passages: ReadonlyMap<string, PassageAgreement>;
  /** How many students tagged each character, per category id. */
  readonly heat: ReadonlyMap<string, Uint16Array>;
  /** In the order of the input. */
  readonly students: readonly StudentFigures[];
}

/** The figures of `input`. */
export function classReport(input: ClassInput): ClassReport {
  const { length, categories, students, model } = input;
  const agreement = unitizingAlpha({ begin: 0, length, raters: students.map((student) => student.spans), categories });
  const perCategory = categories.map((category) => {
    const spans = students.map((student) => mergedSpans(spansOf(student.spans, category), length));
    return { category, spans, heat: heatCounts(spans, length) };
  });
  const passages = new Map(
    perCategory.map(({ category, spans }) => [category, passageAgreement(spans, model ? spansOf(model, category) : undefined)] as const),
  );
  const figures = students.map((student, index): StudentFigures => {
    const counts = new Map(categories.map((category) => [category, 0]));
    for (const span of student.spans) if (counts.has(span.category)) counts.set(span.category, counts.get(span.category)! + 1);
    const own = student.spans.filter((span) => counts.has(span.category));
    return {
      id: student.id,
      counts,
      total: own.length,
      withModel: model ? compareWithModel(model, own, categories) : undefined,
      withClass: students.length > 1 ? compareWithModel(majorityOfOthers(perCategory, index, length, students.length - 1), own, categories) : undefined,
    };
  });
  return {
    length,
    categories,
    agreement,
    passages,
    heat: new Map(perCategory.map(({ category, heat }) => [category, heat])),
    students: figures,
  };
}

/** How many of `others` students make a majority: at least half of them, at least one. */
export function majorityOf(others: number): number {
  return Math.max(1, Math.ceil(others / 2));
}

/** The stretches of each category that at least half of the students other than `student` tagged. */
function majorityOfOthers(
  perCategory: readonly { readonly category: string; readonly spans: readonly (readonly Span[])[]; readonly heat: Uint16Array }[],
  student: number,
  length: number,
  others: number,
): CategorySpan[] {
  const threshold = majorityOf(others);
  return perCategory.flatMap(({ category, spans, heat }) => {
    const own = new Uint8Array(length);
    for (const span of spans[student]!) own.fill(1, span.start, span.end);
    return spansAtLeast(length, (offset) => heat[offset]! - own[offset]!, threshold).map((span) => ({ category, ...span }));
  });
}
