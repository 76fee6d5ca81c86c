/**
 * The merge of field-level annotation writes (src/model/annotations/annotation-merge.ts): what two
 * tabs writing to one store end with, and what an undo reverts. Each case applies writes in turn to
 * one set of stored records, as storage does, some of them the inverse an earlier write gave (an
 * undo), and names the records it must end with.
 */
import { expect } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { mergeWrite } from '../../../src/model/annotations/annotation-merge.js';
import { opsForRewrite, type AnnotationOp } from '../../../src/model/annotations/annotation-write.js';
import { makeAnnotation } from '../../support/annotations.js';

const AT = '2026-11-23T12:00:00.000Z';

/** An op, or "undo N": the inverse the N-th write (from 0) gave. */
type Step = AnnotationOp | { readonly undo: number };

interface Case {
  readonly name: string;
  readonly stored: readonly Annotation[];
  /** Each inner list is one write. */
  readonly writes: readonly (readonly Step[])[];
  /** The records at the end, as [id, categoryIds, note]. */
  readonly expected: readonly [string, readonly string[], string | undefined][];
}

const X = makeAnnotation({ id: 'x', categoryIds: ['actor'] });
const NOTED = makeAnnotation({ id: 'x', categoryIds: ['actor'], note: 'mine' });

const CASES: readonly Case[] = [
  {
    name: 'two tabs add different categories to one annotation: both stay',
    stored: [X],
    writes: [[{ kind: 'add-category', id: 'x', categoryId: 'quote' }], [{ kind: 'add-category', id: 'x', categoryId: 'policy' }]],
    expected: [['x', ['actor', 'quote', 'policy'], undefined]],
  },
  {
    name: 'two tabs tag a fresh passage at once: one annotation with both categories',
    stored: [],
    writes: [
      [{ kind: 'tag', annotation: makeAnnotation({ id: 'a', categoryIds: ['quote'] }) }],
      [{ kind: 'tag', annotation: makeAnnotation({ id: 'b', categoryIds: ['policy'] }) }],
    ],
    expected: [['a', ['quote', 'policy'], undefined]],
  },
  {
    name: "tagging a range another set has tagged makes an annotation of its own set: nothing joins across sets",
    stored: [makeAnnotation({ id: 'theirs', setId: 'shared:doc:Ada', categoryIds: ['actor'] })],
    writes: [[{ kind: 'tag', annotation: makeAnnotation({ id: 'mine', categoryIds: ['quote'] }) }], [{ kind: 'tag', annotation: makeAnnotation({ id: 'again', categoryIds: ['policy'] }) }]],
    expected: [
      ['theirs', ['actor'], undefined],
      ['mine', ['quote', 'policy'], undefined],
    ],
  },
  {
    name: 'tagging a range again with a category it has changes nothing',
    stored: [X],
    writes: [[{ kind: 'tag', annotation: makeAnnotation({ id: 'new', categoryIds: ['actor'] }) }]],
    expected: [['x', ['actor'], undefined]],
  },
  {
    name: "undoing a note keeps the category the other tab added after it",
    stored: [X],
    writes: [[{ kind: 'set-note', id: 'x', note: 'mine' }], [{ kind: 'add-category', id: 'x', categoryId: 'policy' }], [{ undo: 0 }]],
    expected: [['x', ['actor', 'policy'], undefined]],
  },
  {
    name: 'undoing a note the other tab has since rewritten leaves the later note',
    stored: [X],
    writes: [[{ kind: 'set-note', id: 'x', note: 'mine' }], [{ kind: 'set-note', id: 'x', note: 'theirs' }], [{ undo: 0 }]],
    expected: [['x', ['actor'], 'theirs']],
  },
  {
    name: 'undoing a category the other tab had added too before it removes it (a set of ids)',
    stored: [X],
    writes: [[{ kind: 'add-category', id: 'x', categoryId: 'quote' }], [{ kind: 'add-category', id: 'x', categoryId: 'quote' }], [{ undo: 0 }]],
    expected: [['x', ['actor'], undefined]],
  },
  {
    name: 'an add that found the category there already is no step: its undo changes nothing',
    stored: [makeAnnotation({ id: 'x', categoryIds: ['actor', 'quote'] })],
    writes: [[{ kind: 'add-category', id: 'x', categoryId: 'quote' }], [{ undo: 0 }]],
    expected: [['x', ['actor', 'quote'], undefined]],
  },
  {
    name: 'two tabs each remove a different one of two categories: the last one stays',
    stored: [makeAnnotation({ id: 'x', categoryIds: ['actor', 'quote'] })],
    writes: [
      [{ kind: 'remove-category', id: 'x', categoryId: 'actor', whenLast: 'keep' }],
      [{ kind: 'remove-category', id: 'x', categoryId: 'quote', whenLast: 'keep' }],
    ],
    expected: [['x', ['quote'], undefined]],
  },
  {
    name: "a category's deletion removes its last category, and the annotation with it",
    stored: [X],
    writes: [[{ kind: 'remove-category', id: 'x', categoryId: 'actor', whenLast: 'delete' }]],
    expected: [],
  },
  {
    name: 'undoing a tag deletes the annotation when nothing else is on it',
    stored: [],
    writes: [[{ kind: 'tag', annotation: X }], [{ undo: 0 }]],
    expected: [],
  },
  {
    name: 'undoing a tag keeps the annotation with the category the other tab added',
    stored: [],
    writes: [[{ kind: 'tag', annotation: X }], [{ kind: 'add-category', id: 'x', categoryId: 'policy' }], [{ undo: 0 }]],
    expected: [['x', ['policy'], undefined]],
  },
  {
    name: "undoing a tag keeps the annotation, whole, when the other tab wrote its note",
    stored: [],
    writes: [[{ kind: 'tag', annotation: X }], [{ kind: 'set-note', id: 'x', note: 'theirs' }], [{ undo: 0 }]],
    expected: [['x', ['actor'], 'theirs']],
  },
  {
    name: 'a deletion deletes what the other tab added, and its undo brings all of it back',
    stored: [X],
    writes: [[{ kind: 'add-category', id: 'x', categoryId: 'policy' }], [{ kind: 'delete', id: 'x' }], [{ undo: 1 }]],
    expected: [['x', ['actor', 'policy'], undefined]],
  },
  {
    name: 'redoing a deletion keeps the annotation with the category the other tab added after the undo',
    stored: [X],
    writes: [[{ kind: 'delete', id: 'x' }], [{ undo: 0 }], [{ kind: 'add-category', id: 'x', categoryId: 'policy' }], [{ undo: 1 }]],
    expected: [['x', ['policy'], undefined]],
  },
  {
    name: 'a change of an annotation the other tab deleted changes nothing and brings nothing back',
    stored: [NOTED],
    writes: [[{ kind: 'delete', id: 'x' }], [{ kind: 'add-category', id: 'x', categoryId: 'quote' }, { kind: 'set-note', id: 'x', note: 'late' }]],
    expected: [],
  },
  {
    name: 'undoing a retraction (redo of a tag) brings the annotation back as it was',
    stored: [],
    writes: [[{ kind: 'tag', annotation: NOTED }], [{ undo: 0 }], [{ undo: 1 }]],
    expected: [['x', ['actor'], 'mine']],
  },
  {
    name: 'undo, redo and undo of a tag the other tab joined: when its category is gone again, the annotation goes',
    stored: [],
    writes: [
      [{ kind: 'tag', annotation: X }],
      [{ kind: 'add-category', id: 'x', categoryId: 'policy' }],
      [{ undo: 0 }],
      [{ undo: 2 }],
      [{ kind: 'remove-category', id: 'x', categoryId: 'policy', whenLast: 'keep' }],
      [{ undo: 3 }],
    ],
    expected: [],
  },
  {
    name: 'a blank note is no note',
    stored: [NOTED],
    writes: [[{ kind: 'set-note', id: 'x', note: '  ' }]],
    expected: [['x', ['actor'], undefined]],
  },
];

/** Applies `writes` in turn to `stored`; returns the records left and each write's result. */
function run(stored: readonly Annotation[], writes: readonly (readonly Step[])[]) {
  let records = new Map(stored.map((annotation) => [annotation.id, annotation]));
  const inverses: (readonly AnnotationOp[])[] = [];
  for (const steps of writes) {
    const ops = steps.flatMap((step) => ('undo' in step ? inverses[step.undo]! : [step]));
    const merged = mergeWrite(records.values(), { ops, at: AT });
    records = new Map(records);
    for (const annotation of merged.put) records.set(annotation.id, annotation);
    for (const id of merged.delete) records.delete(id);
    inverses.push(merged.inverse);
  }
  return { records, inverses };
}

describe('merging field-level writes of annotations', () => {
  for (const { name, stored, writes, expected } of CASES) {
    it(name, () => {
      const { records } = run(stored, writes);
      expect([...records.values()].map((a) => [a.id, a.categoryIds, a.note])).to.deep.equal(expected);
    });
  }

  it("rewrites a deleted category's annotations by category only, keeping what another tab added meanwhile", () => {
    const read = [makeAnnotation({ id: 'x', categoryIds: ['statistic'] }), makeAnnotation({ id: 'y', categoryIds: ['statistic', 'actor'], start: 9 })];
    // The deletion planned on what it read: x goes, y keeps Actor.
    const ops = opsForRewrite(read, { put: [{ ...read[1]!, categoryIds: ['actor'] }], delete: ['x'] });
    // Meanwhile another tab gave x a Quote and y a note.
    const { records } = run([{ ...read[0]!, categoryIds: ['statistic', 'quote'] }, { ...read[1]!, note: 'theirs' }], [ops]);
    expect([...records.values()].map((a) => [a.id, a.categoryIds, a.note])).to.deep.equal([
      ['x', ['quote'], undefined],
      ['y', ['actor'], 'theirs'],
    ]);
  });

  it('reports each changed record before and after, stamps it, and changes nothing else of it', () => {
    const merged = mergeWrite([NOTED, makeAnnotation({ id: 'y', start: 10, end: 14 })], {
      ops: [{ kind: 'add-category', id: 'x', categoryId: 'quote' }],
      at: AT,
    });
    const after = { ...NOTED, categoryIds: ['actor', 'quote'], modified: AT };
    expect(merged.changes).to.deep.equal([{ id: 'x', before: NOTED, after }]);
    expect(merged.put).to.deep.equal([after]);
    expect(merged.delete).to.deep.equal([]);
    expect(merged.inverse).to.deep.equal([{ kind: 'remove-category', id: 'x', categoryId: 'quote', whenLast: 'keep' }]);
  });

  it('moves an annotation, and an undo moves it back only while it is still where the move put it', () => {
    const moved = { start: 20, end: 24, exact: 'Text', prefix: 'a', suffix: 'b' };
    const { records } = run([X], [[{ kind: 'set-range', id: 'x', range: moved }], [{ undo: 0 }]]);
    expect([records.get('x')!.start, records.get('x')!.end, records.get('x')!.prefix]).to.deep.equal([0, 4, '']);
    const later = { ...moved, start: 30, end: 34 };
    const { records: kept } = run([X], [[{ kind: 'set-range', id: 'x', range: moved }], [{ kind: 'set-range', id: 'x', range: later }], [{ undo: 0 }]]);
    expect([kept.get('x')!.start, kept.get('x')!.end]).to.deep.equal([30, 34]);
  });
});
