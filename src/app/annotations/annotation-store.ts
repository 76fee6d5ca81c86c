/**
 * The single source of truth for annotations in the running app (shared/ARCHITECTURE.md, "Data
 * flow"). Every user action is written to IndexedDB in one transaction before the store tells the
 * view, so a reload never loses a confirmed action; a failed write changes nothing and rejects with
 * a message a reader can act on. Actions are written in the order they were made (annotation-writer.ts).
 *
 * Several tabs share the database (issue 12, "Two tabs"): an action is written as field-level
 * operations that storage merges into the records as stored (model/annotations/annotation-write.ts),
 * so a tab whose copy is stale adds to what the other tab wrote and never replaces it; the undo
 * history keeps the inverse the merge computed, so an undo reverts only the fields its own step
 * changed; the other tabs are told what changed and read it again. A note typed in one sitting is
 * one undo step (note-typing-session.ts), kept in the unsaved journal until its write has committed,
 * because a page being closed cannot finish an IndexedDB write (unsaved-journal.ts).
 *
 * Annotations come in sets (model/sets/annotation-set.ts): `load`, `annotations` and `tag` work on
 * the set of the article being edited (the reader's own reading unless `editSet` chose another) or
 * the set named; edits find their annotation in any loaded set; tagging joins within one set only.
 *
 * Relations (issue 17) link two annotations of one set; they are loaded with the set, made and
 * removed as undo steps of their own ('link', 'unlink'), and deleting an annotation removes its
 * relations in the same transaction and the same undo step (model/annotations/annotation-merge.ts).
 */
import { type Annotation, type AnnotationEdit, newAnnotation } from '../../model/annotations/annotation.js';
import type { AnnotationCounts } from '../../model/annotations/annotation-counts.js';
import type { AnnotationPersistence, ImportWrite } from '../../model/annotations/annotation-persistence.js';
import { changedAnything, opsForEdit, opsForRewrite, type AnnotationOp, type AnnotationWrite, type AppliedWrite } from '../../model/annotations/annotation-write.js';
import { validateRelation, type Relation } from '../../model/relations/relation.js';
import type { QuotedRange } from '../../model/anchoring/text-quote.js';
import { UndoHistory, type AnnotationChange } from '../../model/annotations/undo-history.js';
import type { AnnotationSetPersistence } from '../../model/sets/annotation-set-persistence.js';
import type { UnsavedEntry, UnsavedJournal } from '../durability/unsaved-journal.js';
import type { AnnotationCache, AnnotationsListener } from './annotation-cache.js';
import { AnnotationWriter } from './annotation-writer.js';
import { NoteTypingSessions } from './note-typing-session.js';
import { ANNOTATIONS_CHANNEL } from './annotation-tab-channel.js';
import { systemClock, type EditOptions, type RelateResult, type RelationLink, type StoreClock, type TagResult } from './annotation-store-types.js';

export type { AnnotationsChanged, AnnotationsListener } from './annotation-cache.js';
export type { EditOptions, RelateResult, RelationLink, StoreClock, TagResult } from './annotation-store-types.js';

/** See the module comment. */
export class AnnotationStore {
  private readonly writer: AnnotationWriter;
  private readonly cache: AnnotationCache;
  /** The session's undo and redo. */
  readonly history = new UndoHistory();
  /** Note saves while the reader types, one undo step per sitting. */
  private readonly typing = new NoteTypingSessions(this.history);

  constructor(
    private readonly persistence: AnnotationPersistence,
    private readonly clock: StoreClock = systemClock,
    channelName: string | undefined = ANNOTATIONS_CHANNEL,
    private readonly journal?: UnsavedJournal,
    /** The set records (which sets an article has, whose they are); absent: the reader's own reading only. */
    readonly sets?: AnnotationSetPersistence,
  ) {
    this.writer = new AnnotationWriter(persistence, () => clock.now(), channelName);
    this.cache = this.writer.cache;
  }

  /** Makes `setId` the set of the article that load, annotations and tag use by default (none: the reader's own reading). */
  editSet(documentId: string, setId?: string): void {
    this.cache.editSet(documentId, setId);
  }

  /** The set of the article being edited: the reader's own reading unless {@link editSet} chose another. */
  editingSet(documentId: string): string {
    return this.cache.editingSet(documentId);
  }

  /**
   * The annotations of one set of a document (the one being edited by default) in text order,
   * loading them, and the set's relations, on first use.
   */
  async load(documentId: string, setId = this.editingSet(documentId)): Promise<readonly Annotation[]> {
    if (this.cache.has(setId)) return this.cache.list(setId);
    const [loaded, relations] = await Promise.all([this.persistence.listBySet(setId), this.persistence.listRelationsBySet(setId)]);
    // Another load of the same set may have finished first: keep the one copy.
    return this.cache.has(setId) ? this.cache.list(setId) : this.cache.load(setId, documentId, loaded, relations);
  }

  /** The loaded relations of a document's set, the one being edited by default, in id order (empty before {@link load}). */
  relations(_documentId: string, setId = this.editingSet(_documentId)): readonly Relation[] {
    return this.cache.relations(setId);
  }

  /** Every stored relation, of every set (the statistics, the library's export). */
  listAllRelations(): Promise<Relation[]> {
    return this.persistence.listAllRelations();
  }

  /**
   * Links two loaded annotations of a set (the one being edited unless `setId` says another) with
   * a relation of type `link.typeId`: one undo step ('link'). Refused, writing nothing, for a link
   * of an annotation to itself or a twin of a relation the set has; the caller offers only the
   * types the two annotations' categories allow (model/relations/relation.ts, allowedTypes).
   */
  relate(documentId: string, link: RelationLink, setId = this.editingSet(documentId)): Promise<RelateResult> {
    return this.serially(async () => {
      await this.load(documentId, setId);
      const now = this.clock.now();
      const relation: Relation = { id: this.clock.newId(), setId, documentId, ...link, created: now, modified: now };
      const checked = validateRelation(relation, this.cache.relations(setId));
      if (!checked.ok) return { outcome: 'refused', codes: checked.problems.map((problem) => problem.code) };
      const applied = await this.commit('link', [{ kind: 'relate', relation }]);
      const made = applied.relationChanges?.find((change) => change.id === relation.id)?.after;
      if (made) return { outcome: 'created', relation: made };
      // Storage refused it: another tab deleted one of the two, or made the same link a moment ago.
      await this.writer.refresh(documentId, new Set([setId]));
      const again = validateRelation(relation, this.cache.relations(setId));
      return { outcome: 'refused', codes: again.ok ? ['annotation-gone'] : again.problems.map((problem) => problem.code) };
    });
  }

  /** Removes a relation: one undo step ('unlink'). Resolves to the relation as it was stored, or undefined when it was gone already. */
  unrelate(_documentId: string, relationId: string): Promise<Relation | undefined> {
    return this.serially(async () => {
      const applied = await this.commit('unlink', [{ kind: 'unrelate', id: relationId }]);
      return applied.relationChanges?.find((change) => change.id === relationId)?.before;
    });
  }

  /** The loaded annotations of a document's set, the one being edited by default (empty before {@link load}). */
  annotations(documentId: string, setId = this.editingSet(documentId)): readonly Annotation[] {
    return this.cache.list(setId);
  }

  /** One loaded annotation by id, in whichever loaded set of the document holds it. */
  find(documentId: string, id: string): Annotation | undefined {
    for (const setId of this.cache.setsOf(documentId)) {
      const found = this.cache.list(setId).find((annotation) => annotation.id === id);
      if (found) return found;
    }
    return undefined;
  }

  /** Every stored annotation, of every set (filter with isOwnReading for the reader's own). */
  listAll(): Promise<Annotation[]> {
    return this.persistence.listAll();
  }

  /** The ids of every stored annotation (what an import checks "already here" against). */
  allIds(): Promise<Set<string>> {
    return this.persistence.allIds();
  }

  /**
   * Writes an import in one transaction, then reloads the articles it touched and tells every
   * listener (and the other tabs). Not part of undo: an import is confirmed after a summary.
   */
  async importAll(write: ImportWrite): Promise<void> {
    await this.persistence.importAll(write);
    // Only the sets it wrote are read again, here and in the other tabs: a hand-in received while
    // the class is loaded reads one set, not the class. A set's documents count too: a hand-in with
    // no annotations empties its set.
    const relations = write.relations ?? [];
    const written = new Set([
      ...write.annotations.map((annotation) => annotation.setId),
      ...relations.map((relation) => relation.setId),
      ...(write.replaceSets ?? []),
      ...(write.sets ?? []).map((set) => set.id),
    ]);
    const documentIds = new Set([...write.annotations, ...relations, ...(write.sets ?? [])].map((record) => record.documentId));
    await this.writer.reloaded([...documentIds], write.sets, written);
  }

  /**
   * Puts an annotation at a new range: an unplaced one placed by the reader ("place here"), or one
   * moved by anchoring after its text changed. Undoable like any change.
   */
  place(documentId: string, id: string, range: QuotedRange): Promise<Annotation> {
    return this.serially(async () => {
      const before = this.require(documentId, id);
      const applied = await this.commit('place', [{ kind: 'set-range', id, range }]);
      return afterOf(applied, id) ?? before;
    });
  }

  /**
   * Rewrites the annotations of a category being deleted (moved, or deleted when it was their only
   * one) through `write`, the transaction that also removes the category, as the category operations
   * the records differ by (opsForRewrite: what another tab wrote meanwhile stays). Undo forgets the
   * steps about them (they would bring the category back). Not undoable: the editor asked first.
   * Resolves to how many annotations carried the category.
   */
  async rewriteForDeletedCategory(
    categoryId: string,
    rewrite: (annotations: readonly Annotation[]) => { readonly put?: readonly Annotation[]; readonly delete?: readonly string[] },
    write: (change: AnnotationWrite) => Promise<AppliedWrite>,
  ): Promise<number> {
    const all = await this.persistence.listAll();
    const before = all.filter((annotation) => annotation.categoryIds.includes(categoryId));
    const applied = await write({ ops: opsForRewrite(all, rewrite(all)), at: this.clock.now() });
    this.history.forget(new Set(before.map((annotation) => annotation.id)));
    this.writer.absorb(applied);
    return before.length;
  }

  /**
   * Stores annotations that anchoring moved or found unplaceable after their text changed: their
   * ranges only. Not a reader's action, so not in undo.
   */
  async reanchored(annotations: readonly Annotation[]): Promise<void> {
    if (annotations.length === 0) return;
    await this.write(annotations.map((annotation): AnnotationOp => ({ kind: 'set-range', id: annotation.id, range: annotation })));
  }

  /**
   * Writes changes that came from elsewhere (a shared project's sync: another reader's edits) as one
   * write, in turn with the reader's actions, shown here and in the other tabs. Not the reader's
   * action, so not in undo.
   */
  applyReceived(ops: readonly AnnotationOp[]): Promise<AppliedWrite> {
    return this.serially(() => this.write(ops));
  }

  /** Per document, annotations per category id and the total under '*'. */
  counts(): Promise<AnnotationCounts> {
    return this.persistence.countsByDocument();
  }

  /**
   * Tags a range with a category in a set (the one being edited unless `setId` says another):
   * not twice; on a range the set already tagged, the category joins its annotation, also one
   * another tab made a moment ago (storage joins them); another set's annotation is never joined.
   */
  tag(documentId: string, range: QuotedRange, categoryId: string, creator?: string, setId = this.editingSet(documentId)): Promise<TagResult> {
    return this.serially(() => this.tagNow(documentId, setId, range, categoryId, creator));
  }

  private async tagNow(documentId: string, setId: string, range: QuotedRange, categoryId: string, creator?: string): Promise<TagResult> {
    const sameRange = (a: Annotation) => a.start === range.start && a.end === range.end;
    const loaded = await this.load(documentId, setId);
    const existing = loaded.find((a) => sameRange(a) && a.categoryIds.includes(categoryId));
    if (existing) return { outcome: 'already-tagged', annotation: existing };
    // Only the category, never the rest of this tab's copy: storage joins the annotation stored on
    // the range (which another tab may have changed, deleted or just made), or stores this one.
    const now = this.clock.now();
    const id = loaded.find(sameRange)?.id ?? this.clock.newId();
    const annotation = newAnnotation({ id, setId, documentId, categoryId, now, creator }, range);
    const applied = await this.commit('tag', [{ kind: 'tag', annotation }]);
    const change = applied.changes.find((c) => c.after && c.after.setId === setId && sameRange(c.after) && c.after.categoryIds.includes(categoryId));
    if (change?.after) return { outcome: change.before ? 'category-added' : 'created', annotation: change.after };
    // Storage found the range already tagged so (by another tab this one had not heard of yet).
    await this.writer.refresh(documentId);
    const stored = this.annotations(documentId, setId).find((a) => sameRange(a) && a.categoryIds.includes(categoryId));
    return { outcome: 'already-tagged', annotation: stored ?? annotation };
  }

  /**
   * Changes an annotation's categories or note; resolves to the annotation as it is now. The
   * change is written as the categories added and removed and the note set, merged into the record
   * as stored. An edit that changes nothing writes nothing and is no undo step. A note saved with a
   * typing session joins that session's undo step (see {@link EditOptions}).
   */
  edit(documentId: string, id: string, edit: AnnotationEdit, options: EditOptions = {}): Promise<Annotation> {
    const unsaved: UnsavedEntry | undefined = edit.note === undefined ? undefined : { kind: 'note', documentId, id, note: edit.note };
    if (unsaved) this.journal?.keep(unsaved);
    // What the edit changes is read now, against the copy the reader saw: a category another tab
    // adds while this edit waits its turn is no category the reader took away.
    const seen = this.find(documentId, id);
    const asked = seen && opsForEdit(seen, edit);
    const done = this.serially(async () => {
      const before = this.require(documentId, id);
      const ops = asked ?? opsForEdit(before, edit);
      if (ops.length === 0) return before;
      const session = edit.categoryIds === undefined ? options.typingSession : undefined;
      const applied = session === undefined ? await this.commit('edit', ops) : await this.write(ops);
      if (session !== undefined) this.typing.record(session, id, applied);
      return afterOf(applied, id) ?? this.find(documentId, id) ?? before;
    });
    // Settled once stored; a failed write stays in the journal, for the next start to try again.
    if (unsaved) done.then(() => this.journal?.settle(unsaved), () => undefined);
    return done;
  }

  /**
   * Writes a note that a page could not store before it went (found in the unsaved journal at the
   * next start), and settles it. Not a reader's action here, so not in undo. Resolves to false when
   * the annotation is gone (the note goes with it).
   */
  restoreNote(documentId: string, id: string, note: string): Promise<boolean> {
    return this.serially(async () => {
      await this.load(documentId);
      const before = this.find(documentId, id);
      if (before) await this.write([{ kind: 'set-note', id, note }]);
      this.journal?.settle({ kind: 'note', documentId, id, note });
      return before !== undefined;
    });
  }

  /**
   * Deletes an annotation, as it is stored now (with what another tab added to it), and its
   * relations with it: one transaction, one undo step that brings back both.
   */
  remove(documentId: string, id: string): Promise<Annotation> {
    return this.serially(async () => {
      const before = this.require(documentId, id);
      const applied = await this.commit('delete', [{ kind: 'delete', id }]);
      return applied.changes.find((change) => change.id === id)?.before ?? before;
    });
  }

  /** Reverts the last action's fields that are still as it left them; resolves to it (undefined: nothing to undo). */
  undo(): Promise<AnnotationChange | undefined> {
    return this.serially(async () => {
      const change = this.history.peekUndo();
      if (!change) return undefined;
      const applied = await this.write(change.undo);
      this.history.commitUndo(applied.inverse);
      return change;
    });
  }

  /** Repeats the last undone action; resolves to it, or undefined when there is nothing to redo. */
  redo(): Promise<AnnotationChange | undefined> {
    return this.serially(async () => {
      const change = this.history.peekRedo();
      if (!change) return undefined;
      const applied = await this.write(change.redo);
      // A redo that changed nothing leaves the step its undo, for another try.
      this.history.commitRedo(changedAnything(applied) ? applied.inverse : undefined);
      return change;
    });
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: AnnotationsListener): () => void {
    return this.cache.subscribe(listener);
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.writer.close();
  }

  /** The loaded annotation, or an error naming it. */
  private require(documentId: string, id: string): Annotation {
    const annotation = this.find(documentId, id);
    if (!annotation) throw new Error(`No annotation ${id} in ${documentId}`);
    return annotation;
  }

  /** Writes `ops` and, when they changed anything, records the step that reverts exactly that. */
  private async commit(label: string, ops: readonly AnnotationOp[]): Promise<AppliedWrite> {
    const applied = await this.write(ops);
    if (changedAnything(applied)) {
      this.history.record({
        label,
        before: applied.changes.flatMap((change) => (change.before ? [change.before] : [])),
        after: applied.changes.flatMap((change) => (change.after ? [change.after] : [])),
        undo: applied.inverse,
        redo: [],
      });
    }
    return applied;
  }

  /** Writes `ops` (see AnnotationWriter). */
  private write = (ops: readonly AnnotationOp[]): Promise<AppliedWrite> => this.writer.write(ops);

  /** Runs `action` after every action before it (see AnnotationWriter). */
  private serially = <T>(action: () => Promise<T>): Promise<T> => this.writer.serially(action);
}

/** The record `id` as a write left it, if it changed and is still there. */
function afterOf(applied: AppliedWrite, id: string): Annotation | undefined {
  return applied.changes.find((change) => change.id === id)?.after;
}
