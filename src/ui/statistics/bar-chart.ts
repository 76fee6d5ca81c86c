/**
 * A horizontal bar chart as SVG for the statistics page (issue 17): bars per category, per
 * category in each article, per speaker. Each bar has its label above it and its figure at its
 * end, so the chart reads without telling colours apart; the colour is the category's
 * (Category.colour, as the class heat paints it).
 *
 * The chart is a picture (`role="img"` with a label): the table beside it holds the same figures
 * and is what a screen reader reads. Bars are laid out in percent of the chart's width and text in
 * CSS pixels, so the chart fits any width from a phone to a desktop without shrinking its type
 * (a viewBox would scale the text with the chart); long labels are cut by the chart's edge, the
 * table has them in full. The scale: chart-scale.ts (why no chart library: there).
 */
import { svg, html, type TemplateResult } from 'lit';
import { linearScale, niceMax } from './chart-scale.js';
import { formatCount } from '../shared/plural.js';

/** One bar: what it is, its figure and its colour (a CSS colour). */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
  readonly colour: string;
}

/** Bars shown together under a heading (an article's categories); the heading may be absent. */
export interface ChartGroup {
  readonly heading?: string;
  readonly bars: readonly ChartBar[];
}

/** Heights in CSS pixels: a group's heading, a bar's label line, the bar, the space after it. */
const HEADING = 26;
const LABEL = 18;
const BAR = 16;
const GAP = 8;
/** The longest bar, in percent of the chart's width: room is left after it for its figure. */
const LONGEST = 86;

/** The chart of `groups`, named `label` for assistive technology. */
export function renderBarChart(groups: readonly ChartGroup[], label: string): TemplateResult {
  const max = Math.max(0, ...groups.flatMap((group) => group.bars.map((bar) => bar.value)));
  const length = linearScale(niceMax(max), LONGEST);
  let y = 0;
  const parts = groups.map((group) => {
    const heading = group.heading === undefined ? null : svg`<text class="heading" x="0" y=${(y += HEADING) - 8}>${group.heading}</text>`;
    const bars = group.bars.map((bar) => {
      const top = y + LABEL;
      y = top + BAR + GAP;
      const width = length(bar.value);
      return svg`<g class="bar">
        <text x="0" y=${top - 5}>${bar.label}</text>
        <rect x="0" y=${top} width=${`${width}%`} height=${BAR} rx="2" style=${`fill: ${bar.colour}`}></rect>
        <text class="figure" x=${`${width}%`} dx="6" y=${top + BAR - 3}>${formatCount(bar.value)}</text>
      </g>`;
    });
    return svg`${heading}${bars}`;
  });
  return html`<svg class="chart" width="100%" height=${Math.max(y, 1)} role="img" aria-label=${label}>${parts}</svg>`;
}
