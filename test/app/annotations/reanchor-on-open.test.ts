/**
 * Re-anchoring when an article opens (src/app/annotations/reanchor-on-open.ts): annotations whose
 * text changed are placed again or kept as unplaced, and stored; the rest are left as they are.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { reanchorOnOpen } from '../../../src/app/annotations/reanchor-on-open.js';
import { annotationOn } from '../../support/annotations.js';

const TEXT = 'Bürgermeister Ed Lee sagte: "Wir sind und bleiben eine Sanctuary City." Der Stadtrat stimmte zu.';
const DOC = 'doc';

describe('re-anchoring when an article opens', () => {
  let persistence: MemoryAnnotationPersistence;
  let store: AnnotationStore;

  beforeEach(async () => {
    persistence = new MemoryAnnotationPersistence();
    await persistence.importAll({ annotations: [annotationOn(TEXT, 'Ed Lee', { id: 'lee' }), annotationOn(TEXT, 'Sanctuary City', { id: 'city' })] });
    store = new AnnotationStore(persistence, { now: () => '2026-11-30T12:00:00.000Z', newId: () => 'new' }, undefined);
  });

  afterEach(() => store.close());

  it('changes nothing when the text is the one the annotations were made on', async () => {
    const before = await persistence.listAll();
    expect(await reanchorOnOpen(store, DOC, TEXT)).to.deep.equal({ moved: 0, unplaced: 0 });
    expect(await persistence.listAll()).to.deep.equal(before);
  });

  it('moves annotations to where their quotes went, and stores them', async () => {
    const edited = `Eilmeldung. ${TEXT}`;
    expect(await reanchorOnOpen(store, DOC, edited)).to.deep.equal({ moved: 2, unplaced: 0 });
    const stored = new Map((await persistence.listAll()).map((annotation) => [annotation.id, annotation]));
    expect([stored.get('lee')?.start, stored.get('lee')?.end]).to.deep.equal([26, 32]);
    expect(edited.slice(stored.get('city')!.start, stored.get('city')!.end)).to.equal('Sanctuary City');
    expect(store.annotations(DOC).map((annotation) => [annotation.id, annotation.start])).to.deep.equal([['lee', 26], ['city', 67]]);
  });

  it('keeps an annotation whose quote is gone as unplaced, never dropping it', async () => {
    const edited = TEXT.replace('Bürgermeister Ed Lee sagte', 'Die Stadt erklärte');
    expect(await reanchorOnOpen(store, DOC, edited)).to.deep.equal({ moved: 1, unplaced: 1 });
    const lee = (await persistence.listAll()).find((annotation) => annotation.id === 'lee');
    expect([lee?.start, lee?.end, lee?.exact]).to.deep.equal([-1, -1, 'Ed Lee']);
  });

  it('is not an action the reader can undo', async () => {
    await reanchorOnOpen(store, DOC, `Eilmeldung. ${TEXT}`);
    expect(store.history.canUndo).to.equal(false);
  });
});
