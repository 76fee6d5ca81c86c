/**
 * The shared project's three-way merge (model/sync/set-merge.ts), one named case per row of its
 * rules, and its properties over generated sets (fast-check): a side that changed nothing takes
 * the other's; the merge is symmetric up to which side a conflict names; without conflicts nothing
 * added on either side is lost.
 *   node --import tsx --test test/model/sync/set-merge.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { fingerprint } from '../../../src/model/sync/annotation-fingerprint.js';
import { baseOf, changesSince, mergeSets, type MergeResult, type SetContent } from '../../../src/model/sync/set-merge.js';
import { EMPTY_BASE } from '../../../src/model/sync/shared-project-link.js';
import { makeAnnotation } from '../../support/annotations.js';

const A = makeAnnotation({ id: 'a', categoryIds: ['actor'] });
const B = makeAnnotation({ id: 'b', start: 5, end: 9, exact: 'more', categoryIds: ['quote'] });

function relation(id: string, sourceId: string, targetId: string, typeId = 'said-by'): Relation {
  return { id, setId: 'mine:doc', documentId: 'doc', typeId, sourceId, targetId, created: '2026-01-01T00:00:00.000Z', modified: '2026-01-01T00:00:00.000Z' };
}

function content(annotations: Annotation[], relations: Relation[] = []): SetContent {
  return { annotations, relations };
}

/** The result as the reader would check it: per id its categories and note, the relation ids, the conflicting ids. */
function summary(result: MergeResult): { annotations: Record<string, string>; relations: string[]; conflicts: string[] } {
  return {
    annotations: Object.fromEntries(result.annotations.map((a) => [a.id, `${[...a.categoryIds].sort().join('+')}|${a.note ?? ''}|${a.start}`])),
    relations: result.relations.map((r) => r.id),
    conflicts: result.conflicts.map((c) => c.annotationId),
  };
}

describe('merging a shared set, rule by rule', () => {
  const base = baseOf(content([A, B], [relation('r1', 'a', 'b')]));
  const noted = (annotation: Annotation, note: string) => ({ ...annotation, note, modified: '2026-02-02T00:00:00.000Z' });
  const cases: { name: string; mine: SetContent; theirs: SetContent; expected: ReturnType<typeof summary> }[] = [
    {
      name: 'unchanged on both sides: kept as it is',
      mine: content([A, B], [relation('r1', 'a', 'b')]),
      theirs: content([A, B], [relation('r1', 'a', 'b')]),
      expected: { annotations: { a: 'actor||0', b: 'quote||5' }, relations: ['r1'], conflicts: [] },
    },
    {
      name: 'changed here only: mine',
      mine: content([noted(A, 'mine'), B]),
      theirs: content([A, B]),
      expected: { annotations: { a: 'actor|mine|0', b: 'quote||5' }, relations: [], conflicts: [] },
    },
    {
      name: 'changed there only: theirs',
      mine: content([A, B]),
      theirs: content([A, { ...B, categoryIds: ['quote', 'policy'] }]),
      expected: { annotations: { a: 'actor||0', b: 'policy+quote||5' }, relations: [], conflicts: [] },
    },
    {
      name: 'changed on both sides the same way: it, no conflict (the times differ, the content not)',
      mine: content([noted(A, 'same'), B]),
      theirs: content([{ ...noted(A, 'same'), modified: '2026-03-03T00:00:00.000Z' }, B]),
      expected: { annotations: { a: 'actor|same|0', b: 'quote||5' }, relations: [], conflicts: [] },
    },
    {
      name: 'changed on both sides differently: a conflict',
      mine: content([noted(A, 'mine'), B]),
      theirs: content([noted(A, 'theirs'), B]),
      expected: { annotations: { a: 'actor|mine|0', b: 'quote||5' }, relations: [], conflicts: ['a'] },
    },
    {
      name: 'added on either side: both kept',
      mine: content([A, B, makeAnnotation({ id: 'c', categoryIds: ['policy'] })]),
      theirs: content([A, B, makeAnnotation({ id: 'd', start: 9, end: 12 })]),
      expected: { annotations: { a: 'actor||0', b: 'quote||5', c: 'policy||0', d: 'actor||9' }, relations: [], conflicts: [] },
    },
    {
      name: 'added on both sides under one id, differently: a conflict',
      mine: content([A, B, makeAnnotation({ id: 'c', note: 'one' })]),
      theirs: content([A, B, makeAnnotation({ id: 'c', note: 'two' })]),
      expected: { annotations: { a: 'actor||0', b: 'quote||5', c: 'actor|one|0' }, relations: [], conflicts: ['c'] },
    },
    {
      name: 'deleted here, unchanged there: deleted (and its relation with it)',
      mine: content([B]),
      theirs: content([A, B], [relation('r1', 'a', 'b')]),
      expected: { annotations: { b: 'quote||5' }, relations: [], conflicts: [] },
    },
    {
      name: 'deleted there, unchanged here: deleted',
      mine: content([A, B], [relation('r1', 'a', 'b')]),
      theirs: content([A]),
      expected: { annotations: { a: 'actor||0' }, relations: [], conflicts: [] },
    },
    {
      name: 'deleted here, edited there: the edit is kept',
      mine: content([B]),
      theirs: content([noted(A, 'typed there'), B]),
      expected: { annotations: { a: 'actor|typed there|0', b: 'quote||5' }, relations: [], conflicts: [] },
    },
    {
      name: 'edited here, deleted there: the edit is kept',
      mine: content([{ ...A, start: 7 }, B]),
      theirs: content([B]),
      expected: { annotations: { a: 'actor||7', b: 'quote||5' }, relations: [], conflicts: [] },
    },
    {
      name: 'relations: union of the added, minus the deleted',
      mine: content([A, B], [relation('r2', 'b', 'a')]),
      theirs: content([A, B], [relation('r1', 'a', 'b'), relation('r3', 'a', 'b', 'about')]),
      expected: { annotations: { a: 'actor||0', b: 'quote||5' }, relations: ['r2', 'r3'], conflicts: [] },
    },
    {
      name: 'a relation made here whose end was deleted there keeps that end (a relation is an edit of it)',
      mine: content([A, B, makeAnnotation({ id: 'c' })], [relation('r1', 'a', 'b'), relation('r4', 'c', 'b')]),
      theirs: content([A], []),
      expected: { annotations: { a: 'actor||0', b: 'quote||5', c: 'actor||0' }, relations: ['r4'], conflicts: [] },
    },
    {
      name: 'a relation made there whose end was deleted here keeps that end',
      mine: content([B], []),
      theirs: content([A, B], [relation('r1', 'a', 'b'), relation('r6', 'b', 'a', 'about')]),
      expected: { annotations: { a: 'actor||0', b: 'quote||5' }, relations: ['r6'], conflicts: [] },
    },
    {
      name: 'an end deleted there whose relations here are all old still goes',
      mine: content([A, B], [relation('r1', 'a', 'b')]),
      theirs: content([A], []),
      expected: { annotations: { a: 'actor||0' }, relations: [], conflicts: [] },
    },
    {
      name: 'twins made on both sides under two ids: the smaller id stays',
      mine: content([A, B], [relation('r1', 'a', 'b'), relation('r9', 'b', 'a')]),
      theirs: content([A, B], [relation('r1', 'a', 'b'), relation('r5', 'b', 'a')]),
      expected: { annotations: { a: 'actor||0', b: 'quote||5' }, relations: ['r1', 'r5'], conflicts: [] },
    },
  ];
  for (const { name, mine, theirs, expected } of cases) {
    it(name, () => assert.deepEqual(summary(mergeSets(base, mine, theirs)), expected));
  }

  it("a conflict lists both sides' annotations, and a choice decides it", () => {
    const mine = content([noted(A, 'mine'), B]);
    const theirs = content([noted(A, 'theirs'), B]);
    const open = mergeSets(base, mine, theirs);
    assert.deepEqual(open.conflicts.map((c) => [c.annotationId, c.mine.note, c.theirs.note]), [['a', 'mine', 'theirs']]);
    const seen = fingerprint(noted(A, 'theirs'));
    assert.deepEqual(summary(mergeSets(base, mine, theirs, new Map([['a', { side: 'theirs', seen }]]))).annotations, { a: 'actor|theirs|0', b: 'quote||5' });
    assert.deepEqual(summary(mergeSets(base, mine, theirs, new Map([['a', { side: 'mine', seen }]]))), { annotations: { a: 'actor|mine|0', b: 'quote||5' }, relations: [], conflicts: [] });
  });

  it('a choice made on a server version that changed since is not applied: the conflict comes back with the newer version', () => {
    const mine = content([noted(A, 'mine'), B]);
    const seen = fingerprint(noted(A, 'theirs'));
    const newer = content([noted(A, 'theirs, again'), B]);
    const result = mergeSets(base, mine, newer, new Map([['a', { side: 'mine', seen }]]));
    assert.deepEqual(result.conflicts.map((c) => [c.annotationId, c.mine.note, c.theirs.note]), [['a', 'mine', 'theirs, again']]);
  });

  it('compares categories as a set and ignores modified: the same content in another order is no change', () => {
    const two = makeAnnotation({ id: 'x', categoryIds: ['actor', 'quote'] });
    const swapped = { ...two, categoryIds: ['quote', 'actor'], modified: '2027-01-01T00:00:00.000Z' };
    assert.equal(changesSince(baseOf(content([two])), content([swapped])), 0);
    assert.equal(changesSince(baseOf(content([two])), content([{ ...two, creator: 'Ada' }])), 1);
  });

  it('counts what changed since the base: one added, one edited, one deleted, one relation gone', () => {
    const mine = content([noted(A, 'n'), makeAnnotation({ id: 'c' })]);
    assert.equal(changesSince(base, mine), 4);
    assert.equal(changesSince(EMPTY_BASE, mine), 2);
  });
});

// Properties over generated sets: six annotation ids, small domains so that sides often agree.
const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
const contentArb = fc.record({
  categoryIds: fc.subarray(['actor', 'quote', 'policy'], { minLength: 1 }),
  note: fc.constantFrom(undefined, 'x', 'y'),
  start: fc.constantFrom(0, 5),
});
type Content = { categoryIds: string[]; note: string | undefined; start: number };
const annotationOf = (id: string, c: Content, modified: string): Annotation =>
  makeAnnotation({ id, categoryIds: c.categoryIds, start: c.start, end: c.start + 4, modified, ...(c.note ? { note: c.note } : {}) });
const CANDIDATES = IDS.flatMap((s) => IDS.filter((t) => t !== s).map((t) => relation(`r-${s}-${t}`, s, t)));
const withEnds = (annotations: Annotation[], relations: Relation[]) => {
  const ids = new Set(annotations.map((a) => a.id));
  return relations.filter((r) => ids.has(r.sourceId) && ids.has(r.targetId));
};

const baseArb = fc
  .tuple(fc.array(fc.option(contentArb, { nil: undefined }), { minLength: IDS.length, maxLength: IDS.length }), fc.subarray(CANDIDATES, { maxLength: 8 }))
  .map(([contents, relations]) => {
    const annotations = IDS.flatMap((id, i) => (contents[i] ? [annotationOf(id, contents[i], 'base')] : []));
    return content(annotations, withEnds(annotations, relations));
  });

/** A side derived from `b`: each annotation kept (often), deleted, or changed/added; each relation kept as it was, or made/removed. */
function sideOf(b: SetContent, label: string): fc.Arbitrary<SetContent> {
  const step = fc.oneof({ arbitrary: fc.constant<'same'>('same'), weight: 3 }, { arbitrary: fc.constant<'gone'>('gone'), weight: 1 }, { arbitrary: contentArb, weight: 2 });
  const relationStep = fc.oneof({ arbitrary: fc.constant<'same'>('same'), weight: 4 }, { arbitrary: fc.boolean(), weight: 1 });
  return fc
    .tuple(fc.array(step, { minLength: IDS.length, maxLength: IDS.length }), fc.array(relationStep, { minLength: CANDIDATES.length, maxLength: CANDIDATES.length }))
    .map(([steps, relationSteps]) => {
      const was = new Map(b.annotations.map((a) => [a.id, a]));
      const annotations = IDS.flatMap((id, i) => {
        const s = steps[i]!;
        if (s === 'same') return was.has(id) ? [was.get(id)!] : [];
        if (s === 'gone') return [];
        return [annotationOf(id, s, label)];
      });
      const had = new Set(b.relations.map((r) => r.id));
      const relations = CANDIDATES.filter((r, i) => (relationSteps[i] === 'same' ? had.has(r.id) : relationSteps[i] === true));
      return content(annotations, withEnds(annotations, relations));
    });
}

const threeWay = baseArb.chain((b) => fc.tuple(fc.constant(b), sideOf(b, 'mine'), sideOf(b, 'theirs')));

/** What a result holds, by content: fingerprints by id and the relation ids. */
function held(result: SetContent): { annotations: Record<string, unknown>; relations: string[] } {
  return { annotations: Object.fromEntries(result.annotations.map((a) => [a.id, fingerprint(a)])), relations: result.relations.map((r) => r.id).sort() };
}

describe('merging a shared set, properties', () => {
  it('merge(base, x, base) = x: when the server kept the base, the reader\'s set is the result', () => {
    fc.assert(
      fc.property(threeWay, ([b, x]) => {
        const result = mergeSets(baseOf(b), x, b);
        assert.deepEqual(result.conflicts, []);
        assert.deepEqual(held(result), held(x));
      }),
    );
  });

  it('merge(base, base, y) = y: when the reader changed nothing, the server\'s copy is the result', () => {
    fc.assert(
      fc.property(threeWay, ([b, , y]) => {
        const result = mergeSets(baseOf(b), b, y);
        assert.deepEqual(result.conflicts, []);
        assert.deepEqual(held(result), held(y));
      }),
    );
  });

  it('is symmetric up to which side a conflict names', () => {
    fc.assert(
      fc.property(threeWay, ([b, x, y]) => {
        const xy = mergeSets(baseOf(b), x, y);
        const yx = mergeSets(baseOf(b), y, x);
        const conflicts = new Set(xy.conflicts.map((c) => c.annotationId));
        assert.deepEqual(yx.conflicts.map((c) => c.annotationId), [...conflicts]);
        for (const c of xy.conflicts) {
          const mirrored = yx.conflicts.find((other) => other.annotationId === c.annotationId)!;
          assert.deepEqual([fingerprint(mirrored.mine), fingerprint(mirrored.theirs)], [fingerprint(c.theirs), fingerprint(c.mine)]);
        }
        const settled = (r: MergeResult) => {
          const { annotations, relations } = held(r);
          return { annotations: Object.fromEntries(Object.entries(annotations).filter(([id]) => !conflicts.has(id))), relations };
        };
        assert.deepEqual(settled(yx), settled(xy));
        assert.deepEqual(yx.annotations.map((a) => a.id), xy.annotations.map((a) => a.id));
      }),
    );
  });

  it('without conflicts, every annotation added on either side is in the result, and every conflict was changed on both', () => {
    fc.assert(
      fc.property(threeWay, ([b, x, y]) => {
        const base = baseOf(b);
        const result = mergeSets(base, x, y);
        const ids = new Set(result.annotations.map((a) => a.id));
        if (result.conflicts.length === 0) {
          for (const a of [...x.annotations, ...y.annotations]) if (base.annotations[a.id] === undefined) assert.ok(ids.has(a.id), `${a.id} was added and is lost`);
        }
        for (const c of result.conflicts) assert.notDeepEqual(fingerprint(c.mine), fingerprint(c.theirs));
        for (const r of result.relations) assert.ok(ids.has(r.sourceId) && ids.has(r.targetId), `${r.id} links to nothing`);
      }),
    );
  });
});
