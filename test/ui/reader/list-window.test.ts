import { expect } from '@open-wc/testing';
import { clampWindow, firstPage, grow, windowShowing, type ListWindow } from '../../../src/ui/reader/list-window.js';

const w = (from: number, to: number): ListWindow => ({ from, to });

describe('which part of a long list is in the page', () => {
  it('starts with the first page', () => {
    expect(firstPage(100)).to.deep.equal(w(0, 100));
  });

  const SHOWING: { name: string; window: ListWindow; index: number; expected: ListWindow }[] = [
    { name: 'an item in the window leaves it as it is', window: w(0, 100), index: 42, expected: w(0, 100) },
    { name: 'the next item after the window grows it (J at its end)', window: w(0, 100), index: 100, expected: w(0, 151) },
    { name: 'the item before the window grows it upwards (K at its start)', window: w(300, 400), index: 299, expected: w(249, 400) },
    { name: 'a jump far ahead moves it to a page around the item', window: w(0, 100), index: 15_000, expected: w(14_950, 15_050) },
    { name: 'a jump near the end keeps a whole page', window: w(0, 100), index: 19_990, expected: w(19_900, 20_000) },
    { name: 'a jump to the start begins at the first item', window: w(5_000, 5_100), index: 3, expected: w(0, 100) },
    { name: 'no item (nothing selected) leaves it as it is', window: w(200, 300), index: -1, expected: w(200, 300) },
    { name: 'growing past five pages drops items at the other end', window: w(0, 500), index: 500, expected: w(51, 551) },
  ];
  for (const { name, window, index, expected } of SHOWING) {
    it(name, () => {
      expect(windowShowing(window, index, 20_000, 100)).to.deep.equal(expected);
    });
  }

  it('grows by a page at either end, never past the list', () => {
    expect(grow(w(0, 100), true, 20_000, 100)).to.deep.equal(w(0, 200));
    expect(grow(w(19_950, 20_000), true, 20_000, 100)).to.deep.equal(w(19_950, 20_000));
    expect(grow(w(50, 150), false, 20_000, 100)).to.deep.equal(w(0, 150));
    expect(grow(w(100, 600), true, 20_000, 100)).to.deep.equal(w(200, 700));
  });

  it('fits a list that shrank or grew under it', () => {
    expect(clampWindow(w(0, 100), 3, 100)).to.deep.equal(w(0, 3));
    expect(clampWindow(w(0, 3), 500, 100)).to.deep.equal(w(0, 100));
    expect(clampWindow(w(900, 1_000), 950, 100)).to.deep.equal(w(850, 950));
    const same = w(10, 110);
    expect(clampWindow(same, 500, 100)).to.equal(same);
  });
});
