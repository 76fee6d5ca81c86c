/**
 * Annotations kept in IndexedDB (shared/ARCHITECTURE.md, "Storage"): read per article, written one
 * at a time or many at once. A write of many is one transaction, so an import or an undo that
 * touches several annotations is kept whole or not at all.
 */
import type { Annotation } from '../model/annotations/annotation.js';
import { countByDocument, type AnnotationCounts } from '../model/annotations/annotation-counts.js';
import type { AnnotationPersistence, ImportWrite } from '../model/annotations/annotation-persistence.js';
import type { AnnotationWrite } from '../model/annotations/annotation-write.js';
import { writeAll, type CloseReaderDatabase, type WriteOperation } from './database.js';
import { writeImport } from './import-writer.js';

/** Reads and writes annotations; every write resolves once its transaction has committed. */
export class AnnotationRepository implements AnnotationPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /** The annotations of one document, ordered by id (sort with `compareTextOrder` to show them). */
  async listByDocument(documentId: string): Promise<Annotation[]> {
    return this.db.getAllFromIndex('annotations', 'byDocument', documentId);
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

  /** Stores one annotation, replacing the one with the same id. */
  async put(annotation: Annotation): Promise<void> {
    await writeAll(this.db, 'annotations', [(store) => store.put(annotation)]);
  }

  /** Stores all `annotations` in one transaction: all of them or, if one fails, none. */
  async putMany(annotations: readonly Annotation[]): Promise<void> {
    await this.apply({ put: annotations });
  }

  /** Deletes the annotation with this id; deleting one that is not there is no error. */
  async delete(id: string): Promise<void> {
    await this.apply({ delete: [id] });
  }

  /**
   * Applies `change` in one transaction, puts first, then deletes: everything or, if one request
   * fails, nothing. Rejects with the failing request's error.
   */
  async apply(change: AnnotationWrite): Promise<void> {
    const operations: WriteOperation<'annotations'>[] = [
      ...(change.put ?? []).map((annotation): WriteOperation<'annotations'> => (store) => store.put(annotation)),
      ...(change.delete ?? []).map((id): WriteOperation<'annotations'> => (store) => store.delete(id)),
    ];
    await writeAll(this.db, 'annotations', operations);
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
