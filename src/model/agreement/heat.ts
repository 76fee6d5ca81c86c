/**
 * Where the class tagged: for one category, how many students tagged each character of the text
 * (the heat layer of the class view), and the stretches tagged by at least so many of them (the
 * class's majority answer a student is compared with). A student's overlapping spans count once, so
 * a count never exceeds the number of students.
 *
 * Counted with a difference array: O(spans + length) per category, however many students there are.
 */
import { type Span, unionByCategory } from './spans.js';

/** A stretch of the text over which the count stays the same. */
export interface HeatRun extends Span {
  readonly count: number;
}

/**
 * How many of `students` (each a list of one category's spans, end exclusive) tagged each of the
 * text's `length` characters. Spans are cut to the text.
 */
export function heatCounts(students: readonly (readonly Span[])[], length: number): Uint16Array {
  const changes = new Int32Array(length + 1);
  for (const spans of students) {
    for (const span of mergedSpans(spans, length)) {
      changes[span.start]! += 1;
      changes[span.end]! -= 1;
    }
  }
  const counts = new Uint16Array(length);
  let running = 0;
  for (let offset = 0; offset < length; offset++) {
    running += changes[offset]!;
    counts[offset] = running;
  }
  return counts;
}

/** The runs of equal count above zero, in text order (what the heat layer paints). */
export function heatRuns(counts: Uint16Array): HeatRun[] {
  const runs: HeatRun[] = [];
  let start = 0;
  for (let offset = 1; offset <= counts.length; offset++) {
    if (offset < counts.length && counts[offset] === counts[start]) continue;
    if (counts[start]! > 0) runs.push({ start, end: offset, count: counts[start]! });
    start = offset;
  }
  return runs;
}

/**
 * The stretches where `count(offset) >= threshold` (threshold at least 1), in text order. `count` is
 * read once per character: the class view passes the heat minus one student's own spans to compare
 * that student with the others.
 */
export function spansAtLeast(length: number, count: (offset: number) => number, threshold: number): Span[] {
  const spans: Span[] = [];
  const floor = Math.max(1, threshold);
  let start = -1;
  for (let offset = 0; offset <= length; offset++) {
    const inside = offset < length && count(offset) >= floor;
    if (inside && start < 0) start = offset;
    else if (!inside && start >= 0) {
      spans.push({ start, end: offset });
      start = -1;
    }
  }
  return spans;
}

/** A student's spans of one category cut to [0, length) and merged to their union. */
export function mergedSpans(spans: readonly Span[], length: number): Span[] {
  return unionByCategory(spans.map(({ start, end }) => ({ category: '', start, end })), 0, length).map(({ start, end }) => ({ start, end }));
}
