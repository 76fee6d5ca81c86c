/**
 * The category palette as a specification: every colour keeps the contrasts it claims (text on its
 * tint, the underline against the page, light and dark), no two are too close, and the arithmetic
 * under it agrees with known values (WCAG's 21:1, Sharma's CIEDE2000 test data). Which colour a
 * category takes or is offered is specified in palette-choice.test.ts.
 */
import { expect } from '@open-wc/testing';
import {
  CATEGORY_PALETTE,
  checkColour,
  ciede2000,
  colourDistance,
  contrastRatio,
  MIN_LINE_CONTRAST,
  MIN_TEXT_CONTRAST,
  mixColours,
  normaliseColour,
  PALETTE_MIN_DISTANCE,
  relativeLuminance,
  THEME,
  toLab,
  TOO_CLOSE_THRESHOLD,
  tooClose,
} from '../../../src/model/schemes/category-palette.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';

describe('category palette', () => {
  it('has at least 12 colours, each a distinct lower-case #rrggbb with a distinct id', () => {
    expect(CATEGORY_PALETTE.length).to.be.at.least(12);
    for (const entry of CATEGORY_PALETTE) expect(entry.colour, entry.id).to.match(/^#[0-9a-f]{6}$/);
    expect(new Set(CATEGORY_PALETTE.map((entry) => entry.colour)).size).to.equal(CATEGORY_PALETTE.length);
    expect(new Set(CATEGORY_PALETTE.map((entry) => entry.id)).size).to.equal(CATEGORY_PALETTE.length);
  });

  for (const entry of CATEGORY_PALETTE) {
    it(`${entry.id} (${entry.colour}) keeps text ≥ 4.5:1 on its tint and its underline ≥ 3:1, light and dark`, () => {
      const { light, dark } = THEME;
      // Computed here from first principles, not through checkColour, so that a bug there cannot hide.
      const lightText = contrastRatio(light.text, mixColours(entry.colour, light.background, 0.22)!);
      const darkText = contrastRatio(dark.text, mixColours(entry.colour, dark.background, 0.34)!);
      expect(lightText, 'text on the light tint').to.be.at.least(MIN_TEXT_CONTRAST);
      expect(darkText, 'text on the dark tint').to.be.at.least(MIN_TEXT_CONTRAST);
      expect(contrastRatio(entry.colour, '#fbfaf7'), 'underline on the light page').to.be.at.least(MIN_LINE_CONTRAST);
      expect(contrastRatio(entry.colour, '#15161a'), 'underline on the dark page').to.be.at.least(MIN_LINE_CONTRAST);
      const check = checkColour(entry.colour);
      expect(check.passes).to.equal(true);
      expect(check.failures).to.deep.equal([]);
      expect(check.lightText).to.be.closeTo(lightText, 1e-9);
      expect(check.darkText).to.be.closeTo(darkText, 1e-9);
    });
  }

  it('keeps every pair of its colours at least PALETTE_MIN_DISTANCE apart', () => {
    for (const [i, a] of CATEGORY_PALETTE.entries()) {
      for (const b of CATEGORY_PALETTE.slice(i + 1)) {
        expect(colourDistance(a.colour, b.colour), `${a.id}/${b.id}`).to.be.at.least(PALETTE_MIN_DISTANCE);
      }
    }
  });

  it('counts blue and sky blue (ΔE00 14.6) as too close to share a scheme, though apart as a palette pair', () => {
    const distance = colourDistance('#0072b2', '#1e90b0');
    expect(distance).to.be.closeTo(14.6, 0.05);
    expect(distance).to.be.at.least(PALETTE_MIN_DISTANCE);
    expect(distance).to.be.below(TOO_CLOSE_THRESHOLD);
  });

  it('uses the page colours of styles/tokens.css', () => {
    expect(THEME).to.deep.equal({
      light: { background: '#fbfaf7', text: '#1d1d1f', tint: 0.22 },
      dark: { background: '#15161a', text: '#e9e6df', tint: 0.34 },
    });
  });
});

describe('contrastRatio, relativeLuminance and mixColours', () => {
  const ratios: [string, string, string, number][] = [
    ['black on white', '#000000', '#ffffff', 21],
    ['white on black (order does not matter)', '#fff', '#000', 21],
    ['a colour on itself', '#0072b2', '#0072b2', 1],
    ['#777 on white, just under AA', '#777777', '#ffffff', 4.478],
    ['#767676 on white, the lightest grey at AA', '#767676', '#ffffff', 4.542],
  ];
  for (const [name, a, b, ratio] of ratios) {
    it(`${name}: ${ratio}:1`, () => expect(contrastRatio(a, b)).to.be.closeTo(ratio, 0.001));
  }

  it('gives luminance 0 for black, 1 for white, 0.2126 for pure red', () => {
    expect(relativeLuminance('#000000')).to.equal(0);
    expect(relativeLuminance('#ffffff')).to.be.closeTo(1, 1e-12);
    expect(relativeLuminance('#ff0000')).to.be.closeTo(0.2126, 1e-12);
  });

  const mixes: [string, string, string, number, string][] = [
    ['half black over white', '#000000', '#ffffff', 0.5, '#808080'],
    ['nothing of the colour', '#ff0000', '#fbfaf7', 0, '#fbfaf7'],
    ['all of the colour', '#ff0000', '#fbfaf7', 1, '#ff0000'],
    // 0.22·(0, 114, 178) + 0.78·(251, 250, 247) = (195.8, 220.1, 231.8)
    ['22 % blue over the light page', '#0072b2', '#fbfaf7', 0.22, '#c4dce8'],
    // 0.34·(0, 114, 178) + 0.66·(21, 22, 26) = (13.9, 53.3, 77.7)
    ['34 % blue over the dark page', '#0072b2', '#15161a', 0.34, '#0e354e'],
  ];
  for (const [name, colour, background, share, expected] of mixes) {
    it(`mixes ${name}`, () => expect(mixColours(colour, background, share)).to.equal(expected));
  }

  it('agrees with what Chromium paints for each palette colour, tinted over both pages', () => {
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d', { willReadFrequently: true })!;
    const painted = (colour: string, background: string, share: number): string => {
      context.globalAlpha = 1;
      context.fillStyle = background;
      context.fillRect(0, 0, 1, 1);
      context.globalAlpha = share;
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return `#${[r!, g!, b!].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
    };
    for (const { colour } of CATEGORY_PALETTE) {
      for (const { background, tint } of [THEME.light, THEME.dark]) {
        const ours = [1, 3, 5].map((i) => parseInt(mixColours(colour, background, tint)!.slice(i, i + 2), 16));
        const theirs = [1, 3, 5].map((i) => parseInt(painted(colour, background, tint).slice(i, i + 2), 16));
        // The canvas quantises alpha to 1/255 and may round differently: one step per channel.
        ours.forEach((channel, i) => expect(Math.abs(channel - theirs[i]!), `${colour} over ${background}`).to.be.at.most(1));
      }
    }
  });

  it('answers NaN or undefined, never throws, for what is no colour', () => {
    expect(contrastRatio('red', '#ffffff')).to.be.NaN;
    expect(mixColours('#12345', '#ffffff', 0.5)).to.equal(undefined);
    expect(normaliseColour('#ABC')).to.equal('#aabbcc');
    expect(normaliseColour('rgb(1,2,3)')).to.equal(undefined);
    expect(checkColour('nope')).to.include({ passes: false, colour: '' });
    expect(checkColour('nope').failures).to.deep.equal(['colour']);
  });
});

describe('checkColour', () => {
  it("names what fails: Okabe–Ito's orange and reddish purple are too light as an underline on the light page", () => {
    expect(checkColour('#e69f00').failures).to.deep.equal(['lightLine']);
    expect(checkColour('#cc79a7').failures).to.deep.equal(['lightLine']);
    expect(checkColour('#e69f00').lightLine).to.be.closeTo(2.16, 0.01);
  });

  it('refuses black (invisible underline on the dark page) and yellow (on the light one)', () => {
    expect(checkColour('#000000').failures).to.include('darkLine');
    expect(checkColour('#f0e442').failures).to.include('lightLine');
    expect(checkColour('#000000').passes).to.equal(false);
  });

  it('passes every colour of the default scheme', () => {
    for (const category of DEFAULT_CATEGORIES) expect(checkColour(category.colour).failures, category.id).to.deep.equal([]);
  });
});

describe('colourDistance (CIEDE2000)', () => {
  // Sharma, Wu & Dalal (2005), "The CIEDE2000 color-difference formula", Table 1: pairs 1, 7, 17, 25.
  const sharma: [number, [number, number, number], [number, number, number], number][] = [
    [1, [50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [7, [50, 0, 0], [50, -1, 2], 2.3669],
    [17, [50, 2.5, 0], [73, 25, -18], 27.1492],
    [25, [60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ];
  for (const [pair, [l1, a1, b1], [l2, a2, b2], expected] of sharma) {
    it(`matches Sharma's pair ${pair}: ${expected}`, () => {
      expect(ciede2000({ l: l1, a: a1, b: b1 }, { l: l2, a: a2, b: b2 })).to.be.closeTo(expected, 1e-4);
      expect(ciede2000({ l: l2, a: a2, b: b2 }, { l: l1, a: a1, b: b1 })).to.be.closeTo(expected, 1e-4);
    });
  }

  it('puts white at L 100 and black at L 0 in Lab, both without chroma', () => {
    const white = toLab('#ffffff')!;
    expect(white.l).to.be.closeTo(100, 0.01);
    expect(Math.hypot(white.a, white.b)).to.be.below(0.01);
    expect(toLab('#000000')).to.deep.equal({ l: 0, a: 0, b: 0 });
  });

  it('is 0 for a colour and itself and large for black and white', () => {
    expect(colourDistance('#0072b2', '#0072B2')).to.equal(0);
    expect(colourDistance('#000000', '#ffffff')).to.be.closeTo(100, 0.01);
  });
});

describe('tooClose', () => {
  const others = [
    { id: 'actor', colour: '#0072b2' },
    { id: 'policy', colour: '#d55e00' },
    { id: 'near-actor', colour: '#0a78b8' },
  ];

  it('returns the closest clashing one for a near-identical colour', () => {
    const clash = tooClose('#0074b4', others);
    expect(clash?.other.id).to.equal('actor');
    expect(clash!.distance).to.be.below(2);
  });

  it('returns nothing when every other colour is far enough', () => {
    expect(tooClose('#228833', others)).to.equal(undefined);
  });

  it('respects the threshold it is given', () => {
    expect(tooClose('#228833', others, 200)?.other.id).to.be.oneOf(['actor', 'policy', 'near-actor']);
    expect(tooClose('#0074b4', others, 0.1)).to.equal(undefined);
  });
});
