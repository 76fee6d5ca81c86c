import { expect } from '@open-wc/testing';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { TOTAL_KEY } from '../../src/model/annotations/annotation-counts.js';
import { writeAll, type CloseReaderDatabase } from '../../src/storage/database.js';
import { makeAnnotation } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

/** The time of the writes here. */
const AT = '2026-11-23T12:00:00.000Z';

/** Ids, sorted: listByDocument makes no promise about order. */
function ids(annotations: readonly Annotation[]): string[] {
  return annotations.map((a) => a.id).sort();
}

/** The error `promise` rejects with; fails the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject, but it resolved');
}

describe('annotations in IndexedDB', () => {
  const databases = new TestDatabases();
  const open = (name?: string): Promise<CloseReaderDatabase> => databases.open(name);

  afterEach(() => databases.cleanUp());

  it('lists the annotations of one document and not those of the others', async () => {
    const repository = new AnnotationRepository(await open());
    await repository.put(makeAnnotation({ id: 'a1', documentId: 'doc-a' }));
    await repository.put(makeAnnotation({ id: 'a2', documentId: 'doc-a', categoryIds: ['quote'] }));
    await repository.put(makeAnnotation({ id: 'b1', documentId: 'doc-b' }));

    expect(ids(await repository.listByDocument('doc-a'))).to.deep.equal(['a1', 'a2']);
    expect(ids(await repository.listByDocument('doc-b'))).to.deep.equal(['b1']);
    expect(await repository.listByDocument('doc-c')).to.deep.equal([]);
  });

  it('gets one annotation by id, and undefined for an id never stored', async () => {
    const repository = new AnnotationRepository(await open());
    await repository.put(makeAnnotation({ id: 'a1', documentId: 'doc-a' }));
    expect(await repository.get('a1')).to.deep.equal(makeAnnotation({ id: 'a1', documentId: 'doc-a' }));
    expect(await repository.get('nope')).to.equal(undefined);
  });

  it('replaces an annotation put again with the same id', async () => {
    const repository = new AnnotationRepository(await open());
    await repository.put(makeAnnotation({ id: 'a1', documentId: 'doc-a', categoryIds: ['actor'] }));
    await repository.put(makeAnnotation({ id: 'a1', documentId: 'doc-a', categoryIds: ['policy'] }));
    const listed = await repository.listByDocument('doc-a');
    expect(listed).to.have.length(1);
    expect(listed[0]!.categoryIds).to.deep.equal(['policy']);
  });

  it('returns equal records after a reload (a new connection)', async () => {
    const name = databases.name();
    const quote = { exact: 'Senator', prefix: 'said the ', suffix: ' on Monday' };
    const stored = [
      makeAnnotation({ id: 'a1', documentId: 'doc-a', categoryIds: ['actor', 'quote'], start: 10, end: 17, ...quote, note: 'note for a1' }),
      makeAnnotation({ id: 'a2', documentId: 'doc-a', categoryIds: ['statistic'], start: 40, end: 47, ...quote, note: 'note for a2' }),
    ];
    const first = await open(name);
    await new AnnotationRepository(first).putMany(stored);
    first.close();

    const second = new AnnotationRepository(await open(name));
    const listed = await second.listByDocument('doc-a');
    expect([...listed].sort((a, b) => a.id.localeCompare(b.id))).to.deep.equal(stored);
    expect(await second.get('a2')).to.deep.equal(stored[1]);
  });

  it('applies a tag and deletes together, and a delete of one never stored is no error', async () => {
    const repository = new AnnotationRepository(await open());
    await repository.putMany([makeAnnotation({ id: 'a1', documentId: 'doc-a' }), makeAnnotation({ id: 'a2', documentId: 'doc-a', start: 10, end: 14 })]);
    const a3 = makeAnnotation({ id: 'a3', documentId: 'doc-a', start: 20, end: 24 });
    await repository.apply({ ops: [{ kind: 'tag', annotation: a3 }, { kind: 'delete', id: 'a1' }, { kind: 'delete', id: 'never-stored' }], at: AT });
    expect(ids(await repository.listByDocument('doc-a'))).to.deep.equal(['a2', 'a3']);
    expect(await repository.get('a3')).to.deep.equal({ ...a3, modified: AT });
  });

  it('writes nothing of an apply when one of its annotations lacks its id (all or nothing)', async () => {
    const repository = new AnnotationRepository(await open());
    await repository.put(makeAnnotation({ id: 'kept', documentId: 'doc-a' }));
    const withoutId: Record<string, unknown> = { ...makeAnnotation({ id: 'x', documentId: 'doc-a' }) };
    delete withoutId['id'];

    const error = await rejection(
      repository.apply({
        ops: [
          { kind: 'tag', annotation: makeAnnotation({ id: 'first', documentId: 'doc-a', start: 10, end: 14 }) },
          { kind: 'tag', annotation: withoutId as unknown as Annotation },
          { kind: 'delete', id: 'kept' },
        ],
        at: AT,
      }),
    );
    expect((error as DOMException).name).to.equal('DataError');
    expect(await repository.get('first')).to.equal(undefined);
    expect(ids(await repository.listByDocument('doc-a'))).to.deep.equal(['kept']);
  });

  it('writes nothing of a putMany when one annotation cannot be cloned (all or nothing)', async () => {
    const repository = new AnnotationRepository(await open());
    const uncloneable = { ...makeAnnotation({ id: 'second', documentId: 'doc-a' }), render: () => 'a function' } as unknown as Annotation;

    const error = await rejection(repository.putMany([makeAnnotation({ id: 'first', documentId: 'doc-a' }), uncloneable]));
    expect((error as DOMException).name).to.equal('DataCloneError');
    expect(await repository.listByDocument('doc-a')).to.deep.equal([]);
  });

  it("rejects with the failing request's own error when it fails after being issued, and writes nothing", async () => {
    const db = await open();
    const repository = new AnnotationRepository(db);
    await repository.put(makeAnnotation({ id: 'taken', documentId: 'doc-a' }));

    // `add` of an existing key fails asynchronously (ConstraintError) and the browser aborts the transaction.
    const error = await rejection(
      writeAll(db, 'annotations', [
        (store) => store.put(makeAnnotation({ id: 'first', documentId: 'doc-a' })),
        (store) => store.add(makeAnnotation({ id: 'taken', documentId: 'doc-a', categoryIds: ['quote'] })),
      ]),
    );
    expect((error as DOMException).name).to.equal('ConstraintError');
    expect(await repository.get('first')).to.equal(undefined);
    expect((await repository.get('taken'))!.categoryIds).to.deep.equal(['actor']);
  });

  it('deletes one annotation, and deleting a missing one is no error', async () => {
    const repository = new AnnotationRepository(await open());
    await repository.putMany([makeAnnotation({ id: 'a1', documentId: 'doc-a' }), makeAnnotation({ id: 'a2', documentId: 'doc-a' })]);
    await repository.delete('a1');
    await repository.delete('never-stored');
    expect(ids(await repository.listByDocument('doc-a'))).to.deep.equal(['a2']);
    expect(await repository.get('a1')).to.equal(undefined);
  });

  it('counts annotations per document and category, with the total under "*"', async () => {
    const repository = new AnnotationRepository(await open());
    expect((await repository.countsByDocument()).size, 'nothing stored yet').to.equal(0);
    await repository.putMany([
      makeAnnotation({ id: 'a1', documentId: 'doc-a', categoryIds: ['actor'] }),
      makeAnnotation({ id: 'a2', documentId: 'doc-a', categoryIds: ['actor', 'quote'] }),
      makeAnnotation({ id: 'a3', documentId: 'doc-a', categoryIds: ['statistic'] }),
      makeAnnotation({ id: 'b1', documentId: 'doc-b', categoryIds: ['policy', 'policy'] }),
      makeAnnotation({ id: 'c1', documentId: 'doc-c', categoryIds: ['quote', 'actor'] }),
    ]);

    const counts = await repository.countsByDocument();
    expect(TOTAL_KEY).to.equal('*');
    expect([...counts.keys()].sort()).to.deep.equal(['doc-a', 'doc-b', 'doc-c']);
    expect(Object.fromEntries(counts.get('doc-a')!)).to.deep.equal({ '*': 3, actor: 2, quote: 1, statistic: 1 });
    expect(Object.fromEntries(counts.get('doc-b')!)).to.deep.equal({ '*': 1, policy: 1 });
    expect(Object.fromEntries(counts.get('doc-c')!)).to.deep.equal({ '*': 1, quote: 1, actor: 1 });
  });

  it('puts 10,000 annotations in one transaction and lists and counts them back', async () => {
    const repository = new AnnotationRepository(await open());
    const categories = ['actor', 'policy', 'quote', 'statistic'];
    const many = Array.from({ length: 10_000 }, (_, i) =>
      makeAnnotation({ id: `id-${String(i).padStart(5, '0')}`, documentId: `doc-${i % 4}`, categoryIds: [categories[i % 3]!], start: i, end: i + 4 }),
    );
    await repository.putMany(many);

    const listed = await repository.listByDocument('doc-1');
    expect(listed).to.have.length(2_500);
    expect([...listed].sort((a, b) => a.id.localeCompare(b.id))).to.deep.equal(many.filter((a) => a.documentId === 'doc-1'));
    const counts = await repository.countsByDocument();
    let total = 0;
    for (const perCategory of counts.values()) total += perCategory.get('*')!;
    expect(total).to.equal(10_000);
    // doc-0 holds i = 0, 4, 8, …: i % 3 cycles through actor, policy, quote evenly over 2,500 of them.
    expect(Object.fromEntries(counts.get('doc-0')!)).to.deep.equal({ '*': 2_500, actor: 834, policy: 833, quote: 833 });
  });
});
