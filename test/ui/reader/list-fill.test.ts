import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { drawnWithin, fillStep } from '../../../src/ui/reader/list-fill.js';
import type { ListWindow } from '../../../src/ui/reader/list-window.js';

const w = (from: number, to: number): ListWindow => ({ from, to });

describe('which part of the sidebar window is drawn', () => {
  const WITHIN: { name: string; drawn: ListWindow | undefined; window: ListWindow; index: number; expected: ListWindow }[] = [
    { name: 'a first paint draws the first chunk', drawn: undefined, window: w(0, 100), index: -1, expected: w(0, 30) },
    { name: 'a short list is drawn whole at once', drawn: undefined, window: w(0, 12), index: -1, expected: w(0, 12) },
    { name: 'a first paint with a current item draws a chunk around it', drawn: undefined, window: w(200, 300), index: 250, expected: w(235, 265) },
    { name: 'a current item near the window end keeps a whole chunk', drawn: undefined, window: w(200, 300), index: 298, expected: w(270, 300) },
    { name: 'a current item near the window start begins at it', drawn: undefined, window: w(200, 300), index: 203, expected: w(200, 230) },
    { name: 'what is drawn stays while it lies in the window', drawn: w(0, 60), window: w(0, 100), index: -1, expected: w(0, 60) },
    { name: 'the next item (J) is drawn at once', drawn: w(0, 30), window: w(0, 100), index: 30, expected: w(0, 31) },
    { name: 'an item further on is drawn with those before it', drawn: w(0, 30), window: w(0, 100), index: 80, expected: w(0, 81) },
    { name: 'an earlier item (K, "show earlier") is drawn with those after it', drawn: w(235, 265), window: w(100, 300), index: 100, expected: w(100, 265) },
    { name: 'a window that moved away draws afresh', drawn: w(0, 100), window: w(14_950, 15_050), index: 15_000, expected: w(14_985, 15_015) },
    { name: 'a window that shrank cuts what is drawn', drawn: w(0, 100), window: w(0, 40), index: -1, expected: w(0, 40) },
    { name: 'an empty list draws nothing', drawn: w(0, 30), window: w(0, 0), index: -1, expected: w(0, 0) },
  ];
  for (const { name, drawn, window, index, expected } of WITHIN) {
    it(name, () => {
      expect(drawnWithin(drawn, window, index, 30)).to.deep.equal(expected);
    });
  }

  it('fills downwards first, then upwards, a chunk at a time, then stops', () => {
    const steps: ListWindow[] = [];
    for (let drawn: ListWindow | undefined = w(235, 265); drawn; drawn = fillStep(drawn, w(200, 300), 30)) steps.push(drawn);
    expect(steps).to.deep.equal([w(235, 265), w(235, 295), w(235, 300), w(205, 300), w(200, 300)]);
  });

  it('always ends with the whole window drawn, holding the current item at every step', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(600), fc.integer({ min: -1, max: 1600 }), fc.option(fc.tuple(fc.nat(1600), fc.nat(600))), (from, size, index, before) => {
        const window = w(from, from + size);
        let drawn: ListWindow | undefined = drawnWithin(before ? w(before[0], before[0] + before[1]) : undefined, window, index, 30);
        let last = drawn;
        for (let steps = 0; drawn; steps++, drawn = fillStep(drawn, window, 30)) {
          expect(drawn.from >= window.from && drawn.to <= window.to, 'inside the window').to.equal(true);
          if (index >= window.from && index < window.to) expect(index >= drawn.from && index < drawn.to, 'holds the current item').to.equal(true);
          expect(steps).to.be.below(40);
          last = drawn;
        }
        expect(last).to.deep.equal(window);
      }),
    );
  });
});
