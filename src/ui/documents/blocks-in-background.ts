/**
 * Turning a document's text into blocks without freezing the tab: large plain text and Markdown go
 * to a worker and can be cancelled; small texts and HTML (which needs the page's DOMParser) are
 * turned here.
 */
import type { ArticleBlock } from '../../model/documents/article.js';
import { blocksFromDocumentText } from './document-file.js';
import type { TextBlocksResponse } from './workers/text-blocks.worker.js';

/** Texts longer than this (UTF-16 units) go to the worker. */
export const BACKGROUND_THRESHOLD = 256 * 1024;

/** Work under way: its result, and a way to stop it. */
export interface BlocksJob {
  readonly result: Promise<ArticleBlock[]>;
  /** Stops the work; `result` then rejects with an AbortError. */
  cancel(): void;
}

/** Starts turning `text` into blocks. */
export function blocksInBackground(text: string, kind: 'txt' | 'md' | 'html'): BlocksJob {
  if (kind === 'html' || text.length < BACKGROUND_THRESHOLD || typeof Worker === 'undefined') {
    return { result: Promise.resolve().then(() => blocksFromDocumentText(text, kind)), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./workers/text-blocks.worker.ts', import.meta.url), { type: 'module' });
  let cancel = (): void => undefined;
  const result = new Promise<ArticleBlock[]>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new DOMException('The reader cancelled.', 'AbortError'));
    };
    worker.onmessage = (event: MessageEvent<TextBlocksResponse>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.blocks);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The document could not be read.'));
    };
  });
  worker.postMessage({ text, kind });
  return { result, cancel: () => cancel() };
}
