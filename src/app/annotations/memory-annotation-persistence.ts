/**
 * Annotations kept in memory for this visit only: what the store writes to when the browser lets
 * Close Reader store nothing (IndexedDB unavailable, some private modes). The app says so. Writes
 * merge exactly as IndexedDB's do (model/annotations/annotation-merge.ts), so tests that run two
 * stores over one of these see what two tabs over one database see. It keeps an import's source
 * aliases too (model/documents/source-alias.ts), so the next file of the visit maps itself.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { countByDocument, type AnnotationCounts } from '../../model/annotations/annotation-counts.js';
import type { AnnotationPersistence, ImportWrite } from '../../model/annotations/annotation-persistence.js';
import type { AnnotationWrite, AppliedWrite } from '../../model/annotations/annotation-write.js';
import { mergeWrite } from '../../model/annotations/annotation-merge.js';
import type { SourceAlias, SourceAliasPersistence } from '../../model/documents/source-alias.js';
import { compareSets, isMineSetId, mineSet, type AnnotationSet } from '../../model/sets/annotation-set.js';
import type { AnnotationSetPersistence } from '../../model/sets/annotation-set-persistence.js';
import type { Relation } from '../../model/relations/relation.js';

/** An AnnotationPersistence (and the import's SourceAliasPersistence, and the sets') over Maps. */
export class MemoryAnnotationPersistence implements AnnotationPersistence, SourceAliasPersistence, AnnotationSetPersistence {
  private readonly records = new Map<string, Annotation>();
  private readonly relations = new Map<string, Relation>();
  private readonly sets = new Map<string, AnnotationSet>();
  /** By source, as IndexedDB keys them: assigning a source again replaces its alias. */
  private readonly aliases = new Map<string, SourceAlias>();

  async listByDocument(documentId: string): Promise<Annotation[]> {
    return [...this.records.values()].filter((annotation) => annotation.documentId === documentId);
  }

  async listBySet(setId: string): Promise<Annotation[]> {
    return [...this.records.values()].filter((annotation) => annotation.setId === setId);
  }

  async listAll(): Promise<Annotation[]> {
    return [...this.records.values()];
  }

  async allIds(): Promise<Set<string>> {
    return new Set(this.records.keys());
  }

  async listRelationsBySet(setId: string): Promise<Relation[]> {
    return [...this.relations.values()].filter((relation) => relation.setId === setId);
  }

  async listAllRelations(): Promise<Relation[]> {
    return [...this.relations.values()];
  }

  async importAll(write: Pick<ImportWrite, 'annotations' | 'aliases' | 'sets' | 'replaceSets' | 'relations'>): Promise<void> {
    for (const setId of write.replaceSets ?? []) {
      for (const [id, annotation] of this.records) if (annotation.setId === setId) this.records.delete(id);
      for (const [id, relation] of this.relations) if (relation.setId === setId) this.relations.delete(id);
    }
    for (const set of write.sets ?? []) this.sets.set(set.id, set);
    for (const annotation of write.annotations) this.records.set(annotation.id, annotation);
    // As storage does: a relation is kept only when both its annotations are stored.
    for (const relation of write.relations ?? []) if (this.records.has(relation.sourceId) && this.records.has(relation.targetId)) this.relations.set(relation.id, relation);
    for (const alias of write.aliases ?? []) this.aliases.set(alias.source, alias);
  }

  /** Every alias an import of this visit assigned, ordered by source (as IndexedDB lists them). */
  async listAliases(): Promise<SourceAlias[]> {
    return [...this.aliases.values()].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  }

  /** Merges `write` into the records as they are, at once (nothing can land in between), and keeps the result. */
  async apply(write: AnnotationWrite): Promise<AppliedWrite> {
    const merged = mergeWrite(this.records.values(), write, this.relations.values());
    for (const annotation of merged.put) this.records.set(annotation.id, annotation);
    for (const id of merged.delete) this.records.delete(id);
    for (const relation of merged.relationPut) this.relations.set(relation.id, relation);
    for (const id of merged.relationDelete) this.relations.delete(id);
    // As storage does (storage/set-touch.ts): each set changed was modified now; the reader's own reading gets its record.
    for (const { after, before } of [...merged.changes, ...merged.relationChanges]) {
      const { setId, documentId } = (after ?? before)!;
      const set = this.sets.get(setId);
      if (set) this.sets.set(setId, { ...set, modified: write.at });
      else if (isMineSetId(setId)) this.sets.set(setId, mineSet(documentId, write.at));
    }
    return { changes: merged.changes, inverse: merged.inverse, relationChanges: merged.relationChanges };
  }

  async countsByDocument(): Promise<AnnotationCounts> {
    return countByDocument(this.records.values());
  }

  async putSet(set: AnnotationSet): Promise<void> {
    this.sets.set(set.id, set);
  }

  async getSet(id: string): Promise<AnnotationSet | undefined> {
    return this.sets.get(id);
  }

  async listSetsByDocument(documentId: string): Promise<AnnotationSet[]> {
    return [...this.sets.values()].filter((set) => set.documentId === documentId).sort(compareSets);
  }

  async listSetsByAssignment(assignmentId: string): Promise<AnnotationSet[]> {
    return [...this.sets.values()].filter((set) => set.assignmentId === assignmentId).sort(compareSets);
  }

  async deleteSet(id: string): Promise<number> {
    const gone = [...this.records.values()].filter((annotation) => annotation.setId === id);
    for (const annotation of gone) this.records.delete(annotation.id);
    for (const [relationId, relation] of this.relations) if (relation.setId === id) this.relations.delete(relationId);
    this.sets.delete(id);
    return gone.length;
  }
}
