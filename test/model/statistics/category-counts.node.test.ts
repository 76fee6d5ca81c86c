/**
 * Counts per category and subcategory (model/statistics/category-counts.ts), the cross-table of
 * categories by articles (category-cross-table.ts), the scopes (statistics-scope.ts) and the
 * category path (category-path.ts), on a fixture counted by hand:
 *
 *   article d1 (own reading): a1 actor · a2 politician · a3 actor+politician · a4 quote+quote · a5 policy
 *   article d2 (own reading): b1 quote · b2 politician · b3 "gone" (a category no longer in the scheme)
 *   a hand-in of Ada on d1:   c1 actor
 *
 * politician is a subcategory of actor. Library (own readings): 8 annotations; actor's row 4
 * (a1 a2 a3 b2: a3, tagged with both, once), its own 2 (a1 a3); politician 3; policy 1; quote 2
 * (a4 once though it lists quote twice); statistic 0; gone 1, last.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type Category, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { ancestorsOf, categoryCounts, categoryOrder } from '../../../src/model/statistics/category-counts.js';
import { crossTable } from '../../../src/model/statistics/category-cross-table.js';
import { categoryPath } from '../../../src/model/statistics/category-path.js';
import { LIBRARY_SCOPE, annotationsInScope, articleScope, setsScope } from '../../../src/model/statistics/statistics-scope.js';
import { makeAnnotation } from '../../support/annotations.js';

const POLITICIAN: Category = { id: 'politician', label: { de: 'Politikerin', en: 'Politician' }, colour: '#000000', line: 'solid', order: 5, parentId: 'actor' };
const CATEGORIES: readonly Category[] = [POLITICIAN, ...DEFAULT_CATEGORIES];

const on = (documentId: string, id: string, categoryIds: string[], setId?: string): Annotation =>
  makeAnnotation({ id, documentId, categoryIds, ...(setId ? { setId } : {}) });

const ANNOTATIONS: readonly Annotation[] = [
  on('d1', 'a1', ['actor']),
  on('d1', 'a2', ['politician']),
  on('d1', 'a3', ['actor', 'politician']),
  on('d1', 'a4', ['quote', 'quote']),
  on('d1', 'a5', ['policy']),
  on('d2', 'b1', ['quote']),
  on('d2', 'b2', ['politician']),
  on('d2', 'b3', ['gone']),
  on('d1', 'c1', ['actor'], 'received:x:ada'),
];

/** [id, parent, own, total] per row. */
function figures(annotations: readonly Annotation[]): [string, string | undefined, number, number][] {
  return categoryCounts(annotations, CATEGORIES).rows.map((row) => [row.categoryId, row.parentId, row.own, row.total]);
}

describe('counts per category', () => {
  it('of the library: a parent counts its subcategories, an annotation with both once; an unknown id last', () => {
    const library = annotationsInScope(ANNOTATIONS, LIBRARY_SCOPE);
    assert.equal(categoryCounts(library, CATEGORIES).annotations, 8);
    assert.deepEqual(figures(library), [
      ['actor', undefined, 2, 4],
      ['politician', 'actor', 3, 3],
      ['policy', undefined, 1, 1],
      ['quote', undefined, 2, 2],
      ['statistic', undefined, 0, 0],
      ['gone', undefined, 1, 1],
    ]);
  });

  it('of one article: its own reading only', () => {
    assert.deepEqual(figures(annotationsInScope(ANNOTATIONS, articleScope('d1'))), [
      ['actor', undefined, 2, 3],
      ['politician', 'actor', 2, 2],
      ['policy', undefined, 1, 1],
      ['quote', undefined, 1, 1],
      ['statistic', undefined, 0, 0],
    ]);
  });

  it('of a class: exactly the sets given, the reader\'s own reading not among them', () => {
    const ada = annotationsInScope(ANNOTATIONS, setsScope(['received:x:ada']));
    assert.deepEqual(ada.map((annotation) => annotation.id), ['c1']);
    assert.deepEqual(figures(ada)[0], ['actor', undefined, 1, 1]);
  });

  it('counts a parent once for an annotation tagged with two of its subcategories', () => {
    const minister: Category = { ...POLITICIAN, id: 'minister', order: 6 };
    const counts = categoryCounts([on('d1', 'x', ['politician', 'minister'])], [...CATEGORIES, minister]);
    assert.deepEqual(counts.rows.slice(0, 3).map((row) => [row.categoryId, row.total]), [['actor', 1], ['politician', 1], ['minister', 1]]);
  });

  it('keeps a category caught in a loop of parents at the top level, counted', () => {
    const loop: Category[] = [
      { ...POLITICIAN, id: 'x', parentId: 'y', order: 1 },
      { ...POLITICIAN, id: 'y', parentId: 'x', order: 2 },
    ];
    assert.deepEqual(ancestorsOf('x', new Map(loop.map((category) => [category.id, category]))), []);
    assert.deepEqual(categoryCounts([on('d1', 'z', ['x'])], loop).rows.map((row) => [row.categoryId, row.total]), [['x', 1], ['y', 0]]);
  });

  const arbitraryAnnotations = fc.array(
    fc.array(fc.constantFrom('actor', 'politician', 'policy', 'quote', 'statistic', 'gone'), { minLength: 1, maxLength: 4 }),
    { maxLength: 30 },
  );

  it('a parent\'s total is the number of annotations tagged with it or a subcategory; a subcategory\'s is its own', () => {
    fc.assert(
      fc.property(arbitraryAnnotations, (tags) => {
        const annotations = tags.map((categoryIds, index) => on('d1', `n${index}`, categoryIds));
        const rows = new Map(categoryCounts(annotations, CATEGORIES).rows.map((row) => [row.categoryId, row]));
        const tagged = (ids: string[]): number => tags.filter((categoryIds) => categoryIds.some((id) => ids.includes(id))).length;
        assert.equal(rows.get('actor')!.total, tagged(['actor', 'politician']));
        assert.equal(rows.get('actor')!.own, tagged(['actor']));
        assert.equal(rows.get('politician')!.total, rows.get('politician')!.own);
        for (const row of rows.values()) assert.ok(row.total <= annotations.length);
      }),
    );
  });
});

describe('the cross-table of categories by articles', () => {
  it('has a column per article given (an empty one of zeros), a total and the annotations per article', () => {
    const table = crossTable(annotationsInScope(ANNOTATIONS, LIBRARY_SCOPE), CATEGORIES, ['d1', 'd2', 'd3']);
    assert.deepEqual(table.documentIds, ['d1', 'd2', 'd3']);
    assert.deepEqual(table.rows.map((row) => [row.categoryId, ...row.cells, row.total]), [
      ['actor', 3, 1, 0, 4],
      ['politician', 2, 1, 0, 3],
      ['policy', 1, 0, 0, 1],
      ['quote', 1, 1, 0, 2],
      ['statistic', 0, 0, 0, 0],
      ['gone', 0, 1, 0, 1],
    ]);
    assert.deepEqual(table.annotations, [5, 3, 0]);
  });

  it('adds an article the list does not name after those it names', () => {
    assert.deepEqual(crossTable(ANNOTATIONS, CATEGORIES, ['d2']).documentIds, ['d2', 'd1']);
  });

  it('sums each row\'s cells to its total, whatever the annotations', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('d1', 'd2', 'd3'), fc.subarray(['actor', 'politician', 'quote'], { minLength: 1 }))), (list) => {
        const table = crossTable(list.map(([documentId, categoryIds], index) => on(documentId, `n${index}`, categoryIds)), CATEGORIES);
        for (const row of table.rows) assert.equal(row.cells.reduce((sum, cell) => sum + cell, 0), row.total);
        assert.equal(table.annotations.reduce((sum, count) => sum + count, 0), list.length);
      }),
    );
  });
});

describe('the order and path of categories', () => {
  it('lists a subcategory right after its parent, whatever its own order', () => {
    assert.deepEqual(categoryOrder(CATEGORIES).map((category) => category.id), ['actor', 'politician', 'policy', 'quote', 'statistic']);
  });

  it('names a subcategory by its path, an unknown id by the id', () => {
    const known = new Map(CATEGORIES.map((category) => [category.id, category]));
    const label = (category: Category): string => category.label.de;
    assert.deepEqual(
      ['politician', 'actor', 'gone'].map((id) => categoryPath(id, known, label)),
      ['Akteur > Politikerin', 'Akteur', 'gone'],
    );
  });
});
