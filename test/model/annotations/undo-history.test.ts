import { expect } from '@open-wc/testing';
import { UndoHistory, joinNoteUndos } from '../../../src/model/annotations/undo-history.js';
import type { AnnotationOp } from '../../../src/model/annotations/annotation-write.js';
import { makeAnnotation } from '../../support/annotations.js';

/** A step that creates annotation `id`, undone by taking it back. */
function created(label: string, id: string) {
  const annotation = makeAnnotation({ id });
  return { label, before: [], after: [annotation], undo: [{ kind: 'retract', annotation } as const], redo: [] };
}

describe('undo and redo of annotation changes', () => {
  it('steps back and forth in order, and a new action clears redo', () => {
    const history = new UndoHistory();
    history.record(created('one', 'a'));
    history.record(created('two', 'b'));
    expect(history.peekUndo()?.label).to.equal('two');
    history.commitUndo();
    expect(history.peekUndo()?.label).to.equal('one');
    expect(history.peekRedo()?.label).to.equal('two');
    history.commitRedo();
    expect(history.canRedo).to.be.false;
    history.commitUndo();
    history.record(created('three', 'c'));
    expect(history.canRedo).to.be.false;
    expect(history.peekUndo()?.label).to.equal('three');
  });

  it('keeps, for redo, the operations the undo gave, and for undo again those the redo gave', () => {
    const history = new UndoHistory();
    history.record(created('one', 'a'));
    const redo: AnnotationOp[] = [{ kind: 'restore', annotation: makeAnnotation({ id: 'a', note: 'from the other tab' }) }];
    history.commitUndo(redo);
    expect(history.peekRedo()?.redo).to.deep.equal(redo);
    const undo: AnnotationOp[] = [{ kind: 'delete', id: 'a' }];
    history.commitRedo(undo);
    expect(history.peekUndo()?.undo).to.deep.equal(undo);
    expect(history.peekUndo()?.label).to.equal('one');
  });

  it('keeps the undo it had when a redo changed nothing (its undo had changed nothing either)', () => {
    const history = new UndoHistory();
    const step = created('one', 'a');
    history.record(step);
    history.commitUndo([]);
    history.commitRedo();
    expect(history.peekUndo()?.undo).to.deep.equal(step.undo);
  });

  it('keeps only the most recent steps beyond its limit', () => {
    const history = new UndoHistory(2);
    for (const label of ['1', '2', '3']) history.record({ label, before: [], after: [], undo: [], redo: [] });
    history.commitUndo();
    history.commitUndo();
    expect(history.canUndo).to.be.false;
    expect(history.peekRedo()?.label).to.equal('2');
  });

  it('forgets the steps about given annotations, in both stacks, and keeps the others', () => {
    const history = new UndoHistory();
    history.record(created('a', 'a'));
    history.record(created('b', 'b'));
    history.record({ label: 'c', before: [], after: [], undo: [{ kind: 'add-category', id: 'a', categoryId: 'quote' }], redo: [] });
    history.commitUndo();
    history.forget(new Set(['a']));
    expect(history.canRedo).to.be.false;
    expect(history.peekUndo()?.label).to.equal('b');
    history.commitUndo();
    expect(history.canUndo).to.be.false;
  });

  it('joins the undos of a typing session: back to the note before it, while the note is the last one typed', () => {
    const first: AnnotationOp[] = [{ kind: 'set-note', id: 'a', ifStill: { note: 'B' } }];
    const second: AnnotationOp[] = [{ kind: 'set-note', id: 'a', note: 'B', ifStill: { note: 'Bü' } }];
    expect(joinNoteUndos(first, second)).to.deep.equal([{ kind: 'set-note', id: 'a', ifStill: { note: 'Bü' } }]);
  });
});
