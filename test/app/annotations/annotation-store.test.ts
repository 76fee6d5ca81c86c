import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import type { AnnotationWrite } from '../../../src/model/annotations/annotation-write.js';
import type { AnnotationPersistence } from '../../../src/model/annotations/annotation-persistence.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationStore, type AnnotationsChanged } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { quotedRange } from '../../support/annotations.js';
import { TestDatabases } from '../../support/test-database.js';

const TEXT = 'San Francisco werde es nicht zulassen, sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const DOC = 'sanctuary-cities-gegen-trump';

function counter() {
  let n = 0;
  return { now: () => `2026-11-23T12:00:${String(n).padStart(2, '0')}.000Z`, newId: () => `id-${++n}` };
}

describe('the annotation store', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  const stores: AnnotationStore[] = [];

  function storeOver(persistence: AnnotationPersistence, channel?: string): AnnotationStore {
    const store = new AnnotationStore(persistence, counter(), channel);
    stores.push(store);
    return store;
  }

  beforeEach(async () => {
    db = await databases.open();
  });

  afterEach(async () => {
    for (const store of stores.splice(0)) store.close();
    await databases.cleanUp();
  });

  it('writes a new tag to IndexedDB before it tells its listeners', async () => {
    const store = storeOver(new AnnotationRepository(db));
    const seenAtNotice: Promise<Annotation[]>[] = [];
    store.subscribe(() => seenAtNotice.push(db.getAll('annotations')));
    const result = await store.tag(DOC, quotedRange(TEXT, 'Bürgermeister Ed Lee'), 'actor');
    expect(result.outcome).to.equal('created');
    const [stored] = await Promise.all(seenAtNotice);
    expect(stored!.map((a) => [a.exact, a.categoryIds])).to.deep.equal([['Bürgermeister Ed Lee', ['actor']]]);
    expect(stored![0]!.prefix).to.equal(TEXT.slice(TEXT.indexOf('Bürgermeister') - 32, TEXT.indexOf('Bürgermeister')));
  });

  it('does not tag the same range twice with the same category', async () => {
    const store = storeOver(new AnnotationRepository(db));
    await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    const again = await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    expect(again.outcome).to.equal('already-tagged');
    expect(await db.count('annotations')).to.equal(1);
  });

  it('adds another category to the same range instead of refusing it', async () => {
    const store = storeOver(new AnnotationRepository(db));
    await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    const second = await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'quote');
    expect(second.outcome).to.equal('category-added');
    expect((await db.getAll('annotations')).map((a) => a.categoryIds)).to.deep.equal([['actor', 'quote']]);
  });

  it('keeps overlapping annotations apart, in text order', async () => {
    const store = storeOver(new AnnotationRepository(db));
    await store.tag(DOC, quotedRange(TEXT, 'Ed Lee. "Wir sind'), 'quote');
    await store.tag(DOC, quotedRange(TEXT, 'Bürgermeister Ed Lee'), 'actor');
    expect(store.annotations(DOC).map((a) => a.exact)).to.deep.equal(['Bürgermeister Ed Lee', 'Ed Lee. "Wir sind']);
  });

  it('undoes and redoes create, change and delete, in storage too', async () => {
    const store = storeOver(new AnnotationRepository(db));
    const { annotation } = await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    await store.edit(DOC, annotation.id, { note: 'Bürgermeister' });
    await store.remove(DOC, annotation.id);
    expect(await db.count('annotations')).to.equal(0);
    await store.undo(); // the delete
    expect((await db.get('annotations', annotation.id))?.note).to.equal('Bürgermeister');
    await store.undo(); // the note
    expect((await db.get('annotations', annotation.id))?.note).to.equal(undefined);
    await store.undo(); // the tag
    expect(await db.count('annotations')).to.equal(0);
    expect(store.history.canUndo).to.be.false;
    await store.redo();
    await store.redo();
    expect((await db.get('annotations', annotation.id))?.note).to.equal('Bürgermeister');
  });

  it('changes nothing and rejects when a write fails (storage full)', async () => {
    const memory = new MemoryAnnotationPersistence();
    let failing = false;
    const flaky: AnnotationPersistence = {
      listByDocument: (id) => memory.listByDocument(id),
      listBySet: (id) => memory.listBySet(id),
      listAll: () => memory.listAll(),
      listRelationsBySet: (id) => memory.listRelationsBySet(id),
      listAllRelations: () => memory.listAllRelations(),
      allIds: () => memory.allIds(),
      importAll: (write) => (failing ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : memory.importAll(write)),
      countsByDocument: () => memory.countsByDocument(),
      apply: (change: AnnotationWrite) =>
        failing ? Promise.reject(new DOMException('quota', 'QuotaExceededError')) : memory.apply(change),
    };
    const store = storeOver(flaky);
    await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    const heard: AnnotationsChanged[] = [];
    store.subscribe((change) => heard.push(change));
    failing = true;
    let error: unknown;
    try {
      await store.tag(DOC, quotedRange(TEXT, 'Sanctuary City'), 'quote');
    } catch (caught) {
      error = caught;
    }
    expect((error as DOMException).name).to.equal('QuotaExceededError');
    expect(heard).to.deep.equal([]);
    expect(store.annotations(DOC).map((a) => a.exact)).to.deep.equal(['Ed Lee']);
    expect((await memory.listByDocument(DOC)).length).to.equal(1);
    expect(store.history.peekUndo()?.after[0]?.exact).to.equal('Ed Lee');
  });

  it('brings a second tab on the same article into step (BroadcastChannel)', async () => {
    const channel = `test-${crypto.randomUUID()}`;
    const tabA = storeOver(new AnnotationRepository(db), channel);
    const otherDb = await databases.open(db.name);
    const tabB = storeOver(new AnnotationRepository(otherDb), channel);
    await tabB.load(DOC);
    const changed = new Promise<AnnotationsChanged>((resolve) => tabB.subscribe(resolve));
    const { annotation } = await tabA.tag(DOC, quotedRange(TEXT, 'Sanctuary City'), 'actor');
    const change = await changed;
    expect(change).to.deep.equal({ documentId: DOC, setId: `mine:${DOC}`, reset: false, removed: [], added: [annotation] });
    expect(tabB.annotations(DOC).map((a) => a.exact)).to.deep.equal(['Sanctuary City']);
    otherDb.close();
  });
});
