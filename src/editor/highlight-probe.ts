/**
 * What tests read of the painted highlights, now that there are no highlight elements to select:
 * the text's element (`.ProseMirror`) carries a `crHighlights` property ({@link HighlightProbe})
 * listing what is painted, read from where the paint really is (the view's names in
 * `CSS.highlights`, or the spans where the API is missing). test/support/highlight-page.ts reads it
 * from end-to-end tests. It costs nothing until asked.
 */
import type { Segment } from './highlight-segments.js';

/** A highlight name of a view and what it paints: a category at an overlap depth (-1: the undrawn-categories mark). */
export interface PaintedName {
  readonly name: string;
  readonly category: string;
  readonly depth: number;
}

/** One painted run of text (a segment): its text, categories in drawing order (all shown, drawn or not), annotations, place. */
export interface PaintedRange {
  readonly text: string;
  readonly categories: readonly string[];
  /** The ids of the annotations over it. */
  readonly ids: readonly string[];
  readonly count: number;
  /** Text offsets in the canonical text. */
  readonly start: number;
  readonly end: number;
  /** Its client rectangles, viewport pixels. */
  readonly rects: readonly { left: number; top: number; width: number; height: number }[];
}

/** See the module comment. */
export interface HighlightProbe {
  readonly paint: 'highlight-api' | 'spans';
  /** The painted runs of the text, in text order. */
  ranges(): PaintedRange[];
  /** The view's names in `CSS.highlights` and what each paints (none for the span paint). */
  names(): PaintedName[];
  /** The canonical text offset of a DOM point in the text. */
  offsetOf(node: Node, offset: number): number;
  /** Scrolls the painted run starting at text offset `start` into view, if it is not (as a click by a test would). */
  reveal(start: number): void;
}

/** What the probe reads of the registry. */
export interface ProbeSource {
  readonly prefix: string;
  offsetOf(node: Node, offset: number): number;
  names(): PaintedName[];
  segmentOf(range: AbstractRange): Segment | undefined;
  /** The categories shown on a segment in drawing order (more than are drawn, on a crowded run). */
  categoriesOf(segment: Segment): string[];
}

/** The property of the text element that holds the probe. */
export const PROBE_PROPERTY = 'crHighlights';

/** Puts a probe of `source` on `dom` (undefined removes it). */
export function installProbe(dom: HTMLElement, source: ProbeSource | undefined): void {
  if (!source) {
    Reflect.deleteProperty(dom, PROBE_PROPERTY);
    return;
  }
  const probe: HighlightProbe = {
    paint: 'highlight-api',
    ranges: () => paintedRanges(source),
    names: () => source.names(),
    offsetOf: (node, offset) => source.offsetOf(node, offset),
    reveal: (start) => {
      for (const { name } of source.names()) {
        for (const range of CSS.highlights.get(name) ?? []) {
          if (range instanceof Range && source.segmentOf(range)?.start === start) return revealBox(range);
        }
      }
    },
  };
  Object.defineProperty(dom, PROBE_PROPERTY, { value: probe, configurable: true });
}

/** Puts on `dom` a probe that reads the highlight spans (the fallback paint); `offsetOf` gives a DOM point's text offset. */
export function installSpanProbe(dom: HTMLElement, offsetOf: (node: Node, offset: number) => number): void {
  const probe: HighlightProbe = {
    paint: 'spans',
    names: () => [],
    offsetOf,
    reveal: (start) => {
      const span = [...dom.querySelectorAll<HTMLElement>('.cr-highlight')].find((candidate) => offsetOf(candidate, 0) === start);
      if (span) revealBox(span);
    },
    ranges: () =>
      [...dom.querySelectorAll<HTMLElement>('.cr-highlight')].map((span) => ({
        text: span.textContent ?? '',
        categories: words(span.dataset['category']),
        ids: words(span.dataset['annotationId']),
        count: Number(span.dataset['annotationCount']),
        start: offsetOf(span, 0),
        end: offsetOf(span, span.childNodes.length),
        rects: [...span.getClientRects()].map(box),
      })),
  };
  Object.defineProperty(dom, PROBE_PROPERTY, { value: probe, configurable: true });
}

function paintedRanges(source: ProbeSource): PaintedRange[] {
  const found = new Map<AbstractRange, PaintedName[]>();
  for (const painted of source.names()) {
    const highlight = CSS.highlights.get(painted.name);
    if (!highlight) continue;
    for (const range of highlight) found.set(range, [...(found.get(range) ?? []), painted]);
  }
  const ranges: PaintedRange[] = [];
  for (const [range, names] of found) {
    const segment = source.segmentOf(range);
    const drawn = names.filter((painted) => painted.depth >= 0).sort((a, b) => a.depth - b.depth);
    if (!segment || drawn.length === 0 || !(range instanceof Range)) continue;
    ranges.push({
      text: range.toString(),
      categories: source.categoriesOf(segment),
      ids: segment.highlights.map((highlight) => highlight.id),
      count: segment.highlights.length,
      start: segment.start,
      end: segment.end,
      rects: [...range.getClientRects()].map(box),
    });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * Scrolls the page so that `target` is in the middle of the window when it is not well inside it
 * (clear of the sticky toolbars). By its own box: a paragraph taller than the window, scrolled into
 * view, could still leave the run outside it.
 */
function revealBox(target: Range | Element): void {
  const rect = target.getClientRects()[0] ?? target.getBoundingClientRect();
  if (rect.top >= 160 && rect.bottom <= innerHeight - 60) return;
  scrollBy(0, rect.top + rect.height / 2 - innerHeight / 2);
}

function box(rect: DOMRect): { left: number; top: number; width: number; height: number } {
  return { left: rect.left, top: rect.top, width: rect.width, height: rect.height };
}

function words(list: string | undefined): string[] {
  return (list ?? '').split(' ').filter((word) => word !== '');
}
