/**
 * Reads what the statistics page (issue 17) shows, for one of its three scopes, and computes its
 * tables ({@link statisticsOf}): the whole library (the reader's own reading of every article), one
 * article (its own reading), or an assignment's class (every set of the assignment in this browser:
 * the hand-ins received and the model answer, or a student's own work).
 *
 * One read of everything (every annotation, every relation) rather than per set: the library's
 * statistics need them all anyway, and a class of 200 hand-ins is one read instead of 200. The
 * scope then picks (model/statistics/statistics-scope.ts), so that every table counts the same
 * annotations.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { assignmentIri } from '../../model/assignments/assignment.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import type { ArticleSource } from '../../model/documents/library.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import type { Category } from '../../model/schemes/category.js';
import { type AnnotationSet, isOwnReading, modelSetId } from '../../model/sets/annotation-set.js';
import type { ParagraphRange } from '../../model/statistics/paragraph-co-occurrence.js';
import { paragraphRanges } from '../../model/statistics/paragraph-co-occurrence.js';
import { LIBRARY_SCOPE, type StatisticsScope, articleScope, inScope, setsScope } from '../../model/statistics/statistics-scope.js';
import type { Classroom } from '../assignments/classroom.js';
import { type RelationLink, type Statistics, relationTableTypes, statisticsOf } from './statistics-data.js';

/** Which statistics page: the library's, an article's or an assignment's class's. */
export type StatisticsTarget =
  | { readonly kind: 'library' }
  | { readonly kind: 'article'; readonly documentId: string }
  | { readonly kind: 'assignment'; readonly assignmentId: string };

/** Where the statistics are read from (the stores of the app; plain functions in tests). */
export interface StatisticsSources {
  readonly articles: ArticleSource;
  /** Every stored annotation, of every set (the annotation store's `listAll`). */
  listAnnotations(): Promise<readonly Annotation[]>;
  /** Every stored relation (the annotation store's `listAllRelations`). */
  listRelations(): Promise<readonly RelationLink[]>;
  /** The category store's schemes and their categories and relation types. */
  readonly categories: {
    inScheme(schemeId: string): readonly Category[];
    relationTypes(schemeId: string): readonly RelationType[];
    schemeFor(documentId: string): Promise<string>;
  };
  /** The assignments and sets of this browser; needed for an assignment's statistics only. */
  readonly classroom?: Classroom;
}

/** The statistics page's data. */
export interface StatisticsData {
  readonly target: StatisticsTarget;
  /** The article's or the assignment's title; undefined for the library. */
  readonly title: string | undefined;
  /** The assignment (an assignment's statistics only). */
  readonly record?: AssignmentRecord;
  /** The categories of the scheme(s) the scope's articles are read with, scheme after scheme. */
  readonly categories: readonly Category[];
  /** The relation types of those schemes (their labels name a relation in the CSV). */
  readonly relationTypes: readonly RelationType[];
  /** The articles of the cross-table: those with annotations in the scope, in the library's order. */
  readonly documentIds: readonly string[];
  /** The sets the scope's annotations belong to, where this browser keeps a record of them. */
  readonly sets: ReadonlyMap<string, AnnotationSet>;
  readonly statistics: Statistics;
}

/**
 * The statistics of `target`, or undefined when this browser has no such article or assignment.
 * Rejects when storage cannot be read.
 */
export async function loadStatistics(target: StatisticsTarget, sources: StatisticsSources): Promise<StatisticsData | undefined> {
  const picked = await scopeOf(target, sources);
  if (!picked) return undefined;
  const [annotations, relations] = await Promise.all([sources.listAnnotations(), sources.listRelations()]);
  const counted = annotations.filter((annotation) => inScope(annotation, picked.scope));
  const seen = new Set(counted.map((annotation) => annotation.documentId));
  const documentIds = [
    ...sources.articles.entries.map((entry) => entry.id).filter((id) => seen.has(id)),
    // an article the library no longer lists (an own document deleted since) still gets a column
    ...[...seen].filter((id) => !sources.articles.entry(id)).sort(),
  ];
  // The scheme of each article counted (the article's or the assignment's), each scheme once.
  const schemeIds = picked.schemeId !== undefined ? [picked.schemeId] : [...new Set(await Promise.all(documentIds.map((id) => sources.categories.schemeFor(id))))];
  const paragraphs = new Map<string, readonly ParagraphRange[]>();
  await Promise.all(
    documentIds.map(async (id) => {
      // An article whose text cannot be read counts in no paragraph; every other table still counts it.
      const body = await sources.articles.loadBody(id).catch(() => undefined);
      if (body) paragraphs.set(id, paragraphRanges(body.blocks));
    }),
  );
  const categories = schemeIds.flatMap((id) => sources.categories.inScheme(id));
  const relationTypes = schemeIds.flatMap((id) => sources.categories.relationTypes(id));
  return {
    target,
    title: picked.title,
    ...(picked.record ? { record: picked.record } : {}),
    categories,
    relationTypes,
    documentIds,
    sets: picked.sets,
    statistics: statisticsOf({
      annotations: counted,
      scope: picked.scope,
      categories,
      relations,
      documentIds,
      paragraphsOf: (id) => paragraphs.get(id),
      // The speakers and sources tables take the schemes' types by what they connect, not by id.
      ...relationTableTypes(relationTypes, categories),
    }),
  };
}

/** What a target counts, with what the page says of it. */
interface Picked {
  readonly scope: StatisticsScope;
  readonly title: string | undefined;
  /** The one scheme of the scope, when it has one (an article, an assignment). */
  readonly schemeId: string | undefined;
  readonly record?: AssignmentRecord;
  readonly sets: ReadonlyMap<string, AnnotationSet>;
}

async function scopeOf(target: StatisticsTarget, sources: StatisticsSources): Promise<Picked | undefined> {
  switch (target.kind) {
    case 'library':
      return { scope: LIBRARY_SCOPE, title: undefined, schemeId: undefined, sets: new Map() };
    case 'article': {
      const entry = sources.articles.entry(target.documentId);
      if (!entry) return undefined;
      return { scope: articleScope(entry.id), title: entry.title, schemeId: await sources.categories.schemeFor(entry.id), sets: new Map() };
    }
    case 'assignment': {
      const classroom = sources.classroom;
      const record = await classroom?.assignments.getAssignment(target.assignmentId);
      if (!classroom || !record) return undefined;
      const { assignment } = record;
      // The model answer is read by its id: it may have annotations without a set record.
      const sets = (await classroom.sets.listSetsByAssignment(assignmentIri(assignment.id))).filter((set) => !isOwnReading({ setId: set.id, documentId: set.documentId }));
      const setIds = [...sets.map((set) => set.id), modelSetId(assignment.id)];
      return {
        scope: setsScope(setIds),
        title: assignment.title,
        schemeId: record.schemeId,
        record,
        sets: new Map(sets.map((set) => [set.id, set])),
      };
    }
  }
}
