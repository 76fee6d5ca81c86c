/**
 * Where a passage sits among an article's blocks: how many blocks it covers, and which of them are
 * the page's debris (a caption, an embedded tweet, a pull quote…) rather than the article's own
 * running text. Tagging across paragraphs is allowed, and a passage in a caption is a fair thing to
 * tag; the reader is told both, so neither goes unnoticed. Everything here counts in the canonical
 * text (article.ts), in UTF-16 units like every stored offset, and is derived, never stored: the
 * blocks are the truth.
 */
import { type ArticleBlock, BLOCK_SEPARATOR, type BlockType, canonicalText, SECONDARY_BLOCK_TYPES } from './article.js';

/** A block's kind and its range in the canonical text (`end` exclusive). */
export interface BlockSpan {
  readonly type: BlockType;
  readonly start: number;
  readonly end: number;
}

/** Where a passage sits; see the module comment. */
export interface PassagePlace {
  /** How many blocks hold at least one character of the passage; 0 for an unplaced annotation. */
  readonly blockCount: number;
  /** The debris kinds among those blocks ({@link SECONDARY_BLOCK_TYPES}), each once, in text order. */
  readonly debris: readonly BlockType[];
}

/** What an unplaced annotation (no range) or an empty range has: no place. */
const NOWHERE: PassagePlace = { blockCount: 0, debris: [] };

/**
 * How many blocks the range start–end of the canonical text `text` covers, counted in the text
 * itself: block texts hold no line breaks (article.ts), so the blocks a range touches are the runs
 * of it that {@link BLOCK_SEPARATOR} splits apart and that hold a character of a block (a piece
 * made only of line breaks is an empty block or the edge of a separator, and no block is seen there).
 * A range that is empty or reversed covers none.
 */
export function blocksSpanned(text: string, start: number, end: number): number {
  if (!(end > start) || start < 0) return 0;
  // text.slice(start, end).split(BLOCK_SEPARATOR), counting the pieces with a character other
  // than a line break, without copying the passage.
  let count = 0;
  let from = start;
  for (;;) {
    const next = text.indexOf(BLOCK_SEPARATOR, from);
    const last = next < 0 || next + BLOCK_SEPARATOR.length > end;
    const to = last ? end : next;
    for (let i = from; i < to; i += 1) {
      if (text.charCodeAt(i) !== LINE_FEED) {
        count += 1;
        break;
      }
    }
    if (last) return count;
    from = next + BLOCK_SEPARATOR.length;
  }
}

const LINE_FEED = 0x0a;

/** Spans by block list, computed once per article (the sidebar asks for every annotation). */
const spansCache = new WeakMap<readonly ArticleBlock[], readonly BlockSpan[]>();

/** Each block's kind and range in the canonical text of `blocks`, in order. */
export function blockSpans(blocks: readonly ArticleBlock[]): readonly BlockSpan[] {
  const cached = spansCache.get(blocks);
  if (cached) return cached;
  const spans: BlockSpan[] = [];
  let start = 0;
  for (const block of blocks) {
    spans.push({ type: block.type, start, end: start + block.text.length });
    start += block.text.length + BLOCK_SEPARATOR.length;
  }
  spansCache.set(blocks, spans);
  return spans;
}

/**
 * The kinds of the blocks that hold a character of the range start–end, each once, in text
 * order (a passage over three paragraphs gives `['paragraph']`). Binary search, so a list of
 * thousands of annotations costs a few steps each.
 */
export function blockKindsAt(blocks: readonly ArticleBlock[], start: number, end: number): BlockType[] {
  if (!(end > start) || start < 0) return [];
  const spans = blockSpans(blocks);
  const kinds: BlockType[] = [];
  for (let i = firstEndingAfter(spans, start); i < spans.length && spans[i]!.start < end; i += 1) {
    const span = spans[i]!;
    if (span.end > span.start && !kinds.includes(span.type)) kinds.push(span.type);
  }
  return kinds;
}

/**
 * The debris kinds ({@link SECONDARY_BLOCK_TYPES}) among the blocks that hold a character of the
 * range start–end, each once, in text order: what the sidebar and the W3C export say of a passage.
 */
export function debrisAt(blocks: readonly ArticleBlock[], start: number, end: number): BlockType[] {
  return blockKindsAt(blocks, start, end).filter((type) => SECONDARY_BLOCK_TYPES.has(type));
}

/**
 * Where the range start–end of the article made of `blocks` sits: how many blocks it covers
 * (counted by {@link blocksSpanned} in the canonical text) and which debris kinds it is in.
 */
export function passagePlace(blocks: readonly ArticleBlock[], start: number, end: number): PassagePlace {
  if (!(end > start) || start < 0) return NOWHERE;
  return { blockCount: blocksSpanned(canonicalTextOf(blocks), start, end), debris: debrisAt(blocks, start, end) };
}

/** The canonical text of `blocks` (article.ts's join), kept once per article. */
const textCache = new WeakMap<readonly ArticleBlock[], string>();

function canonicalTextOf(blocks: readonly ArticleBlock[]): string {
  let text = textCache.get(blocks);
  if (text === undefined) {
    text = canonicalText(blocks);
    textCache.set(blocks, text);
  }
  return text;
}

/** The index of the first span that ends after `offset` (spans.length when none does). */
function firstEndingAfter(spans: readonly BlockSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end > offset) high = middle;
    else low = middle + 1;
  }
  return low;
}
