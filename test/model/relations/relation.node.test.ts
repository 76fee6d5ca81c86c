/**
 * The rules every way of making a relation shares (issue 17): which types two annotations allow
 * (a subcategory counts as its parent), which relations an annotation's deletion takes with it,
 * and what a relation may not be (a link to itself, a twin, a type its categories do not allow).
 *   node --import tsx --test test/model/relations/relation.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allowedTypes, type Relation, type RelationCategory, relationsTouching, validateRelation } from '../../../src/model/relations/relation.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';

const cat = (id: string, parentId?: string): RelationCategory => (parentId ? { id, parentId } : { id });
const ids = (types: readonly { id: string }[]): string[] => types.map((type) => type.id);

describe('the default scheme ships three relation types', () => {
  it('said by, source of, responsible for, with their German labels, categories and IRIs', () => {
    assert.deepEqual(
      DEFAULT_RELATION_TYPES.map((type) => [type.id, type.label.en, type.label.de, type.from, type.to, type.iri]),
      [
        ['said-by', 'said by', 'gesagt von', ['quote'], ['actor'], 'tag:close-reader.app,2026:relations/said-by'],
        ['source-of', 'source of', 'Quelle von', ['statistic'], ['actor'], 'tag:close-reader.app,2026:relations/source-of'],
        ['responsible-for', 'responsible for', 'verantwortlich für', ['actor'], ['policy'], 'tag:close-reader.app,2026:relations/responsible-for'],
      ],
    );
  });
});

describe('allowedTypes: the types offered for a link from one annotation to another', () => {
  const cases: { name: string; source: RelationCategory[]; target: RelationCategory[]; expected: string[] }[] = [
    { name: 'a quote to an actor: said by', source: [cat('quote')], target: [cat('actor')], expected: ['said-by'] },
    { name: 'a statistic to an actor: source of', source: [cat('statistic')], target: [cat('actor')], expected: ['source-of'] },
    { name: 'an actor to a policy: responsible for', source: [cat('actor')], target: [cat('policy')], expected: ['responsible-for'] },
    { name: 'the wrong way round (actor to quote): none', source: [cat('actor')], target: [cat('quote')], expected: [] },
    { name: 'a quote to a policy: none', source: [cat('quote')], target: [cat('policy')], expected: [] },
    { name: 'untagged annotations: none', source: [], target: [cat('actor')], expected: [] },
    { name: 'a quote that is a statistic too, to an actor: both, in scheme order', source: [cat('statistic'), cat('quote')], target: [cat('actor')], expected: ['said-by', 'source-of'] },
    { name: 'a subcategory of quote counts as quote', source: [cat('indirect-quote', 'quote')], target: [cat('actor')], expected: ['said-by'] },
    { name: 'a subcategory of actor counts as actor on either side', source: [cat('minister', 'actor')], target: [cat('party', 'actor'), cat('policy')], expected: ['responsible-for'] },
    { name: 'a subcategory of something else does not count', source: [cat('indirect-quote', 'opinion')], target: [cat('actor')], expected: [] },
  ];
  for (const { name, source, target, expected } of cases) {
    it(name, () => assert.deepEqual(ids(allowedTypes(DEFAULT_RELATION_TYPES, source, target)), expected));
  }
});

const base: Relation = {
  id: 'r1',
  setId: 'mine:002',
  documentId: '002',
  typeId: 'said-by',
  sourceId: 'quote-1',
  targetId: 'actor-1',
  created: '2026-11-30T10:00:00.000Z',
  modified: '2026-11-30T10:00:00.000Z',
};

describe('relationsTouching: what deleting an annotation removes with it', () => {
  const relations: Relation[] = [
    base,
    { ...base, id: 'r2', sourceId: 'stat-1', typeId: 'source-of' },
    { ...base, id: 'r3', typeId: 'responsible-for', sourceId: 'actor-1', targetId: 'policy-1' },
    { ...base, id: 'r4', sourceId: 'quote-2', targetId: 'actor-2' },
  ];
  const cases: { name: string; annotation: string; expected: string[] }[] = [
    { name: 'an actor both quoted and responsible: every relation in either direction', annotation: 'actor-1', expected: ['r1', 'r2', 'r3'] },
    { name: 'a quote: its one relation', annotation: 'quote-2', expected: ['r4'] },
    { name: 'an annotation without relations: none', annotation: 'quote-9', expected: [] },
  ];
  for (const { name, annotation, expected } of cases) {
    it(name, () => assert.deepEqual(ids(relationsTouching(relations, annotation)), expected));
  }

  it('property: the touched and the kept relations split the list, and no kept one names the annotation', () => {
    const arbRelation = fc.record({ id: fc.uuid(), sourceId: fc.constantFrom('a', 'b', 'c', 'd'), targetId: fc.constantFrom('a', 'b', 'c', 'd') });
    fc.assert(
      fc.property(fc.array(arbRelation, { maxLength: 20 }), fc.constantFrom('a', 'b', 'c', 'd'), (parts, annotation) => {
        const list = parts.map((part) => ({ ...base, ...part }));
        const touched = relationsTouching(list, annotation);
        const kept = list.filter((relation) => !touched.includes(relation));
        assert.equal(touched.length + kept.length, list.length);
        assert.ok(touched.every((relation) => relation.sourceId === annotation || relation.targetId === annotation));
        assert.ok(kept.every((relation) => relation.sourceId !== annotation && relation.targetId !== annotation));
      }),
    );
  });
});

describe('validateRelation: what a new relation may not be', () => {
  const codes = (result: ReturnType<typeof validateRelation>): string[] => (result.ok ? [] : result.problems.map((entry) => entry.code));
  const said = DEFAULT_RELATION_TYPES.filter((type) => type.id === 'said-by');
  const cases: { name: string; relation: Relation; existing: Relation[]; allowed?: typeof said; expected: string[] }[] = [
    { name: 'a fresh link between two annotations', relation: base, existing: [], allowed: said, expected: [] },
    { name: 'a link to itself', relation: { ...base, targetId: 'quote-1' }, existing: [], expected: ['self-link'] },
    { name: 'a twin (same type, source, target)', relation: { ...base, id: 'r2' }, existing: [base], expected: ['duplicate'] },
    { name: 'the same relation edited (its own id) is no twin', relation: { ...base, modified: '2026-12-01T00:00:00.000Z' }, existing: [base], expected: [] },
    { name: 'another type between the same two is allowed', relation: { ...base, id: 'r2', typeId: 'source-of' }, existing: [base], expected: [] },
    { name: 'the reverse direction is no twin', relation: { ...base, id: 'r2', sourceId: 'actor-1', targetId: 'quote-1' }, existing: [base], expected: [] },
    { name: 'a type the categories do not allow', relation: { ...base, typeId: 'responsible-for' }, existing: [], allowed: said, expected: ['type-not-allowed'] },
    {
      name: 'every problem at once',
      relation: { ...base, id: 'r2', typeId: 'responsible-for', targetId: 'quote-1' },
      existing: [{ ...base, typeId: 'responsible-for', targetId: 'quote-1' }],
      allowed: said,
      expected: ['self-link', 'duplicate', 'type-not-allowed'],
    },
  ];
  for (const { name, relation, existing, allowed, expected } of cases) {
    it(name, () => assert.deepEqual(codes(validateRelation(relation, existing, allowed)), expected));
  }

  it('property: a link from an annotation to itself is always refused', () => {
    fc.assert(fc.property(fc.string({ minLength: 1 }), (annotation) => !validateRelation({ ...base, sourceId: annotation, targetId: annotation }, []).ok));
  });
});
