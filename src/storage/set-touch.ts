/**
 * Keeps the set records in step with a write of their annotations, inside the write's own
 * transaction: each set a write changed gets the write's time as `modified` (what a list of sets
 * and an assignment's state show), and the reader's own reading of an article gets its record the
 * first time it is written to (its id is deterministic, so nothing had to create it before).
 */
import type { RecordChange, RelationChange } from '../model/annotations/annotation-write.js';
import { isMineSetId, mineSet } from '../model/sets/annotation-set.js';
import type { StoresTransaction } from './database.js';

/**
 * Sets `modified` to `at` on every set `changes` (and `relationChanges`) touched, in `tx` (which must span
 * `annotationSets`); a missing 'mine' set is created. Only requests of `tx` are awaited; each
 * write is handed to `issued`, as writeStores wants.
 */
export async function touchSets(
  tx: StoresTransaction,
  changes: readonly RecordChange[],
  at: string,
  issued: (request: Promise<unknown>) => void,
  relationChanges: readonly RelationChange[] = [],
): Promise<void> {
  const documents = new Map<string, string>();
  for (const change of [...changes, ...relationChanges]) {
    const record = change.after ?? change.before;
    if (record) documents.set(record.setId, record.documentId);
  }
  const store = tx.objectStore('annotationSets');
  const stored = await Promise.all([...documents.keys()].map((id) => store.get(id)));
  [...documents].forEach(([setId, documentId], i) => {
    const set = stored[i];
    if (set) issued(store.put({ ...set, modified: at }));
    else if (isMineSetId(setId)) issued(store.put(mineSet(documentId, at)));
  });
}
