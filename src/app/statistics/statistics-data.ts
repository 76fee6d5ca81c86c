/**
 * The statistics page's data (issue 17) in one step from data already read: the annotations of
 * the scope (an article, a class, the library), their counts per category, the cross-table by
 * article, the co-occurrence by paragraph, and the relation tables (speakers with their quotes,
 * statistics with their sources). Every table is computed from the same annotations, so they
 * agree with each other; the page only renders them, sorts them (model/statistics/table-sort.ts)
 * and exports them (statistics-rows.ts, annotations-csv.ts, csv-writer.ts).
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { Category } from '../../model/schemes/category.js';
import { type CategoryCounts, categoryCounts } from '../../model/statistics/category-counts.js';
import { type CrossTable, crossTable } from '../../model/statistics/category-cross-table.js';
import { type CoOccurrence, type ParagraphRange, paragraphCoOccurrence } from '../../model/statistics/paragraph-co-occurrence.js';
import { type RelationGroup, type RelationInput, speakerTable, statisticSourceTable } from '../../model/statistics/relation-tables.js';
import { type StatisticsScope, annotationsInScope } from '../../model/statistics/statistics-scope.js';

/** A stored relation as the statistics need it: its type and its two annotations' ids (model/relations' Relation fits). */
export interface RelationLink {
  readonly typeId: string;
  readonly sourceId: string;
  readonly targetId: string;
}

/** What the statistics are made of. */
export interface StatisticsInput {
  /** The annotations read (more than the scope's is fine: the scope picks). */
  readonly annotations: readonly Annotation[];
  readonly scope: StatisticsScope;
  /** The scheme's categories (with their subcategories). */
  readonly categories: readonly Category[];
  /** The relations read; one whose annotations are not both in the scope is left out. */
  readonly relations: readonly RelationLink[];
  /** The cross-table's columns, in order (the library's order of articles). */
  readonly documentIds: readonly string[];
  /** The paragraphs of an article (paragraphRanges of its blocks), or undefined when not at hand. */
  paragraphsOf(documentId: string): readonly ParagraphRange[] | undefined;
  /** The relation types of the two relation tables; the default scheme's when not given. */
  readonly saidBy?: string;
  readonly sourceOf?: string;
}

/** Every table of the statistics page. */
export interface Statistics {
  /** The annotations counted, in the order read. */
  readonly annotations: readonly Annotation[];
  /** The relations between them, their annotations looked up. */
  readonly relations: readonly RelationInput[];
  readonly counts: CategoryCounts;
  readonly crossTable: CrossTable;
  readonly coOccurrence: CoOccurrence;
  readonly speakers: readonly RelationGroup[];
  readonly statistics: readonly RelationGroup[];
}

/** The default scheme's "said by" (quote → actor) and "source of" (statistic → actor) type ids. */
export const SAID_BY = 'said-by';
export const SOURCE_OF = 'source-of';

/** The statistics of `input.scope` (see the module comment). */
export function statisticsOf(input: StatisticsInput): Statistics {
  const annotations = annotationsInScope(input.annotations, input.scope);
  const byId = new Map(annotations.map((annotation) => [annotation.id, annotation]));
  const relations = input.relations.flatMap((relation): RelationInput[] => {
    const [source, target] = [byId.get(relation.sourceId), byId.get(relation.targetId)];
    return source && target ? [{ typeId: relation.typeId, source, target }] : [];
  });
  return {
    annotations,
    relations,
    counts: categoryCounts(annotations, input.categories),
    crossTable: crossTable(annotations, input.categories, input.documentIds),
    coOccurrence: paragraphCoOccurrence(annotations, input.categories, (id) => input.paragraphsOf(id)),
    speakers: speakerTable(relations, input.saidBy ?? SAID_BY),
    statistics: statisticSourceTable(relations, input.sourceOf ?? SOURCE_OF),
  };
}
