/**
 * What the built app loads, end to end: the library opens without the reader page (ProseMirror,
 * the editor, the highlights), without import parsing, the import dialog, the scheme editor and
 * the statistics page; the first article loads the reader page (already when the pointer reaches an article's link), and
 * each article's text arrives as a JSON file, not as JavaScript (issue 14, "Load less").
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LibraryManifest } from '../../src/model/documents/library.js';
import { useApp } from '../support/start-app.js';

const manifest = JSON.parse(readFileSync('documents/manifest.json', 'utf8')) as LibraryManifest;
/** The build's chunks the library must not load, by the module each is named for. */
const NOT_FOR_THE_LIBRARY = /^(reader-view|article-doc|import-dialog|file-import|annotation-import|scheme-import|scheme-editor-view|add-document-view|w3c|import-plan|statistics-view)-[\w-]{8}\.js$/;

/** The names of the files under assets/ the page asks for from now on, in order (without their folder). */
function assetsAskedFor(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const match = /\/assets\/([^/?#]+)$/.exec(new URL(request.url()).pathname);
    if (match?.[1]) asked.push(match[1]);
  });
  return asked;
}

describe('what the app loads, end to end', () => {
  const app = useApp();

  it('opens the library without the reader page, import parsing or the scheme editor', async () => {
    const page = await app.openPage({ locale: 'de-DE', serviceWorkers: 'block' });
    const asked = assetsAskedFor(page);
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Bibliothek' }).waitFor();
    await page.locator('cr-library-view li a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const scripts = asked.filter((file) => file.endsWith('.js'));
    assert.ok(scripts.some((file) => /^index-/.test(file)), `the entry chunk loaded (${scripts.join(', ')})`);
    assert.ok(scripts.some((file) => /^de-/.test(file)), `the German strings loaded (${scripts.join(', ')})`);
    assert.deepEqual(scripts.filter((file) => NOT_FOR_THE_LIBRARY.test(file)), []);
    assert.deepEqual(asked.filter((file) => file.endsWith('.json')), [], 'no article text before an article is opened');
    const defined = await page.evaluate(() =>
      ['cr-library-view', 'cr-reader-view', 'cr-import-dialog', 'cr-scheme-editor-view'].filter((name) => customElements.get(name) !== undefined),
    );
    assert.deepEqual(defined, ['cr-library-view']);
  });

  it('loads the reader page with the first article, and the text as a JSON file', async () => {
    const page = await app.openPage({ locale: 'en-GB', serviceWorkers: 'block' });
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    const asked = assetsAskedFor(page);
    const entry = manifest.documents[0]!;
    await page.getByRole('link', { name: entry.title, exact: true }).click();
    await page.locator('.ProseMirror').waitFor();
    assert.ok(asked.some((file) => /^reader-view-.*\.js$/.test(file)), `the reader page loaded (${asked.join(', ')})`);
    const bodyFile = entry.file!.replace(/\.json$/, '');
    assert.deepEqual(asked.filter((file) => file.endsWith('.json')).map((file) => file.startsWith(`${bodyFile}-`)), [true]);
    assert.deepEqual(asked.filter((file) => file.startsWith(`${bodyFile}-`) && file.endsWith('.js')), [], 'the text is no JavaScript');
  });

  it('starts loading the reader page when the pointer reaches an article link, before the click', async () => {
    const page = await app.openPage({ locale: 'en-GB', serviceWorkers: 'block' });
    await page.goto(app.server.url);
    await page.locator('cr-library-view li a').first().waitFor();
    await page.waitForLoadState('networkidle');
    const asked = assetsAskedFor(page);
    await page.getByRole('link', { name: manifest.documents[1]!.title, exact: true }).hover();
    await page.waitForFunction(() => customElements.get('cr-reader-view') !== undefined);
    assert.ok(asked.some((file) => /^reader-view-.*\.js$/.test(file)), `the reader page loaded on pointing (${asked.join(', ')})`);
    assert.deepEqual([await page.locator('cr-reader-view').count(), await page.locator('cr-library-view').count()], [0, 1], 'still in the library: nothing was clicked');
  });

  it('loads the statistics page on its route, in a chunk under 40 KB of its own (issue 17: no chart library)', async () => {
    const page = await app.openPage({ locale: 'en-GB', serviceWorkers: 'block' });
    const asked = assetsAskedFor(page);
    await page.goto(`${app.server.url}#/statistics`);
    await page.getByRole('heading', { level: 1, name: 'Statistics of the library' }).waitFor();
    const chunk = asked.find((file) => /^statistics-view-[\w-]{8}\.js$/.test(file));
    assert.ok(chunk, `the statistics page loaded (${asked.join(', ')})`);
    const bytes = statSync(join(process.env['CR_DIST'] ?? 'dist', 'assets', chunk)).size;
    assert.ok(bytes < 40_000, `the statistics page's own chunk is ${bytes} bytes`);
  });
});
