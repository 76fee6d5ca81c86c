/**
 * Relations in the merge of annotation writes (src/model/annotations/annotation-merge.ts, issue 17):
 * a relation is stored only between two stored annotations of its set and never beside a twin; an
 * annotation a write deletes takes its relations along, and the write's inverse brings back both;
 * undoing every step of any sequence of writes brings back exactly the records it started from.
 *   node --import tsx --test test/model/relations/relation-merge.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { mergeWrite } from '../../../src/model/annotations/annotation-merge.js';
import type { AnnotationOp } from '../../../src/model/annotations/annotation-write.js';
import type { Relation } from '../../../src/model/relations/relation.js';

const AT = '2026-12-01T10:00:00.000Z';
const SET = 'mine:002';

function annotation(id: string, categoryIds: string[], setId = SET): Annotation {
  return {
    id,
    setId,
    documentId: '002',
    start: id.charCodeAt(0),
    end: id.charCodeAt(0) + 4,
    exact: id,
    prefix: '',
    suffix: '',
    categoryIds,
    created: AT,
    modified: AT,
  } as Annotation;
}

function relation(id: string, sourceId: string, targetId: string, typeId = 'said-by', setId = SET): Relation {
  return { id, setId, documentId: '002', typeId, sourceId, targetId, created: AT, modified: AT };
}

const QUOTE = annotation('q', ['quote']);
const ACTOR = annotation('a', ['actor']);
const OTHER = annotation('o', ['actor']);
const ELSEWHERE = annotation('e', ['actor'], 'hand-in:1');

/** Runs writes in turn over stored records; "undo N" applies the inverse the N-th write gave. */
function run(annotations: readonly Annotation[], relations: readonly Relation[], writes: readonly (readonly AnnotationOp[] | { undo: number })[]) {
  const records = new Map(annotations.map((a) => [a.id, a]));
  const links = new Map(relations.map((r) => [r.id, r]));
  const inverses: (readonly AnnotationOp[])[] = [];
  for (const write of writes) {
    const ops = 'undo' in write ? inverses[write.undo]! : write;
    const merged = mergeWrite(records.values(), { ops, at: AT }, links.values());
    for (const a of merged.put) records.set(a.id, a);
    for (const id of merged.delete) records.delete(id);
    for (const r of merged.relationPut) links.set(r.id, r);
    for (const id of merged.relationDelete) links.delete(id);
    inverses.push(merged.inverse);
  }
  return { records, links, inverses };
}

const linkIds = (links: Map<string, Relation>) => [...links.keys()].sort();

describe('relate: a relation between two stored annotations of its set', () => {
  const cases: { name: string; relation: Relation; stored: Relation[]; kept: boolean }[] = [
    { name: 'a quote and its speaker', relation: relation('r1', 'q', 'a'), stored: [], kept: true },
    { name: 'to an annotation not stored (deleted in another tab)', relation: relation('r1', 'q', 'gone'), stored: [], kept: false },
    { name: 'from an annotation not stored', relation: relation('r1', 'gone', 'a'), stored: [], kept: false },
    { name: 'to an annotation of another set', relation: relation('r1', 'q', 'e'), stored: [], kept: false },
    { name: 'of an annotation to itself', relation: relation('r1', 'q', 'q'), stored: [], kept: false },
    { name: 'beside its twin (same type, source and target)', relation: relation('r2', 'q', 'a'), stored: [relation('r1', 'q', 'a')], kept: false },
    { name: 'beside a relation of another type between the same two', relation: relation('r2', 'q', 'a', 'source-of'), stored: [relation('r1', 'q', 'a')], kept: true },
    { name: 'beside the reverse link', relation: relation('r2', 'a', 'q'), stored: [relation('r1', 'q', 'a')], kept: true },
  ];
  for (const c of cases) {
    it(`${c.kept ? 'keeps' : 'refuses'} ${c.name}`, () => {
      const merged = mergeWrite([QUOTE, ACTOR, OTHER, ELSEWHERE], { ops: [{ kind: 'relate', relation: c.relation }], at: '2026-12-01T11:00:00.000Z' }, c.stored);
      assert.deepEqual(
        merged.relationPut.map((r) => [r.id, r.modified]),
        c.kept ? [[c.relation.id, '2026-12-01T11:00:00.000Z']] : [],
      );
      assert.deepEqual(merged.inverse, c.kept ? [{ kind: 'unrelate', id: c.relation.id }] : []);
      assert.deepEqual(merged.changes, []);
    });
  }
});

describe('deleting an annotation takes its relations along, in the same write', () => {
  const stored = [relation('r1', 'q', 'a'), relation('r2', 'q', 'o'), relation('r3', 'o', 'a', 'responsible-for')];

  it('delete: both relations of the quote go, the third stays; the inverse restores the quote first, then its relations', () => {
    const merged = mergeWrite([QUOTE, ACTOR, OTHER], { ops: [{ kind: 'delete', id: 'q' }], at: AT }, stored);
    assert.deepEqual(merged.delete, ['q']);
    assert.deepEqual(merged.relationDelete, ['r1', 'r2']);
    assert.deepEqual(
      merged.inverse.map((op) => (op.kind === 'relate' ? `relate ${op.relation.id}` : op.kind === 'restore' ? `restore ${op.annotation.id}` : op.kind)),
      ['restore q', 'relate r1', 'relate r2'],
    );
  });

  it('undo brings back the annotation and both relations; redo takes them again', () => {
    const { records, links } = run([QUOTE, ACTOR, OTHER], stored, [[{ kind: 'delete', id: 'q' }], { undo: 0 }]);
    assert.deepEqual([...records.keys()].sort(), ['a', 'o', 'q']);
    assert.deepEqual(linkIds(links), ['r1', 'r2', 'r3']);
    const redone = run([QUOTE, ACTOR, OTHER], stored, [[{ kind: 'delete', id: 'q' }], { undo: 0 }, { undo: 1 }]);
    assert.deepEqual([...redone.records.keys()].sort(), ['a', 'o']);
    assert.deepEqual(linkIds(redone.links), ['r3']);
  });

  it('the target side too: deleting the actor removes the links that end at it', () => {
    const merged = mergeWrite([QUOTE, ACTOR, OTHER], { ops: [{ kind: 'delete', id: 'a' }], at: AT }, stored);
    assert.deepEqual(merged.relationDelete, ['r1', 'r3']);
  });

  it('removing the last category with whenLast "delete" (a category deleted with its annotations) takes them along', () => {
    const merged = mergeWrite([QUOTE, ACTOR], { ops: [{ kind: 'remove-category', id: 'q', categoryId: 'quote', whenLast: 'delete' }], at: AT }, [relation('r1', 'q', 'a')]);
    assert.deepEqual([merged.delete, merged.relationDelete], [['q'], ['r1']]);
  });

  it('undoing the tag that made an annotation (a retraction) takes its relations along', () => {
    const { records, links } = run([ACTOR], [], [[{ kind: 'tag', annotation: QUOTE }], [{ kind: 'relate', relation: relation('r1', 'q', 'a') }], { undo: 0 }]);
    assert.deepEqual([[...records.keys()], linkIds(links)], [['a'], []]);
  });

  it('a category removed while another stays keeps the relations', () => {
    const both = annotation('q', ['quote', 'statistic']);
    const merged = mergeWrite([both, ACTOR], { ops: [{ kind: 'remove-category', id: 'q', categoryId: 'statistic', whenLast: 'delete' }], at: AT }, [relation('r1', 'q', 'a')]);
    assert.deepEqual(merged.relationDelete, []);
  });
});

describe('unrelate', () => {
  it('removes the relation, and its inverse brings it back as it was', () => {
    const r1 = relation('r1', 'q', 'a');
    const merged = mergeWrite([QUOTE, ACTOR], { ops: [{ kind: 'unrelate', id: 'r1' }], at: AT }, [r1]);
    assert.deepEqual([merged.relationDelete, merged.inverse], [['r1'], [{ kind: 'relate', relation: r1 }]]);
  });

  it('of a relation gone already changes nothing', () => {
    const merged = mergeWrite([QUOTE, ACTOR], { ops: [{ kind: 'unrelate', id: 'r1' }], at: AT }, []);
    assert.deepEqual([merged.relationChanges, merged.inverse], [[], []]);
  });
});

describe('property: undoing every step, last first, gives back the records and relations it started from', () => {
  const ids = ['q', 'a', 'o', 's'];
  const startAnnotations = [QUOTE, ACTOR, OTHER];
  const startRelations = [relation('r0', 'q', 'a')];
  const op: fc.Arbitrary<AnnotationOp> = fc.oneof(
    fc.constantFrom(...ids).map((id): AnnotationOp => ({ kind: 'delete', id })),
    fc.constantFrom(...ids).map((id): AnnotationOp => ({ kind: 'tag', annotation: annotation(id, [id === 'q' ? 'quote' : 'actor']) })),
    fc.tuple(fc.constantFrom(...ids), fc.constantFrom('quote', 'actor', 'policy')).map(([id, categoryId]): AnnotationOp => ({ kind: 'add-category', id, categoryId })),
    fc
      .tuple(fc.constantFrom(...ids), fc.constantFrom('quote', 'actor', 'policy'), fc.constantFrom('keep' as const, 'delete' as const))
      .map(([id, categoryId, whenLast]): AnnotationOp => ({ kind: 'remove-category', id, categoryId, whenLast })),
    fc
      .tuple(fc.constantFrom('r0', 'r1', 'r2', 'r3'), fc.constantFrom(...ids), fc.constantFrom(...ids), fc.constantFrom('said-by', 'source-of'))
      .map(([id, source, target, type]): AnnotationOp => ({ kind: 'relate', relation: relation(id, source, target, type) })),
    fc.constantFrom('r0', 'r1', 'r2', 'r3').map((id): AnnotationOp => ({ kind: 'unrelate', id })),
  );

  it('holds for 300 random sequences of writes (one to three operations each)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(op, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 8 }), (writes) => {
        const done = run(startAnnotations, startRelations, writes);
        // Never a relation whose annotation is gone, never two twins.
        for (const r of done.links.values()) {
          assert.ok(done.records.has(r.sourceId) && done.records.has(r.targetId), `relation ${r.id} outlived an annotation`);
        }
        const keys = [...done.links.values()].map((r) => `${r.typeId} ${r.sourceId} ${r.targetId}`);
        assert.equal(new Set(keys).size, keys.length);
        // Undo every write, last first.
        const undos = writes.map((_, i) => ({ undo: writes.length - 1 - i }));
        const back = run(startAnnotations, startRelations, [...writes, ...undos]);
        const strip = (a: Annotation) => [a.id, [...a.categoryIds].sort(), a.note];
        assert.deepEqual([...back.records.values()].map(strip).sort(), startAnnotations.map(strip).sort());
        assert.deepEqual(
          [...back.links.values()].map((r) => [r.id, r.typeId, r.sourceId, r.targetId]).sort(),
          startRelations.map((r) => [r.id, r.typeId, r.sourceId, r.targetId]),
        );
      }),
      { numRuns: 300, seed: 17 },
    );
  });
});
