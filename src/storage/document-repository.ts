/**
 * The reader's own documents kept in IndexedDB (the `documents` store, since version 3). Deleting a
 * document deletes its annotations with it, in the same transaction: a document is never gone while
 * its annotations stay behind, nor the other way round. Its source aliases (version 4) go with it.
 */
import type { DocumentPersistence } from '../model/documents/document-persistence.js';
import type { OwnDocument } from '../model/documents/own-documents.js';
import { writeAll, type CloseReaderDatabase } from './database.js';

/** Reads and writes own documents; every write resolves once its transaction has committed. */
export class DocumentRepository implements DocumentPersistence {
  constructor(private readonly db: CloseReaderDatabase) {}

  /**
   * Every own document, ordered by title (then by id, so that the order is stable). A record whose
   * title is no text (a damaged profile) is listed too, by its id: it is for the library to say
   * what is wrong with it, not for the list to fail.
   */
  async list(): Promise<OwnDocument[]> {
    const documents = await this.db.getAll('documents');
    const titleOf = (document: OwnDocument): string => (typeof document.title === 'string' ? document.title : String(document.id));
    return documents.sort((a, b) => titleOf(a).localeCompare(titleOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The document with this id, or undefined when there is none. */
  async get(id: string): Promise<OwnDocument | undefined> {
    return this.db.get('documents', id);
  }

  /** Stores a document, replacing the one with the same id. */
  async put(document: OwnDocument): Promise<void> {
    await writeAll(this.db, 'documents', [(store) => store.put(document)]);
  }

  /**
   * Stores `document` under its id and deletes the record under `fromId`, in one transaction: the
   * document is never stored twice nor lost halfway. Annotations stay as they are.
   */
  async rename(fromId: string, document: OwnDocument): Promise<void> {
    if (fromId === document.id) return this.put(document);
    await writeAll(this.db, 'documents', [(store) => store.put(document), (store) => store.delete(fromId)]);
  }

  /** How many annotations the document with this id has (what deleting it would delete with it). */
  async countAnnotations(id: string): Promise<number> {
    return this.db.countFromIndex('annotations', 'byDocument', id);
  }

  /**
   * Deletes the document with this id, every annotation on it (of every set), its annotation sets,
   * their relations and every source alias that points to it, in one transaction over the five stores: all of it or, if a request fails, nothing. Resolves, once committed, to how many
   * annotations were deleted; an id with no document (or no annotations) is no error.
   */
  async deleteWithAnnotations(id: string): Promise<number> {
    const tx = this.db.transaction(['documents', 'annotations', 'sourceAliases', 'annotationSets', 'relations'], 'readwrite');
    const annotations = tx.objectStore('annotations');
    // Handled from the start: when a request fails, the browser may abort the transaction (and idb
    // reject `done`) before the failure reaches the catch below. Awaiting it later still throws.
    const done = tx.done;
    done.catch(() => undefined);
    let requestError: unknown;
    // As in writeAll: report the failing request's error rather than the generic AbortError, and
    // leave no rejected promise unhandled.
    const remember = (error: unknown): void => {
      requestError ??= error;
    };
    try {
      // The only awaits before the deletes are this transaction's own requests, so it stays active.
      const stored = await annotations.index('byDocument').getAll(id);
      const keys = stored.map((annotation) => annotation.id);
      const aliases = await tx.objectStore('sourceAliases').index('byDocument').getAllKeys(id);
      const sets = await tx.objectStore('annotationSets').index('byDocument').getAllKeys(id);
      // The relations of every set of the article, and of its annotations whatever set they name.
      const relations = tx.objectStore('relations');
      const relationKeys = new Set<string>();
      for (const setId of new Set([...sets, ...stored.map((annotation) => annotation.setId)])) {
        for (const key of await relations.index('bySet').getAllKeys(setId)) relationKeys.add(key);
      }
      tx.objectStore('documents').delete(id).catch(remember);
      for (const key of relationKeys) relations.delete(key).catch(remember);
      for (const key of keys) annotations.delete(key).catch(remember);
      for (const key of aliases) tx.objectStore('sourceAliases').delete(key).catch(remember);
      for (const key of sets) tx.objectStore('annotationSets').delete(key).catch(remember);
      await done;
      return keys.length;
    } catch (error) {
      throw requestError ?? error;
    }
  }
}
