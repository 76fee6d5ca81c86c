/**
 * The statistics page's data (app/statistics/statistics-data.ts): every table from the same
 * annotations of the scope, and a relation counted only when both its annotations are in it (the
 * quote of Ada's hand-in said by the reader's "Merkel" is in no table of the library).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { relationTableTypes, statisticsOf } from '../../../src/app/statistics/statistics-data.js';
import { DEFAULT_RELATION_TYPES, type RelationType } from '../../../src/model/relations/relation-type.js';
import { type Category, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { paragraphRanges } from '../../../src/model/statistics/paragraph-co-occurrence.js';
import { LIBRARY_SCOPE, setsScope } from '../../../src/model/statistics/statistics-scope.js';
import { annotationOn } from '../../support/annotations.js';

const TEXT = 'Merkel sagte: „Ja.“\n\nDie Quote: 5 %.';
const PARAGRAPHS = paragraphRanges([{ text: 'Merkel sagte: „Ja.“' }, { text: 'Die Quote: 5 %.' }]);
const MERKEL = annotationOn(TEXT, 'Merkel', { id: 'm', documentId: 'd1', categoryIds: ['actor'] });
const QUOTE = annotationOn(TEXT, '„Ja.“', { id: 'q', documentId: 'd1', categoryIds: ['quote'] });
const FIGURE = annotationOn(TEXT, '5 %', { id: 's', documentId: 'd1', categoryIds: ['statistic'] });
const ADA = annotationOn(TEXT, '„Ja.“', { id: 'qa', documentId: 'd1', setId: 'received:x:ada', categoryIds: ['quote'] });

const input = {
  annotations: [MERKEL, QUOTE, FIGURE, ADA],
  categories: DEFAULT_CATEGORIES,
  relations: [
    { typeId: 'said-by', sourceId: 'q', targetId: 'm' },
    { typeId: 'said-by', sourceId: 'qa', targetId: 'm' },
    { typeId: 'source-of', sourceId: 's', targetId: 'm' },
    { typeId: 'said-by', sourceId: 'deleted', targetId: 'm' },
  ],
  documentIds: ['d1'],
  paragraphsOf: (id: string) => (id === 'd1' ? PARAGRAPHS : undefined),
};

describe('the statistics of a scope', () => {
  it('of the library: the reader\'s own reading in every table, relations within it only', () => {
    const statistics = statisticsOf({ ...input, scope: LIBRARY_SCOPE });
    assert.deepEqual(statistics.annotations.map((annotation) => annotation.id), ['m', 'q', 's']);
    assert.deepEqual(statistics.counts.rows.map((row) => row.total), [1, 0, 1, 1]);
    assert.deepEqual(statistics.crossTable.rows.map((row) => row.cells), [[1], [0], [1], [1]]);
    assert.deepEqual(statistics.coOccurrence.pairs, [{ first: 'actor', second: 'quote', paragraphs: 1 }]);
    assert.deepEqual(statistics.speakers.map((group) => [group.label, group.partners.map((quote) => quote.id)]), [['Merkel', ['q']]]);
    assert.deepEqual(statistics.statistics.map((group) => [group.label, group.partners.map((source) => source.id)]), [['5 %', ['m']]]);
  });

  it('of Ada\'s hand-in: her quote, and no speaker, for "Merkel" is not in her hand-in', () => {
    const statistics = statisticsOf({ ...input, scope: setsScope(['received:x:ada']) });
    assert.deepEqual(statistics.counts.rows.map((row) => row.total), [0, 0, 1, 0]);
    assert.deepEqual([statistics.relations, statistics.speakers], [[], []]);
  });
});

describe('the types of the speakers and sources tables', () => {
  const category = (id: string, de: string, en: string): Category => ({ id, label: { de, en }, colour: '#000000', line: 'solid', order: 1, schemeId: 'own' });
  const type = (id: string, from: string[], to: string[]): RelationType => ({ id, iri: `tag:x/${id}`, label: { de: id, en: id }, from, to, schemeId: 'own' });

  it('are the default scheme’s "said by" and "source of", chosen by their ends', () => {
    assert.deepEqual(relationTableTypes(DEFAULT_RELATION_TYPES, DEFAULT_CATEGORIES), { saidBy: ['said-by'], sourceOf: ['source-of'] });
  });

  it('are a scheme’s own types from a quote (or statistic) to an actor, named so in either language or copied from the default', () => {
    const categories = [category('sprecher', 'Akteur', 'Speaker'), category('aussage', 'Aussage', 'quote'), category('statistic-2', 'Zahl', 'Figure'), category('ort', 'Ort', 'Place')];
    const types = [
      type('zitiert', ['aussage'], ['sprecher']),
      type('beleg', ['statistic-2'], ['ort', 'sprecher']),
      type('verortet', ['aussage'], ['ort']),
      type('umgekehrt', ['sprecher'], ['aussage']),
    ];
    assert.deepEqual(relationTableTypes(types, categories), { saidBy: ['zitiert'], sourceOf: ['beleg'] });
  });

  it('fall back to the default ids when no type of the scheme connects those ends', () => {
    const categories = [category('ort', 'Ort', 'Place'), category('zeit', 'Zeit', 'Time')];
    assert.deepEqual(relationTableTypes([type('wann', ['ort'], ['zeit'])], categories), { saidBy: ['said-by'], sourceOf: ['source-of'] });
  });
});
