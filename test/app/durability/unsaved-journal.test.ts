/**
 * The unsaved journal: text on its way to IndexedDB kept in localStorage (real) until its write
 * commits, so a page closed mid-write loses nothing; and the next start writing what it still
 * holds into the stores (real IndexedDB).
 */
import { expect } from '@open-wc/testing';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { UnsavedJournal } from '../../../src/app/durability/unsaved-journal.js';
import { restoreUnsaved } from '../../../src/app/durability/restore-unsaved.js';
import type { AnnotationPersistence } from '../../../src/model/annotations/annotation-persistence.js';
import { quotedRange } from '../../support/annotations.js';
import { TestDatabases } from '../../support/test-database.js';

const TEXT = 'San Francisco werde es nicht zulassen, sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const DOC = 'sanctuary-cities-gegen-trump';

describe('the unsaved journal', () => {
  const databases = new TestDatabases();
  const keys: string[] = [];
  let db: CloseReaderDatabase;

  function journal(): UnsavedJournal {
    const key = `close-reader-test-unsaved-${crypto.randomUUID()}`;
    keys.push(key);
    return new UnsavedJournal(localStorage, key);
  }

  beforeEach(async () => {
    db = await databases.open();
  });

  afterEach(async () => {
    for (const key of keys.splice(0)) localStorage.removeItem(key);
    await databases.cleanUp();
  });

  it('settles an entry only with the same text: an earlier save committing late does not remove a later one', () => {
    const kept = journal();
    kept.keep({ kind: 'note', documentId: DOC, id: 'a', note: 'Ed' });
    kept.keep({ kind: 'note', documentId: DOC, id: 'a', note: 'Ed Lee' });
    kept.keep({ kind: 'creator-name', name: 'Mara' });
    kept.settle({ kind: 'note', documentId: DOC, id: 'a', note: 'Ed' });
    expect(kept.entries()).to.deep.equal([
      { kind: 'note', documentId: DOC, id: 'a', note: 'Ed Lee' },
      { kind: 'creator-name', name: 'Mara' },
    ]);
    kept.settle({ kind: 'note', documentId: DOC, id: 'a', note: 'Ed Lee' });
    kept.settle({ kind: 'creator-name', name: 'Mara' });
    expect(kept.entries()).to.deep.equal([]);
  });

  it('reads what it does not understand as empty, and keeps the entries it does', () => {
    const kept = journal();
    localStorage.setItem(keys[0]!, '{not json');
    expect(kept.entries()).to.deep.equal([]);
    localStorage.setItem(keys[0]!, JSON.stringify([{ kind: 'note', id: 7 }, { kind: 'creator-name', name: 'Ada' }, 'x']));
    expect(kept.entries()).to.deep.equal([{ kind: 'creator-name', name: 'Ada' }]);
  });

  it('holds a note from the moment its save is asked for until it is stored', async () => {
    const kept = journal();
    const store = new AnnotationStore(new AnnotationRepository(db), undefined, undefined, kept);
    const { annotation } = await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    const saving = store.edit(DOC, annotation.id, { note: 'Bürgermeister' }, { typingSession: 's' });
    // Synchronously, before any write: what a page closed now leaves behind.
    expect(kept.entries()).to.deep.equal([{ kind: 'note', documentId: DOC, id: annotation.id, note: 'Bürgermeister' }]);
    await saving;
    expect(kept.entries()).to.deep.equal([]);
    store.close();
  });

  it('keeps a note whose write failed, for the next start', async () => {
    const kept = journal();
    const repository = new AnnotationRepository(db);
    let failing = false;
    const flaky: AnnotationPersistence = {
      listByDocument: (id) => repository.listByDocument(id),
      listBySet: (id) => repository.listBySet(id),
      listAll: () => repository.listAll(),
      listRelationsBySet: (id) => repository.listRelationsBySet(id),
      listAllRelations: () => repository.listAllRelations(),
      allIds: () => repository.allIds(),
      importAll: (write) => repository.importAll(write),
      countsByDocument: () => repository.countsByDocument(),
      apply: (change) => (failing ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : repository.apply(change)),
    };
    const store = new AnnotationStore(flaky, undefined, undefined, kept);
    const { annotation } = await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    failing = true;
    let error: unknown;
    await store.edit(DOC, annotation.id, { note: 'Bürgermeister' }).catch((caught: unknown) => (error = caught));
    expect((error as DOMException).name).to.equal('QuotaExceededError');
    expect(kept.entries()).to.deep.equal([{ kind: 'note', documentId: DOC, id: annotation.id, note: 'Bürgermeister' }]);
    store.close();
  });

  it('writes at the next start what a closed page left, outside undo, and drops a note whose annotation is gone', async () => {
    const first = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    const { annotation } = await first.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    first.close();
    const kept = journal();
    kept.keep({ kind: 'note', documentId: DOC, id: annotation.id, note: 'Bürgermeister von San Francisco' });
    kept.keep({ kind: 'note', documentId: DOC, id: 'deleted-meanwhile', note: 'weg' });
    kept.keep({ kind: 'creator-name', name: 'Mara Schüler' });

    const annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined, kept);
    const settings = await SettingsStore.load(new SettingsRepository(db), kept);
    expect(await restoreUnsaved(kept, annotations, settings)).to.equal(2);
    expect((await db.get('annotations', annotation.id))?.note).to.equal('Bürgermeister von San Francisco');
    expect((await db.get('settings', 'creatorName'))?.value).to.equal('Mara Schüler');
    expect(annotations.history.canUndo).to.be.false;
    expect(kept.entries()).to.deep.equal([]);
    annotations.close();
  });
});
