/**
 * "Student A, B, …" (model/assignments/pseudonyms.ts): the letters run as spreadsheet columns (A … Z,
 * AA, AB, …), every hand-in gets its own, the same hand-in keeps its letter however the list is
 * ordered, and the letters do not follow the alphabetical order of the ids (nor of the names in
 * them), so that a letter does not give its student away.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { letters, pseudonymLetters } from '../../../src/model/assignments/pseudonyms.js';
import { receivedSetId } from '../../../src/model/sets/annotation-set.js';

const ASSIGNMENT = '6d1f3a2b-4c5d-4e6f-8a7b-9c0d1e2f3a4b';
const NAMES = ['Ada Berg', 'Ben Ott', 'Cem Aydin', 'Dana Roth', 'Eva Sand', 'Finn Lang'];
const IDS = NAMES.map((name) => receivedSetId(ASSIGNMENT, name));

describe('letters by index', () => {
  const cases: [number, string][] = [
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ];
  for (const [index, expected] of cases) it(`${index} is ${expected}`, () => assert.equal(letters(index), expected));

  it('are all different for the first thousand', () => {
    const names = Array.from({ length: 1000 }, (_, index) => letters(index));
    assert.equal(new Set(names).size, 1000);
    assert.ok(names.every((name) => /^[A-Z]+$/.test(name)));
  });
});

describe('the letters of a class', () => {
  it('gives six hand-ins the letters A to F, pinned, not in the alphabetical order of their ids', () => {
    const given = pseudonymLetters(IDS);
    assert.deepEqual(Object.fromEntries(NAMES.map((name, index) => [name, given.get(IDS[index]!)])), {
      'Ada Berg': 'E',
      'Ben Ott': 'C',
      'Cem Aydin': 'D',
      'Dana Roth': 'A',
      'Eva Sand': 'B',
      'Finn Lang': 'F',
    });
    // IDS are in alphabetical order; their letters are not.
    assert.deepEqual([...IDS].sort(), IDS);
    assert.notDeepEqual(IDS.map((id) => given.get(id)), ['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('runs on past Z: 30 hand-ins get A … Z, AA … AD, once each', () => {
    const ids = Array.from({ length: 30 }, (_, index) => receivedSetId(ASSIGNMENT, `Student ${index}`));
    const given = [...pseudonymLetters(ids).values()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    assert.deepEqual(given, [...Array.from({ length: 26 }, (_, index) => String.fromCharCode(65 + index)), 'AA', 'AB', 'AC', 'AD']);
  });

  it('gives an id that comes twice one letter', () => {
    const given = pseudonymLetters([IDS[0]!, IDS[1]!, IDS[0]!]);
    assert.equal(given.size, 2);
    assert.deepEqual([...given.values()].sort(), ['A', 'B']);
  });

  it('keeps each hand-in’s letter in any order of the list, unique per hand-in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 40 }), fc.integer(), (ids, seed) => {
        const shuffled = [...ids].sort((a, b) => ((hashOf(a, seed) - hashOf(b, seed)) | 0) || (a < b ? -1 : 1));
        const given = pseudonymLetters(ids);
        assert.deepEqual(pseudonymLetters(shuffled), given);
        assert.equal(new Set(given.values()).size, ids.length);
        assert.deepEqual([...given.values()].sort(), ids.map((_, index) => letters(index)).sort());
      }),
    );
  });

  it('does not follow the alphabetical order of the ids for most classes', () => {
    // Over 200 classes of five, the letters follow the ids' order by chance in about 1 of 120.
    let alphabetical = 0;
    for (let n = 0; n < 200; n++) {
      const ids = Array.from({ length: 5 }, (_, index) => receivedSetId(ASSIGNMENT, `Klasse ${n} Kind ${index}`)).sort();
      const given = pseudonymLetters(ids);
      if (ids.every((id, index) => given.get(id) === letters(index))) alphabetical++;
    }
    assert.ok(alphabetical <= 8, `${alphabetical} of 200 classes got their letters in alphabetical order`);
  });
});

/** A seeded order for shuffling in the property (not the code under test's hash). */
function hashOf(text: string, seed: number): number {
  let value = seed | 0;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x5bd1e995) + 17;
  return value;
}
