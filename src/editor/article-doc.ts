/**
 * Builds the ProseMirror document of an article from its blocks: one text block node per block, in
 * order, so the document's text is the article's canonical text (see text-offsets.ts). Emphasis
 * (a block's `marks`) becomes `em` and `strong` marks on its text, which never changes an offset.
 * And back: {@link docToBlocks} reads blocks out of a document (html-to-blocks.ts parses into one).
 */
import { Mark, type Node as PMNode } from 'prosemirror-model';
import type { ArticleBlock, BlockType, InlineMark } from '../model/documents/article.js';
import { articleSchema, blockTypeFor, nodeTypeNameFor } from './schema.js';

/**
 * Labels shown before debris blocks ("Photo caption", "Embedded tweet", …) in the reader's
 * language. They are attributes, not text: they never enter the canonical text or any offset.
 */
export type BlockLabeler = (type: BlockType) => string;

/** The ProseMirror document for `blocks`. */
export function articleToDoc(blocks: readonly ArticleBlock[], labelFor: BlockLabeler = () => ''): PMNode {
  const nodes = blocks.map((block) => {
    const name = nodeTypeNameFor(block.type);
    const attrs = name === 'debris' ? { kind: block.type, label: labelFor(block.type) } : null;
    return articleSchema.node(name, attrs, inlineContent(block));
  });
  return articleSchema.node('doc', null, nodes);
}

/**
 * The text nodes of a block: its text cut wherever a mark starts or ends, each piece carrying the
 * marks that cover it (each type once). Marks outside the text, empty, of an unknown type or not
 * marks at all are left out: bodies are checked before they get here (parseArticleBody), and what
 * slips past costs emphasis, never the page.
 */
function inlineContent(block: ArticleBlock): PMNode[] {
  const { text } = block;
  if (text === '') return [];
  const marks = (Array.isArray(block.marks) ? (block.marks as readonly unknown[]) : [])
    .filter(isMark)
    .map((mark) => ({ type: mark.type, start: Math.max(0, mark.start), end: Math.min(text.length, mark.end) }))
    .filter((mark) => mark.start < mark.end);
  if (marks.length === 0) return [articleSchema.text(text)];
  const cuts = [...new Set([0, text.length, ...marks.flatMap((mark) => [mark.start, mark.end])])].sort((a, b) => a - b);
  const nodes: PMNode[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const from = cuts[i]!;
    const to = cuts[i + 1]!;
    const covering = new Set(marks.filter((mark) => mark.start <= from && mark.end >= to).map((mark) => mark.type));
    nodes.push(articleSchema.text(text.slice(from, to), Mark.setFrom([...covering].map((type) => articleSchema.mark(type)))));
  }
  return nodes;
}

/** Whether `value` is a mark the schema knows, with whole-number offsets. */
function isMark(value: unknown): value is InlineMark {
  if (typeof value !== 'object' || value === null) return false;
  const { type, start, end } = value as Record<string, unknown>;
  return typeof type === 'string' && Object.hasOwn(articleSchema.marks, type) && Number.isInteger(start) && Number.isInteger(end);
}

/**
 * The blocks of a document, one per top-level node, in order: its block type (see `blockTypeFor`),
 * its text, and its `em` and `strong` marks as ranges of that text, touching pieces merged (`marks`
 * only when there are any). The inverse of {@link articleToDoc}; texts are taken as they are.
 */
export function docToBlocks(doc: PMNode): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  doc.forEach((node) => {
    const type = blockTypeFor(node);
    const marks = marksOf(node);
    blocks.push(marks.length > 0 ? { type, text: node.textContent, marks } : { type, text: node.textContent });
  });
  return blocks;
}

/** The emphasis of a text block as ranges of its text. */
function marksOf(block: PMNode): InlineMark[] {
  const marks: InlineMark[] = [];
  for (const type of ['em', 'strong'] as const) {
    let open: { start: number; end: number } | undefined;
    block.forEach((child, offset) => {
      const end = offset + child.nodeSize;
      if (!child.marks.some((mark) => mark.type.name === type)) return;
      if (open && open.end === offset) open.end = end;
      else {
        if (open) marks.push({ type, ...open });
        open = { start: offset, end };
      }
    });
    if (open) marks.push({ type, ...open });
  }
  return marks.sort((a, b) => a.start - b.start || a.end - b.end);
}
