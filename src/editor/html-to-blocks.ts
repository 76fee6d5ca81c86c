/**
 * A reader's own HTML turned into the reader's blocks, and nothing else: text, block structure and
 * emphasis. The HTML is parsed by the browser into an inert document (`DOMParser`: no browsing
 * context, so its scripts never run, its handlers never fire and its images, frames and styles
 * never load), then read by ProseMirror's parser against the article schema, whose rules keep h1–h6,
 * p, li, td/th, em/i and strong/b, turn other block elements into paragraphs and drop scripts,
 * styles, frames, media and form controls (see schema.ts). No node the rules create has an
 * attribute taken from the HTML, so no attribute, URL or style can reach the page.
 */
import { DOMParser as ProseMirrorParser } from 'prosemirror-model';
import type { ArticleBlock, BlockType } from '../model/documents/article.js';
import { tidyInline } from '../model/text/text-to-blocks.js';
import { docToBlocks } from './article-doc.js';
import { articleSchema } from './schema.js';

/**
 * The blocks of an HTML document or fragment: each block's whitespace collapsed and trimmed (marks
 * moved with it), empty blocks dropped, and every h1 after the first a subheading, so that a
 * document has one headline. Text in the `<head>` (the title) is not read.
 */
export function htmlToBlocks(html: string): ArticleBlock[] {
  const inert = new globalThis.DOMParser().parseFromString(html, 'text/html');
  // `body` is a <frameset> in a frameset document, or null in an odd one: read what there is.
  const root = inert.body ?? inert.documentElement;
  const doc = ProseMirrorParser.fromSchema(articleSchema).parse(root);
  const blocks: ArticleBlock[] = [];
  let headline = false;
  for (const block of docToBlocks(doc)) {
    const { text, marks } = tidyInline(block.text, block.marks);
    if (text === '') continue;
    const type: BlockType = block.type === 'headline' && headline ? 'subheading' : block.type;
    headline ||= type === 'headline';
    blocks.push(marks.length > 0 ? { type, text, marks } : { type, text });
  }
  return blocks;
}
