/**
 * How a count of students becomes a heat level and a paint (issue 16, "Where the class tagged"):
 * the class view's heat layer, its strip, its picture for slides and the presentation all use these,
 * so that one count looks the same everywhere. Five levels of one hue, from a faint tint to a strong
 * one, in the category's colour: a sequential ramp that reads by lightness, so it stays in order for
 * readers who do not tell the colours apart; the two highest levels are also underlined (thin, then
 * thick), a cue that does not depend on colour at all. The exact count is given on hover and focus.
 *
 * The tint is the colour over a transparent background (as the reader's highlights), so it sits on
 * the page's own background in the light and the dark scheme alike. Its strongest share (60 %) is
 * the most that keeps the page's text at 4.5:1 on every palette colour in both schemes: at 72 % the
 * dark scheme's text on bluish green falls to 4.3:1 (the class-heat test checks every palette colour).
 */
import { mixColours, THEME } from '../../model/schemes/category-palette.js';

/** How many levels the heat has (0, no student, is not painted). */
export const HEAT_LEVELS = 5;

/** The level (1 … HEAT_LEVELS) of `count` students out of `students`; 0 for none. */
export function heatLevel(count: number, students: number): number {
  if (count <= 0 || students <= 0) return 0;
  return Math.min(HEAT_LEVELS, Math.max(1, Math.ceil((count / students) * HEAT_LEVELS)));
}

/** The counts (lowest, highest) of `students` that make `level`; undefined when none does (a small class). */
export function levelCounts(level: number, students: number): { readonly low: number; readonly high: number } | undefined {
  let low = 0;
  let high = 0;
  for (let count = 1; count <= students; count++) {
    if (heatLevel(count, students) !== level) continue;
    if (low === 0) low = count;
    high = count;
  }
  return low === 0 ? undefined : { low, high };
}

/** The share (%) of the category's colour painted at each level (index = level). */
export const HEAT_TINT: readonly number[] = [0, 15, 25, 36, 48, 60];

/** The background of a level in `colour` (a CSS colour): the tint over whatever is behind it. */
export function heatBackground(colour: string, level: number): string {
  return `color-mix(in srgb, ${colour} ${HEAT_TINT[level] ?? 0}%, transparent)`;
}

/** The colour a level paints over the page of `scheme` (#rrggbb), for pictures that stand alone and contrast checks. */
export function heatFill(colour: string, level: number, scheme: 'light' | 'dark' = 'light'): string {
  return mixColours(colour, THEME[scheme].background, (HEAT_TINT[level] ?? 0) / 100) ?? THEME[scheme].background;
}

/** The `::highlight()` declarations of a level: background, and underline at the two highest. */
export function heatStyle(colour: string, level: number): string {
  const underline = level >= HEAT_LEVELS - 1 ? ` text-decoration: underline solid ${colour} ${level === HEAT_LEVELS ? 3 : 1.5}px; text-decoration-skip-ink: none;` : '';
  return `background-color: ${heatBackground(colour, level)};${underline}`;
}
