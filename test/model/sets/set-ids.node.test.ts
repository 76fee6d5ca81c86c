/**
 * The ids of an assignment's sets (model/sets/annotation-set.ts): the model answer, a student's own
 * work, and a received hand-in per student, the same student found again however the name is spaced
 * or cased, another student never.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mineSetId, modelSetId, receivedSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';

const ID = '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';

describe('the sets of an assignment', () => {
  it('names the model answer, the student’s work and the reader’s own reading apart', () => {
    assert.deepEqual([modelSetId(ID), studentSetId(ID), mineSetId('rede')], [`model:${ID}`, `student:${ID}`, 'mine:rede']);
  });

  const same: [string, string][] = [
    ['Kim Müller', '  kim   MÜLLER '],
    ['Jörg', 'Jo\u0308rg'],
  ];
  for (const [a, b] of same) {
    it(`finds "${a}" and "${b}" to be the same student’s hand-in`, () => {
      assert.equal(receivedSetId(ID, a), receivedSetId(ID, b));
    });
  }

  it('keeps two students apart, and one student’s hand-ins of two assignments', () => {
    assert.notEqual(receivedSetId(ID, 'Kim'), receivedSetId(ID, 'Kai'));
    assert.notEqual(receivedSetId(ID, 'Kim'), receivedSetId('00000000-0000-4000-8000-000000000001', 'Kim'));
    assert.equal(receivedSetId(ID, 'Kim Müller'), `received:${ID}:kim müller`);
  });
});
