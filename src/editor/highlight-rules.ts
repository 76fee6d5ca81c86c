/**
 * How a category looks when painted through the CSS Custom Highlight API: the `::highlight()` rules
 * of one named highlight (one per category and overlap depth, highlight-registry.ts).
 *
 * The tint is the category's colour over a transparent background; where passages overlap, each
 * highlight paints its own tint over the one below, so tints layer and a run under more passages
 * looks deeper. The cue that does not depend on telling colours apart is the category's line style
 * (solid, double, dashed, dotted, wavy) as the underline. `::highlight()` takes no
 * `text-underline-offset` (not one of the properties a highlight pseudo-element applies), so the
 * lines of overlapping categories cannot be stacked apart by offset: each depth draws a thicker
 * line instead, and the registry paints shallower depths above deeper ones, so every category
 * keeps a visible band of its own (depth 0 the top 2px, each depth the next {@link BAND_PX}).
 */
import type { CategoryLook } from './highlight-paint.js';

/** The thickness of the topmost underline (depth 0), in CSS pixels. */
export const FIRST_LINE_PX = 2;

/** How much thicker each deeper line is: the band of it that shows below the lines above it. */
export const BAND_PX = 2.5;

/** The tint of one category's colour over the text, light and dark colour schemes, in % (as the spans have it). */
const TINT = { light: 22, dark: 34 } as const;

/** How much deeper the tint of a run gets with each more category over it, in % (as the spans have it). */
const TINT_STEP = 6;

/**
 * The share (0–1) of its colour that the highlight at `depth` paints over what is below it. Tints
 * layer, so a share as strong as the first at every depth would cover the text (four at 34% are
 * 81%, and light text on the dark scheme falls under 4.5:1); instead each deeper layer adds what
 * makes the whole {@link TINT_STEP} deeper, as the spans' mixed tint did: 22%, 28%, 34%, 40% in
 * all (light).
 */
export function tintShare(scheme: 'light' | 'dark', depth: number): number {
  const covered = (d: number): number => (TINT[scheme] + d * TINT_STEP) / 100;
  return depth === 0 ? covered(0) : 1 - (1 - covered(depth)) / (1 - covered(depth - 1));
}

const LINE_STYLES = new Set(['solid', 'double', 'dashed', 'dotted', 'wavy']);

/** The underline thickness of depth `depth`, in CSS pixels. */
export function lineThickness(depth: number): number {
  return FIRST_LINE_PX + depth * BAND_PX;
}

/**
 * The CSS rules of highlight `name` drawing category `look` at overlap `depth` (0 for the category
 * drawn first on its run): tint and underline, the darker tint of the dark scheme, and the system's
 * mark colours in forced-colours mode (which drops author colours).
 */
export function highlightRules(name: string, look: CategoryLook, depth: number): string[] {
  const line = LINE_STYLES.has(look.line) ? look.line : 'solid';
  const selector = `::highlight(${name})`;
  const tint = (scheme: 'light' | 'dark'): string => `color-mix(in srgb, ${look.colour} ${round(tintShare(scheme, depth) * 100)}%, transparent)`;
  return [
    `${selector} { background-color: ${tint('light')}; text-decoration: underline ${line} ${look.colour} ${lineThickness(depth)}px; text-decoration-skip-ink: none; }`,
    `@media (prefers-color-scheme: dark) { ${selector} { background-color: ${tint('dark')}; } }`,
    `@media (forced-colors: active) { ${selector} { background-color: Mark; color: MarkText; text-decoration: underline ${line} MarkText ${lineThickness(depth)}px; } }`,
  ];
}

/**
 * The rule of the highlight that marks runs with more categories than are drawn: a dotted line
 * above the text, as the spans had it (the card lists them all).
 */
export function undrawnRule(name: string): string {
  return `::highlight(${name}) { text-decoration: overline dotted currentColor 2px; }`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
