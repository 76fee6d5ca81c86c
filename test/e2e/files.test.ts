/**
 * Files people drop, and their own documents, end to end against the built app in Chromium: a PDF
 * picked on the header's Import or dropped on "add a document" is named for what it is, in German,
 * with what to do instead, and nothing is stored (at every viewport people use); a category scheme
 * file given to the header's Import becomes a scheme in the scheme editor, and a second import
 * changes nothing; an own document exported before it has annotations comes into a second, fresh
 * browser profile as "1 document, 0 annotations" and is in its library.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';

const FIXTURES = 'test/fixtures/files';
const PDF_ON_IMPORT = 'bericht.pdf ist ein PDF. Close Reader importiert W3C-Annotationsdateien und Kategorienschemata (.json, .jsonld).';
const PDF_ON_ADD = 'bericht.pdf ist ein PDF. Close Reader liest Textdateien (.txt, .md, .html). Kopieren Sie den Text aus dem PDF und fügen Sie ihn ein.';

/** How many records each store of the app's database holds (read in the page, as the app stores them). */
async function storedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('close-reader');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => (counts[name] = count.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Drops the fixture `file` onto `selector` as a reader drags it from their desktop. */
async function dropFile(page: Page, selector: string, file: string): Promise<void> {
  const bytes = [...readFileSync(join(FIXTURES, file))];
  const dataTransfer = await page.evaluateHandle(
    ({ bytes, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/pdf' }));
      return transfer;
    },
    { bytes, name: file },
  );
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Chooses `path` in the file picker the header's Import button opens. */
async function importWithPicker(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.cr-app-header').getByRole('button', { name: /^(Import|Importieren)$/ }).click()]);
  assert.equal(await chooser.element().getAttribute('accept'), '.jsonld,.json,application/ld+json,application/json');
  await chooser.setFiles(path);
}

describe('files of the wrong kind, end to end', () => {
  const app = useApp();

  it('switches to German, and a PDF picked on Import is named for what it is; nothing is stored', async () => {
    const page = await app.openPage({ locale: 'en-GB', viewport: VIEWPORTS[0] });
    await page.goto(app.server.url);
    await page.getByLabel('Language').selectOption('de');
    await page.getByRole('heading', { level: 1, name: 'Bibliothek' }).waitFor();
    const before = await storedCounts(page);
    await importWithPicker(page, join(FIXTURES, 'bericht.pdf'));
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'bericht.pdf kann nicht importiert werden' }).waitFor();
    assert.deepEqual(await dialog.getByRole('alert').getByRole('listitem').allTextContents(), [PDF_ON_IMPORT]);
    await dialog.getByText('Nichts wurde geändert.').waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await storedCounts(page), before);
  });

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}: a PDF dropped on the window and on "add a document" gets its German sentence; nothing is stored`, async () => {
      const page = await app.openPage({ locale: 'de-DE', viewport });
      await page.goto(app.server.url);
      await page.getByRole('heading', { level: 1, name: 'Bibliothek' }).waitFor();
      const before = await storedCounts(page);

      await dropFile(page, 'cr-app', 'bericht.pdf');
      const dialog = page.getByRole('dialog');
      // The dialog says "reading…" first; the list of problems follows.
      await dialog.getByRole('alert').getByRole('listitem').first().waitFor();
      assert.deepEqual(await dialog.getByRole('alert').getByRole('listitem').allTextContents(), [PDF_ON_IMPORT]);
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('link', { name: 'Eigenes Dokument hinzufügen' }).click();
      const view = page.locator('cr-add-document-view');
      await view.getByRole('button', { name: 'Datei wählen …' }).waitFor();
      await dropFile(page, 'cr-add-document-view', 'bericht.pdf');
      await view.getByRole('alert').filter({ hasText: PDF_ON_ADD }).waitFor();
      assert.equal((await view.getByRole('alert').textContent())?.trim(), PDF_ON_ADD);
      // Still at the start: no draft was made from it, and the import dialog never opened.
      await view.getByRole('button', { name: 'Diesen Text verwenden' }).waitFor();
      assert.equal(await dialog.isVisible(), false);
      assert.deepEqual(await storedCounts(page), before);
    });
  }

  it('picks a PDF on "add a document" through a picker that offers text files only', async () => {
    const page = await app.openPage({ locale: 'de-DE', viewport: VIEWPORTS[3] });
    await page.goto(`${app.server.url}#/add`);
    const view = page.locator('cr-add-document-view');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), view.getByRole('button', { name: 'Datei wählen …' }).click()]);
    assert.equal(await chooser.element().getAttribute('accept'), '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html');
    await chooser.setFiles(join(FIXTURES, 'bericht.pdf'));
    await view.getByRole('alert').filter({ hasText: PDF_ON_ADD }).waitFor();
  });
});

describe('a category scheme file on the header\'s Import, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: VIEWPORTS[0] } });

  it('imports the scheme after a summary; the scheme editor shows it with its categories', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await importWithPicker(page, join(FIXTURES, 'rahmung.jsonld'));
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Import rahmung.jsonld?' }).waitFor();
    await dialog.getByText('A new category scheme, “Framing”, with 3 categories:').waitFor();
    assert.deepEqual(
      (await dialog.getByRole('listitem').allTextContents()).map((text) => text.replace(/\s+/g, ' ').trim()),
      ['Threat (key q)', 'Solidarity (key w)', 'Law and order (key e)'],
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Imported the category scheme “Framing”.' }).waitFor();

    await page.getByRole('link', { name: 'Category schemes' }).click();
    const editor = page.locator('cr-scheme-editor-view');
    await editor.getByLabel('Scheme', { exact: true }).selectOption({ label: 'Framing' });
    await editor.locator('legend', { hasText: 'Solidarity' }).waitFor();
    assert.deepEqual((await editor.locator('.categories legend').allTextContents()).map((text) => text.trim()), ['Threat', 'Solidarity', 'Law and order']);
  });

  it('changes nothing when the same scheme file is imported again, and says so', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const before = await storedCounts(page);
    await importWithPicker(page, join(FIXTURES, 'rahmung.jsonld'));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Nothing to import: the category scheme “Framing” is already here as the file has it.').waitFor();
    assert.equal(await dialog.getByRole('button', { name: 'Import', exact: true }).count(), 0);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });
    assert.deepEqual(await storedCounts(page), before);
  });
});

describe('an own document without annotations, exported and imported into a fresh profile', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: VIEWPORTS[0], acceptDownloads: true }, folder: 'close-reader-files-' });
  const TEXT = 'Kommunen als Zufluchtsorte\n\nImmer mehr Städte erklären sich zu sicheren Häfen.\n\nDas Netzwerk wächst seit 2018.';

  it('carries its text, and the classmate\'s library gets it: 1 document, 0 annotations', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/add`);
    await page.getByLabel('Text', { exact: true }).fill(TEXT);
    await page.getByRole('button', { name: 'Use this text' }).click();
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.locator('.ProseMirror').getByText('Das Netzwerk wächst seit 2018.').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const file = join(app.folder, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { type: string; total: number; closeReaderDocuments: { title: string; blocks: unknown[] }[] };
    assert.deepEqual([exported.type, exported.total], ['AnnotationCollection', 0]);
    assert.deepEqual(
      exported.closeReaderDocuments.map((document) => [document.title, document.blocks.length]),
      [['Kommunen als Zufluchtsorte', 3]],
    );

    const classmate = await app.openPage({ locale: 'en-GB', viewport: VIEWPORTS[3] });
    await classmate.goto(app.server.url);
    await importWithPicker(classmate, file);
    const dialog = classmate.getByRole('dialog');
    await dialog.getByText('1 document, 0 annotations.').waitFor();
    await dialog.getByRole('listitem').filter({ hasText: 'Kommunen als Zufluchtsorte' }).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await classmate.getByRole('link', { name: 'Kommunen als Zufluchtsorte' }).click();
    await classmate.locator('.ProseMirror').getByText('Immer mehr Städte erklären sich zu sicheren Häfen.').waitFor();
    await classmate.reload();
    await classmate.locator('.ProseMirror').getByText('Das Netzwerk wächst seit 2018.').waitFor();
  });
});
