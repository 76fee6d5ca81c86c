/**
 * Writes a confirmed import: its new categories, its annotations and the own documents it carried
 * in ONE transaction over those stores, so an import is kept whole or not at all (a full disk halfway leaves the database as it
 * was). Nothing else is awaited while the transaction is open.
 */
import type { Annotation } from '../model/annotation.js';
import type { Category } from '../model/category.js';
import type { OwnDocument } from '../model/own-document.js';
import type { CloseReaderDatabase } from './database.js';

/** What an import writes. */
export interface ImportWrite {
  readonly categories: readonly Category[];
  readonly annotations: readonly Annotation[];
  /** Own documents the file carried that this library does not have yet. */
  readonly documents?: readonly OwnDocument[];
}

/**
 * Writes `write` in one transaction; resolves once it has committed, rejects with the first
 * failing request's error (or the abort) when nothing was written.
 */
export async function writeImport(db: CloseReaderDatabase, write: ImportWrite): Promise<void> {
  const tx = db.transaction(['categories', 'annotations', 'documents'], 'readwrite');
  let firstError: unknown;
  const remember = (error: unknown): void => {
    firstError ??= error;
  };
  try {
    const categories = tx.objectStore('categories');
    const annotations = tx.objectStore('annotations');
    for (const category of write.categories) categories.put(category).catch(remember);
    for (const annotation of write.annotations) annotations.put(annotation).catch(remember);
    const documents = tx.objectStore('documents');
    for (const document of write.documents ?? []) documents.put(document).catch(remember);
  } catch (error) {
    // A record that cannot even be issued (no key, not cloneable): undo what was issued.
    try {
      tx.abort();
    } catch {
      // already aborted by the browser; tx.done reports it
    }
    await tx.done.catch(() => undefined);
    throw error;
  }
  try {
    await tx.done;
  } catch (error) {
    throw firstError ?? error;
  }
}
