/**
 * One student's hand-in against the model answer: per category, how many of the model's passages
 * the student found (recall), how many of the student's passages are in the model (precision), F1,
 * and the same at the level of characters; and each passage's outcome for the side-by-side view:
 * found, missed, extra, or tagged with the wrong category.
 *
 * A student's passage finds a model passage when both have the category and overlap by at least
 * half of the shorter one ({@link matchesByHalf}; the UI says so). Counting is by passage on each
 * side: one long passage may find two short model passages, and two student passages may find
 * the same one; recall counts model passages found, precision student passages that found one.
 * Overlapping passages of one category are merged first on both sides, as for αU.
 */
import {
  type CategorySpan,
  type Span,
  categoriesIn,
  compareText,
  matchesByHalf,
  overlapLength,
  spansOf,
  unionByCategory,
} from './spans.js';

/** Precision, recall and F1; `undefined` where nothing could be counted (see {@link scores}). */
export interface Scores {
  readonly precision: number | undefined;
  readonly recall: number | undefined;
  readonly f1: number | undefined;
}

/** Passages counted: the model's, the student's, the model's found, the student's that found one. */
export interface PassageScores extends Scores {
  readonly modelPassages: number;
  readonly studentPassages: number;
  readonly found: number;
  readonly matched: number;
}

/** Characters counted: tagged by the model, by the student, by both (with the category). */
export interface CharacterScores extends Scores {
  readonly model: number;
  readonly student: number;
  readonly both: number;
}

/** The figures of one category, or of all categories summed (micro-average). */
export interface ComparisonFigures {
  readonly passages: PassageScores;
  readonly characters: CharacterScores;
}

/** A model passage the student found, with the student's passages that found it. */
export interface FoundPassage {
  readonly model: CategorySpan;
  readonly by: readonly CategorySpan[];
}

/** A student's passage that finds no model passage of its category but one of another. */
export interface WrongCategoryPassage {
  readonly student: CategorySpan;
  readonly model: readonly CategorySpan[];
}

/** One student against the model answer. Lists are sorted by start, then category. */
export interface ModelComparison {
  readonly categories: readonly (ComparisonFigures & { readonly category: string })[];
  readonly overall: ComparisonFigures;
  readonly found: readonly FoundPassage[];
  readonly missed: readonly CategorySpan[];
  readonly extra: readonly CategorySpan[];
  readonly wrongCategory: readonly WrongCategoryPassage[];
}

/**
 * Precision and recall from their counts, and F1 their harmonic mean. A share of nothing is
 * undefined (no passages handed in: precision undefined); F1 is undefined only when both are, and
 * 0 when one is undefined and the other 0 (handing in nothing finds nothing).
 */
export function scores(matched: number, studentTotal: number, found: number, modelTotal: number): Scores {
  const precision = studentTotal > 0 ? matched / studentTotal : undefined;
  const recall = modelTotal > 0 ? found / modelTotal : undefined;
  let f1: number | undefined;
  if (precision === undefined && recall === undefined) f1 = undefined;
  else if (precision === undefined || recall === undefined || precision + recall === 0) f1 = 0;
  // 2PR/(P+R) with P = matched/studentTotal and R = found/modelTotal, in counts: one division,
  // so that 11 of 21 against 11 of 20 gives exactly 22/41.
  else f1 = (2 * matched * found) / (matched * modelTotal + found * studentTotal);
  return { precision, recall, f1 };
}

/**
 * `student` against `model` (spans of the canonical text, end exclusive). `categories` lists the
 * categories to report, in order; without it, every category either side names, in code-unit order.
 */
export function compareWithModel(
  model: readonly CategorySpan[],
  student: readonly CategorySpan[],
  categories?: readonly string[],
): ModelComparison {
  const modelSpans = unionByCategory(model);
  const studentSpans = unionByCategory(student);
  const names = categories ? [...new Set(categories)] : categoriesIn([modelSpans, studentSpans]);
  const perCategory = names.map((category) => ({
    category,
    ...categoryFigures(spansOf(modelSpans, category), spansOf(studentSpans, category)),
  }));

  const found: FoundPassage[] = [];
  const missed: CategorySpan[] = [];
  for (const passage of modelSpans) {
    const by = studentSpans.filter((span) => span.category === passage.category && matchesByHalf(span, passage));
    if (by.length > 0) found.push({ model: passage, by });
    else missed.push(passage);
  }
  const extra: CategorySpan[] = [];
  const wrongCategory: WrongCategoryPassage[] = [];
  for (const passage of studentSpans) {
    const hits = modelSpans.filter((span) => matchesByHalf(span, passage));
    if (hits.some((span) => span.category === passage.category)) continue;
    if (hits.length > 0) wrongCategory.push({ student: passage, model: hits });
    else extra.push(passage);
  }

  const sum = (pick: (figures: ComparisonFigures) => number): number =>
    perCategory.reduce((total, figures) => total + pick(figures), 0);
  const passages = {
    modelPassages: sum((f) => f.passages.modelPassages),
    studentPassages: sum((f) => f.passages.studentPassages),
    found: sum((f) => f.passages.found),
    matched: sum((f) => f.passages.matched),
  };
  const characters = {
    model: sum((f) => f.characters.model),
    student: sum((f) => f.characters.student),
    both: sum((f) => f.characters.both),
  };
  return {
    categories: perCategory,
    overall: {
      passages: { ...passages, ...scores(passages.matched, passages.studentPassages, passages.found, passages.modelPassages) },
      characters: { ...characters, ...scores(characters.both, characters.student, characters.both, characters.model) },
    },
    found: found.sort((a, b) => byPlace(a.model, b.model)),
    missed: missed.sort(byPlace),
    extra: extra.sort(byPlace),
    wrongCategory: wrongCategory.sort((a, b) => byPlace(a.student, b.student)),
  };
}

/** The figures of one category from its merged, sorted spans on each side. */
function categoryFigures(model: readonly Span[], student: readonly Span[]): ComparisonFigures {
  const found = model.filter((passage) => student.some((span) => matchesByHalf(span, passage))).length;
  const matched = student.filter((span) => model.some((passage) => matchesByHalf(span, passage))).length;
  const modelChars = totalLength(model);
  const studentChars = totalLength(student);
  // Both sides are merged, so no character is counted twice.
  let both = 0;
  for (const a of model) for (const b of student) both += overlapLength(a, b);
  return {
    passages: {
      modelPassages: model.length,
      studentPassages: student.length,
      found,
      matched,
      ...scores(matched, student.length, found, model.length),
    },
    characters: { model: modelChars, student: studentChars, both, ...scores(both, studentChars, both, modelChars) },
  };
}

function totalLength(spans: readonly Span[]): number {
  return spans.reduce((total, span) => total + span.end - span.start, 0);
}

function byPlace(a: CategorySpan, b: CategorySpan): number {
  return a.start - b.start || a.end - b.end || compareText(a.category, b.category);
}
