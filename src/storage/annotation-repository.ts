/**
 * Annotations kept in IndexedDB (shared/ARCHITECTURE.md, "Storage"): read per article, written one
 * at a time or many at once. A write of many is one transaction, so an import or an undo that
 * touches several annotations is kept whole or not at all.
 */
import type { Annotation } from '../model/annotations/annotation.js';
import { writeAll, type CloseReaderDatabase, type WriteOperation } from './database.js';
import { writeImport, type ImportWrite } from './import-writer.js';

/** A set of writes that belong together: stored and deleted in one transaction. */
export interface AnnotationChange {
  /** Annotations to store, replacing any with the same id. */
  readonly put?: readonly Annotation[];
  /** Ids of annotations to delete; an id not stored is no error. */
  readonly delete?: readonly string[];
}

/**
 * For each document id, the number of annotations per category id, plus the number of annotations
 * under {@link TOTAL_KEY}. An annotation tagged with two categories counts once for each.
 */
export type AnnotationCounts = Map<string, Map<string, number>>;

/** The key under which {@link AnnotationCounts} keeps a document's number of annotations. */
export const TOTAL_KEY = '*';

/** Reads and writes annotations; every write resolves once its transaction has committed. */
export class AnnotationRepository {
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
  async apply(change: AnnotationChange): Promise<void> {
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
    const counts: AnnotationCounts = new Map();
    for (const annotation of await this.db.getAllFromIndex('annotations', 'byDocument')) {
      let perCategory = counts.get(annotation.documentId);
      if (!perCategory) {
        perCategory = new Map([[TOTAL_KEY, 0]]);
        counts.set(annotation.documentId, perCategory);
      }
      perCategory.set(TOTAL_KEY, (perCategory.get(TOTAL_KEY) ?? 0) + 1);
      // A Set, so that a category listed twice by mistake still counts once.
      for (const categoryId of new Set(annotation.categoryIds)) {
        perCategory.set(categoryId, (perCategory.get(categoryId) ?? 0) + 1);
      }
    }
    return counts;
  }
}
