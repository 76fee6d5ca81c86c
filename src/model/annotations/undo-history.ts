/**
 * The reader's undo and redo across a session: a stack of changes to annotations, each described by
 * the records before and after it (undefined where there was none), so any change is undone by
 * writing its `before` side and redone by writing its `after` side. Pure: the store applies them.
 */
import type { Annotation } from './annotation.js';

/** One user action: create (before undefined), delete (after undefined) or change (both). */
export interface AnnotationChange {
  /** What the action was, for the message a screen reader hears ("Undone: tag Quote"). */
  readonly label: string;
  readonly before: readonly Annotation[];
  readonly after: readonly Annotation[];
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

  /** Moves the last change to the redo stack (call once it was reverted in storage). */
  commitUndo(): void {
    const change = this.done.pop();
    if (change) this.undone.push(change);
  }

  /** Moves the last undone change back (call once it was repeated in storage). */
  commitRedo(): void {
    const change = this.undone.pop();
    if (change) this.done.push(change);
  }

  /**
   * Forgets every step that touches one of `ids`: those annotations were rewritten outside undo (a
   * category deleted), so undoing such a step would bring back what is gone. Steps about other
   * annotations stay.
   */
  forget(ids: ReadonlySet<string>): void {
    const touches = (change: AnnotationChange) => [...change.before, ...change.after].some((annotation) => ids.has(annotation.id));
    for (const stack of [this.done, this.undone]) {
      const kept = stack.filter((change) => !touches(change));
      stack.splice(0, stack.length, ...kept);
    }
  }

  /** Forgets every change: when another tab changed the annotations, old steps no longer apply. */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
  }
}
