/**
 * What the library store needs of storage for a reader's own documents, declared once:
 * src/storage's DocumentRepository implements it over IndexedDB.
 */
import type { OwnDocument } from './own-documents.js';

/** Reads, adds and deletes own documents. */
export interface DocumentPersistence {
  list(): Promise<OwnDocument[]>;
  put(document: OwnDocument): Promise<void>;
  /**
   * Stores `document` under its id and removes the record under `fromId`, in one transaction;
   * annotations are not touched. Repairs a document stored under an id that is not its own to keep.
   */
  rename(fromId: string, document: OwnDocument): Promise<void>;
  /** Deletes the document and its annotations in one transaction; resolves to how many annotations went. */
  deleteWithAnnotations(id: string): Promise<number>;
  /** How many annotations deleting the document would delete with it. */
  countAnnotations(id: string): Promise<number>;
}
