import { expect } from '@open-wc/testing';
import { UndoHistory } from '../../../src/model/annotations/undo-history.js';
import { changeBetween } from '../../../src/model/annotations/annotation-write.js';
import { makeAnnotation } from '../../support/annotations.js';

describe('undo and redo of annotation changes', () => {
  it('undoes a creation by deleting, and redoes it by writing it again', () => {
    const created = makeAnnotation({ id: 'a' });
    expect(changeBetween([created], [])).to.deep.equal({ put: [], delete: ['a'] });
    expect(changeBetween([], [created])).to.deep.equal({ put: [created], delete: [] });
  });

  it('undoes a change of categories by writing the record as it was', () => {
    const before = makeAnnotation({ id: 'a', categoryIds: ['actor'] });
    const after = makeAnnotation({ id: 'a', categoryIds: ['actor', 'quote'] });
    expect(changeBetween([after], [before])).to.deep.equal({ put: [before], delete: [] });
  });

  it('steps back and forth in order, and a new action clears redo', () => {
    const history = new UndoHistory();
    history.record({ label: 'one', before: [], after: [makeAnnotation({ id: 'a' })] });
    history.record({ label: 'two', before: [], after: [makeAnnotation({ id: 'b' })] });
    expect(history.peekUndo()?.label).to.equal('two');
    history.commitUndo();
    expect(history.peekUndo()?.label).to.equal('one');
    expect(history.peekRedo()?.label).to.equal('two');
    history.commitRedo();
    expect(history.canRedo).to.be.false;
    history.commitUndo();
    history.record({ label: 'three', before: [], after: [makeAnnotation({ id: 'c' })] });
    expect(history.canRedo).to.be.false;
    expect(history.peekUndo()?.label).to.equal('three');
  });

  it('keeps only the most recent steps beyond its limit', () => {
    const history = new UndoHistory(2);
    for (const label of ['1', '2', '3']) history.record({ label, before: [], after: [] });
    history.commitUndo();
    history.commitUndo();
    expect(history.canUndo).to.be.false;
    expect(history.peekRedo()?.label).to.equal('2');
  });
});
