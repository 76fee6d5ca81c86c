/**
 * The solution file (issue 16): the teacher hands the model answer out later as a file of its own
 * ({@link makeSolutionFile}); a student who opens it ({@link openSolution}, through the app-wide
 * import like a hand-out) keeps it as the assignment's 'model' set in their browser, and the
 * student's page then shows their work against it. Opening refuses, writing nothing, a broken
 * file, one of an assignment this browser does not have, or one of another assignment; a newer
 * solution replaces the one kept, in one transaction.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { Relation } from '../../model/relations/relation.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { assignmentIri } from '../../model/assignments/assignment.js';
import { solutionFileName } from '../../model/assignments/file-names.js';
import { canonicalText } from '../../model/documents/article.js';
import type { ArticleSource } from '../../model/documents/library.js';
import { type Result, failAll, ok } from '../../model/result.js';
import { type AnnotationSet, modelSetId } from '../../model/sets/annotation-set.js';
import { stableUuid } from '../../model/w3c/stable-uuid.js';
import type { AnnotationStore } from '../annotations/annotation-store.js';
import type { ExportFile } from '../export/export-file.js';
import type { CategoryStore } from '../schemes/category-store.js';
import type { Classroom } from './classroom.js';
import type { AssignmentFileInput } from './student-assignments.js';

/** What making a solution file reads. */
export interface SolutionServices {
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
  readonly articles: ArticleSource;
}

/**
 * The solution file of the teacher's assignment `record`: the model answer's annotations (in text
 * order) with the scheme's categories, named `<title> – Lösung.jsonld` (`– Solution` in English).
 */
export async function makeSolutionFile(record: AssignmentRecord, services: SolutionServices, now = new Date(), locale: 'de' | 'en' = 'de'): Promise<ExportFile & { readonly annotations: number }> {
  const { assignment } = record;
  const documentId = assignment.document.id;
  const { toSolution } = await import('../../model/assignments/solution.js');
  const [loaded, body] = await Promise.all([services.annotations.load(documentId, modelSetId(assignment.id)), services.articles.loadBody(documentId)]);
  const annotations = [...loaded].sort(byPosition);
  const categories = new Map(services.categories.inScheme(record.schemeId).map((category) => [category.id, category]));
  for (const id of annotations.flatMap((annotation) => annotation.categoryIds)) {
    const category = services.categories.get(id);
    if (category && !categories.has(id)) categories.set(id, category);
  }
  const json = toSolution({
    assignment,
    document: { iri: assignment.document.iri, digest: services.articles.entry(documentId)?.digest ?? assignment.document.digest, text: canonicalText(body.blocks), blocks: body.blocks },
    annotations,
    categories: [...categories.values()],
    made: now.toISOString(),
    locale,
    relations: services.annotations.relations(documentId, modelSetId(assignment.id)),
    relationTypes: services.categories.relationTypes(record.schemeId),
  });
  return { fileName: solutionFileName(assignment.title, locale), json: JSON.stringify(json, null, 2), annotations: annotations.length };
}

/** What opening a solution reads and writes. */
export interface OpenSolutionDeps {
  readonly classroom: Classroom;
  readonly articles: ArticleSource;
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
}

/**
 * What opening a solution did: 'saved' (kept as the assignment's model answer here, replacing an
 * older one) or 'teacher' (this browser made the assignment: its own model answer stays, nothing
 * written). `annotations` is how many the solution holds, `unplaced` how many of them found no
 * place in the text here.
 */
export interface OpenedSolution {
  readonly kind: 'saved' | 'teacher';
  readonly assignmentId: string;
  readonly title: string;
  readonly annotations: number;
  readonly unplaced: number;
}

/**
 * Opens a solution file (see the module comment). `expectedId` is the assignment it is opened for,
 * when opened on that assignment's page. Resolves to what was done or to the problems (nothing
 * written); rejects, having written nothing, when storage fails.
 */
export async function openSolution(file: AssignmentFileInput, deps: OpenSolutionDeps, expectedId?: string, now = new Date()): Promise<Result<OpenedSolution>> {
  const [{ parseSolution, solutionProblem }, { planImport }] = await Promise.all([import('../../model/assignments/solution.js'), import('../../model/w3c/import-plan.js')]);
  const parsed = parseSolution(file.text, file.name, file.size);
  if (!parsed.ok) return parsed;
  const solution = parsed.value;
  const [record, expected] = await Promise.all([
    deps.classroom.assignments.getAssignment(solution.assignmentId),
    expectedId === undefined ? undefined : deps.classroom.assignments.getAssignment(expectedId),
  ]);
  const known = [record, expected].flatMap((found) => (found ? [found.assignment] : []));
  const refused = solutionProblem(solution, file.name, known, expectedId);
  if (refused || !record) return failAll([refused!]);
  const { assignment } = record;
  if (record.role === 'teacher') return ok({ kind: 'teacher', assignmentId: assignment.id, title: assignment.title, annotations: solution.annotations.length, unplaced: 0 });

  const article = assignment.document;
  const text = canonicalText((await deps.articles.loadBody(article.id)).blocks);
  const setId = modelSetId(assignment.id);
  const read = { format: 'w3c-collection' as const, annotations: solution.annotations, skipped: solution.skipped, ...(solution.relations ? { relations: solution.relations } : {}) };
  const plan = planImport(ok(read, parsed.warnings), {
    fileName: file.name,
    documents: [{ id: article.id, iri: article.iri, title: article.title, text }],
    categories: deps.categories.categories,
    existingIds: new Set(),
    now: now.toISOString(),
    redirects: new Map(),
    schemeId: record.schemeId,
    target: { kind: 'shared', author: assignment.title },
    relationTypes: deps.categories.relationTypes(record.schemeId),
  });
  const existing = await deps.classroom.sets.getSet(setId);
  const set: AnnotationSet = { id: setId, kind: 'model', documentId: article.id, assignmentId: assignmentIri(assignment.id), modified: solution.made };
  // Ids of their own, as a received hand-in's: the teacher's ids never meet another set's.
  const own = (id: string): string => stableUuid('close-reader:solution', `${setId}\u0000${id}`);
  const annotations: Annotation[] = plan.annotations.map((annotation) => ({ ...annotation, id: own(annotation.id), setId }));
  // The model answer's relations (issue 17) stay between its annotations.
  const relations: Relation[] = plan.relations.map((relation) => ({ ...relation, id: own(relation.id), setId, sourceId: own(relation.sourceId), targetId: own(relation.targetId) }));
  await deps.annotations.importAll({ categories: plan.newCategories, annotations, sets: [set], ...(relations.length > 0 ? { relations } : {}), ...(existing ? { replaceSets: [setId] } : {}) });
  deps.categories.addStored(plan.newCategories);
  return ok({ kind: 'saved', assignmentId: assignment.id, title: assignment.title, annotations: plan.annotations.length, unplaced: plan.unplaced }, parsed.warnings);
}

function byPosition(a: Annotation, b: Annotation): number {
  return a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
