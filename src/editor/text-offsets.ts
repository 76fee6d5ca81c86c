/**
 * The one place that converts between ProseMirror positions and offsets in an article's canonical
 * text (shared/ARCHITECTURE.md, "One text"). The canonical text is the document's text blocks
 * joined by BLOCK_SEPARATOR, exactly as src/model/documents/article.ts's `canonicalText` joins the article's
 * blocks, so describing a selection and matching a selector always see the same string.
 *
 * Positions inside a text block map one-to-one to offsets (ProseMirror counts UTF-16 units in text,
 * as JavaScript strings do). Offsets inside a separator have no position; they snap to the block
 * after or before, as the caller asks.
 */
import type { Node as PMNode } from 'prosemirror-model';
import { TextSelection, type EditorState } from 'prosemirror-state';
import { BLOCK_SEPARATOR } from '../model/documents/article.js';

/** Which way an offset inside a block separator snaps: to the next block's start or the previous block's end. */
export type SnapBias = 'forward' | 'backward';

/** Position ↔ offset tables of one document, built once (see {@link textIndexOf}). */
export class TextIndex {
  /** The canonical text of the document. */
  readonly text: string;
  /** Position of the first character of each block. */
  private readonly contentStarts: number[] = [];
  /** Offset in `text` of the first character of each block. */
  private readonly textStarts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly docSize: number;

  constructor(doc: PMNode) {
    const parts: string[] = [];
    let textOffset = 0;
    doc.forEach((block, blockPos, index) => {
      if (index > 0) textOffset += BLOCK_SEPARATOR.length;
      const blockText = block.textContent;
      this.contentStarts.push(blockPos + 1);
      this.textStarts.push(textOffset);
      this.lengths.push(blockText.length);
      parts.push(blockText);
      textOffset += blockText.length;
    });
    this.text = parts.join(BLOCK_SEPARATOR);
    this.docSize = doc.content.size;
  }

  /**
   * The text offset of a document position. A position between two blocks maps to the start of
   * the block after it; the document's end maps to the text's end.
   */
  posToOffset(pos: number): number {
    if (this.lengths.length === 0) return 0;
    if (pos >= this.docSize) return this.text.length;
    const i = lastAtOrBelow(this.contentStarts, pos);
    if (i < 0) return 0;
    const within = pos - this.contentStarts[i]!;
    const length = this.lengths[i]!;
    if (within <= length) return this.textStarts[i]! + within;
    // pos is the gap before block i + 1
    return i + 1 < this.textStarts.length ? this.textStarts[i + 1]! : this.text.length;
  }

  /**
   * The document position of a text offset. Offsets inside a block separator snap `forward` to the
   * start of the next block (the default, right for a range's start) or `backward` to the end of
   * the previous one (right for a range's end). Offsets are clamped to the text.
   */
  offsetToPos(offset: number, bias: SnapBias = 'forward'): number {
    if (this.lengths.length === 0) return 0;
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    const i = Math.max(0, lastAtOrBelow(this.textStarts, clamped));
    const within = clamped - this.textStarts[i]!;
    const length = this.lengths[i]!;
    if (within <= length) return this.contentStarts[i]! + within;
    if (bias === 'backward' || i + 1 >= this.contentStarts.length) return this.contentStarts[i]! + length;
    return this.contentStarts[i + 1]!;
  }

  /** The canonical text between two document positions. */
  textBetween(from: number, to: number): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }
}

const indexes = new WeakMap<PMNode, TextIndex>();

/**
 * The text index of a document, built on first use and kept for as long as the document lives:
 * documents are immutable, so the index never goes stale.
 */
export function textIndexOf(doc: PMNode): TextIndex {
  let index = indexes.get(doc);
  if (!index) {
    index = new TextIndex(doc);
    indexes.set(doc, index);
  }
  return index;
}

/** Index of the last element of sorted `values` that is <= `target`, or -1. */
function lastAtOrBelow(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (values[mid]! <= target) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** The current selection of a state as a range of the canonical text (empty for a caret). */
export function selectionToTextRange(state: EditorState): { start: number; end: number } {
  const index = textIndexOf(state.doc);
  return { start: index.posToOffset(state.selection.from), end: index.posToOffset(state.selection.to) };
}

/** A text selection of the canonical text range `start`–`end`. */
export function textRangeToSelection(doc: PMNode, start: number, end: number): TextSelection {
  const index = textIndexOf(doc);
  return TextSelection.create(doc, index.offsetToPos(start, 'forward'), index.offsetToPos(end, 'backward'));
}
