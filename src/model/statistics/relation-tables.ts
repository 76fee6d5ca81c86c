/**
 * Relation tables (issue 17): the speakers with their quotes ("said by": quote → actor) and the
 * statistics with their sources ("source of": statistic → actor). They take relations as plain
 * inputs ({@link RelationInput}: a type id and the two annotations, already looked up), so they do
 * not depend on how relations are stored (model/relations).
 *
 * - Speakers are grouped by name: the actor's quoted text, spaces folded and case ignored, so
 *   "Salvini" tagged in three paragraphs is one speaker (shown as first met in text order).
 *   "Matteo Salvini" and "Salvini" stay two: telling them apart or not is the reader's call.
 * - Statistics are grouped by annotation: two statistics with the same words are two figures.
 * - A relation listed twice (the same type between the same two annotations) counts once.
 */
import { type Annotation, compareTextOrder } from '../annotations/annotation.js';

/** A relation between two annotations, as the tables need it. */
export interface RelationInput {
  readonly typeId: string;
  readonly source: Annotation;
  readonly target: Annotation;
}

/** One group: the annotations that name it, and the annotations at the other end of its relations. */
export interface RelationGroup {
  /** What the group is shown as: the first of {@link heads}' quotes in text order, its spaces folded. */
  readonly label: string;
  /** The annotations of this end (one for a statistic; every mention of a speaker), in text order. */
  readonly heads: readonly Annotation[];
  /** The annotations at the other end (the speaker's quotes, the statistic's sources), each once, in text order. */
  readonly partners: readonly Annotation[];
}

/** Which end of a relation a table groups by, and how its annotations make one group. */
export interface RelationGrouping {
  /** The relation types counted (a scope over several schemes may have one per scheme). */
  readonly typeIds: readonly string[];
  /** 'target' groups by the relations' targets (speakers), 'source' by their sources (statistics). */
  readonly by: 'source' | 'target';
  /** 'name' joins annotations with the same quote (folded); 'annotation' keeps each annotation apart. */
  readonly key: 'name' | 'annotation';
}

/**
 * The groups of the relations of the given types: most partners first, ties by label (code-unit order, the
 * same on every machine), then by the first head's place.
 */
export function relationGroups(relations: Iterable<RelationInput>, grouping: RelationGrouping): RelationGroup[] {
  const groups = new Map<string, { heads: Map<string, Annotation>; partners: Map<string, Annotation> }>();
  const typeIds = new Set(grouping.typeIds);
  for (const relation of relations) {
    if (!typeIds.has(relation.typeId)) continue;
    const [head, partner] = grouping.by === 'target' ? [relation.target, relation.source] : [relation.source, relation.target];
    const key = grouping.key === 'name' ? `name ${nameKey(head.exact)}` : `annotation ${head.id}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { heads: new Map(), partners: new Map() }));
    group.heads.set(head.id, head);
    group.partners.set(partner.id, partner);
  }
  const result = [...groups.values()].map((group): RelationGroup => {
    const heads = [...group.heads.values()].sort(compareDocumentOrder);
    return { label: heads[0]!.exact.trim().replace(/\s+/g, ' '), heads, partners: [...group.partners.values()].sort(compareDocumentOrder) };
  });
  return result.sort(
    (a, b) =>
      b.partners.length - a.partners.length ||
      (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
      compareDocumentOrder(a.heads[0]!, b.heads[0]!),
  );
}

/** The speakers with their quotes: relations of the type(s) `saidBy` (quote → actor), grouped by the actor's name. */
export function speakerTable(relations: Iterable<RelationInput>, saidBy: string | readonly string[]): RelationGroup[] {
  return relationGroups(relations, { typeIds: typeof saidBy === 'string' ? [saidBy] : saidBy, by: 'target', key: 'name' });
}

/** The statistics with their sources: relations of the type(s) `sourceOf` (statistic → actor), one group per statistic. */
export function statisticSourceTable(relations: Iterable<RelationInput>, sourceOf: string | readonly string[]): RelationGroup[] {
  return relationGroups(relations, { typeIds: typeof sourceOf === 'string' ? [sourceOf] : sourceOf, by: 'source', key: 'annotation' });
}

/** A name as it groups: Unicode-normalised, spaces folded, case ignored ("  SALVINI\n" is "salvini"). */
export function nameKey(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Annotations by article (id), then in text order. */
function compareDocumentOrder(a: Annotation, b: Annotation): number {
  return (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : 0) || compareTextOrder(a, b);
}
