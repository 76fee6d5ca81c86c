/**
 * Writes a confirmed import: its new categories, its annotations, their relations and the records of their sets, the own documents it carried and
 * the source aliases the reader assigned in ONE transaction over those stores, so an import is kept whole or not at all (a full disk halfway leaves the database as it
 * was). Nothing else is awaited while the transaction is open. A document is only ever added: one
 * whose id is taken fails the import rather than replace what is there.
 */
import type { ImportWrite } from '../model/annotations/annotation-persistence.js';
import { writeStores, type CloseReaderDatabase } from './database.js';

/**
 * Writes `write` in one transaction; resolves once it has committed, rejects with the first
 * failing request's error (or the abort) when nothing was written.
 */
export function writeImport(db: CloseReaderDatabase, write: ImportWrite): Promise<void> {
  return writeStores(db, ['categories', 'annotations', 'documents', 'sourceAliases', 'annotationSets', 'relations'], async (tx, issued) => {
    // A replaced set's annotations and relations go first; reading their keys is a request of this same transaction.
    for (const setId of write.replaceSets ?? []) {
      for (const key of await tx.objectStore('annotations').index('bySet').getAllKeys(setId)) issued(tx.objectStore('annotations').delete(key));
      for (const key of await tx.objectStore('relations').index('bySet').getAllKeys(setId)) issued(tx.objectStore('relations').delete(key));
    }
    for (const set of write.sets ?? []) issued(tx.objectStore('annotationSets').put(set));
    for (const category of write.categories) issued(tx.objectStore('categories').put(category));
    for (const annotation of write.annotations) issued(tx.objectStore('annotations').put(annotation));
    // After the annotations: a relation is kept only when both its annotations are stored now, and
    // no twin is (the same type from the same annotation to the same one, under another id).
    const relations = write.relations ?? [];
    const [ends, fromSource] = await Promise.all([
      Promise.all(relations.map((relation) => Promise.all([relation.sourceId, relation.targetId].map((id) => tx.objectStore('annotations').getKey(id))))),
      Promise.all(relations.map((relation) => tx.objectStore('relations').index('bySource').getAll(relation.sourceId))),
    ]);
    const written = new Set<string>();
    relations.forEach((relation, i) => {
      const twin = `${relation.typeId} ${relation.targetId}`;
      const hasTwin = written.has(`${relation.sourceId} ${twin}`) || fromSource[i]!.some((other) => other.id !== relation.id && `${other.typeId} ${other.targetId}` === twin);
      if (!ends[i]!.every((key) => key !== undefined) || hasTwin) return;
      written.add(`${relation.sourceId} ${twin}`);
      issued(tx.objectStore('relations').put(relation));
    });
    // `add`, not `put`: an import adds documents, it never replaces one. The plan gives each a free
    // id (carried-document-match.ts); should another tab have taken it since, the import fails whole.
    for (const article of write.documents ?? []) issued(tx.objectStore('documents').add(article));
    // `put`: assigning a source again (to another article) replaces the old assignment.
    for (const alias of write.aliases ?? []) issued(tx.objectStore('sourceAliases').put(alias));
  });
}
