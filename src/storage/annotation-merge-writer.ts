/**
 * Runs a field-level annotation write inside a readwrite transaction that is already open: reads
 * the stored records it names, merges it into them (model/annotations/annotation-merge.ts) and
 * issues the puts and deletes, all in that one transaction, so no other tab's write can land
 * between the read and the write. Shared by the annotation repository and by the scheme
 * repository's category changes (a category's deletion rewrites its annotations in the same
 * transaction as it removes the category).
 */
import type { Annotation } from '../model/annotations/annotation.js';
import { mergeWrite, type MergedWrite } from '../model/annotations/annotation-merge.js';
import { idsToRead, rangesToRead, type AnnotationWrite } from '../model/annotations/annotation-write.js';
import type { StoresTransaction } from './database.js';

/**
 * Reads, merges and issues `write` in `tx` (which must span `annotations`); each request is handed
 * to `issued`, as {@link writeStores} wants. Resolves to the merge once every request is issued;
 * the caller's `tx.done` says whether it was kept. Only requests of `tx` are awaited.
 */
export async function mergeAnnotationsInTransaction(
  tx: StoresTransaction,
  write: AnnotationWrite,
  issued: (request: Promise<unknown>) => void,
): Promise<MergedWrite> {
  const store = tx.objectStore('annotations');
  const [byId, byRange] = await Promise.all([
    Promise.all(idsToRead(write).map((id) => store.get(id))),
    Promise.all(rangesToRead(write).map(({ setId, start, end }) => store.index('byRange').getAll(IDBKeyRange.only([setId, start, end])))),
  ]);
  const stored = [...byId.filter((annotation): annotation is Annotation => annotation !== undefined), ...byRange.flat()];
  const merged = mergeWrite(stored, write);
  for (const annotation of merged.put) issued(store.put(annotation));
  for (const id of merged.delete) issued(store.delete(id));
  return merged;
}
