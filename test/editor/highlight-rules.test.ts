import { expect } from '@open-wc/testing';
import { BAND_PX, FIRST_LINE_PX, lineThickness, tintShare } from '../../src/editor/highlight-rules.js';
import { MAX_DRAWN_CATEGORIES } from '../../src/editor/highlight-paint.js';
import { CATEGORY_PALETTE, MIN_TEXT_CONTRAST, THEME, contrastRatio, mixColours } from '../../src/model/schemes/category-palette.js';

/** Every way of choosing `size` of `items` (order kept). */
function choose<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) => choose(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]));
}

describe('highlight paint through ::highlight(): legible where passages overlap', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps the text readable (${MIN_TEXT_CONTRAST}:1) on the layered tints of any ${MAX_DRAWN_CATEGORIES} palette colours (${scheme})`, () => {
      const { background, text } = THEME[scheme];
      const failing: string[] = [];
      for (let size = 1; size <= MAX_DRAWN_CATEGORIES; size += 1) {
        for (const colours of choose(CATEGORY_PALETTE.map((entry) => entry.colour), size)) {
          // Each highlight paints its tint over what is below it.
          const layered = colours.reduce((below, colour, depth) => mixColours(colour, below, tintShare(scheme, depth))!, background);
          const ratio = contrastRatio(text, layered);
          if (ratio < MIN_TEXT_CONTRAST) failing.push(`${colours.join('+')}: ${ratio.toFixed(2)}`);
        }
      }
      expect(failing).to.deep.equal([]);
    });
  }

  it('tints a run deeper by 6% for each more category, the first as a lone category', () => {
    const covered = (scheme: 'light' | 'dark') =>
      Array.from({ length: MAX_DRAWN_CATEGORIES }, (_, depth) => depth).map((depth) =>
        Math.round((1 - Array.from({ length: depth + 1 }, (_, d) => 1 - tintShare(scheme, d)).reduce((a, b) => a * b, 1)) * 1000) / 1000,
      );
    expect(covered('light')).to.deep.equal([0.22, 0.28, 0.34, 0.4]);
    expect(covered('dark')).to.deep.equal([0.34, 0.4, 0.46, 0.52]);
    expect(tintShare('light', 0)).to.equal(THEME.light.tint);
    expect(tintShare('dark', 0)).to.equal(THEME.dark.tint);
  });

  it('gives every drawn depth a band of its own line, at least 2px, under the lines above it', () => {
    const thicknesses = Array.from({ length: MAX_DRAWN_CATEGORIES }, (_, depth) => lineThickness(depth));
    expect(thicknesses).to.deep.equal([FIRST_LINE_PX, FIRST_LINE_PX + BAND_PX, FIRST_LINE_PX + 2 * BAND_PX, FIRST_LINE_PX + 3 * BAND_PX]);
    expect(thicknesses.slice(1).map((thickness, i) => thickness - thicknesses[i]!).every((band) => band >= 2)).to.equal(true);
  });
});
