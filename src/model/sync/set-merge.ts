/**
 * The three-way merge of a shared project (issue 18, "Shared project"): the reader's set (mine) and
 * the server's copy (theirs), each compared with the base (what was on the server at the last
 * sync), annotation by annotation by id. Annotations are compared by the content that travels
 * (annotation-fingerprint.ts: categories, span and quote, note, creator), never by `modified`.
 *
 * | base     | mine         | theirs       | result                                         |
 * |----------|--------------|--------------|------------------------------------------------|
 * | —        | added        | —            | mine's (kept)                                  |
 * | —        | —            | added        | theirs' (kept)                                 |
 * | —        | added        | added        | one of them if the same, else a CONFLICT       |
 * | x        | x            | x            | x                                              |
 * | x        | changed      | x            | mine's                                         |
 * | x        | x            | changed      | theirs'                                        |
 * | x        | changed      | changed      | it, if both made it the same; else a CONFLICT  |
 * | x        | deleted      | x            | deleted                                        |
 * | x        | x            | deleted      | deleted                                        |
 * | x        | deleted      | deleted      | deleted                                        |
 * | x        | deleted      | changed      | theirs' edit is KEPT                           |
 * | x        | changed      | deleted      | mine's edit is KEPT                            |
 * | x        | x + new rel. | deleted      | KEPT (a relation made from it since is an edit) |
 * | x        | deleted      | x + new rel. | KEPT (likewise)                                |
 *
 * Nothing typed is lost: a deletion on one side never takes away what the other side wrote since
 * the last sync (a note, a category, a move); the reader can delete it again. (The relations the
 * deletion took along on its side stay deleted: a relation is not typed content.) Likewise a relation
 * one side made since the last sync keeps the annotations it joins, even when the other side deleted
 * one of them: the relation counts as an edit of its two annotations, so it is never dropped silently.
 * A conflict is decided by the reader's choice, when given (`choices`: per annotation id, mine or
 * theirs, with the fingerprint of the server's version the reader was shown); a choice is applied
 * only while the server's copy is still that version; when it changed again since, the conflict
 * comes back with the newer version. Without a choice the merge lists it and its result is not to
 * be written.
 *
 * Relations, by id: the union of both sides minus those one side deleted since the base (a
 * relation is never edited, only made or removed); a relation whose annotation is not in the
 * result goes with it, and of two twins (the same type from the same annotation to the same
 * annotation, made on both sides under two ids) the one with the smaller id stays.
 */
import type { Annotation } from '../annotations/annotation.js';
import type { Relation } from '../relations/relation.js';
import { type AnnotationFingerprint, fingerprint, sameFingerprint } from './annotation-fingerprint.js';
import type { SyncBase } from './shared-project-link.js';

/** One side of the merge: a set's annotations and relations. */
export interface SetContent {
  readonly annotations: readonly Annotation[];
  readonly relations: readonly Relation[];
}

/** One annotation both sides changed (or added) differently: the reader chooses. */
export interface MergeConflict {
  readonly annotationId: string;
  readonly mine: Annotation;
  readonly theirs: Annotation;
}

/**
 * What the merge gives: the set's content as both sides are to hold it (annotations and relations
 * ordered by id), and the conflicts without a choice (in id order). Where a conflict is undecided
 * the result holds mine's version: write nothing while `conflicts` is not empty.
 */
export interface MergeResult extends SetContent {
  readonly conflicts: readonly MergeConflict[];
}

/**
 * Which side wins a conflict (`side`), and the fingerprint of the server's version (`theirs`) the
 * reader saw when choosing: the choice holds only for that version.
 */
export interface MergeChoice {
  readonly side: 'mine' | 'theirs';
  readonly seen: AnnotationFingerprint;
}

/** Merges `mine` and `theirs` against `base` (see the module comment). */
export function mergeSets(base: SyncBase, mine: SetContent, theirs: SetContent, choices: ReadonlyMap<string, MergeChoice> = new Map()): MergeResult {
  const mineById = byId(mine.annotations);
  const theirsById = byId(theirs.annotations);
  const ids = [...new Set([...mineById.keys(), ...theirsById.keys()])].sort();
  const annotations: Annotation[] = [];
  const conflicts: MergeConflict[] = [];
  const joinedMine = newEndpoints(base, mine.relations);
  const joinedTheirs = newEndpoints(base, theirs.relations);
  for (const id of ids) {
    const was = base.annotations[id];
    const m = mineById.get(id);
    const t = theirsById.get(id);
    const mineChanged = m !== undefined && (was === undefined || !sameFingerprint(was, fingerprint(m)));
    const theirsChanged = t !== undefined && (was === undefined || !sameFingerprint(was, fingerprint(t)));
    if (m && t) {
      if (!mineChanged) annotations.push(t);
      else if (!theirsChanged || sameFingerprint(fingerprint(m), fingerprint(t))) annotations.push(m);
      else {
        // A choice made on another server version than this one is no choice: ask again.
        const given = choices.get(id);
        const choice = given !== undefined && sameFingerprint(given.seen, fingerprint(t)) ? given.side : undefined;
        annotations.push(choice === 'theirs' ? t : m);
        if (choice === undefined) conflicts.push({ annotationId: id, mine: m, theirs: t });
      }
    } else if (m) {
      // Only mine has it: added here, or deleted there (kept when edited or newly related here since).
      if (was === undefined || mineChanged || joinedMine.has(id)) annotations.push(m);
    } else if (t) {
      if (was === undefined || theirsChanged || joinedTheirs.has(id)) annotations.push(t);
    }
  }
  return { annotations, relations: mergeRelations(base, mine.relations, theirs.relations, new Set(annotations.map((a) => a.id))), conflicts };
}

/** The annotations that relations made on one side since the base join. */
function newEndpoints(base: SyncBase, relations: readonly Relation[]): Set<string> {
  const wasThere = new Set(base.relationIds);
  return new Set(relations.filter((relation) => !wasThere.has(relation.id)).flatMap((relation) => [relation.sourceId, relation.targetId]));
}

/** The relations of the result: union minus deletions since the base, ends present, no twins. */
function mergeRelations(base: SyncBase, mine: readonly Relation[], theirs: readonly Relation[], present: ReadonlySet<string>): Relation[] {
  const wasThere = new Set(base.relationIds);
  const mineIds = new Set(mine.map((relation) => relation.id));
  const theirsIds = new Set(theirs.map((relation) => relation.id));
  const kept = new Map<string, Relation>();
  for (const relation of [...mine, ...theirs]) {
    if (kept.has(relation.id)) continue;
    // Deleted on one side since the last sync: it goes.
    if (wasThere.has(relation.id) && !(mineIds.has(relation.id) && theirsIds.has(relation.id))) continue;
    if (!present.has(relation.sourceId) || !present.has(relation.targetId)) continue;
    kept.set(relation.id, relation);
  }
  const twins = new Map<string, Relation>();
  for (const relation of [...kept.values()].sort(compareIds)) {
    const key = `${relation.typeId}\u0000${relation.sourceId}\u0000${relation.targetId}`;
    if (!twins.has(key)) twins.set(key, relation);
  }
  return [...twins.values()].sort(compareIds);
}

/** The base after a sync whose result is `content`: its fingerprints and relation ids. */
export function baseOf(content: SetContent): SyncBase {
  return {
    annotations: Object.fromEntries(content.annotations.map((annotation) => [annotation.id, fingerprint(annotation)])),
    relationIds: content.relations.map((relation) => relation.id).sort(),
  };
}

/**
 * How many annotations and relations differ between `content` and `base` (added, changed or
 * deleted): the local changes not sent yet, when `content` is the reader's set.
 */
export function changesSince(base: SyncBase, content: SetContent): number {
  const here = byId(content.annotations);
  let count = 0;
  for (const [id, annotation] of here) {
    const was = base.annotations[id];
    if (was === undefined || !sameFingerprint(was, fingerprint(annotation))) count += 1;
  }
  for (const id of Object.keys(base.annotations)) if (!here.has(id)) count += 1;
  const relationIds = new Set(content.relations.map((relation) => relation.id));
  const baseRelations = new Set(base.relationIds);
  for (const id of relationIds) if (!baseRelations.has(id)) count += 1;
  for (const id of baseRelations) if (!relationIds.has(id)) count += 1;
  return count;
}

function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function compareIds(a: { readonly id: string }, b: { readonly id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
