/**
 * Which annotations a link may go to and in which order J/K offer them (src/ui/reader/link-candidates.ts),
 * and how relations read in the card and the sidebar (src/ui/reader/relation-entries.ts), issue 17.
 *   node --import tsx --test test/ui/reader/link-candidates.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';
import { linkCandidates, linkOptions, nearestCandidate, stepCandidate, typesTouching, type CategoriesOf } from '../../../src/ui/reader/link-candidates.js';
import { relationIndex, relationText, sidebarRelationLine } from '../../../src/ui/reader/relation-entries.js';
import { makeAnnotation } from '../../support/annotations.js';

/** Categories as the default scheme has them, plus "indirect quote", a subcategory of quote. */
const categoriesOf: CategoriesOf = (annotation) => annotation.categoryIds.map((id) => (id === 'indirect' ? { id, parentId: 'quote' } : { id }));
const LABELS: Record<string, string> = { actor: 'Actor', quote: 'Quote', policy: 'Policy', statistic: 'Statistic' };
const label = (id: string): string => LABELS[id] ?? id;

function at(id: string, start: number, end: number, categoryIds: string[], exact = id): Annotation {
  return makeAnnotation({ id, start, end, exact, categoryIds });
}

function relation(id: string, typeId: string, sourceId: string, targetId: string): Relation {
  return { id, setId: 'mine:doc', documentId: 'doc', typeId, sourceId, targetId, created: 'x', modified: 'x' };
}

// "Salvini sagte: „Wir …“, so Salvini; Brüssel verlangt die Quote; 40 % sagen …"
const speakerBefore = at('salvini-1', 0, 7, ['actor'], 'Salvini');
const quote = at('quote', 15, 40, ['quote'], 'Wir schließen die Häfen');
const speakerAfter = at('salvini-2', 46, 53, ['actor'], 'Salvini');
const policy = at('policy', 70, 90, ['policy'], 'die Quote');
const statistic = at('stat', 100, 110, ['statistic'], '40 %');
const ordered = [speakerBefore, quote, speakerAfter, policy, statistic];

describe('link candidates', () => {
  it('offers from a quote only the actors, in text order, each with "said by" from the quote', () => {
    const candidates = linkCandidates(DEFAULT_RELATION_TYPES, quote, ordered, categoriesOf);
    assert.deepEqual(
      candidates.map((c) => [c.annotation.id, c.options.map((o) => [o.type.id, o.sourceId, o.targetId])]),
      [
        ['salvini-1', [['said-by', 'quote', 'salvini-1']]],
        ['salvini-2', [['said-by', 'quote', 'salvini-2']]],
      ],
    );
  });

  it('offers from an actor its quotes and statistics (made the other way round) and its policies', () => {
    const candidates = linkCandidates(DEFAULT_RELATION_TYPES, speakerAfter, ordered, categoriesOf);
    assert.deepEqual(
      candidates.map((c) => [c.annotation.id, c.options.map((o) => [o.type.id, o.sourceId, o.targetId])]),
      [
        ['quote', [['said-by', 'quote', 'salvini-2']]],
        ['policy', [['responsible-for', 'salvini-2', 'policy']]],
        ['stat', [['source-of', 'stat', 'salvini-2']]],
      ],
    );
  });

  it('counts a subcategory as its parent, and offers every fitting type of a pair with several categories', () => {
    const indirect = at('indirect', 15, 40, ['indirect']);
    assert.deepEqual(linkOptions(DEFAULT_RELATION_TYPES, indirect, speakerBefore, categoriesOf).map((o) => o.type.id), ['said-by']);
    const both = at('both', 200, 210, ['quote', 'statistic']);
    assert.deepEqual(linkOptions(DEFAULT_RELATION_TYPES, both, speakerBefore, categoriesOf).map((o) => o.type.id), ['said-by', 'source-of']);
  });

  it('leaves out the annotation itself and a link the pair has already', () => {
    assert.deepEqual(linkOptions(DEFAULT_RELATION_TYPES, quote, quote, categoriesOf), []);
    const existing = [relation('r1', 'said-by', 'quote', 'salvini-1')];
    assert.deepEqual(linkCandidates(DEFAULT_RELATION_TYPES, quote, ordered, categoriesOf, existing).map((c) => c.annotation.id), ['salvini-2']);
  });

  it('offers first the nearest candidate, the one after the source at an equal distance', () => {
    const candidates = linkCandidates(DEFAULT_RELATION_TYPES, quote, ordered, categoriesOf);
    // Salvini before ends 8 characters before the quote, Salvini after starts 6 after it.
    assert.equal(nearestCandidate(candidates, quote), 1);
    const closerBefore = linkCandidates(DEFAULT_RELATION_TYPES, quote, [at('a', 10, 14, ['actor']), quote, at('b', 46, 50, ['actor'])], categoriesOf);
    assert.equal(nearestCandidate(closerBefore, quote), 0);
    const tie = linkCandidates(DEFAULT_RELATION_TYPES, quote, [at('a', 5, 10, ['actor']), quote, at('b', 45, 50, ['actor'])], categoriesOf);
    assert.equal(nearestCandidate(tie, quote), 1);
    assert.equal(nearestCandidate([], quote), -1);
  });

  it('steps around the list at either end', () => {
    assert.deepEqual([stepCandidate(0, 1, 3), stepCandidate(2, 1, 3), stepCandidate(0, -1, 3), stepCandidate(0, 1, 0)], [1, 0, 2, -1]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.nat(), (count, seed) => {
        const start = seed % count;
        assert.equal(stepCandidate(stepCandidate(start, 1, count), -1, count), start);
      }),
    );
  });

  it('names the types that touch a category, to tell the reader what could be linked', () => {
    assert.deepEqual(typesTouching(DEFAULT_RELATION_TYPES, [{ id: 'quote' }]).map((t) => t.id), ['said-by']);
    assert.deepEqual(typesTouching(DEFAULT_RELATION_TYPES, [{ id: 'actor' }]).map((t) => t.id), ['said-by', 'source-of', 'responsible-for']);
    assert.deepEqual(typesTouching(DEFAULT_RELATION_TYPES, [{ id: 'other' }]), []);
  });
});

describe('relations as the card and the sidebar show them', () => {
  const relations = [relation('r1', 'said-by', 'quote', 'salvini-2'), relation('r2', 'responsible-for', 'salvini-2', 'policy')];
  const index = relationIndex(relations, ordered, DEFAULT_RELATION_TYPES, categoriesOf);

  it('lists both directions per annotation, outgoing first', () => {
    assert.deepEqual(
      [...index].map(([id, entries]) => [id, entries.map((e) => [e.relation.id, e.direction, e.partner?.id, e.fits])]),
      [
        ['quote', [['r1', 'out', 'salvini-2', true]]],
        ['salvini-2', [['r2', 'out', 'policy', true], ['r1', 'in', 'quote', true]]],
        ['policy', [['r2', 'in', 'salvini-2', true]]],
      ],
    );
  });

  it('words a relation from either side, in German and English', () => {
    const [out] = index.get('quote')!;
    const [, incoming] = index.get('salvini-2')!;
    assert.equal(relationText(out!, 'en', label), 'said by: Salvini');
    assert.equal(relationText(out!, 'de', label), 'gesagt von: Salvini');
    assert.equal(relationText(incoming!, 'en', label), 'Quote: “Wir schließen die Häfen” — said by');
    assert.equal(relationText(incoming!, 'de', label), 'Quote: „Wir schließen die Häfen“ — gesagt von');
    assert.equal(sidebarRelationLine(index.get('salvini-2'), 'en', label), '— responsible for: die Quote · Quote: “Wir schließen die Häfen” — said by');
    assert.equal(sidebarRelationLine(undefined, 'en', label), '');
  });

  it('lists a quote\'s links in the text order of their partners, whatever order they were made in', () => {
    const links = [relation('z-first-made', 'said-by', 'quote', 'salvini-2'), relation('a-made-later', 'said-by', 'quote', 'salvini-1')];
    const entries = relationIndex(links, ordered, DEFAULT_RELATION_TYPES, categoriesOf).get('quote')!;
    assert.deepEqual(entries.map((entry) => entry.partner?.id), ['salvini-1', 'salvini-2']);
  });

  it('says when the categories no longer allow the type, and names a type the scheme lost by its id', () => {
    const retagged = [speakerBefore, { ...quote, categoryIds: ['policy'] }, speakerAfter];
    const [entry] = relationIndex([relation('r1', 'said-by', 'quote', 'salvini-2')], retagged, DEFAULT_RELATION_TYPES, categoriesOf).get('quote')!;
    assert.equal(entry!.fits, false);
    const [lost] = relationIndex([relation('r9', 'blames', 'quote', 'salvini-2')], ordered, DEFAULT_RELATION_TYPES, categoriesOf).get('quote')!;
    assert.deepEqual([lost!.fits, relationText(lost!, 'en', label)], [false, 'blames: Salvini']);
  });
});
