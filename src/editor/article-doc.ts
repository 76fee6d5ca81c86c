/**
 * Builds the ProseMirror document of an article from its blocks: one text block node per block, in
 * order, so the document's text is the article's canonical text (see text-offsets.ts).
 */
import type { Node as PMNode } from 'prosemirror-model';
import type { ArticleBlock, BlockType } from '../model/article.js';
import { articleSchema, nodeTypeNameFor } from './schema.js';

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
    return articleSchema.node(name, attrs, block.text === '' ? [] : [articleSchema.text(block.text)]);
  });
  return articleSchema.node('doc', null, nodes);
}
