/**
 * Krippendorff's unitizing alpha (αU): how far a class agrees on where the passages of each
 * category are, corrected for the agreement chance alone would give. Krippendorff, "On the
 * reliability of unitizing contiguous data", Sociological Methodology 25 (1995) 47–76, and Content
 * Analysis, 2nd ed. (2004) pp. 251–256, as DKPro Agreement's KrippendorffAlphaUnitizingAgreement
 * computes it: per category over character offsets, every rater's continuum cut into that
 * category's units and the gaps between them; αU over all categories is 1 − ΣD_o / ΣD_e.
 *
 * Observed disagreement weighs two raters' segments that overlap: two units by the squared
 * differences of their starts and of their ends ("edges"), a unit lying wholly in the other rater's
 * gap by its squared length ("unmatched"); everything else by 0. It is weighed by length, so a few
 * long passages that nobody else tagged outweigh many short ones everybody found: the parts are
 * returned apart so that the class view can say which drives a figure.
 */
import { type CategorySpan, categoriesIn, unionByCategory } from './spans.js';

/** What the figures are computed over: the continuum and each rater's spans (end exclusive). */
export interface UnitizingInput {
  /** The text offset where the continuum begins (0 for a whole article). */
  readonly begin: number;
  /** How many characters the continuum has; spans reaching past it are cut at its edges. */
  readonly length: number;
  /** One list of spans per rater (student); a rater with no spans is a rater who tagged nothing. */
  readonly raters: readonly (readonly CategorySpan[])[];
  /**
   * The categories to report, in this order (a category nobody used is reported as such, spans of
   * other categories are left out); without it, every category a span names, in code-unit order.
   */
  readonly categories?: readonly string[];
}

/**
 * Why a figure has no alpha: fewer than two raters; nobody tagged the category; or no
 * disagreement was possible at all (expected disagreement 0, e.g. every rater tagged a
 * one-character continuum whole). Kept apart from any number so that no view shows 1 or 0 for it.
 */
export type AlphaUndefinedReason = 'too-few-raters' | 'no-units' | 'no-disagreement-possible';

/** An alpha, or the reason there is none. */
export type AlphaValue =
  | { readonly alpha: number }
  | { readonly alpha: undefined; readonly reason: AlphaUndefinedReason };

/** One αU with what it is made of: D_o, D_e, and D_o split by what disagreed. */
export type UnitizingFigure = AlphaValue & {
  /** Observed disagreement D_o. */
  readonly observed: number;
  /** Expected disagreement D_e. */
  readonly expected: number;
  /** The part of D_o from overlapping passages whose edges differ. */
  readonly edges: number;
  /** The part of D_o from passages lying wholly where another rater tagged nothing of the category. */
  readonly unmatched: number;
};

/** αU of one category, with how many raters tagged it at least once and how many passages. */
export type CategoryAlpha = UnitizingFigure & {
  readonly category: string;
  readonly ratersWithUnits: number;
  readonly units: number;
};

/** αU per category and over all of them, and the number of raters (students) it rests on. */
export interface UnitizingAgreement {
  readonly raters: number;
  readonly categories: readonly CategoryAlpha[];
  readonly overall: UnitizingFigure;
}

/** A stretch of one rater's continuum: a unit of the category, or a gap between units. */
interface Segment {
  readonly start: number;
  readonly end: number;
  readonly unit: boolean;
}

/** Krippendorff's αU of `input`, per category and over all categories. */
export function unitizingAlpha(input: UnitizingInput): UnitizingAgreement {
  const { begin, length } = input;
  const raters = input.raters.map((spans) => unionByCategory(spans, begin, length));
  const categories = input.categories ? [...new Set(input.categories)] : categoriesIn(raters);
  const perCategory = categories.map((category) => categoryAlpha(category, raters, begin, length));
  const sum = (pick: (figure: CategoryAlpha) => number): number =>
    perCategory.reduce((total, figure) => total + pick(figure), 0);
  const count = Math.max(1, perCategory.length);
  const units = sum((figure) => figure.units);
  const overall = figure(
    raters.length,
    units,
    sum((f) => f.observed) / count,
    sum((f) => f.expected) / count,
    sum((f) => f.edges) / count,
    sum((f) => f.unmatched) / count,
  );
  return { raters: raters.length, categories: perCategory, overall };
}

function categoryAlpha(
  category: string,
  raters: readonly (readonly CategorySpan[])[],
  begin: number,
  length: number,
): CategoryAlpha {
  const segments = raters.map((spans) =>
    segmentsOf(
      spans.filter((span) => span.category === category),
      begin,
      length,
    ),
  );
  const units = segments.flatMap((list) => list.filter((segment) => segment.unit));
  const ratersWithUnits = segments.filter((list) => list.some((segment) => segment.unit)).length;
  const { edges, unmatched } = observedDisagreement(segments, length);
  const expected = expectedDisagreement(segments, units, length);
  return {
    category,
    ratersWithUnits,
    units: units.length,
    ...figure(raters.length, units.length, edges + unmatched, expected, edges, unmatched),
  };
}

function figure(
  raters: number,
  units: number,
  observed: number,
  expected: number,
  edges: number,
  unmatched: number,
): UnitizingFigure {
  const parts = { observed, expected, edges, unmatched };
  if (raters < 2) return { alpha: undefined, reason: 'too-few-raters', ...parts };
  if (units === 0) return { alpha: undefined, reason: 'no-units', ...parts };
  if (!(expected > 0)) return { alpha: undefined, reason: 'no-disagreement-possible', ...parts };
  return { alpha: 1 - observed / expected, ...parts };
}

/** A rater's continuum as units (`spans`: merged, sorted, inside it) and the gaps between them. */
function segmentsOf(spans: readonly CategorySpan[], begin: number, length: number): Segment[] {
  const segments: Segment[] = [];
  let at = begin;
  for (const span of spans) {
    if (span.start > at) segments.push({ start: at, end: span.start, unit: false });
    segments.push({ start: span.start, end: span.end, unit: true });
    at = span.end;
  }
  if (at < begin + length) segments.push({ start: at, end: begin + length, unit: false });
  return segments;
}

/**
 * D_o = Σ over ordered pairs of raters, Σ over their overlapping segments of δ², / (m(m−1)L²).
 * Each unordered pair is walked once, both continuums side by side, and counted twice.
 */
function observedDisagreement(
  segments: readonly (readonly Segment[])[],
  length: number,
): { edges: number; unmatched: number } {
  const m = segments.length;
  if (m < 2 || length <= 0) return { edges: 0, unmatched: 0 };
  let edges = 0;
  let unmatched = 0;
  for (let r1 = 0; r1 < m; r1++) {
    for (let r2 = r1 + 1; r2 < m; r2++) {
      const a = segments[r1]!;
      const b = segments[r2]!;
      let i = 0;
      let j = 0;
      while (i < a.length && j < b.length) {
        const g = a[i]!;
        const h = b[j]!;
        if (g.unit && h.unit) {
          edges += (g.start - h.start) ** 2 + (g.end - h.end) ** 2;
        } else if (g.unit && h.start <= g.start && g.end <= h.end) {
          unmatched += (g.end - g.start) ** 2;
        } else if (h.unit && g.start <= h.start && h.end <= g.end) {
          unmatched += (h.end - h.start) ** 2;
        }
        if (g.end <= h.end) i++;
        if (h.end <= g.end) j++;
      }
    }
  }
  const scale = 2 / (m * (m - 1) * length * length);
  return { edges: edges * scale, unmatched: unmatched * scale };
}

/**
 * D_e: the disagreement expected when every unit and gap of the category could lie anywhere in
 * the continuum (Krippendorff 2004 p. 253): for each unit of length l, (N_c − 1)(2l³ − 3l² + l)/3
 * for its placements against the other units, and l² Σ (g − l + 1) over the gaps g ≥ l it fits in;
 * summed, times 2/L, over mL(mL − 1) − Σ l(l − 1).
 */
function expectedDisagreement(
  segments: readonly (readonly Segment[])[],
  units: readonly Segment[],
  length: number,
): number {
  const m = segments.length;
  const n = units.length;
  if (m < 2 || n === 0 || length <= 0) return 0;
  const gaps = segments
    .flatMap((list) => list.filter((segment) => !segment.unit).map((gap) => gap.end - gap.start))
    .sort((x, y) => x - y);
  // Sums of the gaps from each index to the end: the gaps a unit fits in are a suffix of `gaps`.
  const suffix = new Array<number>(gaps.length + 1).fill(0);
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = suffix[k + 1]! + gaps[k]!;
  let total = 0;
  let squaredLengths = 0;
  for (const unit of units) {
    const l = unit.end - unit.start;
    squaredLengths += l * (l - 1);
    const first = firstAtLeast(gaps, l);
    const fits = gaps.length - first;
    total += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l * l * (suffix[first]! - (l - 1) * fits);
  }
  const denominator = m * length * (m * length - 1) - squaredLengths;
  return denominator > 0 ? ((2 / length) * total) / denominator : 0;
}

/** The index of the first value ≥ `value` in ascending `sorted` (its length if none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
