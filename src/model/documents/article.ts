/**
 * An article as Close Reader ships it: a list of typed text blocks, and the one canonical plain
 * text that every offset in the app counts in (shared/ARCHITECTURE.md, "One text").
 */

/** The kinds of block an article is made of: the text proper first, then the page's debris. */
export const BLOCK_TYPES = [
  'kicker',
  'headline',
  'lead',
  'byline',
  'paragraph',
  'subheading',
  'list-item',
  'pullquote',
  'caption',
  'credit',
  'tweet',
  'author-box',
  'disclaimer',
  'image-source',
  'dateline',
] as const;

/** One kind of block; see {@link BLOCK_TYPES}. */
export type BlockType = (typeof BLOCK_TYPES)[number];

/**
 * Blocks that are not the article's own running text but debris of the page it was taken from
 * (captions, credits, embedded tweets, boxes). They are kept, marked and shown as secondary.
 */
export const SECONDARY_BLOCK_TYPES: ReadonlySet<BlockType> = new Set<BlockType>([
  'pullquote',
  'caption',
  'credit',
  'tweet',
  'author-box',
  'disclaimer',
  'image-source',
  'dateline',
]);

/** Emphasis kept from a reader's own Markdown or HTML: a range of a block's text (UTF-16 offsets). */
export interface InlineMark {
  readonly type: 'em' | 'strong';
  readonly start: number;
  readonly end: number;
}

/**
 * One block of an article: its kind and its text (no line breaks: hard wraps are joined), with
 * any emphasis it had. Marks never change the text, so they never change an offset.
 */
export interface ArticleBlock {
  readonly type: BlockType;
  readonly text: string;
  readonly marks?: readonly InlineMark[];
}

/** The body of an article: what documents/<id>.json holds. */
export interface ArticleBody {
  readonly id: string;
  readonly lang: string;
  readonly blocks: readonly ArticleBlock[];
}

/**
 * What separates two blocks in the canonical text. A blank line, so that the canonical text reads
 * like the plain text it came from and a quote never runs across two blocks unnoticed.
 */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * The canonical text of an article: its blocks' texts joined by {@link BLOCK_SEPARATOR}. All stored
 * and exported offsets count in this string (UTF-16 units inside the app, code points at the W3C
 * boundary).
 */
export function canonicalText(blocks: readonly ArticleBlock[]): string {
  return blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
}

/** Whether a value is one of the known block types (used when reading documents/*.json). */
export function isBlockType(value: unknown): value is BlockType {
  return typeof value === 'string' && (BLOCK_TYPES as readonly string[]).includes(value);
}
