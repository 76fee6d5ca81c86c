/**
 * Annotation sets kept in IndexedDB (the `annotationSets` store, since version 5): whose reading of
 * which article each annotation is (model/sets/annotation-set.ts). Deleting a set deletes its
 * annotations and their relations with it, in the same transaction.
 */
import { compareSets, type AnnotationSet } from '../model/sets/annotation-set.js';
import type { AnnotationSetPersistence } from '../model/sets/annotation-set-persistence.js';
import { writeAll, writeStores, type CloseReaderDatabase } from './database.js';

/** Reads and writes set records; every write resolves once its transaction has committed. */
export class AnnotationSetRepository implements AnnotationSetPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** Stores a set, replacing the one with the same id. */
  async putSet(set: AnnotationSet): Promise<void> {
    await writeAll(this.db, 'annotationSets', [(store) => store.put(set)]);
  }

  /** The set with this id, or undefined. */
  async getSet(id: string): Promise<AnnotationSet | undefined> {
    return this.db.get('annotationSets', id);
  }

  /** The sets of one article, in list order (by kind, author, id). */
  async listSetsByDocument(documentId: string): Promise<AnnotationSet[]> {
    return (await this.db.getAllFromIndex('annotationSets', 'byDocument', documentId)).sort(compareSets);
  }

  /** The sets of one assignment, in list order. */
  async listSetsByAssignment(assignmentId: string): Promise<AnnotationSet[]> {
    return (await this.db.getAllFromIndex('annotationSets', 'byAssignment', assignmentId)).sort(compareSets);
  }

  /**
   * Deletes the set, every annotation and every relation in it, in one transaction: all of it or
   * nothing. Resolves to how many annotations were deleted; an unknown id is no error.
   */
  async deleteSet(id: string): Promise<number> {
    let count = 0;
    await writeStores(this.db, ['annotationSets', 'annotations', 'relations'], async (tx, issued) => {
      const [keys, relationKeys] = await Promise.all([
        tx.objectStore('annotations').index('bySet').getAllKeys(id),
        tx.objectStore('relations').index('bySet').getAllKeys(id),
      ]);
      count = keys.length;
      issued(tx.objectStore('annotationSets').delete(id));
      for (const key of keys) issued(tx.objectStore('annotations').delete(key));
      for (const key of relationKeys) issued(tx.objectStore('relations').delete(key));
    });
    return count;
  }
}
