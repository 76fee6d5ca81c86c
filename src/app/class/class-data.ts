/**
 * What the class view shows, read from this browser (issue 16): the assignment's article (its
 * blocks and canonical text), the categories of its scheme in the scheme's order, every hand-in
 * received (the set and its annotations) and the model answer's annotations; and the figures of
 * them all ({@link classReport}). Unplaced annotations are listed with their hand-in but count in
 * no figure: they have no place in the text.
 */
import { assignmentIri } from '../../model/assignments/assignment.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { pseudonymLetters } from '../../model/assignments/pseudonyms.js';
import type { Annotation } from '../../model/annotations/annotation.js';
import { type ClassReport, classReport } from '../../model/agreement/class-report.js';
import type { CategorySpan } from '../../model/agreement/spans.js';
import { type ArticleBlock, canonicalText } from '../../model/documents/article.js';
import type { ArticleSource } from '../../model/documents/library.js';
import type { Category } from '../../model/schemes/category.js';
import { type AnnotationSet, modelSetId } from '../../model/sets/annotation-set.js';
import type { Classroom } from '../assignments/classroom.js';

/** One hand-in received. */
export interface ClassHandIn {
  readonly set: AnnotationSet;
  /** The name the student handed in with (may be a pseudonym of their own). */
  readonly name: string;
  /** "A", "B", …: the letter shown when names are hidden. */
  readonly letter: string;
  /** When it was handed in (the set's modified date). */
  readonly handedIn: string;
  /** Its annotations, placed ones in text order, then the unplaced. */
  readonly annotations: readonly Annotation[];
}

/** The class view's data and figures. */
export interface ClassData {
  readonly record: AssignmentRecord;
  readonly blocks: readonly ArticleBlock[];
  readonly text: string;
  /** The scheme's categories, in its order. */
  readonly categories: readonly Category[];
  /** Sorted by name (code-unit order of the lower-cased name), then set id. */
  readonly handIns: readonly ClassHandIn[];
  /** The model answer's annotations; empty when the teacher made none. */
  readonly model: readonly Annotation[];
  /** The figures, students in the order of `handIns`; the model answer counts only when it has annotations. */
  readonly report: ClassReport;
}

/** What {@link loadClass} reads from. */
export interface ClassSources {
  readonly classroom: Classroom;
  readonly articles: ArticleSource;
  /** The annotations of one set of a document (the annotation store's `load`). */
  loadSet(documentId: string, setId: string): Promise<readonly Annotation[]>;
  /** The categories of a scheme, in its order (the category store's `inScheme`). */
  categoriesOf(schemeId: string): readonly Category[];
}

/** Reads the class of `record` (a teacher's assignment) and computes its figures. */
export async function loadClass(record: AssignmentRecord, sources: ClassSources): Promise<ClassData> {
  const documentId = record.assignment.document.id;
  const [body, sets, model] = await Promise.all([
    sources.articles.loadBody(documentId),
    sources.classroom.sets.listSetsByAssignment(assignmentIri(record.assignment.id)),
    sources.loadSet(documentId, modelSetId(record.assignment.id)),
  ]);
  const received = sets.filter((set) => set.kind === 'received');
  const letters = pseudonymLetters(received.map((set) => set.id));
  const handIns = await Promise.all(
    received.map(async (set): Promise<ClassHandIn> => ({
      set,
      name: set.author ?? '',
      letter: letters.get(set.id)!,
      handedIn: set.modified,
      annotations: inTextOrder(await sources.loadSet(set.documentId, set.id)),
    })),
  );
  handIns.sort((a, b) => compareNames(a.name, b.name) || (a.set.id < b.set.id ? -1 : a.set.id > b.set.id ? 1 : 0));
  return classDataOf(record, body.blocks, sources.categoriesOf(record.schemeId), handIns, inTextOrder(model));
}

/** The class data of what is already read: computes the figures. Exported for the benchmark and the tests. */
export function classDataOf(
  record: AssignmentRecord,
  blocks: readonly ArticleBlock[],
  categories: readonly Category[],
  handIns: readonly ClassHandIn[],
  model: readonly Annotation[],
): ClassData {
  const text = canonicalText(blocks);
  const report = classReport({
    length: text.length,
    categories: categories.map((category) => category.id),
    students: handIns.map((handIn) => ({ id: handIn.set.id, spans: spansOf(handIn.annotations) })),
    model: model.length > 0 ? spansOf(model) : undefined,
  });
  return { record, blocks, text, categories, handIns, model, report };
}

/**
 * How many of a hand-in's annotations have no place in the text (kept, listed, counted in no
 * figure): the overview's and the overview CSV's "Not placed", so that the two never disagree.
 */
export function unplacedCount(handIn: Pick<ClassHandIn, 'annotations'>): number {
  return handIn.annotations.filter((annotation) => annotation.start < 0).length;
}

/** One span per placed annotation and category. */
export function spansOf(annotations: readonly Annotation[]): CategorySpan[] {
  return annotations.flatMap((annotation) =>
    annotation.start < 0 ? [] : annotation.categoryIds.map((category) => ({ category, start: annotation.start, end: annotation.end })),
  );
}

function inTextOrder(annotations: readonly Annotation[]): Annotation[] {
  const placed = (a: Annotation): number => (a.start < 0 ? 1 : 0);
  return [...annotations].sort((a, b) => placed(a) - placed(b) || a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
}

function compareNames(a: string, b: string): number {
  const [x, y] = [a.toLocaleLowerCase('de'), b.toLocaleLowerCase('de')];
  return x < y ? -1 : x > y ? 1 : 0;
}
