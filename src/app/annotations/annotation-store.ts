/**
 * The single source of truth for annotations in the running app (shared/ARCHITECTURE.md, "Data
 * flow"). Every user action is written to IndexedDB in one transaction before the store tells the
 * view, so a reload never loses a confirmed action; a failed write changes nothing and rejects with
 * a message a reader can act on. The reader's actions are written one after another, in the order
 * they were made, so a note saved while the reader types never overtakes the save before it. It
 * keeps the session's undo history (a note typed in one sitting is one step) and keeps other tabs
 * in step through a BroadcastChannel. A note is also kept in the unsaved journal until its write
 * has committed, because a page being closed cannot finish an IndexedDB write (unsaved-journal.ts).
 */
import { type Annotation, type AnnotationEdit, editAnnotation, compareTextOrder } from '../../model/annotations/annotation.js';
import type { AnnotationCounts } from '../../model/annotations/annotation-counts.js';
import type { AnnotationPersistence, ImportWrite } from '../../model/annotations/annotation-persistence.js';
import { changeBetween, type AnnotationWrite } from '../../model/annotations/annotation-write.js';
import type { QuotedRange } from '../../model/anchoring/text-quote.js';
import { UndoHistory, type AnnotationChange } from '../../model/annotations/undo-history.js';
import type { UnsavedEntry, UnsavedJournal } from '../durability/unsaved-journal.js';

/** What changed in one document, for the views: records that left and records that came. */
export interface AnnotationsChanged {
  readonly documentId: string;
  /** True when the whole list was replaced (another tab changed it): redraw everything. */
  readonly reset: boolean;
  readonly removed: readonly Annotation[];
  readonly added: readonly Annotation[];
}

/** How tagging a range went. */
export type TagResult =
  | { readonly outcome: 'created'; readonly annotation: Annotation }
  | { readonly outcome: 'category-added'; readonly annotation: Annotation }
  | { readonly outcome: 'already-tagged'; readonly annotation: Annotation };

/** How an edit joins the undo history. */
export interface EditOptions {
  /**
   * The typing session a note is saved in while the reader types (one per stay in the note field).
   * Consecutive note saves of one annotation in one session are one undo step ("note"), whose undo
   * brings back the note from before the session; anything recorded in between starts a new step.
   */
  readonly typingSession?: string;
}

/** Called after every change. */
export type AnnotationsListener = (change: AnnotationsChanged) => void;

/** Where the store gets ids and times; tests pass fixed ones. */
export interface StoreClock {
  now(): string;
  newId(): string;
}

const systemClock: StoreClock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };

const CHANNEL_NAME = 'close-reader-annotations';

/** See the module comment. */
export class AnnotationStore {
  private readonly byDocument = new Map<string, Annotation[]>();
  private readonly listeners = new Set<AnnotationsListener>();
  private readonly channel: BroadcastChannel | undefined;
  /** The session's undo and redo. */
  readonly history = new UndoHistory();
  /** The reader's actions, one after another: each starts when the one before has settled. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The undo step of the note being typed, while it may still grow. */
  private typing: { readonly session: string; readonly id: string; readonly step: AnnotationChange } | undefined;

  constructor(
    private readonly persistence: AnnotationPersistence,
    private readonly clock: StoreClock = systemClock,
    channelName: string | undefined = CHANNEL_NAME,
    private readonly journal?: UnsavedJournal,
  ) {
    if (channelName && typeof BroadcastChannel !== 'undefined') {
      this.channel = new BroadcastChannel(channelName);
      this.channel.onmessage = (event: MessageEvent<{ documentId?: unknown }>) => {
        // Always: a library page in the other tab counts annotations of articles nobody opened.
        if (typeof event.data?.documentId === 'string') void this.reloadFromElsewhere(event.data.documentId, true);
      };
    }
  }

  /** The annotations of a document in text order, loading them on first use. */
  async load(documentId: string): Promise<readonly Annotation[]> {
    const cached = this.byDocument.get(documentId);
    if (cached) return cached;
    const loaded = (await this.persistence.listByDocument(documentId)).sort(compareTextOrder);
    this.byDocument.set(documentId, loaded);
    return loaded;
  }

  /** The loaded annotations of a document (empty before {@link load}). */
  annotations(documentId: string): readonly Annotation[] {
    return this.byDocument.get(documentId) ?? [];
  }

  /** One loaded annotation by id. */
  find(documentId: string, id: string): Annotation | undefined {
    return this.annotations(documentId).find((annotation) => annotation.id === id);
  }

  /** Every stored annotation (for exporting the whole library). */
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
    for (const documentId of new Set(write.annotations.map((annotation) => annotation.documentId))) {
      await this.reloadFromElsewhere(documentId, true);
      this.channel?.postMessage({ documentId });
    }
  }

  /**
   * Puts an annotation at a new range: an unplaced one placed by the reader ("place here"), or one
   * moved by anchoring after its text changed. Undoable like any change.
   */
  place(documentId: string, id: string, range: QuotedRange): Promise<Annotation> {
    return this.serially(async () => {
      const before = this.find(documentId, id);
      if (!before) throw new Error(`No annotation ${id} in ${documentId}`);
      const after: Annotation = { ...before, ...range, modified: this.clock.now() };
      await this.commit({ label: 'place', before: [before], after: [after] });
      return after;
    });
  }

  /**
   * Rewrites every annotation that carries a category being deleted (moved to another category, or
   * deleted when it was their only one), through `write`, the one transaction that also removes the
   * category (the scheme's storage runs it). Then the loaded articles show the result, undo forgets
   * the steps about those annotations (undoing them would bring the deleted category back), and
   * the other tabs are told. Not itself undoable: the editor asked first. Resolves to how many
   * annotations changed.
   */
  async rewriteForDeletedCategory(
    categoryId: string,
    rewrite: (annotations: readonly Annotation[]) => AnnotationWrite,
    write: (change: AnnotationWrite) => Promise<void>,
  ): Promise<number> {
    const all = await this.persistence.listAll();
    const before = all.filter((annotation) => annotation.categoryIds.includes(categoryId));
    const change = rewrite(all);
    await write(change);
    this.history.forget(new Set(before.map((annotation) => annotation.id)));
    const after = new Map((change.put ?? []).map((annotation) => [annotation.id, annotation]));
    for (const documentId of new Set(before.map((annotation) => annotation.documentId))) {
      const removed = before.filter((annotation) => annotation.documentId === documentId);
      const added = removed.flatMap((annotation) => after.get(annotation.id) ?? []);
      if (this.byDocument.has(documentId)) {
        const gone = new Set(removed.map((annotation) => annotation.id));
        this.byDocument.set(documentId, [...this.annotations(documentId).filter((a) => !gone.has(a.id)), ...added].sort(compareTextOrder));
      }
      this.emit({ documentId, reset: false, removed, added });
      this.channel?.postMessage({ documentId });
    }
    return before.length;
  }

  /**
   * Stores annotations that anchoring moved or found unplaceable after their text changed. Not a
   * reader's action, so not in undo.
   */
  async reanchored(annotations: readonly Annotation[]): Promise<void> {
    if (annotations.length === 0) return;
    const before = annotations.map((annotation) => this.find(annotation.documentId, annotation.id)).filter((a): a is Annotation => !!a);
    await this.write(before, annotations);
  }

  /** Per document, annotations per category id and the total under '*'. */
  counts(): Promise<AnnotationCounts> {
    return this.persistence.countsByDocument();
  }

  /**
   * Tags a range with a category. The same range with the same category is not tagged twice; the
   * same range with another category gets that category added to its annotation.
   */
  tag(documentId: string, range: QuotedRange, categoryId: string, creator?: string): Promise<TagResult> {
    return this.serially(() => this.tagNow(documentId, range, categoryId, creator));
  }

  private async tagNow(documentId: string, range: QuotedRange, categoryId: string, creator?: string): Promise<TagResult> {
    const existing = (await this.load(documentId)).find((a) => a.start === range.start && a.end === range.end);
    if (existing?.categoryIds.includes(categoryId)) return { outcome: 'already-tagged', annotation: existing };
    if (existing) {
      const annotation = editAnnotation(existing, { categoryIds: [...existing.categoryIds, categoryId] }, this.clock.now());
      await this.commit({ label: 'tag', before: [existing], after: [annotation] });
      return { outcome: 'category-added', annotation };
    }
    const now = this.clock.now();
    const annotation: Annotation = {
      id: this.clock.newId(),
      documentId,
      start: range.start,
      end: range.end,
      exact: range.exact,
      prefix: range.prefix,
      suffix: range.suffix,
      categoryIds: [categoryId],
      ...(creator ? { creator } : {}),
      created: now,
      modified: now,
    };
    await this.commit({ label: 'tag', before: [], after: [annotation] });
    return { outcome: 'created', annotation };
  }

  /**
   * Changes an annotation's categories or note; resolves to the annotation as it is now. An edit
   * that changes nothing writes nothing and is no undo step. A note saved with a typing session
   * joins that session's undo step (see {@link EditOptions}).
   */
  edit(documentId: string, id: string, edit: AnnotationEdit, options: EditOptions = {}): Promise<Annotation> {
    const unsaved: UnsavedEntry | undefined = edit.note === undefined ? undefined : { kind: 'note', documentId, id, note: edit.note };
    if (unsaved) this.journal?.keep(unsaved);
    const done = this.serially(async () => {
      const before = this.find(documentId, id);
      if (!before) throw new Error(`No annotation ${id} in ${documentId}`);
      const after = editAnnotation(before, edit, this.clock.now());
      if (sameContent(before, after)) return before;
      const session = edit.categoryIds === undefined ? options.typingSession : undefined;
      if (session === undefined) {
        await this.commit({ label: 'edit', before: [before], after: [after] });
        return after;
      }
      const typing = this.typing;
      const grows = typing?.session === session && typing.id === id && this.history.peekUndo() === typing.step;
      const step: AnnotationChange = { label: 'note', before: grows ? typing.step.before : [before], after: [after] };
      await this.write([before], [after]);
      // The session's earlier step gives way to the one that spans the whole session. (It passes
      // through the redo stack, which `record` empties, as any new action does.)
      if (grows && this.history.peekUndo() === typing.step) this.history.commitUndo();
      this.history.record(step);
      this.typing = { session, id, step };
      return after;
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
      if (before) {
        const after = editAnnotation(before, { note }, this.clock.now());
        if (!sameContent(before, after)) await this.write([before], [after]);
      }
      this.journal?.settle({ kind: 'note', documentId, id, note });
      return before !== undefined;
    });
  }

  /** Deletes an annotation. */
  remove(documentId: string, id: string): Promise<Annotation> {
    return this.serially(async () => {
      const before = this.find(documentId, id);
      if (!before) throw new Error(`No annotation ${id} in ${documentId}`);
      await this.commit({ label: 'delete', before: [before], after: [] });
      return before;
    });
  }

  /** Reverts the last action; resolves to it, or undefined when there is nothing to undo. */
  undo(): Promise<AnnotationChange | undefined> {
    return this.serially(async () => {
      const change = this.history.peekUndo();
      if (!change) return undefined;
      await this.write(change.after, change.before);
      this.history.commitUndo();
      return change;
    });
  }

  /** Repeats the last undone action; resolves to it, or undefined when there is nothing to redo. */
  redo(): Promise<AnnotationChange | undefined> {
    return this.serially(async () => {
      const change = this.history.peekRedo();
      if (!change) return undefined;
      await this.write(change.before, change.after);
      this.history.commitRedo();
      return change;
    });
  }

  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: AnnotationsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops listening to other tabs. */
  close(): void {
    this.channel?.close();
  }

  /**
   * Runs `action` once every action asked for before it has settled (failed ones too). When none is
   * pending it starts within the current task, so a save asked for while the page is being hidden
   * or closed opens its transaction before the page goes.
   */
  private serially<T>(action: () => Promise<T>): Promise<T> {
    const run = this.queue.then(action);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async commit(change: AnnotationChange): Promise<void> {
    await this.write(change.before, change.after);
    this.history.record(change);
  }

  /** Writes the step from `from` to `to` in one transaction, then updates the cache and tells everyone. */
  private async write(from: readonly Annotation[], to: readonly Annotation[]): Promise<void> {
    await this.persistence.apply(changeBetween(from, to));
    const documentIds = new Set([...from, ...to].map((annotation) => annotation.documentId));
    for (const documentId of documentIds) {
      const removed = from.filter((annotation) => annotation.documentId === documentId);
      const added = to.filter((annotation) => annotation.documentId === documentId);
      const gone = new Set(removed.map((annotation) => annotation.id));
      const list = this.annotations(documentId).filter((annotation) => !gone.has(annotation.id));
      this.byDocument.set(documentId, [...list, ...added].sort(compareTextOrder));
      this.emit({ documentId, reset: false, removed, added });
      this.channel?.postMessage({ documentId });
    }
  }

  /**
   * Reads a document's annotations again after they changed outside this store's own writes, and
   * tells the listeners. Documents nobody opened yet are only announced when `always` is set.
   */
  private async reloadFromElsewhere(documentId: string, always = false): Promise<void> {
    const previous = this.byDocument.get(documentId);
    if (!previous && !always) return;
    const fresh = (await this.persistence.listByDocument(documentId)).sort(compareTextOrder);
    this.byDocument.set(documentId, fresh);
    this.emit({ documentId, reset: true, removed: previous ?? [], added: fresh });
  }

  private emit(change: AnnotationsChanged): void {
    for (const listener of this.listeners) listener(change);
  }
}

/** Whether two versions of an annotation say the same: the same categories, in order, and the same note. */
function sameContent(a: Annotation, b: Annotation): boolean {
  return a.note === b.note && a.categoryIds.length === b.categoryIds.length && a.categoryIds.every((id, i) => b.categoryIds[i] === id);
}
