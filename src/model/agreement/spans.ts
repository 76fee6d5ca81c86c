/**
 * The spans the agreement figures count with: a category over a range of the article's canonical
 * text (text offsets, end exclusive), and the two rules every figure shares so that they can never
 * disagree with each other: a rater's overlapping spans of one category count as their union (a
 * student who tags a passage twice, or a sentence and a clause in it, marked that stretch once),
 * and a passage "matches" another when they overlap by at least half of the shorter one.
 */

/** A range of the canonical text, `end` exclusive, in text offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A range of the canonical text tagged with one category (a category id, compared exactly). */
export interface CategorySpan extends Span {
  readonly category: string;
}

/** How many characters `a` and `b` share (0 when they do not overlap). */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether `a` and `b` overlap by at least half of the shorter one: the one rule by which a student's
 * passage "finds" a model passage and two students' passages are the same passage. Half, not any
 * overlap, so that tagging the whole paragraph does not find every quote in it by accident, and not
 * the whole, so that an edge shifted by a word still counts.
 */
export function matchesByHalf(a: Span, b: Span): boolean {
  const shared = overlapLength(a, b);
  if (shared === 0) return false;
  return 2 * shared >= Math.min(a.end - a.start, b.end - b.start);
}

/**
 * One rater's spans made countable: cut to the continuum [`begin`, `begin + length`), empty ones
 * left out, and the overlapping spans of each category merged to their union. Spans that only touch
 * (one ends where the next begins) stay two: they are two passages. Sorted by category (code-unit
 * order), then by start.
 */
export function unionByCategory(
  spans: readonly CategorySpan[],
  begin = Number.NEGATIVE_INFINITY,
  length = Number.POSITIVE_INFINITY,
): CategorySpan[] {
  // Without a continuum nothing is cut (−∞ + ∞ would be NaN and cut everything).
  const limit = length === Number.POSITIVE_INFINITY ? length : begin + length;
  const cut = spans
    .map((span) => ({ category: span.category, start: Math.max(span.start, begin), end: Math.min(span.end, limit) }))
    .filter((span) => span.start < span.end)
    .sort((a, b) => compareText(a.category, b.category) || a.start - b.start || a.end - b.end);
  const merged: CategorySpan[] = [];
  for (const span of cut) {
    const last = merged.at(-1);
    if (last !== undefined && last.category === span.category && span.start < last.end) {
      merged[merged.length - 1] = { category: last.category, start: last.start, end: Math.max(last.end, span.end) };
    } else {
      merged.push(span);
    }
  }
  return merged;
}

/** The spans of one category, ranges only, in the order given. */
export function spansOf(spans: readonly CategorySpan[], category: string): Span[] {
  return spans.filter((span) => span.category === category).map(({ start, end }) => ({ start, end }));
}

/** The categories named by any of `spanLists`, once each, in code-unit order. */
export function categoriesIn(spanLists: readonly (readonly CategorySpan[])[]): string[] {
  const seen = new Set<string>();
  for (const spans of spanLists) for (const span of spans) seen.add(span.category);
  return [...seen].sort(compareText);
}

/** Code-unit order: the same on every machine and in every locale, unlike `localeCompare`. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
