/**
 * A scheme's relation types (issue 17) as the editor and the stores see them: the default scheme's
 * three when it has none of its own; a deleted category pruned from every type (a type left with an
 * empty side goes); the editor's add, rename, tick and delete with their refusals; an import's
 * types before the stored ones it lacks; a scheme started from another keeping its types.
 *   node --import tsx --test test/model/schemes/relation-type-editing.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DEFAULT_RELATION_TYPES, type RelationType } from '../../../src/model/relations/relation-type.js';
import { type Category, DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { copyCategories } from '../../../src/model/schemes/scheme-copy.js';
import {
  addRelationType,
  deleteRelationType,
  renameRelationType,
  setRelationTypeCategory,
} from '../../../src/model/schemes/relation-type-editing.js';
import {
  copyRelationTypes,
  importedRelationTypes,
  pruneRelationTypes,
  sameRelationTypes,
  schemeRelationTypes,
} from '../../../src/model/schemes/scheme-relation-types.js';

const CIVICS = { id: 'civics', iri: 'tag:close-reader.app,2026:schemes/civics', label: { de: 'Politik', en: 'Civics' }, created: '', modified: '' };
const claims: RelationType = {
  id: 'claims',
  iri: 'tag:close-reader.app,2026:schemes/civics/relations/claims',
  label: { de: 'behauptet', en: 'claims' },
  from: ['speaker', 'party'],
  to: ['claim'],
  schemeId: 'civics',
};
const votes: RelationType = { ...claims, id: 'votes-for', iri: 'tag:close-reader.app,2026:schemes/civics/relations/votes-for', label: { de: 'stimmt für', en: 'votes for' }, from: ['party'], to: ['law', 'claim'] };

describe('which relation types a scheme has', () => {
  it('the default scheme stored without any has the three it ships; another has none; a stored list is the list', () => {
    assert.equal(schemeRelationTypes(DEFAULT_SCHEME), DEFAULT_RELATION_TYPES);
    assert.equal(schemeRelationTypes(undefined), DEFAULT_RELATION_TYPES);
    assert.deepEqual(schemeRelationTypes(CIVICS), []);
    assert.deepEqual(schemeRelationTypes({ ...DEFAULT_SCHEME, relationTypes: [] }), [], 'a reader who deleted all three keeps none');
    assert.deepEqual(schemeRelationTypes({ ...CIVICS, relationTypes: [claims] }), [claims]);
  });
});

describe('pruning the relation types of a deleted category', () => {
  const cases: { name: string; deleted: string[]; expected: RelationType[] }[] = [
    { name: 'a category no type names changes nothing', deleted: ['law-2'], expected: [claims, votes] },
    { name: 'one of two on a side leaves the other', deleted: ['speaker'], expected: [{ ...claims, from: ['party'] }, votes] },
    { name: 'the last on a side takes the type with it', deleted: ['claim'], expected: [{ ...votes, to: ['law'] }] },
    { name: 'a category on both types keeps the type that has another', deleted: ['party'], expected: [{ ...claims, from: ['speaker'] }] },
    { name: 'emptying a side of each takes both', deleted: ['claim', 'law'], expected: [] },
  ];
  for (const { name, deleted, expected } of cases) {
    it(name, () => assert.deepEqual(pruneRelationTypes([claims, votes], deleted), expected));
  }

  it('gives the same list back when nothing names the deleted ones (a save can tell nothing changed)', () => {
    const types = [claims, votes];
    assert.equal(pruneRelationTypes(types, ['law-2']), types);
  });

  it('deleting the default scheme’s actor leaves none of its three types (each names actor)', () => {
    assert.deepEqual(pruneRelationTypes(DEFAULT_RELATION_TYPES, ['actor']), []);
    assert.deepEqual(pruneRelationTypes(DEFAULT_RELATION_TYPES, ['quote']).map((type) => type.id), ['source-of', 'responsible-for']);
  });

  it('no type after pruning names a deleted category or has an empty side (property)', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'd');
    const type = fc.record({ from: fc.uniqueArray(ids, { minLength: 1 }), to: fc.uniqueArray(ids, { minLength: 1 }) });
    fc.assert(
      fc.property(fc.array(type, { maxLength: 5 }), fc.uniqueArray(ids), (sides, deleted: string[]) => {
        const types = sides.map((side, i): RelationType => ({ ...claims, id: `t${i}`, ...side }));
        const kept = pruneRelationTypes(types, deleted);
        for (const t of kept) {
          assert.ok(t.from.length > 0 && t.to.length > 0);
          assert.ok(![...t.from, ...t.to].some((id) => deleted.includes(id)));
        }
        const survivors = types.filter((t) => t.from.some((id) => !deleted.includes(id)) && t.to.some((id) => !deleted.includes(id)));
        assert.deepEqual(kept.map((t) => t.id), survivors.map((t) => t.id));
      }),
    );
  });
});

describe('editing relation types', () => {
  it('adds a type: trimmed name, the empty language filled, an id from the name, the scheme’s IRI, the sides once each', () => {
    const added = addRelationType([claims], 'civics', { label: { de: ' zitiert ', en: '' }, from: ['speaker', 'speaker'], to: ['claim'] });
    assert.ok(added.ok);
    assert.deepEqual(added.value.at(-1), {
      id: 'zitiert',
      iri: 'tag:close-reader.app,2026:schemes/civics/relations/zitiert',
      label: { de: 'zitiert', en: 'zitiert' },
      from: ['speaker'],
      to: ['claim'],
      schemeId: 'civics',
    });
  });

  it('adds to the default scheme below relations/, with no schemeId, and a taken id gets -2', () => {
    const added = addRelationType(DEFAULT_RELATION_TYPES, 'default', { label: { de: 'gesagt von (2)', en: 'Said by!' }, from: ['quote'], to: ['policy'] });
    assert.ok(added.ok);
    const type = added.value.at(-1)!;
    assert.deepEqual([type.id, type.iri, 'schemeId' in type], ['said-by-2', 'tag:close-reader.app,2026:relations/said-by-2', false]);
  });

  const refusals: { name: string; draft: Parameters<typeof addRelationType>[2]; code: string; params?: Record<string, string> }[] = [
    { name: 'no name', draft: { label: { de: ' ', en: '' }, from: ['speaker'], to: ['claim'] }, code: 'label-empty' },
    { name: 'another type’s name (any case)', draft: { label: { de: 'x', en: 'CLAIMS' }, from: ['speaker'], to: ['claim'] }, code: 'relation-type-label-taken', params: { label: 'claims', labelDe: 'behauptet', otherId: 'claims' } },
    { name: 'markup in the name', draft: { label: { de: '<b>x</b>', en: 'x' }, from: ['speaker'], to: ['claim'] }, code: 'markup-in-field' },
    { name: 'nothing to start from', draft: { label: { de: 'x', en: 'x' }, from: [], to: ['claim'] }, code: 'relation-type-side-empty', params: { label: 'x', labelDe: 'x', side: 'from' } },
    { name: 'nothing to lead to', draft: { label: { de: 'x', en: 'x' }, from: ['claim'], to: [] }, code: 'relation-type-side-empty', params: { label: 'x', labelDe: 'x', side: 'to' } },
  ];
  for (const { name, draft, code, params } of refusals) {
    it(`refuses a type with ${name} ('${code}')`, () => {
      const result = addRelationType([claims], 'civics', draft);
      assert.equal(result.ok, false);
      if (result.ok) return;
      assert.equal(result.problems[0]!.code, code);
      if (params) assert.deepEqual(result.problems[0]!.params, params);
    });
  }

  it('renames one language, keeps the id and the other language; refuses another type’s name', () => {
    const renamed = renameRelationType([claims, votes], 'claims', { en: 'asserts ' });
    assert.ok(renamed.ok);
    assert.deepEqual(renamed.value[0], { ...claims, label: { de: 'behauptet', en: 'asserts' } });
    const taken = renameRelationType([claims, votes], 'claims', { de: 'Stimmt für' });
    assert.deepEqual(taken.ok ? [] : taken.problems.map((p) => p.code), ['relation-type-label-taken']);
    const emptied = renameRelationType([claims], 'claims', { en: '' });
    assert.ok(emptied.ok);
    assert.deepEqual(emptied.value[0]!.label, { de: 'behauptet', en: 'behauptet' });
  });

  it('ticks and unticks a category on a side, once; refuses unticking the last one', () => {
    const ticked = setRelationTypeCategory([claims], 'claims', 'to', 'law', true);
    assert.ok(ticked.ok);
    assert.deepEqual(ticked.value[0]!.to, ['claim', 'law']);
    const again = setRelationTypeCategory(ticked.value, 'claims', 'to', 'law', true);
    assert.ok(again.ok);
    assert.deepEqual(again.value[0]!.to, ['claim', 'law']);
    const unticked = setRelationTypeCategory([claims], 'claims', 'from', 'speaker', false);
    assert.ok(unticked.ok);
    assert.deepEqual(unticked.value[0]!.from, ['party']);
    const last = setRelationTypeCategory([claims], 'claims', 'to', 'claim', false);
    assert.deepEqual(last.ok ? [] : last.problems.map((p) => [p.code, p.params['side']]), [['relation-type-side-empty', 'to']]);
  });

  it('deletes a type; refuses one that is not there', () => {
    const deleted = deleteRelationType([claims, votes], 'claims');
    assert.deepEqual(deleted.ok && deleted.value, [votes]);
    const missing = deleteRelationType([votes], 'claims');
    assert.deepEqual(missing.ok ? [] : missing.problems.map((p) => [p.code, p.params['id']]), [['relation-type-not-found', 'claims']]);
  });
});

describe('relation types after an import, and in a scheme started from another', () => {
  it('an import’s types come first, the stored ones it lacks stay; a file without types keeps the stored ones', () => {
    const renamed = { ...claims, label: { de: 'sagt', en: 'says' } };
    assert.deepEqual(importedRelationTypes([claims, votes], [renamed]), [renamed, votes]);
    assert.deepEqual(importedRelationTypes([claims, votes], undefined), [claims, votes]);
  });

  it('compares types by value, key order aside', () => {
    const reordered = { to: claims.to, from: claims.from, schemeId: 'civics', label: { en: 'claims', de: 'behauptet' }, iri: claims.iri, id: 'claims' };
    assert.equal(sameRelationTypes([claims], [reordered]), true);
    assert.equal(sameRelationTypes([claims], [{ ...claims, to: ['law'] }]), false);
    assert.equal(sameRelationTypes([claims, votes], [votes, claims]), false);
  });

  it('a scheme started from the default one keeps its three types, naming the copies', () => {
    const existing: Category[] = DEFAULT_CATEGORIES.map((c) => ({ ...c }));
    const copies = copyCategories(existing, DEFAULT_CATEGORIES, 'class-9b');
    const types = copyRelationTypes(DEFAULT_RELATION_TYPES, DEFAULT_CATEGORIES, copies, 'class-9b');
    assert.deepEqual(
      types.map((t) => [t.id, t.iri, t.from, t.to, t.schemeId]),
      [
        ['said-by', 'tag:close-reader.app,2026:schemes/class-9b/relations/said-by', ['quote-2'], ['actor-2'], 'class-9b'],
        ['source-of', 'tag:close-reader.app,2026:schemes/class-9b/relations/source-of', ['statistic-2'], ['actor-2'], 'class-9b'],
        ['responsible-for', 'tag:close-reader.app,2026:schemes/class-9b/relations/responsible-for', ['actor-2'], ['policy-2'], 'class-9b'],
      ],
    );
  });
});
