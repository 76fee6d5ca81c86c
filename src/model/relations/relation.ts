/**
 * Relations (issue 17): a typed, directed link from one annotation to another of the same set
 * ("this quote — said by — this actor"), and the rules every way of making one shares: which types
 * two annotations allow, what a new relation may not be (a link to itself, a twin), and which
 * relations go when an annotation is deleted.
 */
import { type Result, failAll, ok, problem, type Problem } from '../result.js';
import type { Category } from '../schemes/category.js';
import type { RelationType } from './relation-type.js';

/** A relation as stored. */
export interface Relation {
  /** A UUID; exported as `urn:uuid:<id>`. */
  readonly id: string;
  /** The set both annotations belong to. */
  readonly setId: string;
  readonly documentId: string;
  /** The id of its {@link RelationType}. */
  readonly typeId: string;
  /** The annotation it starts from (the quote of "said by"). */
  readonly sourceId: string;
  /** The annotation it ends at (the actor of "said by"). */
  readonly targetId: string;
  /** ISO 8601. */
  readonly created: string;
  readonly modified: string;
}

/** A category as the rules need it: its id and, when nested, its parent's. */
export type RelationCategory = Pick<Category, 'id' | 'parentId'>;

/** Whether one of `categories` is, or is a subcategory of, one of `allowed`. */
function fits(allowed: readonly string[], categories: readonly RelationCategory[]): boolean {
  return categories.some((category) => allowed.includes(category.id) || (category.parentId !== undefined && allowed.includes(category.parentId)));
}

/**
 * The types a relation from an annotation tagged `sourceCategories` to one tagged
 * `targetCategories` may have, in the scheme's order: those whose `from` holds a source category
 * and whose `to` holds a target category. Categories nest one level (Category.parentId), and a
 * subcategory counts as its parent: a quote's subcategory "indirect quote" may be "said by" too.
 */
export function allowedTypes(
  types: readonly RelationType[],
  sourceCategories: readonly RelationCategory[],
  targetCategories: readonly RelationCategory[],
): RelationType[] {
  return types.filter((type) => fits(type.from, sourceCategories) && fits(type.to, targetCategories));
}

/** The relations that start or end at annotation `annotationId`: those its deletion removes with it. */
export function relationsTouching(relations: readonly Relation[], annotationId: string): Relation[] {
  return relations.filter((relation) => relation.sourceId === annotationId || relation.targetId === annotationId);
}

/**
 * Why a relation is refused: 'self-link' (source and target are one annotation), 'duplicate' (a
 * relation of the same type from the same source to the same target exists), 'type-not-allowed'
 * (the type is not among the allowed ones given).
 */
export type RelationCode = 'self-link' | 'duplicate' | 'type-not-allowed';

/**
 * `relation`, checked against the `existing` relations (a relation with its own id is itself, not
 * a twin: an edit passes) and, when given, the `allowed` types (allowedTypes of its two
 * annotations). Every problem is reported, not just the first.
 */
export function validateRelation(relation: Relation, existing: readonly Relation[], allowed?: readonly RelationType[]): Result<Relation, RelationCode> {
  const problems: Problem<RelationCode>[] = [];
  const params = { relation: relation.id, type: relation.typeId, source: relation.sourceId, target: relation.targetId };
  if (relation.sourceId === relation.targetId) problems.push(problem('self-link', params, `A relation cannot link annotation ${relation.sourceId} to itself.`));
  const twin = existing.find(
    (other) => other.id !== relation.id && other.typeId === relation.typeId && other.sourceId === relation.sourceId && other.targetId === relation.targetId,
  );
  if (twin) problems.push(problem('duplicate', { ...params, other: twin.id }, `Relation ${twin.id} links these annotations with this type already.`));
  if (allowed && !allowed.some((type) => type.id === relation.typeId)) {
    problems.push(problem('type-not-allowed', params, `The type "${relation.typeId}" does not connect these annotations' categories.`));
  }
  return problems.length > 0 ? failAll(problems) : ok(relation);
}
