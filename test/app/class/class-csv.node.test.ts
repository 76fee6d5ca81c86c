/**
 * The class view's CSV tables as rows (app/class/class-csv.ts) on the example class worked out by
 * hand (test/support/class-example.ts): the overview's columns and figures, per category too; one
 * annotation row per annotation and category; letters in letter order; no model-answer columns
 * without a model answer; an unplaced annotation without start and end, counted in the overview's "Not placed"
 * column only when there is one (as on screen); the file names.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { annotationRows, type ClassCsvWords, classCsvFileName, overviewRows } from '../../../src/app/class/class-csv.js';
import type { ClassHandIn } from '../../../src/app/class/class-data.js';
import { ADA_NOTE, exampleClass, exampleHandIns } from '../../support/class-example.js';

function words(byLetter = false): ClassCsvWords {
  return {
    student: 'Student',
    handedIn: 'Handed in',
    total: 'Total',
    unplaced: 'Not placed',
    withModel: 'F1 model',
    withClass: 'F1 class',
    withModelIn: (category) => `F1 model: ${category}`,
    withClassIn: (category) => `F1 class: ${category}`,
    category: 'Category',
    exact: 'Quote',
    start: 'Start',
    end: 'End',
    note: 'Note',
    studentOf: (handIn: ClassHandIn) => (byLetter ? `Student ${handIn.letter}` : handIn.name),
    byLetter,
    categoryOf: (category) => category.label.en,
    dateOf: (iso) => `at ${iso.slice(0, 16)}`,
  };
}

const HEADING_WITH_MODEL = [
  'Student', 'Handed in', 'Actor', 'Policy', 'Quote', 'Statistic', 'Total', 'F1 model', 'F1 class',
  'F1 model: Actor', 'F1 model: Policy', 'F1 model: Quote', 'F1 model: Statistic',
  'F1 class: Actor', 'F1 class: Policy', 'F1 class: Quote', 'F1 class: Statistic',
];

describe('the overview as CSV rows', () => {
  it('has the table’s columns and F1 per category, worked out by hand', () => {
    assert.deepEqual(overviewRows(exampleClass(), words()), [
      HEADING_WITH_MODEL,
      // Ada: the model answer exactly; with the class (Ben ∪ Kim: actor, policy, statistic) 2 of 3 each way.
      ['Ada', 'at 2026-03-05T10:00', 1, 0, 1, 1, 3, 1, 0.667, 1, undefined, 1, 1, 1, 0, 0, 1],
      // Ben: 2 of 2 in the model, 2 of its 3 found: 2·2·2/(2·3 + 2·2) = 0.8.
      ['Ben', 'at 2026-03-06T09:30', 1, 0, 0, 1, 2, 0.8, 0.667, 1, undefined, 0, 1, 1, 0, 0, 1],
      // Kim: a policy where the model has a quote: nothing found either way.
      ['Kim', 'at 2026-03-04T16:45', 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it('has no model-answer columns without a model answer', () => {
    const rows = overviewRows(exampleClass(false), words());
    assert.deepEqual(rows[0], ['Student', 'Handed in', 'Actor', 'Policy', 'Quote', 'Statistic', 'Total', 'F1 class', 'F1 class: Actor', 'F1 class: Policy', 'F1 class: Quote', 'F1 class: Statistic']);
    assert.deepEqual(rows[1], ['Ada', 'at 2026-03-05T10:00', 1, 0, 1, 1, 3, 0.667, 1, 0, 0, 1]);
  });

  it('lists the students by letter when names are hidden', () => {
    assert.deepEqual(
      overviewRows(exampleClass(), words(true)).slice(1).map((row) => row.slice(0, 2)),
      [['Student A', 'at 2026-03-04T16:45'], ['Student B', 'at 2026-03-05T10:00'], ['Student C', 'at 2026-03-06T09:30']],
    );
  });

  it('leaves a lone student’s class figures empty', () => {
    const rows = overviewRows(exampleClass(true, exampleHandIns().slice(1, 2)), words());
    assert.deepEqual(rows[1], ['Ben', 'at 2026-03-06T09:30', 1, 0, 0, 1, 2, 0.8, undefined, 1, undefined, 0, 1, undefined, undefined, undefined, undefined]);
  });
});

describe('the annotations as CSV rows', () => {
  it('has one row per annotation and category, with the student’s F1 figures', () => {
    assert.deepEqual(annotationRows(exampleClass(), words()), [
      ['Student', 'Category', 'Quote', 'Start', 'End', 'Note', 'F1 model', 'F1 class'],
      ['Ada', 'Actor', 'Die Bürgermeisterin', 26, 45, '', 1, 0.667],
      ['Ada', 'Quote', '„Wir helfen.“', 53, 66, '', 1, 0.667],
      ['Ada', 'Statistic', '120 Familien', 67, 79, ADA_NOTE, 1, 0.667],
      ['Ben', 'Actor', 'Bürgermeisterin', 30, 45, '', 0.8, 0.667],
      ['Ben', 'Statistic', '120', 67, 70, '', 0.8, 0.667],
      ['Kim', 'Policy', 'Wir helfen', 54, 64, '', 0, 0],
    ]);
  });

  it('writes an annotation with two categories twice, an unknown category by its id, an unplaced one without place', () => {
    const [ada] = exampleHandIns();
    const annotation = ada!.annotations[0]!;
    const changed: ClassHandIn = {
      ...ada!,
      annotations: [{ ...annotation, categoryIds: ['actor', 'elsewhere'] }, { ...annotation, id: 'lost', start: -1, end: -1, exact: 'verloren' }],
    };
    assert.deepEqual(annotationRows(exampleClass(false, [changed]), words()).slice(1), [
      ['Ada', 'Actor', 'Die Bürgermeisterin', 26, 45, '', undefined],
      ['Ada', 'elsewhere', 'Die Bürgermeisterin', 26, 45, '', undefined],
      ['Ada', 'Actor', 'verloren', undefined, undefined, '', undefined],
    ]);
  });
});

describe('unplaced annotations in the CSV tables', () => {
  /** Ben's hand-in with two annotations found nowhere in the text here, last (as loadClass orders them). */
  function withUnplaced() {
    const [ada, ben, kim] = exampleHandIns();
    const lost = (id: string, categoryIds: string[], note?: string) => ({ ...ben!.annotations[0]!, id, start: -1, end: -1, exact: 'verlorene Stelle', categoryIds, ...(note ? { note } : {}) });
    return exampleClass(true, [ada!, { ...ben!, annotations: [...ben!.annotations, lost('ben-3', ['actor'], 'war da'), lost('ben-4', ['statistic', 'quote'])] }, kim!]);
  }

  it('lists every unplaced annotation, per category, with quote and note but neither start nor end, the student’s figures unchanged', () => {
    assert.deepEqual(annotationRows(withUnplaced(), words()).filter((row) => row[0] === 'Ben'), [
      ['Ben', 'Actor', 'Bürgermeisterin', 30, 45, '', 0.8, 0.667],
      ['Ben', 'Statistic', '120', 67, 70, '', 0.8, 0.667],
      ['Ben', 'Actor', 'verlorene Stelle', undefined, undefined, 'war da', 0.8, 0.667],
      ['Ben', 'Statistic', 'verlorene Stelle', undefined, undefined, '', 0.8, 0.667],
      ['Ben', 'Quote', 'verlorene Stelle', undefined, undefined, '', 0.8, 0.667],
    ]);
  });

  it('counts them in the overview’s "Not placed" column after the total, as on screen, and in no other figure', () => {
    const placed = overviewRows(exampleClass(), words());
    const rows = overviewRows(withUnplaced(), words());
    assert.deepEqual(rows.map((row) => row.slice(6, 8)), [['Total', 'Not placed'], [3, 0], [2, 2], [1, 0]]);
    assert.deepEqual(rows.map((row) => [...row.slice(0, 7), ...row.slice(8)]), placed);
  });

  it('has no "Not placed" column when every annotation is placed', () => {
    assert.equal(overviewRows(exampleClass(), words())[0]!.includes('Not placed'), false);
    assert.equal(overviewRows(exampleClass(false), words())[0]!.includes('Not placed'), false);
  });
});

describe('a CSV file name', () => {
  const cases: [title: string, what: string, name: string][] = [
    ['Akteure finden', 'Übersicht', 'Akteure finden – Übersicht.csv'],
    ['Wer? Was: wo/wann', 'Overview', 'Wer- Was- wo-wann – Overview.csv'],
    ['', 'Anmerkungen', 'Aufgabe – Anmerkungen.csv'],
    ['x'.repeat(120), 'Annotations', `${'x'.repeat(86)} – Annotations.csv`],
  ];
  for (const [title, what, name] of cases) {
    it(`of "${title.slice(0, 20)}" and ${what} is ${name.slice(0, 30)}`, () => {
      assert.equal(classCsvFileName(title, what), name);
    });
  }
});
