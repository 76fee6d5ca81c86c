/**
 * The reader's undo and redo across a session: a stack of steps, each holding the field-level
 * operations that undo it (annotation-write.ts), as merging computed them against the stored
 * records when the step was written. Undo applies them; what that undo changed, in turn, gives the
 * operations of its redo, and a redo's changes give the next undo's. So an undo reverts only the
 * fields its own step changed, and leaves alone what another tab changed meanwhile. An undo that
 * changed nothing (another tab's writes stand in its way) has a redo that changes nothing, and the
 * step keeps its undo for another try. Pure: the store applies them.
 */
import type { Annotation } from './annotation.js';
import { opAnnotationIds, type AnnotationOp } from './annotation-write.js';

/** One user action, and how to take it back and repeat it. */
export interface AnnotationChange {
  /** What the action was, for the message a screen reader hears ("Undone: tag Quote"). */
  readonly label: string;
  /** The records the action changed, as they were before it (none for a creation). */
  readonly before: readonly Annotation[];
  /** The same records after it (none for a deletion). */
  readonly after: readonly Annotation[];
  /** The operations that undo the action. */
  readonly undo: readonly AnnotationOp[];
  /** The operations that repeat it after an undo: what that undo took back (empty before one). */
  readonly redo: readonly AnnotationOp[];
}

/** An undo/redo stack of {@link AnnotationChange}s with a bounded length. */
export class UndoHistory {
  private readonly done: AnnotationChange[] = [];
  private readonly undone: AnnotationChange[] = [];

  constructor(private readonly limit = 500) {}

  /** Records a new action; it clears what could be redone. */
  record(change: AnnotationChange): void {
    this.done.push(change);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** The change that undo would revert, without taking it. */
  peekUndo(): AnnotationChange | undefined {
    return this.done[this.done.length - 1];
  }

  /** The change that redo would repeat, without taking it. */
  peekRedo(): AnnotationChange | undefined {
    return this.undone[this.undone.length - 1];
  }

  /**
   * Moves the last change to the redo stack (call once it was reverted in storage), with `redo`:
   * the operations that repeat what the undo took back (the inverse its write gave). Without
   * `redo`, the step keeps the operations it had (bookkeeping only).
   */
  commitUndo(redo?: readonly AnnotationOp[]): void {
    const change = this.done.pop();
    if (change) this.undone.push(redo ? { ...change, redo } : change);
  }

  /**
   * Moves the last undone change back (call once it was repeated in storage), with `undo`: the
   * operations that take back what the redo repeated. Without `undo` (the redo changed nothing),
   * the step keeps the undo it had.
   */
  commitRedo(undo?: readonly AnnotationOp[]): void {
    const change = this.undone.pop();
    if (change) this.done.push(undo ? { ...change, undo } : change);
  }

  /**
   * Forgets every step that touches one of `ids`: those annotations were rewritten outside undo (a
   * category deleted), so undoing such a step could bring back what is gone. Steps about other
   * annotations stay.
   */
  forget(ids: ReadonlySet<string>): void {
    const touches = (change: AnnotationChange) =>
      [...change.before, ...change.after].some((annotation) => ids.has(annotation.id)) ||
      [...change.undo, ...change.redo].some((op) => opAnnotationIds(op).some((id) => ids.has(id)));
    for (const stack of [this.done, this.undone]) {
      const kept = stack.filter((change) => !touches(change));
      stack.splice(0, stack.length, ...kept);
    }
  }

  /** Forgets every change. */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}

/**
 * The undo of a typing session grown by one more save: the note goes back to what it was before
 * the session (`earlier`'s), but only while it is still what the latest save wrote (`later`'s
 * condition). Operations that are not about a note are kept, the later's first.
 */
export function joinNoteUndos(earlier: readonly AnnotationOp[], later: readonly AnnotationOp[]): AnnotationOp[] {
  const firstNote = new Map<string, AnnotationOp>();
  for (const op of earlier) if (op.kind === 'set-note' && !firstNote.has(op.id)) firstNote.set(op.id, op);
  const joined = later.map((op) => {
    const first = op.kind === 'set-note' ? firstNote.get(op.id) : undefined;
    if (op.kind !== 'set-note' || first?.kind !== 'set-note') return op;
    firstNote.delete(op.id);
    return { ...first, ...(op.ifStill ? { ifStill: op.ifStill } : {}) } satisfies AnnotationOp;
  });
  return [...joined, ...earlier.filter((op) => op.kind !== 'set-note' || firstNote.has(op.id))];
}
