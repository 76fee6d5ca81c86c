/**
 * Which part of a crowded text the highlight registry draws (highlight-registry.ts): the blocks
 * within some screens of the viewport, as text offsets, found by bisecting the text's top-level
 * blocks by their boxes, so the rest of a long text is neither laid out nor walked.
 */
import type { EditorView } from 'prosemirror-view';
import { textIndexOf } from './text-offsets.js';
import { LONG_TEXT } from './reader-view.js';

/** Up to this many segments, every one is drawn; above it, in a long text, those near the viewport. */
export const WINDOWED_ABOVE = 1500;

/**
 * Whether only a window of the text is drawn: in a long text (reader-view.ts, LONG_TEXT) with many
 * segments. A short text, however crowded, is drawn whole: its segments are all within a few
 * screens, so a window would save little and redraw thousands of them every few scroll steps.
 */
export function windowed(view: EditorView, input: { readonly segments: { readonly length: number } }): boolean {
  return input.segments.length > WINDOWED_ABOVE && view.state.doc.content.size > LONG_TEXT;
}

/** Text offsets `[from, to)` whose segments are drawn. */
export interface TextWindow {
  readonly from: number;
  readonly to: number;
}

/** Before the text is laid out, a crowded text is drawn this far from its start. */
export const FIRST_WINDOW: TextWindow = { from: 0, to: 20_000 };

/**
 * The text offsets of the blocks within `screens` screen heights of the viewport; undefined for
 * an empty text or a block ProseMirror does not describe.
 */
export function offsetsWithin(view: EditorView, screens: number): TextWindow | undefined {
  const blocks = view.dom.children;
  if (blocks.length === 0) return undefined;
  const margin = window.innerHeight * screens;
  const first = Math.min(firstBlock(blocks, (box) => box.bottom >= -margin), blocks.length - 1);
  const last = Math.min(Math.max(first, firstBlock(blocks, (box) => box.top > window.innerHeight + margin) - 1), blocks.length - 1);
  const index = textIndexOf(view.state.doc);
  const lastBlock = blocks[last]!;
  try {
    return {
      from: index.posToOffset(view.posAtDOM(blocks[first]!, 0)),
      to: index.posToOffset(view.posAtDOM(lastBlock, lastBlock.childNodes.length)),
    };
  } catch {
    return undefined;
  }
}

/** The index of the first block whose box passes `test` (the boxes are in order), or the count when none does. */
function firstBlock(blocks: HTMLCollection, test: (box: DOMRect) => boolean): number {
  let low = 0;
  let high = blocks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(blocks[middle]!.getBoundingClientRect())) high = middle;
    else low = middle + 1;
  }
  return low;
}
