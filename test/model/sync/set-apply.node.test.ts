/**
 * Applying a sync's result here (model/sync/set-apply.ts): the operations it computes, merged into
 * the stored records as storage merges every write (model/annotations/annotation-merge.ts), turn
 * the reader's set into the merged one exactly, ids kept (a new annotation on a range the reader
 * tagged too stays an annotation of its own), and a category the reader added meanwhile survives.
 *   node --import tsx --test test/model/sync/set-apply.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { mergeWrite } from '../../../src/model/annotations/annotation-merge.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { fingerprint } from '../../../src/model/sync/annotation-fingerprint.js';
import { opsToReach } from '../../../src/model/sync/set-apply.js';
import type { SetContent } from '../../../src/model/sync/set-merge.js';
import { makeAnnotation } from '../../support/annotations.js';

const AT = '2026-12-01T05:00:00.000Z';

function relation(sourceId: string, targetId: string): Relation {
  return { id: `r-${sourceId}-${targetId}`, setId: 'mine:doc', documentId: 'doc', typeId: 'said-by', sourceId, targetId, created: AT, modified: AT };
}

/** The records after writing opsToReach(from, to) over `stored` (default: `from` itself). */
function applied(from: SetContent, to: SetContent, stored: SetContent = from): SetContent {
  const records = new Map(stored.annotations.map((a) => [a.id, a]));
  const relations = new Map(stored.relations.map((r) => [r.id, r]));
  const merged = mergeWrite(records.values(), { ops: opsToReach(from, to), at: AT }, relations.values());
  for (const a of merged.put) records.set(a.id, a);
  for (const id of merged.delete) records.delete(id);
  for (const r of merged.relationPut) relations.set(r.id, r);
  for (const id of merged.relationDelete) relations.delete(id);
  return { annotations: [...records.values()], relations: [...relations.values()] };
}

function held(content: SetContent): { annotations: Record<string, unknown>; relations: string[] } {
  const annotations = [...content.annotations].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    annotations: Object.fromEntries(annotations.map((a) => [a.id, { ...fingerprint(a), prefix: a.prefix, suffix: a.suffix }])),
    relations: content.relations.map((r) => r.id).sort(),
  };
}

const IDS = ['a', 'b', 'c', 'd'];
const annotationArb = (id: string): fc.Arbitrary<Annotation | undefined> =>
  fc.option(
    fc.record({ categoryIds: fc.subarray(['actor', 'quote', 'policy'], { minLength: 1 }), note: fc.constantFrom(undefined, 'x', 'y'), start: fc.constantFrom(0, 5), prefix: fc.constantFrom('', 'p') }).map(
      ({ categoryIds, note, start, prefix }) => makeAnnotation({ id, categoryIds, start, end: start + 4, prefix, ...(note ? { note } : {}) }),
    ),
    { nil: undefined },
  );
const contentArb = fc.tuple(fc.tuple(...IDS.map(annotationArb)), fc.subarray(IDS.flatMap((s) => IDS.filter((t) => t !== s).map((t) => relation(s, t))))).map(([maybe, relations]) => {
  const annotations = maybe.filter((a): a is Annotation => a !== undefined);
  const ids = new Set(annotations.map((a) => a.id));
  return { annotations, relations: relations.filter((r) => ids.has(r.sourceId) && ids.has(r.targetId)) };
});

describe('applying a merged set here', () => {
  it('turns any set into any other: the same content per id, the same relations', () => {
    fc.assert(fc.property(contentArb, contentArb, (from, to) => assert.deepEqual(held(applied(from, to)), held(to))));
  });

  it('writes nothing when the sets hold the same', () => {
    const a = makeAnnotation({ id: 'a', note: 'n' });
    assert.deepEqual(opsToReach({ annotations: [a], relations: [] }, { annotations: [{ ...a, modified: AT }], relations: [] }), []);
  });

  it('brings in a new annotation under its own id even where the reader tagged the same range', () => {
    const mine = makeAnnotation({ id: 'mine-1', categoryIds: ['actor'] });
    const theirs = makeAnnotation({ id: 'theirs-1', categoryIds: ['quote'] });
    const result = applied({ annotations: [mine], relations: [] }, { annotations: [mine, theirs], relations: [] });
    assert.deepEqual(held(result).annotations, {
      'mine-1': { categoryIds: ['actor'], start: 0, end: 4, exact: 'Text', prefix: '', suffix: '' },
      'theirs-1': { categoryIds: ['quote'], start: 0, end: 4, exact: 'Text', prefix: '', suffix: '' },
    });
  });

  it('keeps a category the reader added while the sync ran (field by field, not whole records)', () => {
    const read = makeAnnotation({ id: 'a', categoryIds: ['actor'] });
    const merged = { ...read, note: 'from the other reader' };
    const storedMeanwhile = { ...read, categoryIds: ['actor', 'policy'] };
    const result = applied({ annotations: [read], relations: [] }, { annotations: [merged], relations: [] }, { annotations: [storedMeanwhile], relations: [] });
    assert.deepEqual(held(result).annotations.a, { categoryIds: ['actor', 'policy'], start: 0, end: 4, exact: 'Text', note: 'from the other reader', prefix: '', suffix: '' });
  });
});
