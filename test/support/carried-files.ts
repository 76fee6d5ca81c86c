/**
 * What end-to-end tests of carried documents need: export files that carry documents (the shape
 * Close Reader's export has, `closeReaderDocuments`) with annotations on them, given to the
 * header's Import as the file picker would; the records of the app's database, read in the page;
 * and the ids the library lists.
 *
 * Functions passed to `page.evaluate` define no named functions inside (see article-page.ts).
 */
import type { Page } from 'playwright-core';

/** A carried document of one paragraph (the shape an export carries). */
export function carried(fields: { id: string; iri: string; title: string; text: string; marks?: unknown }): Record<string, unknown> {
  const block: Record<string, unknown> = { type: 'paragraph', text: fields.text };
  if ('marks' in fields) block.marks = fields.marks;
  return {
    id: fields.id,
    iri: fields.iri,
    title: fields.title,
    lang: 'de',
    blocks: [{ type: 'headline', text: fields.title }, block],
    digest: `sha256:${'0'.repeat(64)}`,
    wordCount: 0,
    created: '2026-01-02T03:04:05.000Z',
  };
}

/** An annotation tagged Actor on `exact`, the first occurrence in `text`, on the document at `source`. */
export function actorAnnotation(id: string, source: string, text: string, exact: string): Record<string, unknown> {
  const start = text.indexOf(exact);
  return {
    id: `urn:uuid:${id}`,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: 'Actor' }],
    target: {
      source,
      selector: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end: start + exact.length },
      ],
    },
  };
}

/** An export file: a W3C AnnotationCollection with these annotations, carrying these documents. */
export function exportFile(annotations: Record<string, unknown>[], documents: Record<string, unknown>[]): string {
  return JSON.stringify({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    label: 'Close Reader: library',
    total: annotations.length,
    first: { type: 'AnnotationPage', items: annotations },
    closeReaderDocuments: documents,
  });
}

/** Gives `json` as the file `name` to the header's Import, as the file picker would. */
export async function importText(page: Page, name: string, json: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.cr-app-header').getByRole('button', { name: /^(Import|Importieren)$/ }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(json) });
}

/** Every record of one store of the app's database, read in the page. */
export async function records<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('close-reader');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(all.result as T[]);
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** The ids the library links to, in its order (`#/doc/<id>`). */
export async function libraryIds(page: Page): Promise<string[]> {
  await page.locator('cr-library-view ol a').first().waitFor();
  const hrefs = await page.locator('cr-library-view ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map((href) => decodeURIComponent(href.replace(/^#\/doc\//, '')));
}
