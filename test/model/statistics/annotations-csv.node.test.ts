/**
 * The annotations CSV of issue 17 (model/statistics/annotations-csv.ts), written by csv-writer.ts
 * and read back by the tests' strict RFC 4180 reader (test/support/csv-reader.ts), as a spreadsheet
 * would: one row per annotation and category, the category as its path, articles in the order
 * given, the reader's own reading before Ada's hand-in, the unplaced last and without offsets,
 * offsets in UTF-16 units (an emoji before "Merkel" counts two), a relation on both its rows, and a
 * note that would run a command in a spreadsheet ("=cmd|' /C calc'!A0") written with the apostrophe
 * that makes it text.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { ENGLISH_CSV, GERMAN_CSV, csvText } from '../../../src/model/csv/csv-writer.js';
import { type Category, DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { type AnnotationsCsvWords, annotationsCsv } from '../../../src/model/statistics/annotations-csv.js';
import { tableCsvRows } from '../../../src/model/statistics/table-sort.js';
import { annotationOn, makeAnnotation } from '../../support/annotations.js';
import { parseCsv } from '../../support/csv-reader.js';

const POLITICIAN: Category = { id: 'politician', label: { de: 'Politikerin', en: 'Politician' }, colour: '#000000', line: 'solid', order: 5, parentId: 'actor' };
const CATEGORIES = [...DEFAULT_CATEGORIES, POLITICIAN];
const TEXT1 = 'Heute 🙂 sagte Merkel: „Wir schaffen das.“';
const TEXT2 = 'Er sagte: Nein.';
const NOTE = "=cmd|' /C calc'!A0";

const MERKEL = annotationOn(TEXT1, 'Merkel', {
  id: 'm',
  documentId: 'd1',
  categoryIds: ['politician', 'actor'],
  note: NOTE,
  created: '2026-11-30T10:00:00.000Z',
  modified: '2026-11-30T11:30:00.000Z',
});
const QUOTE = annotationOn(TEXT1, '„Wir schaffen das.“', { id: 'q', documentId: 'd1', categoryIds: ['quote'] });
const UNPLACED = makeAnnotation({ id: 'u', documentId: 'd1', start: -1, end: -1, exact: '5 %', categoryIds: ['statistic'] });
const ADA = annotationOn(TEXT1, 'sagte', { id: 'n', documentId: 'd1', setId: 'received:x:ada', categoryIds: ['gone'] });
const D2 = annotationOn(TEXT2, 'Er', { id: 'e', documentId: 'd2', categoryIds: ['actor'] });

const WORDS: AnnotationsCsvWords = {
  article: 'Artikel',
  set: 'Lesart',
  category: 'Kategorie',
  exact: 'Zitat',
  start: 'Anfang',
  end: 'Ende',
  prefix: 'Davor',
  suffix: 'Danach',
  note: 'Notiz',
  created: 'Erstellt',
  modified: 'Geändert',
  relations: 'Beziehungen',
  articleOf: (id) => ({ d1: 'Merkel in Berlin', d2: 'Ein Nein' })[id] ?? id,
  setOf: (setId) => (setId.startsWith('mine:') ? 'Eigene Lesart' : 'Ada'),
  categoryOf: (category) => category.label.de,
  dateOf: (iso) => iso.slice(0, 16).replace('T', ' '),
  relationOf: (typeId, outgoing, partner) => `${typeId === 'said-by' ? 'gesagt von' : typeId} ${outgoing ? '→' : '←'} ${partner.exact}`,
};

function written(annotations: readonly Annotation[], format = GERMAN_CSV): string[][] {
  const table = annotationsCsv(annotations, { categories: CATEGORIES, relations: [{ typeId: 'said-by', source: QUOTE, target: MERKEL }], documentIds: ['d2', 'd1'] }, WORDS);
  return parseCsv(csvText(tableCsvRows(table), format), format);
}

const HEADING = ['Artikel', 'Lesart', 'Kategorie', 'Zitat', 'Anfang', 'Ende', 'Davor', 'Danach', 'Notiz', 'Erstellt', 'Geändert', 'Beziehungen'];

describe('the annotations CSV', () => {
  it('reads back as one row per annotation and category, in article, set and text order', () => {
    assert.deepEqual(written([UNPLACED, ADA, QUOTE, MERKEL, D2]), [
      HEADING,
      ['Ein Nein', 'Eigene Lesart', 'Akteur', 'Er', '0', '2', '', ' sagte: Nein.', '', '2026-01-01 00:00', '2026-01-01 00:00', ''],
      ['Merkel in Berlin', 'Ada', 'gone', 'sagte', '9', '14', 'Heute 🙂 ', ' Merkel: „Wir schaffen das.“', '', '2026-01-01 00:00', '2026-01-01 00:00', ''],
      ['Merkel in Berlin', 'Eigene Lesart', 'Akteur > Politikerin', 'Merkel', '15', '21', 'Heute 🙂 sagte ', ': „Wir schaffen das.“', `'${NOTE}`, '2026-11-30 10:00', '2026-11-30 11:30', 'gesagt von ← „Wir schaffen das.“'],
      ['Merkel in Berlin', 'Eigene Lesart', 'Akteur', 'Merkel', '15', '21', 'Heute 🙂 sagte ', ': „Wir schaffen das.“', `'${NOTE}`, '2026-11-30 10:00', '2026-11-30 11:30', 'gesagt von ← „Wir schaffen das.“'],
      ['Merkel in Berlin', 'Eigene Lesart', 'Zitat', '„Wir schaffen das.“', '23', '42', 'Heute 🙂 sagte Merkel: ', '', '', '2026-01-01 00:00', '2026-01-01 00:00', 'gesagt von → Merkel'],
      ['Merkel in Berlin', 'Eigene Lesart', 'Statistik', '5 %', '', '', '', '', '', '2026-01-01 00:00', '2026-01-01 00:00', ''],
    ]);
  });

  it('counts start and end in UTF-16 units, as stored: the text sliced there is the quote', () => {
    const [, merkel] = written([MERKEL, QUOTE]);
    assert.equal(TEXT1.slice(Number(merkel![4]), Number(merkel![5])), 'Merkel');
  });

  it('writes the note that would run a command inert: quoted text starting with an apostrophe, in both formats', () => {
    const german = csvText(tableCsvRows(annotationsCsv([MERKEL], { categories: CATEGORIES }, WORDS)), GERMAN_CSV);
    assert.ok(german.includes(`;'=cmd|' /C calc'!A0;`), 'the German cell');
    assert.ok(!/(^|[;\r\n])=cmd/.test(german), 'no cell starts with =');
    const english = written([MERKEL], ENGLISH_CSV);
    assert.equal(english[1]![8], `'${NOTE}`);
  });

  it('lists a category once though the annotation lists it twice', () => {
    assert.equal(written([{ ...QUOTE, categoryIds: ['quote', 'quote'] }]).length, 2);
  });

  it('is the heading alone for no annotations', () => {
    assert.deepEqual(written([]), [HEADING]);
  });
});
