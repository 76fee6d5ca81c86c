/**
 * Long outside strings in the import dialog, end to end against the built app in Chromium, in
 * German: a file with a 1 MB annotation id, a 100 KB label or source and a 300-character name is
 * summarised in a dialog whose text stays short (its length pinned), and each message
 * still names the thing by its start and end (src/model/text/shorten.ts: 80 characters each),
 * without sideways scrolling at the viewport sizes people use.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';

const SOURCE = 'tag:close-reader.app,2026:documents/kelly-keine-massenabschiebungen';
/** A file name of 300 characters (a long one a browser hands over as it is). */
const FILE_NAME = `${'Stellungnahme der Klasse 10b '.repeat(10)}x.jsonld`.slice(-300);
/** How the dialog shows it: 40 characters, an ellipsis, 39. */
const FILE_SHOWN = `${FILE_NAME.slice(0, 40)}…${FILE_NAME.slice(-39)}`;
const HUGE_ID = `urn:uuid:${'7'.repeat(1_000_000)}`;
const LONG_LABEL = `Gericht ${'x'.repeat(100_000)} Ende`;
const LABEL_SHOWN = `Gericht ${'x'.repeat(32)}…${'x'.repeat(34)} Ende`;

/** One W3C annotation of the quote "John Kelly" with `id`, tagged `label`, on `source`. */
function annotation(id: string, label: string, source: string): unknown {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: label }],
    target: { source, selector: [{ type: 'TextQuoteSelector', exact: 'John Kelly' }] },
  };
}

/** Chooses a file named `name` holding `content` as JSON in the picker of the header's Import. */
async function importFile(page: Page, name: string, content: unknown): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.cr-app-header').getByRole('button', { name: 'Importieren' }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(JSON.stringify(content)) });
}

/** The dialog's text as a reader sees it (runs of white space as one space) and its length in code points. */
async function dialogText(page: Page): Promise<{ text: string; length: number }> {
  const text = ((await page.getByRole('dialog').textContent()) ?? '').replace(/\s+/g, ' ').trim();
  return { text, length: [...text].length };
}

/** How many annotations and categories the app's database holds (read in the page). */
async function storedCounts(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve, reject) => {
        const request = indexedDB.open('close-reader');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(['annotations', 'categories'], 'readonly');
          const annotations = tx.objectStore('annotations').count();
          const categories = tx.objectStore('categories').count();
          tx.oncomplete = () => {
            request.result.close();
            resolve([annotations.result, categories.result]);
          };
        };
      }),
  );
}

describe('long outside strings in the import dialog, end to end', () => {
  const app = useApp({ page: { locale: 'de-DE', viewport: { width: 1280, height: 800 } } });

  it('asks which article a 100 KB page is, for a file with a 1 MB id, in a short dialog that still names both', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const source = `https://example.org/${'y'.repeat(100_000)}`;
    await importFile(page, FILE_NAME, [annotation(HUGE_ID, 'Actor', source)]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Welcher Artikel?' }).waitFor();
    assert.equal(await dialog.getByRole('heading').first().textContent(), `${FILE_SHOWN} importieren?`);
    assert.equal(await dialog.locator('.source-name').textContent(), `https://example.org/${'y'.repeat(15)}…${'y'.repeat(34)}`);
    assert.deepEqual(await dialog.locator('.skipped li').allTextContents(), [
      `1 Annotation auf 1 Seite, die nicht in Ihrer Bibliothek ist. (zum Beispiel Annotation 1 auf https://example.org/${'y'.repeat(10)}…${'y'.repeat(29)})`,
    ]);
    // Every article offered, each with its title: a long dialog, but bounded whatever the file holds.
    assert.equal((await dialogText(page)).length, 1218);
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('summarises a file with a 1 MB id and a 100 KB label in a short dialog; cancelling writes nothing', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const before = await storedCounts(page);
    await importFile(page, FILE_NAME, [annotation(HUGE_ID, LONG_LABEL, SOURCE)]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Importieren', exact: true }).waitFor();
    assert.equal(await dialog.getByRole('heading').textContent(), `${FILE_SHOWN} importieren?`);
    assert.equal(await dialog.locator('dd').first().textContent(), LABEL_SHOWN);
    assert.equal((await dialogText(page)).length, 540);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await storedCounts(page), before);
  });

  it('shows the summary of a file with a 1 MB id and a 100 KB label without sideways scrolling at every viewport size', async () => {
    // One import, the window resized to each size in turn: the dialog reflows as it would have opened there.
    const page = await app.openPage({ locale: 'de-DE', viewport: VIEWPORTS[0]! });
    await page.goto(app.server.url);
    await importFile(page, FILE_NAME, [annotation(HUGE_ID, LONG_LABEL, SOURCE)]);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Importieren', exact: true }).waitFor();
    const overflow: Record<string, number[]> = {};
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      overflow[`${viewport.width}×${viewport.height}`] = await dialog.evaluate(
        (element) => new Promise<number[]>((done) => requestAnimationFrame(() => done([element.scrollWidth - element.clientWidth, document.documentElement.scrollWidth - window.innerWidth]))),
      );
    }
    assert.deepEqual(overflow, Object.fromEntries(VIEWPORTS.map((viewport) => [`${viewport.width}×${viewport.height}`, [0, 0]])));
    assert.equal((await dialogText(page)).length, 540);
    await page.close();
  });

  it('summarises a category scheme with a 100 KB name, and says its import in a short sentence', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const scheme = 'tag:close-reader.app,2026:schemes/lang';
    await importFile(page, FILE_NAME, {
      '@context': { skos: 'http://www.w3.org/2004/02/skos/core#' },
      '@graph': [
        { '@id': scheme, '@type': 'skos:ConceptScheme', 'skos:prefLabel': { '@value': LONG_LABEL, '@language': 'de' }, 'skos:hasTopConcept': [{ '@id': `${scheme}/a` }] },
        { '@id': `${scheme}/a`, '@type': 'skos:Concept', 'skos:inScheme': { '@id': scheme }, 'skos:prefLabel': { '@value': LONG_LABEL, '@language': 'de' } },
      ],
    });
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Importieren', exact: true }).waitFor();
    assert.equal(await dialog.getByRole('listitem').textContent(), LABEL_SHOWN);
    assert.equal((await dialogText(page)).length, 326);
    await dialog.getByRole('button', { name: 'Importieren', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const said = page.getByRole('status').filter({ hasText: 'Kategorienschema' });
    assert.equal(await said.textContent(), `Kategorienschema „${LABEL_SHOWN}“ importiert.`);
  });
});
