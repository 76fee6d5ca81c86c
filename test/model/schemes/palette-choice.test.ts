/**
 * Which palette colour a category takes, and which it is offered (palette-choice.ts), as a
 * specification: colours apart from the scheme's others first; the first categories of any scheme
 * get what they got before the choice became near-linear (issue 12: the old rule, kept here as
 * the reference, compared every new colour with every earlier one and took 47 s for 1,000
 * categories); a scheme that has used every palette colour cycles through its first colours in
 * their order instead of giving every further category blue; and the editor's offer per row,
 * computed for all rows at once, is the offer of each row computed alone.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { CATEGORY_PALETTE, colourDistance, TOO_CLOSE_THRESHOLD } from '../../../src/model/schemes/category-palette.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { coloursApartForEach, coloursApartFrom, nextPaletteColour, PaletteChoice } from '../../../src/model/schemes/palette-choice.js';

/** The colours the first 14 categories of a new scheme take, one after the other: apart first, then the closest pairs. */
const FIRST_FOURTEEN = [
  '#0072b2', '#d55e00', '#009e73', '#b07800', '#b8659a', '#7a5cc9', '#1f8a8a',
  '#94603f', '#c43c3c', '#808080', '#8c8200', '#228833', '#cc6677', '#1e90b0',
];

/** The rule before issue 12, quadratic, as it was: what readers' first categories must keep getting. */
function referenceNext(used: readonly string[]): string {
  const nearest = (colour: string): number =>
    Math.min(Infinity, ...used.map((other) => colourDistance(colour, other)).filter((d) => !Number.isNaN(d)));
  const apart = CATEGORY_PALETTE.find(({ colour }) => nearest(colour) >= TOO_CLOSE_THRESHOLD);
  if (apart) return apart.colour;
  let [best, bestDistance] = [CATEGORY_PALETTE[0]!.colour, -1];
  for (const { colour } of CATEGORY_PALETTE) if (nearest(colour) > bestDistance) [best, bestDistance] = [colour, nearest(colour)];
  return best;
}

/** The colours `count` categories take when each is added in turn to a new scheme. */
function sequence(count: number): string[] {
  const choice = new PaletteChoice();
  return Array.from({ length: count }, () => {
    const colour = choice.next();
    choice.add(colour);
    return colour;
  });
}

describe('choosing colours for a long scheme', () => {
  it('gives the first 14 categories the 14 palette colours, in the order they always came', () => {
    expect(sequence(14)).to.deep.equal(FIRST_FOURTEEN);
    const old: string[] = [];
    for (let i = 0; i < 14; i++) old.push(referenceNext(old));
    expect(old).to.deep.equal(FIRST_FOURTEEN);
  });

  it('then cycles through them in that order: category 15 is blue, 16 vermillion, 29 blue again (not blue for all from 15 on)', () => {
    const colours = sequence(1000);
    expect(colours.slice(14, 28)).to.deep.equal(FIRST_FOURTEEN);
    expect(colours.slice(28, 30)).to.deep.equal(['#0072b2', '#d55e00']);
    expect(colours[999]).to.equal(FIRST_FOURTEEN[999 % 14]);
    expect(new Set(colours.map((colour, i) => `${i % 14}:${colour}`)).size).to.equal(14);
  });

  it('chooses as the old rule did whenever a palette colour is still unused or not matched exactly', () => {
    const colour = fc.oneof(
      fc.constantFrom(...CATEGORY_PALETTE.map((entry) => entry.colour)),
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`),
      fc.constant('no colour'),
    );
    fc.assert(
      fc.property(fc.array(colour, { maxLength: 30 }), (used) => {
        const unusedLeft = CATEGORY_PALETTE.some((entry) => !used.includes(entry.colour));
        if (unusedLeft) expect(nextPaletteColour(used), used.join(' ')).to.equal(referenceNext(used));
      }),
      { numRuns: 300 },
    );
  });

  it('counts a colour given as #RGB or in capitals as the palette colour it is', () => {
    const choice = new PaletteChoice([...FIRST_FOURTEEN.slice(1), '#0072B2']);
    expect(choice.next()).to.equal('#d55e00');
  });
});

describe('coloursApartForEach (the editor’s offer for every row at once)', () => {
  it('offers each row what coloursApartFrom offers it given the others: the default scheme', () => {
    const offers = coloursApartForEach(DEFAULT_CATEGORIES);
    expect(offers.get('policy')!.map((entry) => entry.id)).to.deep.equal(['vermillion', 'ochre', 'olive', 'violet', 'teal', 'brown', 'red', 'grey']);
    for (const category of DEFAULT_CATEGORIES) {
      const others = DEFAULT_CATEGORIES.filter((other) => other.id !== category.id).map((other) => other.colour);
      expect(offers.get(category.id), category.id).to.deep.equal(coloursApartFrom(others));
    }
  });

  it('offers each row what coloursApartFrom offers it, for any scheme (two rows of one colour, colours off the palette)', () => {
    const colour = fc.oneof(fc.constantFrom(...CATEGORY_PALETTE.map((entry) => entry.colour)), fc.constantFrom('#0074b4', '#123456', 'oops'));
    fc.assert(
      fc.property(fc.array(colour, { maxLength: 20 }), (colours) => {
        const categories = colours.map((c, i) => ({ id: `c${i}`, colour: c }));
        const offers = coloursApartForEach(categories);
        for (const category of categories) {
          const others = categories.filter((other) => other.id !== category.id).map((other) => other.colour);
          expect(offers.get(category.id)).to.deep.equal(coloursApartFrom(others));
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('nextPaletteColour', () => {
  it('takes the first palette colour when nothing is used', () => {
    expect(nextPaletteColour([])).to.equal(CATEGORY_PALETTE[0]!.colour);
  });

  it('skips colours too close to the used ones', () => {
    const next = nextPaletteColour(DEFAULT_CATEGORIES.map((category) => category.colour));
    for (const category of DEFAULT_CATEGORIES) expect(colourDistance(next, category.colour)).to.be.at.least(TOO_CLOSE_THRESHOLD);
  });

  it('still answers, with the least clashing colour, when every palette colour is used', () => {
    const all = CATEGORY_PALETTE.map((entry) => entry.colour);
    expect(all).to.include(nextPaletteColour(all));
  });

  it('gives a sixth category of the default scheme violet, not sky blue beside Actor’s blue', () => {
    const used = [...DEFAULT_CATEGORIES.map((category) => category.colour), nextPaletteColour(DEFAULT_CATEGORIES.map((category) => category.colour))];
    expect(used[4]).to.equal('#d55e00');
    expect(nextPaletteColour(used)).to.equal('#7a5cc9');
  });
});

describe('coloursApartFrom', () => {
  const ids = (used: readonly string[]): string[] => coloursApartFrom(used).map((entry) => entry.id);

  it('offers the whole palette, in order, to a scheme with no other colour', () => {
    expect(ids([])).to.deep.equal(CATEGORY_PALETTE.map((entry) => entry.id));
  });

  it('offers a new category of the default scheme only colours apart from Actor, Policy, Quote and Statistic', () => {
    expect(ids(DEFAULT_CATEGORIES.map((category) => category.colour))).to.deep.equal(['vermillion', 'violet', 'teal', 'brown', 'red', 'grey']);
  });

  it('offers Policy its own ochre and the colours apart from the other three, not sky blue beside Actor’s blue', () => {
    const others = DEFAULT_CATEGORIES.filter((category) => category.id !== 'policy').map((category) => category.colour);
    const offered = ids(others);
    expect(offered).to.deep.equal(['vermillion', 'ochre', 'olive', 'violet', 'teal', 'brown', 'red', 'grey']);
    for (const entry of coloursApartFrom(others)) {
      for (const other of others) expect(colourDistance(entry.colour, other), `${entry.id}/${other}`).to.be.at.least(TOO_CLOSE_THRESHOLD);
    }
  });

  it('offers nothing when every palette colour is taken', () => {
    expect(ids(CATEGORY_PALETTE.map((entry) => entry.colour))).to.deep.equal([]);
  });
});
