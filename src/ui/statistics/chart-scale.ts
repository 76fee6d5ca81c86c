/**
 * The scale of the statistics page's bar charts (issue 17): our own few lines rather than a chart
 * library. The page loads lazily and must stay under 40 KB of its own JavaScript; the smallest
 * well-kept libraries that draw bars (d3-scale with its d3-array, d3-interpolate and d3-format,
 * Chart.js, uPlot) alone weigh about as much or more, and a canvas library would also need a table
 * beside it for screen readers anyway. Horizontal bars need one linear scale and a round end for
 * it, which is this file. Pure: no DOM.
 */

/**
 * The smallest "round" number (1, 2 or 5 times a power of ten) at least `max`: the scale's end, so
 * that a bar's length reads against a round figure. 1 for nothing to show (0, negative, not a number).
 */
export function niceMax(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const exponent = Math.floor(Math.log10(max));
  // divided for small figures: 5 / 10 ** 5 is 0.00005 exactly as written, 5 * 10 ** -5 is not
  const scaled = (factor: number): number => (exponent < 0 ? factor / 10 ** -exponent : factor * 10 ** exponent);
  return scaled([1, 2, 5].find((factor) => scaled(factor) >= max) ?? 10);
}

/**
 * A linear scale from [0, `domainMax`] onto [0, `rangeMax`] (a bar's length, e.g. in percent of the
 * chart's width), clamped to that range: a value below 0 is 0, above `domainMax` the full length.
 */
export function linearScale(domainMax: number, rangeMax: number): (value: number) => number {
  const end = domainMax > 0 ? domainMax : 1;
  // multiplied first: 7 of 10 on 86 is 60.2, not 60.199999999999996
  return (value) => Math.min(rangeMax, Math.max(0, (value * rangeMax) / end));
}
