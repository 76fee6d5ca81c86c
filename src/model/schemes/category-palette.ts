/**
 * The colours a category can take, and the arithmetic that proves them legible. A highlight tints
 * the text's background with the category colour (22 % over the light background, 34 % over the
 * dark one, styles/highlights.css) and underlines the passage in the full colour. So a colour must
 * keep the text readable on its tint (WCAG 1.4.3, 4.5:1) and the underline visible against the page
 * (WCAG 1.4.11, 3:1), in both colour schemes. The underline rule is the hard one: it leaves a band
 * of mid-tone colours (relative luminance ≈ 0.13–0.28), which is why several Okabe–Ito colours
 * appear here darkened.
 *
 * Distances between colours are CIEDE2000 (ΔE₀₀) in CIELAB under D65: unlike the Euclidean CIE76
 * it does not overstate differences between saturated colours nor understate them between blues,
 * which is where a palette of mid-tone hues sits. Pure: strings in, numbers out, no DOM. Which
 * palette colour a category takes, or is offered, is chosen in palette-choice.ts.
 */

/** The page background and text colours of styles/tokens.css, light and dark. */
export const THEME = {
  light: { background: '#fbfaf7', text: '#1d1d1f', tint: 0.22 },
  dark: { background: '#15161a', text: '#e9e6df', tint: 0.34 },
} as const;

/** Text on a tinted passage: WCAG 2.2 SC 1.4.3 for normal text. */
export const MIN_TEXT_CONTRAST = 4.5;

/** The underline against the page: WCAG 2.2 SC 1.4.11 for graphical objects. */
export const MIN_LINE_CONTRAST = 3;

/**
 * ΔE₀₀ below which two categories of one scheme count as too close. Around 10 two mid-tone colours
 * still read as "the same colour, a bit different" when they are only a 22 % tint; at 15 and above
 * they are plainly different hues. Between the palette's minimum ({@link PALETTE_MIN_DISTANCE})
 * and this lie pairs such as blue and sky blue (14.6): apart as underlines side by side, alike as
 * tints across a page, so a scheme gets only one of them: the editor offers, and a new category
 * takes, only colours at least this far from the scheme's others.
 */
export const TOO_CLOSE_THRESHOLD = 15;

/**
 * ΔE₀₀ every pair of palette colours keeps at least (the tests check it): two palette colours can
 * always be told apart side by side, even those too close to share a scheme.
 */
export const PALETTE_MIN_DISTANCE = 12;

/** One colour of the palette, with the name a picker shows and where it comes from. */
export interface PaletteColour {
  readonly id: string;
  /** #rrggbb, lower case. */
  readonly colour: string;
  readonly name: { readonly de: string; readonly en: string };
  /** Its origin: an Okabe–Ito or Paul Tol colour as is, or darkened to meet the underline rule. */
  readonly source: string;
}

/**
 * The palette: 14 colours, each meeting all four contrast rules of {@link checkColour} in both
 * colour schemes, and each pair at least {@link PALETTE_MIN_DISTANCE} apart (the tests check both).
 * Okabe–Ito's orange, sky blue, yellow and reddish purple are too light for an underline on the
 * light page (2.2:1, 2.2:1, 1.3:1, 2.9:1) and appear darkened with their hue kept; its black cannot
 * be seen as an underline on the dark page (1.2:1) and is left out. No colour here needs an
 * exception for the dark page, so the data carries none.
 */
export const CATEGORY_PALETTE: readonly PaletteColour[] = [
  { id: 'blue', colour: '#0072b2', name: { de: 'Blau', en: 'Blue' }, source: 'Okabe–Ito blue' },
  { id: 'vermillion', colour: '#d55e00', name: { de: 'Zinnober', en: 'Vermillion' }, source: 'Okabe–Ito vermillion' },
  { id: 'bluish-green', colour: '#009e73', name: { de: 'Blaugrün', en: 'Bluish green' }, source: 'Okabe–Ito bluish green' },
  { id: 'ochre', colour: '#b07800', name: { de: 'Ocker', en: 'Ochre' }, source: 'Okabe–Ito orange, darkened' },
  { id: 'mauve', colour: '#b8659a', name: { de: 'Mauve', en: 'Mauve' }, source: 'Okabe–Ito reddish purple, darkened' },
  { id: 'sky', colour: '#1e90b0', name: { de: 'Himmelblau', en: 'Sky blue' }, source: 'Okabe–Ito sky blue, darkened' },
  { id: 'olive', colour: '#8c8200', name: { de: 'Oliv', en: 'Olive' }, source: 'Okabe–Ito yellow, darkened' },
  { id: 'green', colour: '#228833', name: { de: 'Grün', en: 'Green' }, source: 'Paul Tol bright green' },
  { id: 'rose', colour: '#cc6677', name: { de: 'Rosé', en: 'Rose' }, source: 'Paul Tol muted rose' },
  { id: 'violet', colour: '#7a5cc9', name: { de: 'Violett', en: 'Violet' }, source: 'between Tol indigo and purple, lightened' },
  { id: 'teal', colour: '#1f8a8a', name: { de: 'Petrol', en: 'Teal' }, source: 'Paul Tol muted teal, darkened' },
  { id: 'brown', colour: '#94603f', name: { de: 'Braun', en: 'Brown' }, source: 'a warm brown, between vermillion and ochre' },
  { id: 'red', colour: '#c43c3c', name: { de: 'Rot', en: 'Red' }, source: 'Paul Tol bright red, darkened' },
  { id: 'grey', colour: '#808080', name: { de: 'Grau', en: 'Grey' }, source: 'neutral mid grey' },
];

/** A colour as 8-bit sRGB channels. */
export type Rgb = readonly [number, number, number];

/** A colour in CIELAB (D65): lightness 0–100, a (green–red), b (blue–yellow). */
export interface Lab {
  readonly l: number;
  readonly a: number;
  readonly b: number;
}

/** The figures of {@link checkColour}: four contrast ratios and which rules fail. */
export interface ColourCheck {
  /** The colour, normalised to #rrggbb; '' when the input is no colour. */
  readonly colour: string;
  /** Text on the colour tinted over the light page. */
  readonly lightText: number;
  /** Text on the colour tinted over the dark page. */
  readonly darkText: number;
  /** The full colour (the underline) against the light page. */
  readonly lightLine: number;
  /** The full colour against the dark page. */
  readonly darkLine: number;
  /** The rules it fails, by the name of the figure; `colour` when the input is no colour. */
  readonly failures: readonly ('colour' | 'lightText' | 'darkText' | 'lightLine' | 'darkLine')[];
  readonly passes: boolean;
}

/** Parses #rgb or #rrggbb (any case) into channels; undefined for anything else. */
export function parseColour(text: string): Rgb | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(text.trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((digit) => digit + digit).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** `text` as #rrggbb in lower case, or undefined when it is not a hex colour. */
export function normaliseColour(text: string): string | undefined {
  const rgb = parseColour(text);
  return rgb && toHex(rgb);
}

/** Channels as #rrggbb. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => Math.round(Math.min(255, Math.max(0, channel))).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance (0 black to 1 white); NaN when `colour` is no colour. */
export function relativeLuminance(colour: string): number {
  const rgb = parseColour(colour);
  if (!rgb) return Number.NaN;
  const [r, g, b] = rgb.map(linear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21, whichever is lighter; NaN for a non-colour. */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [relativeLuminance(a), relativeLuminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/**
 * The colour a browser paints for `colour` at `share` (0–1) over `background`: what
 * `color-mix(in srgb, colour share, transparent)` composites to. Browsers composite in gamma-encoded
 * sRGB and paint 8-bit channels, so this mixes encoded values and rounds. Undefined for a non-colour.
 */
export function mixColours(colour: string, background: string, share: number): string | undefined {
  const top = parseColour(colour);
  const bottom = parseColour(background);
  if (!top || !bottom) return undefined;
  const s = Math.min(1, Math.max(0, share));
  return toHex([0, 1, 2].map((i) => s * top[i]! + (1 - s) * bottom[i]!) as unknown as Rgb);
}

/** Every contrast that matters for a category colour, and whether it passes them all. */
export function checkColour(colour: string): ColourCheck {
  const normal = normaliseColour(colour);
  if (!normal) {
    return { colour: '', lightText: NaN, darkText: NaN, lightLine: NaN, darkLine: NaN, failures: ['colour'], passes: false };
  }
  const { light, dark } = THEME;
  const figures = {
    lightText: contrastRatio(light.text, mixColours(normal, light.background, light.tint)!),
    darkText: contrastRatio(dark.text, mixColours(normal, dark.background, dark.tint)!),
    lightLine: contrastRatio(normal, light.background),
    darkLine: contrastRatio(normal, dark.background),
  };
  const failures = (Object.keys(figures) as (keyof typeof figures)[]).filter(
    (name) => figures[name] < (name.endsWith('Text') ? MIN_TEXT_CONTRAST : MIN_LINE_CONTRAST),
  );
  return { colour: normal, ...figures, failures, passes: failures.length === 0 };
}

/** A colour in CIELAB (D65, 2° observer); undefined for a non-colour. */
export function toLab(colour: string): Lab | undefined {
  const rgb = parseColour(colour);
  if (!rgb) return undefined;
  const [r, g, b] = rgb.map(linear) as unknown as Rgb;
  // sRGB (D65) to XYZ, each divided by the D65 white point.
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return { l: 116 * f(y) - 16, a: 500 * (f(x) - f(y)), b: 200 * (f(y) - f(z)) };
}

/**
 * CIEDE2000 colour difference of two CIELAB colours (Sharma, Wu & Dalal 2005, with kL = kC = kH
 * = 1). About 1 is the smallest difference people notice side by side; 2.3 is a "just noticeable
 * difference" in print.
 */
export function ciede2000(first: Lab, second: Lab): number {
  const rad = Math.PI / 180;
  const c1 = Math.hypot(first.a, first.b);
  const c2 = Math.hypot(second.a, second.b);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const a1 = (1 + g) * first.a;
  const a2 = (1 + g) * second.a;
  const cp1 = Math.hypot(a1, first.b);
  const cp2 = Math.hypot(a2, second.b);
  const hue = (a: number, b: number): number => (a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360);
  const h1 = hue(a1, first.b);
  const h2 = hue(a2, second.b);
  const dL = second.l - first.l;
  const dC = cp2 - cp1;
  let dh = 0;
  if (cp1 * cp2 !== 0) dh = Math.abs(h2 - h1) <= 180 ? h2 - h1 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 + 360;
  const dH = 2 * Math.sqrt(cp1 * cp2) * Math.sin((dh / 2) * rad);
  const lMean = (first.l + second.l) / 2;
  const cpMean = (cp1 + cp2) / 2;
  let hMean = h1 + h2;
  if (cp1 * cp2 !== 0) hMean = Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2 : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * rad) +
    0.24 * Math.cos(2 * hMean * rad) +
    0.32 * Math.cos((3 * hMean + 6) * rad) -
    0.2 * Math.cos((4 * hMean - 63) * rad);
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sC = 1 + 0.045 * cpMean;
  const sH = 1 + 0.015 * cpMean * t;
  const cpMean7 = cpMean ** 7;
  const rT = -2 * Math.sqrt(cpMean7 / (cpMean7 + 25 ** 7)) * Math.sin(60 * Math.exp(-(((hMean - 275) / 25) ** 2)) * rad);
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH));
}

/** ΔE₀₀ between two hex colours; NaN when either is no colour. */
export function colourDistance(a: string, b: string): number {
  const x = toLab(a);
  const y = toLab(b);
  return x && y ? ciede2000(x, y) : Number.NaN;
}

/**
 * Among `others` (categories, palette colours: anything with a colour), the one closest to
 * `colour` if it is closer than `threshold`, with the distance; undefined when none clashes. The
 * scheme editor warns with it ("too close to Actor"); pass the others without the category itself.
 */
export function tooClose<T extends { readonly colour: string }>(
  colour: string,
  others: readonly T[],
  threshold = TOO_CLOSE_THRESHOLD,
): { readonly other: T; readonly distance: number } | undefined {
  let best: { other: T; distance: number } | undefined;
  for (const other of others) {
    const distance = colourDistance(colour, other.colour);
    if (distance < threshold && (!best || distance < best.distance)) best = { other, distance };
  }
  return best;
}

/** sRGB transfer function, inverted: an 8-bit channel as linear light (IEC 61966-2-1). */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}
