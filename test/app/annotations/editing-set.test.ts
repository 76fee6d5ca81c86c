/**
 * The set the annotation store edits per article (issue 15, "Annotation sets"): the reader's own
 * reading unless a view chose another (a student's work on an assignment, a model answer); then
 * loading, listing and tagging go to that set, the own reading stays as it was, the store tells
 * the views which set changed, and choosing none goes back to the own reading.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore, type AnnotationsChanged } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { quotedRange } from '../../support/annotations.js';

const DOC = 'sanctuary-cities-gegen-trump';
const TEXT = 'San Francisco werde es nicht zulassen, sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const STUDENT = 'student:7d1f0c5e-1111-4222-8333-444455556666';

describe('the set the annotation store edits', () => {
  it('tags the chosen set and leaves the own reading as it was; choosing none goes back to it', async () => {
    const persistence = new MemoryAnnotationPersistence();
    const store = new AnnotationStore(persistence, undefined, undefined);
    await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'actor');
    expect(store.editingSet(DOC)).to.equal(`mine:${DOC}`);

    store.editSet(DOC, STUDENT);
    expect(store.editingSet(DOC)).to.equal(STUDENT);
    expect(await store.load(DOC)).to.deep.equal([]);
    const heard: string[] = [];
    store.subscribe((change: AnnotationsChanged) => heard.push(change.setId));
    const tagged = await store.tag(DOC, quotedRange(TEXT, 'Ed Lee'), 'quote', 'Ben');
    expect([tagged.outcome, tagged.annotation.setId, tagged.annotation.categoryIds]).to.deep.equal(['created', STUDENT, ['quote']]);
    expect(heard).to.deep.equal([STUDENT]);
    expect(store.annotations(DOC).map((a) => [a.setId, a.creator])).to.deep.equal([[STUDENT, 'Ben']]);
    expect((await persistence.listBySet(`mine:${DOC}`)).map((a) => a.categoryIds)).to.deep.equal([['actor']]);
    // Another article is not affected by the choice.
    expect(store.editingSet('zweierlei-solidaritaet')).to.equal('mine:zweierlei-solidaritaet');

    store.editSet(DOC);
    expect(store.editingSet(DOC)).to.equal(`mine:${DOC}`);
    expect(store.annotations(DOC).map((a) => a.categoryIds)).to.deep.equal([['actor']]);
    expect((await persistence.getSet(STUDENT))).to.equal(undefined);
  });
});
