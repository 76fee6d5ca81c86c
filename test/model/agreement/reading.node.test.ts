/**
 * The plain-language band beside an agreement figure (model/agreement/reading.ts), at its edges:
 * 0.8 is reliable, 0.667 (as Krippendorff published it, not 2/3) tentative, below that discuss.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type AgreementReading, readingOf } from '../../../src/model/agreement/reading.js';

describe('the reading of an agreement figure', () => {
  const cases: [number | undefined, AgreementReading][] = [
    [1, 'reliable'],
    [0.8, 'reliable'],
    [0.7999, 'tentative'],
    [0.667, 'tentative'],
    [2 / 3, 'discuss'],
    [0.6669, 'discuss'],
    [0, 'discuss'],
    [-0.7003, 'discuss'],
    [undefined, 'not-defined'],
    [Number.NaN, 'not-defined'],
  ];
  for (const [figure, reading] of cases) {
    it(`reads ${String(figure)} as ${reading}`, () => {
      assert.equal(readingOf(figure), reading);
    });
  }
});
