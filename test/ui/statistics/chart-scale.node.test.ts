/**
 * The bar charts' scale (src/ui/statistics/chart-scale.ts): a round end at or above the largest
 * figure, and bar lengths in proportion to it, never past the chart's end or below zero.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { linearScale, niceMax } from '../../../src/ui/statistics/chart-scale.js';

describe('the charts’ scale', () => {
  it('ends at the round number at or above the largest figure', () => {
    const cases: [number, number][] = [[0, 1], [-3, 1], [Number.NaN, 1], [1, 1], [3, 5], [5, 5], [6, 10], [12, 20], [20, 20], [21, 50], [0.3, 0.5], [999, 1000]];
    assert.deepEqual(cases.map(([max]) => [max, niceMax(max)]), cases);
  });

  it('is never below the largest figure nor more than 2.5 times it (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e9, noNaN: true }), (max) => {
        const end = niceMax(max);
        return end >= max && end <= max * 2.5 * (1 + 1e-9);
      }),
    );
  });

  it('makes bars in proportion, exact for counts, clamped to the chart', () => {
    const length = linearScale(5, 86);
    assert.deepEqual([0, 1, 2, 4, 5, 7, -1].map(length), [0, 17.2, 34.4, 68.8, 86, 86, 0]);
    assert.deepEqual([7, 11].map(linearScale(20, 86)), [30.1, 47.3]);
    assert.deepEqual([0, 3].map(linearScale(0, 86)), [0, 86]);
  });
});
