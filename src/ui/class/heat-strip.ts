/**
 * The strip beside the class heat (issue 16): the whole article at a glance, top to bottom, its
 * heat of one category drawn where it is by its share of the text's length. A click on the strip
 * takes the text there. It is a shortcut for the eye and the mouse, not the only way in: the text
 * itself is reachable by keyboard and the passage list says the same in words. The top two levels
 * carry a mark at the strip's edge too, as the text carries an underline.
 */
import { svg } from 'lit';
import type { HeatRun } from '../../model/agreement/heat.js';
import { HEAT_LEVELS, heatBackground, heatLevel } from './heat-levels.js';

/** The strip's height in its own units (its viewBox); it is stretched to its box. */
export const STRIP_UNITS = 1000;

/** One drawn stretch: where (in strip units) and at what level. */
export interface StripBar {
  readonly y: number;
  readonly height: number;
  readonly level: number;
}

/**
 * The bars of `runs` over a text of `length` characters, in a strip `units` high. Each is at least
 * `least` units high, so that a short quote in a long text still shows; where such bars overlap, the
 * higher level is drawn last, over the lower.
 */
export function stripBars(runs: readonly HeatRun[], length: number, students: number, units = STRIP_UNITS, least = 4): StripBar[] {
  if (length <= 0) return [];
  return runs
    .map((run) => ({
      y: (run.start / length) * units,
      height: Math.max(least, ((run.end - run.start) / length) * units),
      level: heatLevel(run.count, students),
    }))
    .filter((bar) => bar.level > 0)
    .sort((a, b) => a.level - b.level || a.y - b.y);
}

/** The text offset at a fraction (0 top, 1 bottom) of the strip. */
export function offsetAtShare(share: number, length: number): number {
  return Math.min(Math.max(0, length - 1), Math.max(0, Math.floor(share * length)));
}

/**
 * The strip as an SVG: `label` names it for screen readers; `onPick` gets the text offset under a
 * click.
 */
export function renderHeatStrip(bars: readonly StripBar[], colour: string, label: string, length: number, onPick: (offset: number) => void) {
  const pick = (event: MouseEvent) => {
    const box = (event.currentTarget as SVGSVGElement).getBoundingClientRect();
    if (box.height > 0) onPick(offsetAtShare((event.clientY - box.top) / box.height, length));
  };
  return svg`<svg class="cr-heat-strip" role="img" aria-label=${label} viewBox="0 0 20 ${STRIP_UNITS}" preserveAspectRatio="none" @click=${pick}>
    <title>${label}</title>
    <rect class="cr-heat-strip-ground" x="0" y="0" width="20" height=${STRIP_UNITS}></rect>
    ${bars.map(
      (bar) => svg`<rect data-level=${bar.level} x="0" y=${bar.y} width="20" height=${bar.height} style=${`fill: ${heatBackground(colour, bar.level)}`}></rect>${
        bar.level >= HEAT_LEVELS - 1 ? svg`<rect x="0" y=${bar.y} width=${bar.level === HEAT_LEVELS ? 5 : 3} height=${bar.height} style=${`fill: ${colour}`}></rect>` : null
      }`,
    )}
  </svg>`;
}
