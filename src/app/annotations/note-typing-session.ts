/**
 * A note typed in one sitting is one undo step: the saves the reader's typing makes (after each
 * pause) grow the session's step instead of adding one each, and its undo brings back the note
 * from before the session, while the note is still what the session last wrote (a later write of
 * it, in either tab, wins). Anything recorded in between starts a new step.
 */
import type { AppliedWrite } from '../../model/annotations/annotation-write.js';
import { joinNoteUndos, type AnnotationChange, type UndoHistory } from '../../model/annotations/undo-history.js';

/** See the module comment. */
export class NoteTypingSessions {
  /** The undo step of the note being typed, while it may still grow. */
  private typing: { readonly session: string; readonly id: string; readonly step: AnnotationChange } | undefined;

  constructor(private readonly history: UndoHistory) {}

  /**
   * Records a note save of annotation `id` in typing session `session`: a new step, or the
   * session's step grown by it when that is still the last step. `applied` is what the save changed
   * (nothing: no step).
   */
  record(session: string, id: string, applied: AppliedWrite): void {
    const change = applied.changes.find((c) => c.id === id);
    if (!change) return;
    const typing = this.typing;
    const grows = typing?.session === session && typing.id === id && this.history.peekUndo() === typing.step;
    const step: AnnotationChange = {
      label: 'note',
      before: grows ? typing.step.before : change.before ? [change.before] : [],
      after: change.after ? [change.after] : [],
      undo: grows ? joinNoteUndos(typing.step.undo, applied.inverse) : applied.inverse,
      redo: [],
    };
    // The session's earlier step gives way to the one that spans the whole session. (It passes
    // through the redo stack, which `record` empties, as any new action does.)
    if (grows) this.history.commitUndo();
    this.history.record(step);
    this.typing = { session, id, step };
  }
}
