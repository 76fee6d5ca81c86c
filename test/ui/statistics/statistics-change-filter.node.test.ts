/**
 * Which changes the statistics page reads again for (issue 17 review): the sets its scope counts,
 * nothing else. A named table of changes per scope.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StatisticsTarget } from '../../../src/app/statistics/statistics-loader.js';
import { mineSetId, modelSetId, receivedSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
import { type ChangedSet, changeConcerns } from '../../../src/ui/statistics/statistics-change-filter.js';

const KELLY = 'kelly-massenabschiebungen';
const ZWEI = 'zweierlei-solidaritaet';
const ASSIGNMENT = '6f0c2a1e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';
const OTHER_ASSIGNMENT = '6f0c2a1e-8d3b-4c5a-9e7f-0a1b2c3d4e60';

const changes: Record<string, ChangedSet> = {
  'own reading of Kelly': { setId: mineSetId(KELLY), documentId: KELLY },
  'own reading of Zweierlei': { setId: mineSetId(ZWEI), documentId: ZWEI },
  'Ada’s hand-in': { setId: receivedSetId(ASSIGNMENT, 'Ada'), documentId: KELLY },
  'the model answer': { setId: modelSetId(ASSIGNMENT), documentId: KELLY },
  'a student’s own work': { setId: studentSetId(ASSIGNMENT), documentId: KELLY },
  'another assignment’s hand-in': { setId: receivedSetId(OTHER_ASSIGNMENT, 'Ada'), documentId: KELLY },
  'another assignment’s model answer': { setId: modelSetId(OTHER_ASSIGNMENT), documentId: KELLY },
  'a reading kept apart': { setId: 'shared:00000000-0000-4000-8000-000000000001', documentId: KELLY },
};

const cases: { name: string; target: StatisticsTarget; counted: string[] }[] = [
  { name: 'the library: every article’s own reading', target: { kind: 'library' }, counted: ['own reading of Kelly', 'own reading of Zweierlei'] },
  { name: 'an article: its own reading', target: { kind: 'article', documentId: KELLY }, counted: ['own reading of Kelly'] },
  {
    name: 'an assignment’s class: its hand-ins, model answer and student’s work',
    target: { kind: 'assignment', assignmentId: ASSIGNMENT },
    counted: ['Ada’s hand-in', 'the model answer', 'a student’s own work'],
  },
];

for (const { name, target, counted } of cases) {
  test(`a statistics page reads again for: ${name}`, () => {
    const concerning = Object.entries(changes)
      .filter(([, changed]) => changeConcerns(target, changed))
      .map(([label]) => label);
    assert.deepEqual(concerning, counted);
  });
}

test('a hand-in collected after the class page was read counts: its set is the assignment’s by its id', () => {
  assert.equal(changeConcerns({ kind: 'assignment', assignmentId: ASSIGNMENT }, { setId: receivedSetId(ASSIGNMENT, 'Zoë  Quinn'), documentId: KELLY }), true);
});
