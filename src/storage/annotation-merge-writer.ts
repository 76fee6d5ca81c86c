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
import { idsToRead, rangesToRead, relationEndsToRead, relationIdsToRead, type AnnotationWrite } from '../model/annotations/annotation-write.js';
import type { Relation } from '../model/relations/relation.js';
import type { StoresTransaction } from './database.js';

/**
 * Reads, merges and issues `write` in `tx` (which must span `annotations` and `relations`: the
 * relations of every annotation it may delete are read, so that the deletion takes them along); each request is handed
 * to `issued`, as {@link writeStores} wants. Resolves to the merge once every request is issued;
 * the caller's `tx.done` says whether it was kept. Only requests of `tx` are awaited.
 */
export async function mergeAnnotationsInTransaction(
  tx: StoresTransaction,
  write: AnnotationWrite,
  issued: (request: Promise<unknown>) => void,
): Promise<MergedWrite> {
  const store = tx.objectStore('annotations');
  const relationStore = tx.objectStore('relations');
  const ends = relationEndsToRead(write);
  const [byId, byRange, relationsById, bySource, byTarget] = await Promise.all([
    Promise.all(idsToRead(write).map((id) => store.get(id))),
    Promise.all(rangesToRead(write).map(({ setId, start, end }) => store.index('byRange').getAll(IDBKeyRange.only([setId, start, end])))),
    Promise.all(relationIdsToRead(write).map((id) => relationStore.get(id))),
    Promise.all(ends.map((id) => relationStore.index('bySource').getAll(id))),
    Promise.all(ends.map((id) => relationStore.index('byTarget').getAll(id))),
  ]);
  const stored = [...byId.filter((annotation): annotation is Annotation => annotation !== undefined), ...byRange.flat()];
  const relations = [...relationsById.filter((relation): relation is Relation => relation !== undefined), ...bySource.flat(), ...byTarget.flat()];
  const merged = mergeWrite(stored, write, relations);
  for (const annotation of merged.put) issued(store.put(annotation));
  for (const id of merged.delete) issued(store.delete(id));
  for (const relation of merged.relationPut) issued(relationStore.put(relation));
  for (const id of merged.relationDelete) issued(relationStore.delete(id));
  return merged;
}
