/**
 * A note saved while the reader types: the saves of one typing session are one undo step, whose
 * undo brings back the note from before the session; saves land in the order they were made.
 * Real IndexedDB.
 */
import { expect } from '@open-wc/testing';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { quotedRange } from '../../support/annotations.js';
import { TestDatabases } from '../../support/test-database.js';

const TEXT = 'San Francisco werde es nicht zulassen, sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const DOC = 'sanctuary-cities-gegen-trump';

function counter() {
  let n = 0;
  return { now: () => `2026-11-23T12:00:${String(n++).padStart(2, '0')}.000Z`, newId: () => `id-${n}` };
}

describe('a note typed in one sitting', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let store: AnnotationStore;
  let id: string;

  /** The undo steps, oldest first, as [label, note before, note after]. */
  function steps(): [string, string | undefined, string | undefined][] {
    const taken: [string, string | undefined, string | undefined][] = [];
    // Walk the history through its public face only: peek, then undo the bookkeeping and redo it.
    const history = store.history;
    const seen = [];
    while (history.canUndo) {
      const change = history.peekUndo()!;
      seen.push(change);
      history.commitUndo();
    }
    for (const change of seen.reverse()) {
      taken.push([change.label, change.before[0]?.note, change.after[0]?.note]);
      history.commitRedo();
    }
    return taken;
  }

  beforeEach(async () => {
    db = await databases.open();
    store = new AnnotationStore(new AnnotationRepository(db), counter(), undefined);
    ({ annotation: { id } } = await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor'));
    await store.edit(DOC, id, { note: 'Bürgermeister' });
  });

  afterEach(async () => {
    store.close();
    await databases.cleanUp();
  });

  it('is one undo step: type, pause, type, and one undo restores the note from before', async () => {
    await store.edit(DOC, id, { note: 'Bürgermeister von' }, { typingSession: 's1' });
    await store.edit(DOC, id, { note: 'Bürgermeister von San Francisco' }, { typingSession: 's1' });
    expect(steps()).to.deep.equal([
      ['tag', undefined, undefined],
      ['edit', undefined, 'Bürgermeister'],
      ['note', 'Bürgermeister', 'Bürgermeister von San Francisco'],
    ]);
    await store.undo();
    expect((await db.get('annotations', id))?.note).to.equal('Bürgermeister');
    expect(store.find(DOC, id)?.note).to.equal('Bürgermeister');
    await store.redo();
    expect((await db.get('annotations', id))?.note).to.equal('Bürgermeister von San Francisco');
  });

  it('is a new step in a new session, and after anything recorded in between', async () => {
    await store.edit(DOC, id, { note: 'A' }, { typingSession: 's1' });
    await store.edit(DOC, id, { note: 'B' }, { typingSession: 's2' });
    await store.edit(DOC, id, { categoryIds: ['actor', 'quote'] }, { typingSession: 's2' });
    await store.edit(DOC, id, { note: 'C' }, { typingSession: 's2' });
    expect(steps().slice(2)).to.deep.equal([
      ['note', 'Bürgermeister', 'A'],
      ['note', 'A', 'B'],
      ['edit', 'B', 'B'],
      ['note', 'B', 'C'],
    ]);
  });

  it('is a new step when the session step was undone in between', async () => {
    await store.edit(DOC, id, { note: 'A' }, { typingSession: 's1' });
    await store.undo();
    await store.edit(DOC, id, { note: 'AB' }, { typingSession: 's1' });
    expect(steps().slice(2)).to.deep.equal([['note', 'Bürgermeister', 'AB']]);
    expect(store.history.canRedo).to.be.false;
  });

  it('writes nothing and records no step for a save that changes nothing', async () => {
    const before = await db.get('annotations', id);
    const result = await store.edit(DOC, id, { note: 'Bürgermeister' }, { typingSession: 's1' });
    expect(result).to.deep.equal(before);
    expect(await db.get('annotations', id)).to.deep.equal(before);
    expect(steps().length).to.equal(2);
  });

  it('lands saves in the order they were made, even when nobody waits for the first', async () => {
    const first = store.edit(DOC, id, { note: 'B' }, { typingSession: 's1' });
    const second = store.edit(DOC, id, { note: 'Bü' }, { typingSession: 's1' });
    const undo = store.undo();
    await Promise.all([first, second, undo]);
    // The undo waited for both saves, and the two saves were one step: back to before the session.
    expect((await db.get('annotations', id))?.note).to.equal('Bürgermeister');
    expect(steps().length).to.equal(2);
  });
});
