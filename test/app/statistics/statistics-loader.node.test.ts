/**
 * loadStatistics (src/app/statistics/statistics-loader.ts) over plain sources: which annotations
 * each scope counts, which articles become the cross-table's columns, which scheme's categories
 * and relation types the page gets, and what happens when a text cannot be read or the article or
 * assignment is not in this browser.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { type StatisticsSources, loadStatistics } from '../../../src/app/statistics/statistics-loader.js';
import type { AssignmentRecord } from '../../../src/model/assignments/assignment-record.js';
import type { ArticleBody } from '../../../src/model/documents/article.js';
import type { ArticleEntry } from '../../../src/model/documents/library.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';
import { type Category, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type AnnotationSet, mineSetId, modelSetId } from '../../../src/model/sets/annotation-set.js';
import { annotationOn } from '../../support/annotations.js';

const TEXT = 'Merkel sagte: „Ja.“\n\nScholz schwieg.';
const BODY: ArticleBody = { id: 'c', lang: 'de', blocks: [{ type: 'paragraph', text: 'Merkel sagte: „Ja.“' }, { type: 'paragraph', text: 'Scholz schwieg.' }] };
const entry = (id: string): ArticleEntry => ({ id, iri: `tag:x,2026:${id}`, title: `Title ${id}`, titleSource: 'editorial', lang: 'de', digest: 'sha256:0', wordCount: 3 });
const ENTRIES = [entry('a'), entry('b'), entry('c')];
const OWN: Category = { id: 'speaker', label: { de: 'Sprecher', en: 'Speaker' }, colour: '#000000', line: 'solid', order: 1, schemeId: 'own' };
const ASSIGNMENT = '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';

const on = (documentId: string, quote: string, id: string, setId = mineSetId(documentId), categoryIds = ['actor']) =>
  annotationOn(TEXT, quote, { id, documentId, setId, categoryIds });
const ANNOTATIONS = [
  on('c', 'Merkel', 'c1'),
  on('c', '„Ja.“', 'c2', undefined, ['quote']),
  on('a', 'Scholz', 'a1'),
  on('a', 'Merkel', 'h1', `received:${ASSIGNMENT}:ada`),
  on('a', 'Scholz', 'm1', modelSetId(ASSIGNMENT)),
];
const RELATIONS = [{ typeId: 'said-by', sourceId: 'c2', targetId: 'c1' }];

function sources(overrides: Partial<StatisticsSources> = {}): StatisticsSources {
  const sets: AnnotationSet[] = [{ id: `received:${ASSIGNMENT}:ada`, kind: 'received', documentId: 'a', assignmentId: `urn:uuid:${ASSIGNMENT}`, author: 'Ada', modified: '2026-01-01T00:00:00.000Z' }];
  const record = { assignment: { id: ASSIGNMENT, title: 'Wer spricht?' }, role: 'teacher', schemeId: 'default' } as unknown as AssignmentRecord;
  return {
    articles: {
      entries: ENTRIES,
      entry: (id) => ENTRIES.find((candidate) => candidate.id === id),
      loadBody: (id) => (id === 'a' ? Promise.reject(new Error('broken')) : Promise.resolve(BODY)),
    },
    listAnnotations: () => Promise.resolve(ANNOTATIONS),
    listRelations: () => Promise.resolve(RELATIONS),
    categories: {
      inScheme: (schemeId) => (schemeId === 'default' ? DEFAULT_CATEGORIES : [OWN]),
      relationTypes: (schemeId) => (schemeId === 'default' ? DEFAULT_RELATION_TYPES : []),
      schemeFor: (documentId) => Promise.resolve(documentId === 'c' ? 'own' : 'default'),
    },
    classroom: {
      assignments: { getAssignment: (id: string) => Promise.resolve(id === ASSIGNMENT ? record : undefined) },
      sets: { listSetsByAssignment: (iri: string) => Promise.resolve(iri === `urn:uuid:${ASSIGNMENT}` ? sets : []) },
    } as unknown as Classroom,
    ...overrides,
  };
}

describe('reading the statistics', () => {
  it('of the library: the own readings, the annotated articles in the library’s order, every scheme in use', async () => {
    const data = (await loadStatistics({ kind: 'library' }, sources()))!;
    assert.deepEqual(data.statistics.annotations.map((annotation) => annotation.id), ['c1', 'c2', 'a1']);
    assert.deepEqual(data.documentIds, ['a', 'c']);
    assert.deepEqual(data.categories.map((category) => category.id), ['actor', 'policy', 'quote', 'statistic', 'speaker']);
    assert.deepEqual(data.relationTypes.map((type) => type.id), ['said-by', 'source-of', 'responsible-for']);
    assert.equal(data.title, undefined);
    // 'a' could not be read: it counts in every table but in no paragraph
    assert.deepEqual(data.statistics.crossTable.rows.find((row) => row.categoryId === 'actor')!.cells, [1, 1]);
    assert.deepEqual(data.statistics.coOccurrence.pairs, [{ first: 'actor', second: 'quote', paragraphs: 1 }]);
    assert.deepEqual(data.statistics.speakers.map((group) => group.label), ['Merkel']);
  });

  it('of an article: its own reading with its scheme; undefined for an article the library does not have', async () => {
    const data = (await loadStatistics({ kind: 'article', documentId: 'c' }, sources()))!;
    assert.deepEqual([data.title, data.statistics.annotations.map((annotation) => annotation.id)], ['Title c', ['c1', 'c2']]);
    assert.deepEqual(data.categories, [OWN]);
    assert.equal(await loadStatistics({ kind: 'article', documentId: 'gone' }, sources()), undefined);
  });

  it('of an assignment: its hand-ins and the model answer (without a set record), with its scheme; undefined when unknown', async () => {
    const data = (await loadStatistics({ kind: 'assignment', assignmentId: ASSIGNMENT }, sources()))!;
    assert.deepEqual(data.statistics.annotations.map((annotation) => annotation.id), ['h1', 'm1']);
    assert.deepEqual([data.title, data.documentIds, [...data.sets.keys()]], ['Wer spricht?', ['a'], [`received:${ASSIGNMENT}:ada`]]);
    assert.deepEqual(data.categories, DEFAULT_CATEGORIES);
    assert.equal(await loadStatistics({ kind: 'assignment', assignmentId: 'other' }, sources()), undefined);
  });

  it('of an article read with a scheme of its own: the speakers table takes that scheme’s quote → actor type, whatever its id', async () => {
    // The reader copied the default categories into a scheme of their own (the copies' ids are
    // suffixed) and named the link "zitiert"; a second type between the same ends counts too.
    const copies: Category[] = [
      { id: 'actor-2', label: { de: 'Akteur', en: 'Actor' }, colour: '#0072b2', line: 'solid', order: 1, schemeId: 'own' },
      { id: 'aussage', label: { de: 'Zitat', en: 'Statement' }, colour: '#b8659a', line: 'dashed', order: 2, schemeId: 'own' },
    ];
    const type = (id: string, from: string, to: string) => ({ id, iri: `tag:x/${id}`, label: { de: id, en: id }, from: [from], to: [to], schemeId: 'own' });
    const own = sources({
      listAnnotations: () => Promise.resolve([on('c', 'Merkel', 'c1', undefined, ['actor-2']), on('c', '„Ja.“', 'c2', undefined, ['aussage'])]),
      listRelations: () => Promise.resolve([{ typeId: 'zitiert', sourceId: 'c2', targetId: 'c1' }, { typeId: 'nennt', sourceId: 'c1', targetId: 'c2' }]),
      categories: {
        inScheme: (schemeId) => (schemeId === 'own' ? copies : DEFAULT_CATEGORIES),
        relationTypes: (schemeId) => (schemeId === 'own' ? [type('nennt', 'actor-2', 'aussage'), type('zitiert', 'aussage', 'actor-2')] : DEFAULT_RELATION_TYPES),
        schemeFor: () => Promise.resolve('own'),
      },
    });
    const data = (await loadStatistics({ kind: 'article', documentId: 'c' }, own))!;
    assert.deepEqual(
      data.statistics.speakers.map((group) => [group.label, group.partners.map((partner) => partner.id)]),
      [['Merkel', ['c2']]],
    );
    assert.deepEqual(data.statistics.statistics, []);
  });
});
