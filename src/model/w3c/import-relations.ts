/**
 * The relations of an import (issue 17), planned after its annotations (import-plan.ts): each
 * relation the file carries (relation-parse.ts: ours and RecogitoJS's) is matched to the scheme's
 * types by IRI (else by label) and to its two annotations through the import's own id mapping (the
 * id an annotation of the file is imported under, or the one it already has here). A relation goes
 * into the plan only when both its annotations are imported or already here, in one reading of one
 * article: a link to nothing is skipped and counted, never written.
 */
import type { Relation } from '../relations/relation.js';
import type { RelationType } from '../relations/relation-type.js';
import { type FileRelation, relationOf } from './relation-parse.js';
import { isUuid } from './stable-uuid.js';
import type { SkippedAnnotation } from './w3c-parse.js';

/** Where an annotation a relation may name is (or will be) stored: its id, reading and article. */
export interface AnnotationPlace {
  readonly id: string;
  readonly setId: string;
  readonly documentId: string;
}

/** What the relations of a file are planned against. */
export interface RelationImportContext {
  readonly fileName: string;
  /** The types a relation may have, those of the scheme the import goes into first (a label matches the first it fits). */
  readonly types: readonly RelationType[];
  /** Where the annotation a file names by `ref` (its id as written, `urn:uuid:…` or `#…`) is stored; undefined when nowhere. */
  readonly annotationAt: (ref: string) => AnnotationPlace | undefined;
  /**
   * The relations stored already, each by its id and by its {@link relationTwinKey}: one of them in
   * the file, or a twin of one (the same link under another id), is "already here".
   */
  readonly existingRelationIds?: ReadonlySet<string>;
  /** ISO 8601: created and modified of a relation that names none. */
  readonly now: string;
}

/** The relations to write, those already here, and those skipped with their reason. */
export interface RelationImportPlan {
  readonly relations: readonly Relation[];
  readonly alreadyHere: number;
  readonly skipped: readonly SkippedAnnotation[];
}

/**
 * The key under which an annotation's id and a relation's reference to it meet: `urn:uuid:` taken
 * off and a UUID in lower case (as import-plan.ts stores ours), anything else (`#abc`) as written.
 */
export function annotationRefKey(ref: string): string {
  const bare = ref.replace(/^urn:uuid:/i, '');
  return isUuid(bare) ? bare.toLowerCase() : ref;
}

/** Plans `relations` (in file order); never fails: what cannot be linked is skipped with its reason. */
export function planRelations(relations: readonly FileRelation[], context: RelationImportContext): RelationImportPlan {
  const planned: Relation[] = [];
  const skipped: SkippedAnnotation[] = [];
  const seen = new Set<string>();
  let alreadyHere = 0;
  for (const incoming of relations) {
    const where = `${context.fileName}, annotation ${incoming.index + 1}${incoming.id ? ` (${incoming.id})` : ''}`;
    const skip = (reason: SkippedAnnotation['reason']): void => {
      skipped.push({ index: incoming.index, reason, where, ...(incoming.id ? { id: incoming.id } : {}) });
    };
    const [source, target] = [context.annotationAt(incoming.source), context.annotationAt(incoming.target)];
    const match = { types: context.types, setId: source?.setId ?? '', documentId: source?.documentId ?? '', now: context.now, where };
    const read = relationOf(incoming, { ...match, annotationId: (ref) => (ref === incoming.source ? source : target)?.id });
    if (!read.ok) {
      skip(read.problems[0]!.code === 'type-unknown' ? 'relation-type-unknown' : 'relation-annotation-missing');
      continue;
    }
    const relation = read.value;
    // Both ends in one reading of one article: a relation lives in its annotations' set.
    if (!source || !target || source.setId !== target.setId || source.documentId !== target.documentId) {
      skip('relation-annotation-missing');
      continue;
    }
    if (relation.sourceId === relation.targetId) {
      skip('relation');
      continue;
    }
    const twin = relationTwinKey(relation);
    const stored = context.existingRelationIds;
    if (stored?.has(relation.id) || stored?.has(twin) || seen.has(relation.id) || seen.has(twin)) {
      alreadyHere += 1;
      continue;
    }
    seen.add(relation.id);
    seen.add(twin);
    planned.push(relation);
  }
  return { relations: planned, alreadyHere, skipped };
}

/** What makes two relations twins (the same type from the same annotation to the same annotation), as one string. */
export function relationTwinKey(relation: Pick<Relation, 'typeId' | 'sourceId' | 'targetId'>): string {
  return `${relation.typeId}\u0000${relation.sourceId}\u0000${relation.targetId}`;
}
