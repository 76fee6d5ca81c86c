/**
 * Highlights cut into segments: a segment is a run of the canonical text covered by the same set
 * of annotations, and the highlight plugin draws one span per segment carrying all its categories
 * (shared/ARCHITECTURE.md, "Highlights": where the CSS Custom Highlight API is missing, "one span
 * per segment carrying all its categories"). However many passages overlap, the text gets at most
 * one span per run, so 20,000 annotations on a 2,639-character article are a few thousand spans,
 * not a million nested ones (issue 12: nested spans, 61 deep, crashed the tab).
 *
 * Segments are also the offset index that hit-testing goes through (a click or Enter asks which
 * annotations are at an offset, never the DOM). Pure: offsets in, offsets out, no ProseMirror.
 */

/** One highlight: an annotation's range in the canonical text and its categories. */
export interface HighlightSpec {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly categoryIds: readonly string[];
}

/** A run of text covered by the same annotations: their highlights in text order (see {@link compareSpecs}). */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly highlights: readonly HighlightSpec[];
}

/** Text order of highlights: by start, then the longer first, then by id (so ties are stable). */
export function compareSpecs(a: HighlightSpec, b: HighlightSpec): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The segments of `highlights` within `from`–`to` (all of the text by default), in text order;
 * highlights are clipped to that window, and empty ones are left out.
 */
export function segmentsOf(highlights: Iterable<HighlightSpec>, from = -Infinity, to = Infinity): Segment[] {
  const order = [...highlights].filter((h) => Math.max(h.start, from) < Math.min(h.end, to)).sort(compareSpecs);
  // A highlight's boundaries: it opens at its start and closes at its end; a segment runs from one
  // boundary to the next while any highlight is open.
  const events: [offset: number, index: number, opens: boolean][] = [];
  order.forEach((highlight, index) => {
    events.push([Math.max(highlight.start, from), index, true], [Math.min(highlight.end, to), index, false]);
  });
  events.sort((a, b) => a[0] - b[0]);
  const segments: Segment[] = [];
  const open = new Set<number>();
  let i = 0;
  while (i < events.length) {
    const offset = events[i]![0];
    for (; i < events.length && events[i]![0] === offset; i += 1) {
      const [, index, opens] = events[i]!;
      if (opens) open.add(index);
      else open.delete(index);
    }
    const next = events[i]?.[0];
    if (next === undefined || open.size === 0) continue;
    const covering = [...open].sort((a, b) => a - b).map((index) => order[index]!);
    const last = segments[segments.length - 1];
    if (last && last.end === offset && sameItems(last.highlights, covering)) segments[segments.length - 1] = { ...last, end: next };
    else segments.push({ start: offset, end: next, highlights: covering });
  }
  return segments;
}

/**
 * The segments after a change: the highlights in `remove` leave (found by id where their ranges
 * say), those in `add` come (replacing any of the same id there). Only the segments in and touching
 * those ranges are cut again; the rest are kept as they are, so adding one highlight costs about
 * the same with ten or ten thousand shown. Returns the new list and which part of the old one was
 * replaced (`from`–`to` in offsets, old indexes `first` to `last` exclusive) by which new segments.
 */
export function resegment(
  segments: readonly Segment[],
  change: { readonly remove: readonly HighlightSpec[]; readonly add: readonly HighlightSpec[] },
): { segments: Segment[]; first: number; last: number; replaced: Segment[]; from: number; to: number } {
  const touched = [...change.remove, ...change.add];
  let from = Math.min(...touched.map((range) => range.start));
  let to = Math.max(...touched.map((range) => range.end));
  // The old segments that overlap or touch from–to: they may split, shrink or merge with new ones.
  const first = firstEndingAtOrAfter(segments, from);
  let last = first;
  while (last < segments.length && segments[last]!.start <= to) last += 1;
  if (last > first) {
    from = Math.min(from, segments[first]!.start);
    to = Math.max(to, segments[last - 1]!.end);
  }
  // Every highlight there now: those of the old segments but the ones that left or changed, and the new ones.
  const gone = new Set(touched.map((highlight) => highlight.id));
  const involved = new Set<HighlightSpec>(change.add.filter((highlight) => highlight.end > highlight.start));
  for (let i = first; i < last; i += 1) for (const highlight of segments[i]!.highlights) if (!gone.has(highlight.id)) involved.add(highlight);
  const replaced = segmentsOf(involved, from, to);
  return { segments: [...segments.slice(0, first), ...replaced, ...segments.slice(last)], first, last, replaced, from, to };
}

/**
 * The segments at a text offset: the one holding it and, when the offset is a segment's edge, the
 * one ending or starting there (a caret touching a highlight's edge counts).
 */
export function segmentsAt(segments: readonly Segment[], offset: number): Segment[] {
  const found: Segment[] = [];
  for (let i = firstEndingAtOrAfter(segments, offset); i < segments.length && segments[i]!.start <= offset; i += 1) {
    found.push(segments[i]!);
  }
  return found;
}

/**
 * The segments that overlap or touch the text range `from`–`to` (a segment ending at `from` or
 * starting at `to` counts), in text order: what a painter draws again when that range was redrawn.
 */
export function segmentsBetween(segments: readonly Segment[], from: number, to: number): Segment[] {
  const found: Segment[] = [];
  for (let i = firstEndingAtOrAfter(segments, from); i < segments.length && segments[i]!.start <= to; i += 1) found.push(segments[i]!);
  return found;
}

/** Index of the first segment whose end is at or after `offset` (segments.length when none). */
function firstEndingAtOrAfter(segments: readonly Segment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (segments[mid]!.end < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
