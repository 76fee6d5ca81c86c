/**
 * Annotations kept in IndexedDB (shared/ARCHITECTURE.md, "Storage"): read per article, written one
 * at a time or many at once. A write of many is one transaction, so an import or an undo that
 * touches several annotations is kept whole or not at all. The app's writes are field-level
 * operations merged into the records as stored, inside their transaction (`apply`, see
 * model/annotations/annotation-write.ts): another tab's write is never replaced by a stale copy.
 */
import type { Annotation } from '../model/annotations/annotation.js';
import { countByDocument, type AnnotationCounts } from '../model/annotations/annotation-counts.js';
import type { AnnotationPersistence, ImportWrite } from '../model/annotations/annotation-persistence.js';
import type { AnnotationWrite, AppliedWrite } from '../model/annotations/annotation-write.js';
import type { Relation } from '../model/relations/relation.js';
import { writeAll, writeStores, type CloseReaderDatabase } from './database.js';
import { mergeAnnotationsInTransaction } from './annotation-merge-writer.js';
import { writeImport } from './import-writer.js';
import { touchSets } from './set-touch.js';

/** Reads and writes annotations; every write resolves once its transaction has committed. */
export class AnnotationRepository implements AnnotationPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** The annotations of one document, ordered by id (sort with `compareTextOrder` to show them). */
  async listByDocument(documentId: string): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'byDocument', documentId);
  }

  /** The annotations of one set, ordered by id. */
  async listBySet(setId: string): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'bySet', setId);
  }

  /** The relations of one set (model/relations/relation.ts), ordered by id. */
  async listRelationsBySet(setId: string): Promise<Relation[]> {
    return this.db.getAllFromIndex('relations', 'bySet', setId);
  }

  /** Every stored relation, of every set: for the statistics and the library's export. */
  async listAllRelations(): Promise<Relation[]> {
    return this.db.getAll('relations');
  }

  /** Every stored annotation, of every document: for exporting the whole library. */
  async listAll(): Promise<Annotation[]> {
    return this.db.getAll('annotations');
  }

  /** The ids of every stored annotation: what an import checks "already here" against. */
  async allIds(): Promise<Set<string>> {
    return new Set(await this.db.getAllKeys('annotations'));
  }

  /** Writes an import's new categories and annotations in one transaction (see import-writer.ts). */
  importAll(write: ImportWrite): Promise<void> {
    return writeImport(this.db, write);
  }

  /** The annotation with this id, or undefined when there is none. */
  async get(id: string): Promise<Annotation | undefined> {
    return this.db.get('annotations', id);
  }

  /** Stores one annotation, replacing the one with the same id (tests and fixtures; the app writes through {@link apply}). */
  async put(annotation: Annotation): Promise<void> {
    await this.putMany([annotation]);
  }

  /** Stores all `annotations` whole in one transaction: all of them or, if one fails, none. */
  async putMany(annotations: readonly Annotation[]): Promise<void> {
    await writeAll(this.db, 'annotations', annotations.map((annotation) => (store) => store.put(annotation)));
  }

  /** Deletes the annotation with this id; deleting one that is not there is no error. */
  async delete(id: string): Promise<void> {
    await this.apply({ ops: [{ kind: 'delete', id }], at: new Date().toISOString() });
  }

  /**
   * Merges `write` into the records as stored and writes the result in ONE readwrite transaction:
   * read, merge and write, so that nothing another tab writes can land in between; everything or,
   * if one request fails, nothing. Resolves to what it changed and how to revert that; rejects with
   * the failing request's error.
   */
  async apply(write: AnnotationWrite): Promise<AppliedWrite> {
    let applied: AppliedWrite = { changes: [], inverse: [] };
    await writeStores(this.db, ['annotations', 'annotationSets', 'relations'], async (tx, issued) => {
      const { changes, inverse, relationChanges } = await mergeAnnotationsInTransaction(tx, write, issued);
      await touchSets(tx, changes, write.at, issued, relationChanges);
      applied = { changes, inverse, relationChanges };
    });
    return applied;
  }

  /**
   * How many annotations each document has, per category and in total: what a list of articles
   * shows beside each title. One `getAll` over the `byDocument` index; with 10,000 annotations
   * that is one request rather than 10,000 cursor steps.
   */
  async countsByDocument(): Promise<AnnotationCounts> {
    return countByDocument(await this.db.getAllFromIndex('annotations', 'byDocument'));
  }
}
