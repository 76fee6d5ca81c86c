/**
 * Where an annotation's passage is on screen, worked out from its text range rather than by
 * looking for its highlight spans: a span is a segment that several annotations share (and where
 * static paint goes through the CSS Custom Highlight API there is no span at all), so the card
 * finds its passage here.
 */
import type { EditorView } from 'prosemirror-view';
import { highlightRange } from './highlights.js';
import { textIndexOf } from './text-offsets.js';

/**
 * The client rectangles (viewport pixels) of the highlighted passage of annotation `id`, one or more
 * per line; empty when it is not highlighted. They take in the room under the text where the
 * passage's lines are drawn, so that what is placed below it does not cover them.
 */
export function highlightRects(view: EditorView, id: string): DOMRect[] {
  const range = highlightRange(view.state, id);
  if (!range) return [];
  const index = textIndexOf(view.state.doc);
  const from = index.offsetToPos(range.start, 'forward');
  const to = index.offsetToPos(range.end, 'backward');
  if (!(to > from)) return [];
  const start = view.domAtPos(from, 1);
  const end = view.domAtPos(to, -1);
  const dom = document.createRange();
  dom.setStart(start.node, start.offset);
  dom.setEnd(end.node, end.offset);
  // A passage starts and ends at segment edges: take in the whole first and last segment spans,
  // with the padding their lines are drawn in.
  const first = highlightSpanAt(view, start, true);
  if (first && view.posAtDOM(first, 0) === from) dom.setStartBefore(first);
  const last = highlightSpanAt(view, end, false);
  if (last && view.posAtDOM(last, last.childNodes.length) === to) dom.setEndAfter(last);
  return [...dom.getClientRects()];
}

/** The highlight span at a DOM point of the view: the one holding what follows it (`after`) or precedes it. */
function highlightSpanAt(view: EditorView, point: { node: Node; offset: number }, after: boolean): Element | null {
  let node: Node | undefined = point.node;
  if (node.nodeType === Node.ELEMENT_NODE) node = node.childNodes[after ? point.offset : point.offset - 1] ?? node;
  const element = node instanceof Element ? node : node.parentElement;
  const span = element?.closest('.cr-highlight') ?? null;
  return span && view.dom.contains(span) ? span : null;
}
