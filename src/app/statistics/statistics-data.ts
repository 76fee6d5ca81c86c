/**
 * The statistics page's data (issue 17) in one step from data already read: the annotations of
 * the scope (an article, a class, the library), their counts per category, the cross-table by
 * article, the co-occurrence by paragraph, and the relation tables (speakers with their quotes,
 * statistics with their sources). Every table is computed from the same annotations, so they
 * agree with each other; the page only renders them, sorts them (model/statistics/table-sort.ts)
 * and exports them (statistics-rows.ts, annotations-csv.ts, csv-writer.ts).
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import { type Category, DEFAULT_CATEGORIES } from '../../model/schemes/category.js';
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
  /**
   * The relation types of the two relation tables (one per scheme, where a scope spans several);
   * the default scheme's when not given. {@link relationTableTypes} chooses them.
   */
  readonly saidBy?: readonly string[];
  readonly sourceOf?: readonly string[];
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

/** The default categories a relation table is about, by id. */
type TableRole = 'quote' | 'statistic' | 'actor';

/**
 * Whether the category `id` (`category` where the schemes have it) plays `role`: it is the default
 * scheme's category of that id, a copy of it in another scheme (ids are unique across schemes, so a
 * copy is "quote-2"), or one named as the default one is, in either language ("Zitat", "quote").
 */
function playsRole(id: string, category: Category | undefined, role: TableRole): boolean {
  if (id === role || new RegExp(`^${role}-\\d+$`).test(id)) return true;
  const model = DEFAULT_CATEGORIES.find((candidate) => candidate.id === role);
  const names = new Set([model?.label.de, model?.label.en].map((name) => name?.trim().toLowerCase()));
  return category !== undefined && [category.label.de, category.label.en].some((name) => names.has(name.trim().toLowerCase()));
}

/**
 * The relation types of the speakers table (those from a quote category to an actor) and of the
 * sources table (from a statistic to an actor), chosen by what they connect, so that a scheme's
 * own types count whatever their ids ("zitiert", "said-by-2"). A table no type fits falls back to
 * the default scheme's id. `categories` are the schemes' categories the types' ends name.
 */
export function relationTableTypes(types: readonly RelationType[], categories: readonly Category[]): { saidBy: string[]; sourceOf: string[] } {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const holds = (ids: readonly string[], role: TableRole) => ids.some((id) => playsRole(id, byId.get(id), role));
  const connecting = (from: TableRole, to: TableRole) => types.filter((type) => holds(type.from, from) && holds(type.to, to)).map((type) => type.id);
  const [saidBy, sourceOf] = [connecting('quote', 'actor'), connecting('statistic', 'actor')];
  return { saidBy: saidBy.length > 0 ? [...new Set(saidBy)] : [SAID_BY], sourceOf: sourceOf.length > 0 ? [...new Set(sourceOf)] : [SOURCE_OF] };
}

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
    speakers: speakerTable(relations, input.saidBy ?? [SAID_BY]),
    statistics: statisticSourceTable(relations, input.sourceOf ?? [SOURCE_OF]),
  };
}
