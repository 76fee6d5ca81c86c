/**
 * The class view's two CSV tables as rows (issue 16): the overview (one row per student: handed in,
 * annotations per category, total, the annotations not placed when the overview on screen shows
 * them, F1 with the model answer and with the class, over all and per category) and every hand-in's
 * annotations (one row per annotation and category: student, category, quote, start, end, note, and
 * the student's F1 figures). The words (headings, labels, dates) come from the caller, which speaks
 * the reader's language; {@link csvText} writes the rows.
 *
 * F1 is written as a share between 0 and 1, rounded to three decimals, and left empty where there
 * is no figure (no model answer, a student alone, nothing to count). Start and end are text offsets
 * of the article's canonical text (UTF-16 units, as stored), end exclusive; an unplaced annotation
 * has neither.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { ModelComparison } from '../../model/agreement/model-comparison.js';
import type { StudentFigures } from '../../model/agreement/class-report.js';
import { safeFileBase } from '../../model/assignments/file-names.js';
import type { CsvCell } from '../../model/csv/csv-writer.js';
import type { Category } from '../../model/schemes/category.js';
import { type ClassData, type ClassHandIn, unplacedCount } from './class-data.js';

/** The words of the tables, in the reader's language. */
export interface ClassCsvWords {
  readonly student: string;
  readonly handedIn: string;
  readonly total: string;
  /** The heading of the count of annotations whose passage is nowhere in the text (the overview's "Not placed"). */
  readonly unplaced: string;
  /** F1 with the model answer over all categories. */
  readonly withModel: string;
  /** F1 with the class over all categories. */
  readonly withClass: string;
  /** The heading of the F1 with the model answer in one category (its label given). */
  withModelIn(category: string): string;
  /** The heading of the F1 with the class in one category (its label given). */
  withClassIn(category: string): string;
  readonly category: string;
  readonly exact: string;
  readonly start: string;
  readonly end: string;
  readonly note: string;
  /** How a student is named (names or letters, as the class view shows them). */
  studentOf(handIn: ClassHandIn): string;
  /**
   * Whether the students are listed by their letters (A, B, …, Z, AA) rather than in the order of
   * `data.handIns` (by name): with names hidden, an alphabetical order would hint at them.
   */
  readonly byLetter: boolean;
  /** A category's label. */
  categoryOf(category: Category): string;
  /** A moment (ISO 8601) as the table writes it. */
  dateOf(iso: string): string;
}

/** The overview: a heading row, then one row per student (see {@link ClassCsvWords.byLetter}). */
export function overviewRows(data: ClassData, words: ClassCsvWords): CsvCell[][] {
  const withModel = data.model.length > 0;
  // As on screen: the column only when some student has annotations not placed.
  const withUnplaced = data.handIns.some((handIn) => unplacedCount(handIn) > 0);
  const labels = data.categories.map((category) => words.categoryOf(category));
  const heading: CsvCell[] = [
    words.student,
    words.handedIn,
    ...labels,
    words.total,
    ...(withUnplaced ? [words.unplaced] : []),
    ...(withModel ? [words.withModel] : []),
    words.withClass,
    ...(withModel ? labels.map((label) => words.withModelIn(label)) : []),
    ...labels.map((label) => words.withClassIn(label)),
  ];
  const rows = studentOrder(data, words).map((index): CsvCell[] => {
    const handIn = data.handIns[index]!;
    const figures = data.report.students[index]!;
    return [
      words.studentOf(handIn),
      words.dateOf(handIn.handedIn),
      ...data.categories.map((category) => figures.counts.get(category.id) ?? 0),
      figures.total,
      ...(withUnplaced ? [unplacedCount(handIn)] : []),
      ...(withModel ? [share(figures.withModel?.overall.passages.f1)] : []),
      share(figures.withClass?.overall.passages.f1),
      ...(withModel ? data.categories.map((category) => categoryF1(figures.withModel, category.id)) : []),
      ...data.categories.map((category) => categoryF1(figures.withClass, category.id)),
    ];
  });
  return [heading, ...rows];
}

/**
 * Every hand-in's annotations: a heading row, then one row per annotation and category, students
 * as in the overview, annotations in text order (the unplaced last), categories in the
 * annotation's order. A category the scheme does not hold is written by its id.
 */
export function annotationRows(data: ClassData, words: ClassCsvWords): CsvCell[][] {
  const withModel = data.model.length > 0;
  const labels = new Map(data.categories.map((category) => [category.id, words.categoryOf(category)]));
  const heading: CsvCell[] = [
    words.student,
    words.category,
    words.exact,
    words.start,
    words.end,
    words.note,
    ...(withModel ? [words.withModel] : []),
    words.withClass,
  ];
  const rows = studentOrder(data, words).flatMap((index) => {
    const handIn = data.handIns[index]!;
    const figures: StudentFigures = data.report.students[index]!;
    const student = words.studentOf(handIn);
    const agreement: CsvCell[] = [
      ...(withModel ? [share(figures.withModel?.overall.passages.f1)] : []),
      share(figures.withClass?.overall.passages.f1),
    ];
    return handIn.annotations.flatMap((annotation) =>
      annotation.categoryIds.map((category): CsvCell[] => [
        student,
        labels.get(category) ?? category,
        annotation.exact,
        ...place(annotation),
        annotation.note ?? '',
        ...agreement,
      ]),
    );
  });
  return [heading, ...rows];
}

/**
 * A CSV file's name: `<assignment title> – <what>.csv` ("Akteure finden – Übersicht.csv"), safe on
 * every OS as the assignment files' names are ({@link safeFileBase}), the title cut so that the whole
 * stays within 100 characters.
 */
export function classCsvFileName(title: string, what: string): string {
  const part = safeFileBase(what, 'CSV', 30);
  return `${safeFileBase(`${safeFileBase(title, 'Aufgabe', 100 - part.length - 3)} – ${part}`, part)}.csv`;
}

/** The indexes of the hand-ins in the order the tables list them. */
function studentOrder(data: ClassData, words: ClassCsvWords): number[] {
  const indexes = data.handIns.map((_, index) => index);
  if (!words.byLetter) return indexes;
  const letter = (index: number): string => data.handIns[index]!.letter;
  return indexes.sort((a, b) => letter(a).length - letter(b).length || (letter(a) < letter(b) ? -1 : letter(a) > letter(b) ? 1 : 0));
}

/** How many of a student's annotations have no place in the text (they count in no figure). */
/** F1 of one category, or nothing. */
function categoryF1(comparison: ModelComparison | undefined, category: string): CsvCell {
  return share(comparison?.categories.find((figures) => figures.category === category)?.passages.f1);
}

/** A share rounded to three decimals, or nothing. */
function share(value: number | undefined): CsvCell {
  return value === undefined ? undefined : Math.round(value * 1000) / 1000;
}

/** Start and end, or nothing for an unplaced annotation. */
function place(annotation: Annotation): CsvCell[] {
  return annotation.start < 0 ? [undefined, undefined] : [annotation.start, annotation.end];
}
