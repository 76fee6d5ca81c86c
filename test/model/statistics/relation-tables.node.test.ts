/**
 * The relation tables (model/statistics/relation-tables.ts) on relations counted by hand:
 *
 *   said-by:   q1 → "Salvini" (d1) · q2 → " salvini " (d2, another mention of the same name)
 *              q3 → "Merkel" · q1 → "Salvini" again (listed twice: counts once)
 *   source-of: st1 "5 %" → Salvini and → Merkel · st2 "5 %" (the same words, another figure) → Merkel
 *   responsible-for: Merkel → a policy (in neither table)
 *
 * Speakers: Salvini 2 quotes (q1 q2, his two mentions one speaker), Merkel 1. Statistics: st1 with
 * 2 sources (Salvini, Merkel in text order), st2 with 1: two rows though their words are equal.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type RelationInput, nameKey, speakerTable, statisticSourceTable } from '../../../src/model/statistics/relation-tables.js';
import { makeAnnotation } from '../../support/annotations.js';

const at = (id: string, documentId: string, start: number, exact: string, category: string): Annotation =>
  makeAnnotation({ id, documentId, start, end: start + exact.length, exact, categoryIds: [category] });

const SALVINI = at('s1', 'd1', 0, 'Salvini', 'actor');
const SALVINI_AGAIN = at('s2', 'd2', 0, ' salvini ', 'actor');
const MERKEL = at('m', 'd1', 30, 'Merkel', 'actor');
const Q1 = at('q1', 'd1', 10, '„Wir bleiben.“', 'quote');
const Q2 = at('q2', 'd2', 40, '„Nie.“', 'quote');
const Q3 = at('q3', 'd1', 50, '„Ja.“', 'quote');
const ST1 = at('st1', 'd1', 70, '5 %', 'statistic');
const ST2 = at('st2', 'd1', 90, '5 %', 'statistic');
const POLICY = at('p', 'd1', 100, 'Mindestlohn', 'policy');

const RELATIONS: readonly RelationInput[] = [
  { typeId: 'said-by', source: Q2, target: SALVINI_AGAIN },
  { typeId: 'said-by', source: Q1, target: SALVINI },
  { typeId: 'said-by', source: Q3, target: MERKEL },
  { typeId: 'said-by', source: Q1, target: SALVINI },
  { typeId: 'source-of', source: ST2, target: MERKEL },
  { typeId: 'source-of', source: ST1, target: MERKEL },
  { typeId: 'source-of', source: ST1, target: SALVINI },
  { typeId: 'responsible-for', source: MERKEL, target: POLICY },
];

const ids = (annotations: readonly Annotation[]): string[] => annotations.map((annotation) => annotation.id);

describe('the speakers with their quotes', () => {
  const speakers = speakerTable(RELATIONS, 'said-by');

  it('groups the mentions of one name, counts each quote once, most quotes first', () => {
    assert.deepEqual(
      speakers.map((group) => [group.label, ids(group.heads), group.partners.length, ids(group.partners)]),
      [
        ['Salvini', ['s1', 's2'], 2, ['q1', 'q2']],
        ['Merkel', ['m'], 1, ['q3']],
      ],
    );
  });

  it('gives the quotes themselves', () => {
    assert.deepEqual(speakers[0]!.partners.map((quote) => quote.exact), ['„Wir bleiben.“', '„Nie.“']);
  });

  it('is empty for a type without relations', () => {
    assert.deepEqual(speakerTable(RELATIONS, 'quoted-in'), []);
  });
});

describe('the statistics with their sources', () => {
  it('keeps each statistic apart, even with the same words, its sources in text order', () => {
    assert.deepEqual(
      statisticSourceTable(RELATIONS, 'source-of').map((group) => [group.label, ids(group.heads), group.partners.length, ids(group.partners)]),
      [
        ['5 %', ['st1'], 2, ['s1', 'm']],
        ['5 %', ['st2'], 1, ['m']],
      ],
    );
  });
});

describe('a name as it groups', () => {
  const cases: [name: string, a: string, b: string, same: boolean][] = [
    ['case', 'SALVINI', 'Salvini', true],
    ['spaces and a line break', ' Matteo\n Salvini ', 'Matteo Salvini', true],
    ['composed and decomposed umlaut', 'Mu\u0308ller', 'Müller', true],
    ['a first name more', 'Matteo Salvini', 'Salvini', false],
  ];
  for (const [name, a, b, same] of cases) {
    it(`${same ? 'folds' : 'keeps apart'} ${name}`, () => assert.equal(nameKey(a) === nameKey(b), same));
  }
});
