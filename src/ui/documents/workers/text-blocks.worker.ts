/**
 * A worker that turns a large plain-text or Markdown document into blocks away from the page, so
 * the tab never freezes and the reader can cancel (the page terminates the worker). HTML needs the
 * browser's DOMParser, which workers lack, and stays on the page.
 */
import type { ArticleBlock } from '../../../model/documents/article.js';
import { markdownToBlocks, plainTextToBlocks } from '../../../model/text/text-to-blocks.js';

/** What the page sends. */
export interface TextBlocksRequest {
  readonly text: string;
  readonly kind: 'txt' | 'md';
}

/** What the worker answers. */
export type TextBlocksResponse = { readonly ok: true; readonly blocks: ArticleBlock[] } | { readonly ok: false; readonly error: string };

self.onmessage = (event: MessageEvent<TextBlocksRequest>) => {
  try {
    const { text, kind } = event.data;
    const blocks = kind === 'md' ? markdownToBlocks(text) : plainTextToBlocks(text);
    self.postMessage({ ok: true, blocks } satisfies TextBlocksResponse);
  } catch (error) {
    self.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies TextBlocksResponse);
  }
};
