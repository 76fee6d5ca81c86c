/**
 * One's own documents end to end, against the built app in Chromium: paste a text, add it, tag
 * it, reload, still there; open a Markdown file; an HTML file full of scripts and handlers runs
 * none of them (a page-level hook fails the test if anything calls it); delete a document with
 * its annotations after a confirmation that says how many.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { waitForHighlight } from '../support/highlight-page.js';

const PASTED = `Kommunen als Zufluchtsorte

Immer mehr Städte erklären sich zu sicheren Häfen. Die Bürgermeisterin von Köln
forderte die Aufnahme geretteter Menschen.

Das Netzwerk wächst seit 2018.`;

describe('own documents, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1280, height: 900 }, acceptDownloads: true }, folder: 'close-reader-own-' });
  const scriptsThatRan: string[] = [];

  before(async () => {
    // The trap: anything in a document that runs calls this, and the test fails.
    await app.page.exposeFunction('__xss', (where: string) => scriptsThatRan.push(where));
  });

  it('adds a pasted text, opens it, tags it, and keeps it across a reload', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByRole('link', { name: 'Add your own document' }).click();
    await app.page.getByLabel('Text', { exact: true }).fill(PASTED);
    await app.page.getByRole('button', { name: 'Use this text' }).click();
    assert.equal(await app.page.getByLabel('Title').inputValue(), 'Kommunen als Zufluchtsorte');
    assert.equal(await app.page.getByLabel('Language of the text').inputValue(), 'de');
    await app.page.getByRole('button', { name: 'Add to the library' }).click();
    await app.page.locator('.ProseMirror').waitFor();
    await app.page.locator('.ProseMirror').getByText('Die Bürgermeisterin von Köln forderte die Aufnahme geretteter Menschen.').waitFor();
    await tagWithKey(app.page, 'Die Bürgermeisterin von Köln', '1');
    assert.equal(await highlightText(app.page, 'actor'), 'Die Bürgermeisterin von Köln');
    await app.page.reload();
    assert.equal(await highlightText(app.page, 'actor'), 'Die Bürgermeisterin von Köln');
    await app.page.goto(app.server.url);
    await app.page.getByRole('listitem').filter({ hasText: 'Kommunen als Zufluchtsorte' }).getByText('Your document').waitFor();
  });

  it('opens a Markdown file: its headings, emphasis and list kept, hard wraps joined', async () => {
    await app.page.goto(`${app.server.url}#/add`);
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Choose a file …' }).click()]);
    await chooser.setFiles('test/fixtures/documents/hard-wrapped.md');
    assert.equal(await app.page.getByLabel('Title').inputValue(), 'Zweierlei Solidarität');
    await app.page.getByRole('button', { name: 'Add to the library' }).click();
    const text = app.page.locator('.ProseMirror');
    await text.locator('h1', { hasText: 'Zweierlei Solidarität' }).waitFor();
    await text.locator('em', { hasText: 'widersprüchliche' }).waitFor();
    await text.locator('strong', { hasText: 'Watch the Med' }).waitFor();
    await text.getByText('Was eine »Solidarity City« ausmachen soll, darüber herrschen').waitFor();
  });

  it('runs nothing from an HTML file full of scripts and handlers, and keeps its text', async () => {
    await app.page.goto(`${app.server.url}#/add`);
    const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.page.getByRole('button', { name: 'Choose a file …' }).click()]);
    await chooser.setFiles('test/fixtures/documents/xss.html');
    await app.page.getByRole('button', { name: 'Add to the library' }).click();
    const text = app.page.locator('.ProseMirror');
    await text.locator('h1', { hasText: 'Städte als Zufluchtsorte' }).waitFor();
    await text.getByText('Erstens: Abschiebestopps').waitFor();
    await text.locator('h1').hover();
    await text.getByText('Zweitens: direkte Aufnahme').hover();
    await app.page.waitForTimeout(300);
    assert.equal(await text.locator('script, img, svg, iframe, object, form, input, style, a').count(), 0);
    assert.equal(await app.page.locator('.ProseMirror [onclick], .ProseMirror [onerror], .ProseMirror [onmouseover]').count(), 0);
    assert.deepEqual(scriptsThatRan, []);
  });

  it('exports a tagged own document with its text, so a fresh profile imports both', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByRole('link', { name: 'Kommunen als Zufluchtsorte' }).click();
    await waitForHighlight(app.page, { category: 'actor' });
    const [download] = await Promise.all([app.page.waitForEvent('download'), app.page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const file = join(app.folder, download.suggestedFilename());
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(exported.closeReaderDocuments?.[0]?.title, 'Kommunen als Zufluchtsorte');

    const classmate = await app.openPage({ locale: 'en-GB' });
    await classmate.goto(app.server.url);
    const [chooser] = await Promise.all([classmate.waitForEvent('filechooser'), classmate.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles(file);
    const dialog = classmate.getByRole('dialog');
    await dialog.getByText('Kommunen als Zufluchtsorte').first().waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await classmate.getByRole('link', { name: 'Kommunen als Zufluchtsorte' }).click();
    assert.equal(await highlightText(classmate, 'actor'), 'Die Bürgermeisterin von Köln');
  });

  it('deletes a document and its annotations after saying how many', async () => {
    await app.page.goto(app.server.url);
    const entry = app.page.getByRole('listitem').filter({ hasText: 'Kommunen als Zufluchtsorte' });
    await entry.getByRole('button', { name: /^Delete/ }).click();
    await entry.getByText('Delete “Kommunen als Zufluchtsorte” and its 1 annotation? This cannot be undone.').waitFor();
    await entry.getByRole('button', { name: 'Delete document' }).click();
    await entry.waitFor({ state: 'detached' });
    await app.page.reload();
    assert.equal(await app.page.getByRole('listitem').filter({ hasText: 'Kommunen als Zufluchtsorte' }).count(), 0);
  });
});
