/**
 * The bench page's part in the app figures (bench-app.ts drives them): it is served from the same
 * origin as the built app, so it writes the annotations (and the long text, as an own document)
 * into the app's own IndexedDB database with the app's storage classes, as a reload finds them;
 * and it renders the plain-paragraphs baseline of the opening figure, marked for the trace the same
 * way as the app's figures.
 */
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { countWords } from '../../src/model/documents/library.js';
import type { ArticleBlock } from '../../src/model/documents/article.js';
import { textDigest } from '../../src/app/library/text-digest.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { openCloseReaderDatabase } from '../../src/storage/database.js';
import { DocumentRepository } from '../../src/storage/document-repository.js';
import type { BenchDocument } from './bench-setup.js';
import type { PlainResult, SeedResult } from './bench-types.js';

/**
 * Empties the app's annotations and writes `annotations` through AnnotationRepository; with
 * `document`, also stores that text as an own document (DocumentRepository) so the app can open it.
 */
export async function seedApp(annotations: readonly Annotation[], blocks: readonly ArticleBlock[], document?: BenchDocument): Promise<SeedResult> {
  const db = await openCloseReaderDatabase();
  try {
    await db.clear('annotations');
    if (document) {
      await new DocumentRepository(db).put({
        id: document.id,
        iri: document.iri,
        title: document.title,
        lang: 'de',
        blocks,
        digest: await textDigest(document.text),
        wordCount: countWords(document.text),
        created: '2026-01-05T09:00:00.000Z',
        origin: { kind: 'pasted' },
      });
    }
    await new AnnotationRepository(db).putMany(annotations);
    return { figure: 'seed', written: annotations.length };
  } finally {
    db.close();
  }
}

/** Resolves after the rendering of `count` more frames. */
function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number): void => {
      if (left === 0) resolve();
      else requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

/**
 * The opening figure's baseline: the article's text as plain paragraphs in a reading column like
 * the reader's, with the app's CSS. Stamps `cr-start` before and `cr-seen` in the next frame's
 * rAF (the frame that paints them), as the app figures do; bench-app.ts reads them from the trace.
 */
export async function plainRender(blocks: readonly ArticleBlock[]): Promise<PlainResult> {
  await frames(2);
  const column = document.createElement('div');
  column.className = 'cr-reader';
  const page = document.createElement('div');
  page.className = 'cr-reader-page';
  column.append(page);
  console.timeStamp('cr-start');
  const text = document.createElement('div');
  text.className = 'cr-article-text';
  for (const block of blocks) {
    const paragraph = document.createElement('p');
    paragraph.textContent = block.text;
    text.append(paragraph);
  }
  page.append(text);
  document.body.append(column);
  await new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      console.timeStamp('cr-seen');
      resolve();
    }),
  );
  await frames(2);
  column.remove();
  await frames(1);
  return { figure: 'plain', chars: blocks.reduce((sum, block) => sum + block.text.length, 0) };
}
