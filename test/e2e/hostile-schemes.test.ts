/**
 * Hostile category scheme files end to end, against the built app in Chromium (issue 12). A
 * codebook of 1,000 concepts given to the header's Import is summarised, imported and shown in the
 * scheme editor in seconds (before: 41 s of colour choice, then minutes of a frozen editor, so each
 * step here waits at most 20 s: a hang check, not a speed test); a row's "Under" menu lists every
 * other category once the reader clicks it, and the parent chosen is kept over a reload. A file of
 * 10,000 concepts, or one nested 100,000 levels deep (before: a stack overflow and no word), is
 * refused with a sentence in the reader's language, at every viewport size people use, and nothing
 * is stored.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { deepScheme, manyConceptScheme } from '../support/scheme-files.js';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';


/** Longest wait for what a hostile file leads to: the old code took minutes, the new one seconds. */
const HANG = { timeout: 20_000 };

/** Gives the header's Import a file made in the test. */
async function importText(page: Page, name: string, text: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.locator('.cr-app-header').getByRole('button', { name: /^(Import|Importieren)$/ }).click()]);
  await chooser.setFiles({ name, mimeType: 'application/ld+json', buffer: Buffer.from(text) });
}

/** How many schemes and categories the app's database holds. */
function storedCounts(page: Page): Promise<{ schemes: number; categories: number }> {
  return page.evaluate(
    () =>
      new Promise<{ schemes: number; categories: number }>((resolve, reject) => {
        const request = indexedDB.open('close-reader');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(['schemes', 'categories'], 'readonly');
          const schemes = tx.objectStore('schemes').count();
          const categories = tx.objectStore('categories').count();
          tx.oncomplete = () => {
            request.result.close();
            resolve({ schemes: schemes.result, categories: categories.result });
          };
        };
      }),
  );
}

describe('a codebook of 1,000 categories, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: VIEWPORTS[0] } });
  const editor = () => app.page.locator('cr-scheme-editor-view');

  it('is summarised and imported from the header in seconds, not minutes', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    await importText(page, 'codebook.jsonld', manyConceptScheme(1000));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('A new category scheme, “Codebook”, with 1000 categories:').waitFor(HANG);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported the category scheme “Codebook”.' }).waitFor(HANG);
    assert.equal((await storedCounts(page)).categories, 1004);
  });

  it('shows it in the scheme editor: the first 100 rows, and every other category as a parent in the menu the reader clicks', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Category schemes' }).click();
    await editor().getByLabel('Scheme', { exact: true }).selectOption({ label: 'Codebook' });
    await editor().getByText('100 of 1,000 shown').waitFor(HANG);
    assert.equal(await editor().locator('ol.categories fieldset').count(), 100);
    const under = editor().getByRole('group', { name: 'Code 2', exact: true }).getByLabel('Under');
    assert.equal(await under.locator('option').count(), 1);
    await under.click();
    await page.keyboard.press('Escape');
    assert.equal(await under.locator('option').count(), 1000);
    await under.selectOption('code-1');
    await editor().getByRole('status').filter({ hasText: 'Saved.' }).waitFor(HANG);

    await page.reload();
    await editor().getByLabel('Scheme', { exact: true }).selectOption({ label: 'Codebook' });
    const reloaded = editor().getByRole('group', { name: 'Code 2', exact: true }).getByLabel('Under');
    await reloaded.waitFor(HANG);
    assert.equal(await reloaded.inputValue(), 'code-1');
    await editor().getByRole('button', { name: 'Show 100 more categories' }).click();
    assert.equal(await editor().locator('ol.categories fieldset').count(), 200);
  });
});

describe('a scheme file past the limits, end to end', () => {
  const app = useApp();

  // The two sizes the other tests of this file leave out (1280×800 and 390×844 are used above and below).
  for (const viewport of [VIEWPORTS[1], VIEWPORTS[2]]) {
    it(`refuses 10,000 concepts in German, naming the count and the limit, and stores nothing (${viewport.width}×${viewport.height})`, async () => {
      const page = await app.openPage({ locale: 'de-DE', viewport });
      await page.goto(app.server.url);
      const before = await storedCounts(page);
      await importText(page, 'codebook.jsonld', manyConceptScheme(10_000));
      const problems = page.getByRole('dialog').getByRole('alert').getByRole('listitem');
      await problems.first().waitFor(HANG);
      assert.deepEqual(await problems.allTextContents(), ['codebook.jsonld: 10.000 Kategorien; ein Schema fasst höchstens 1.000. Nichts wurde importiert.']);
      assert.deepEqual(await storedCounts(page), before);
      await page.close();
    });
  }

  it('refuses a file nested 100,000 levels deep, in German, and stores nothing; the scheme editor’s Import says the same', async () => {
    const page = await app.openPage({ locale: 'de-DE', viewport: VIEWPORTS[3] });
    await page.goto(app.server.url);
    const before = await storedCounts(page);
    const expected = 'tief.jsonld: Die Datei ist mehr als 100 Ebenen tief verschachtelt; Close Reader liest Dateien mit bis zu 100 Ebenen. Nichts wurde importiert.';
    await importText(page, 'tief.jsonld', deepScheme(100_000));
    const problems = page.getByRole('dialog').getByRole('alert').getByRole('listitem');
    await problems.first().waitFor(HANG);
    assert.deepEqual(await problems.allTextContents(), [expected]);
    await page.getByRole('dialog').getByRole('button', { name: 'Schließen' }).click();

    await page.getByRole('link', { name: 'Kategorienschemata' }).click();
    const editor = page.locator('cr-scheme-editor-view');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), editor.getByRole('button', { name: 'Schema importieren' }).click()]);
    await chooser.setFiles({ name: 'tief.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(deepScheme(100_000)) });
    await editor.locator('p.error').filter({ hasText: expected }).waitFor(HANG);
    assert.deepEqual(await storedCounts(page), before);
    await page.close();
  });
});
