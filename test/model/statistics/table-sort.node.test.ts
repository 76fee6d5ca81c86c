/**
 * Sorting a statistics table by any column (model/statistics/table-sort.ts) and the tables as rows
 * (statistics-rows.ts): numbers by value, text by the language's collation with numbers in it read
 * as numbers, empty cells last either way, ties in their order (so two sorts in a row sort by both);
 * the heading stays first in the CSV.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type CsvCell, GERMAN_CSV, csvText } from '../../../src/model/csv/csv-writer.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { categoryCounts } from '../../../src/model/statistics/category-counts.js';
import { crossTable } from '../../../src/model/statistics/category-cross-table.js';
import { speakerTable } from '../../../src/model/statistics/relation-tables.js';
import {
  type StatisticsWords,
  categoryCountRows,
  crossTableRows,
  speakerRows,
} from '../../../src/model/statistics/statistics-rows.js';
import { sortRows, tableCsvRows } from '../../../src/model/statistics/table-sort.js';
import { makeAnnotation } from '../../support/annotations.js';
import { parseCsv } from '../../support/csv-reader.js';

const ROWS: CsvCell[][] = [
  ['Zitat', 3, 'a'],
  ['Äpfel', undefined, 'b'],
  ['Abs. 10', 1, 'c'],
  ['apfel', 3, 'd'],
  ['Abs. 2', 0.5, 'e'],
  ['', 2, 'f'],
];
const order = (rows: readonly (readonly CsvCell[])[]): CsvCell[] => rows.map((row) => row[2]);

describe('sorting a table', () => {
  it('by text, ascending: collation of the language, numbers in text as numbers, empty last', () => {
    assert.deepEqual(order(sortRows(ROWS, 0, 'ascending', 'de')), ['e', 'c', 'd', 'b', 'a', 'f']);
  });

  it('by text, descending: the reverse, empty still last', () => {
    assert.deepEqual(order(sortRows(ROWS, 0, 'descending', 'de')), ['a', 'b', 'd', 'c', 'e', 'f']);
  });

  it('by number, descending: ties keep their order, no figure last', () => {
    assert.deepEqual(order(sortRows(ROWS, 1, 'descending', 'de')), ['a', 'd', 'f', 'c', 'e', 'b']);
  });

  it('by number, ascending', () => {
    assert.deepEqual(order(sortRows(ROWS, 1, 'ascending', 'de')), ['e', 'c', 'f', 'a', 'd', 'b']);
  });

  it('leaves the rows given as they were', () => {
    sortRows(ROWS, 1, 'ascending', 'de');
    assert.deepEqual(order(ROWS), ['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('is stable and ordered for any column of numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined })), fc.constantFrom('ascending' as const, 'descending' as const), (values, direction) => {
        const rows = values.map((value, index): [CsvCell, number] => [value, index]);
        const sorted = sortRows(rows, 0, direction, 'en');
        assert.deepEqual([...sorted].sort((a, b) => a[1] - b[1]), rows, 'the same rows');
        for (let i = 1; i < sorted.length; i++) {
          const [[a, ia], [b, ib]] = [sorted[i - 1]!, sorted[i]!];
          if (b === undefined) continue;
          assert.ok(a !== undefined, 'empty last');
          const step = direction === 'ascending' ? (b as number) - (a as number) : (a as number) - (b as number);
          assert.ok(step > 0 || (step === 0 && ia < ib), 'ordered, ties in their order');
        }
      }),
    );
  });
});

const WORDS: StatisticsWords = {
  category: 'Kategorie',
  own: 'Selbst',
  total: 'Gesamt',
  withCategory: 'Mit Kategorie',
  paragraphs: 'Absätze',
  speaker: 'Sprecher',
  quotes: 'Zitate',
  statistic: 'Statistik',
  sources: 'Quellen',
  count: 'Anzahl',
  article: 'Artikel',
  annotations: 'Anmerkungen',
  categoryOf: (id) => DEFAULT_CATEGORIES.find((category) => category.id === id)?.label.de ?? id,
  articleOf: (id) => `Artikel ${id}`,
  quotesOf: (annotations) => annotations.map((annotation) => `„${annotation.exact}“`).join('; '),
};

describe('the tables as rows', () => {
  const annotations: Annotation[] = [
    makeAnnotation({ id: 'x1', documentId: 'd1', categoryIds: ['actor'] }),
    makeAnnotation({ id: 'x2', documentId: 'd2', categoryIds: ['actor', 'quote'] }),
  ];

  it('counts per category: heading, then a row per category', () => {
    assert.deepEqual(categoryCountRows(categoryCounts(annotations, DEFAULT_CATEGORIES), WORDS), {
      header: ['Kategorie', 'Selbst', 'Gesamt'],
      rows: [
        ['Akteur', 2, 2],
        ['Maßnahme/Politik', 0, 0],
        ['Zitat', 1, 1],
        ['Statistik', 0, 0],
      ],
    });
  });

  it('the cross-table: a column per article and the total, a last row of annotations per article', () => {
    assert.deepEqual(crossTableRows(crossTable(annotations, DEFAULT_CATEGORIES, ['d1', 'd2']), WORDS), {
      header: ['Kategorie', 'Artikel d1', 'Artikel d2', 'Gesamt'],
      rows: [
        ['Akteur', 1, 1, 2],
        ['Maßnahme/Politik', 0, 0, 0],
        ['Zitat', 0, 1, 1],
        ['Statistik', 0, 0, 0],
        ['Anmerkungen', 1, 1, 2],
      ],
    });
  });

  it('the speakers, sorted by name, as a German CSV a reader reads back with the heading first', () => {
    const quote = (id: string, exact: string): Annotation => makeAnnotation({ id, documentId: 'd1', exact, categoryIds: ['quote'] });
    const speaker = (id: string, exact: string): Annotation => makeAnnotation({ id, documentId: 'd1', exact, categoryIds: ['actor'] });
    const table = speakerRows(
      speakerTable(
        [
          { typeId: 'said-by', source: quote('q1', 'Ja; gern'), target: speaker('s1', 'Özdemir') },
          { typeId: 'said-by', source: quote('q2', 'Nein'), target: speaker('s2', 'Baerbock') },
        ],
        'said-by',
      ),
      WORDS,
    );
    const sorted = { ...table, rows: sortRows(table.rows, 0, 'ascending', 'de') };
    assert.deepEqual(parseCsv(csvText(tableCsvRows(sorted), GERMAN_CSV), GERMAN_CSV), [
      ['Sprecher', 'Anzahl', 'Zitate', 'Artikel'],
      ['Baerbock', '1', '„Nein“', 'Artikel d1'],
      ['Özdemir', '1', '„Ja; gern“', 'Artikel d1'],
    ]);
  });
});
