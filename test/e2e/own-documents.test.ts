/**
 * One's own documents end to end, against the built app in Chromium: paste a text, add it, tag
 * it, reload, still there; open a Markdown file; an HTML file full of scripts and handlers runs
 * none of them (a page-level hook fails the test if anything calls it); delete a document with
 * its annotations after a confirmation that says how many.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { startApp, type RunningApp } from '../support/start-app.js';

const PASTED = `Kommunen als Zufluchtsorte

Immer mehr Städte erklären sich zu sicheren Häfen. Die Bürgermeisterin von Köln
forderte die Aufnahme geretteter Menschen.

Das Netzwerk wächst seit 2018.`;

describe('own documents, end to end', () => {
  let app: RunningApp;
  let page: Page;
  let folder: string;
  const scriptsThatRan: string[] = [];

  before(async () => {
    app = await startApp();
    page = await app.openPage({ locale: 'en-GB', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    folder = mkdtempSync(join(tmpdir(), 'close-reader-own-'));
    // The trap: anything in a document that runs calls this, and the test fails.
    await page.exposeFunction('__xss', (where: string) => scriptsThatRan.push(where));
  });

  after(async () => {
    await app?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('adds a pasted text, opens it, tags it, and keeps it across a reload', async () => {
    await page.goto(app.server.url);
    await page.getByRole('link', { name: 'Add your own document' }).click();
    await page.getByLabel('Text', { exact: true }).fill(PASTED);
    await page.getByRole('button', { name: 'Use this text' }).click();
    assert.equal(await page.getByLabel('Title').inputValue(), 'Kommunen als Zufluchtsorte');
    assert.equal(await page.getByLabel('Language of the text').inputValue(), 'de');
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.locator('.ProseMirror').waitFor();
    await page.locator('.ProseMirror').getByText('Die Bürgermeisterin von Köln forderte die Aufnahme geretteter Menschen.').waitFor();
    await tagWithKey(page, 'Die Bürgermeisterin von Köln', '1');
    assert.equal(await highlightText(page, 'actor'), 'Die Bürgermeisterin von Köln');
    await page.reload();
    assert.equal(await highlightText(page, 'actor'), 'Die Bürgermeisterin von Köln');
    await page.goto(app.server.url);
    await page.getByRole('listitem').filter({ hasText: 'Kommunen als Zufluchtsorte' }).getByText('Your document').waitFor();
  });

  it('opens a Markdown file: its headings, emphasis and list kept, hard wraps joined', async () => {
    await page.goto(`${app.server.url}#/add`);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file …' }).click()]);
    await chooser.setFiles('test/fixtures/documents/hard-wrapped.md');
    assert.equal(await page.getByLabel('Title').inputValue(), 'Zweierlei Solidarität');
    await page.getByRole('button', { name: 'Add to the library' }).click();
    const text = page.locator('.ProseMirror');
    await text.locator('h1', { hasText: 'Zweierlei Solidarität' }).waitFor();
    await text.locator('em', { hasText: 'widersprüchliche' }).waitFor();
    await text.locator('strong', { hasText: 'Watch the Med' }).waitFor();
    await text.getByText('Was eine »Solidarity City« ausmachen soll, darüber herrschen').waitFor();
  });

  it('runs nothing from an HTML file full of scripts and handlers, and keeps its text', async () => {
    await page.goto(`${app.server.url}#/add`);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Choose a file …' }).click()]);
    await chooser.setFiles('test/fixtures/documents/xss.html');
    await page.getByRole('button', { name: 'Add to the library' }).click();
    const text = page.locator('.ProseMirror');
    await text.locator('h1', { hasText: 'Städte als Zufluchtsorte' }).waitFor();
    await text.getByText('Erstens: Abschiebestopps').waitFor();
    await text.locator('h1').hover();
    await text.getByText('Zweitens: direkte Aufnahme').hover();
    await page.waitForTimeout(300);
    assert.equal(await text.locator('script, img, svg, iframe, object, form, input, style, a').count(), 0);
    assert.equal(await page.locator('.ProseMirror [onclick], .ProseMirror [onerror], .ProseMirror [onmouseover]').count(), 0);
    assert.deepEqual(scriptsThatRan, []);
  });

  it('exports a tagged own document with its text, so a fresh profile imports both', async () => {
    await page.goto(app.server.url);
    await page.getByRole('link', { name: 'Kommunen als Zufluchtsorte' }).click();
    await page.locator('.ProseMirror [data-category="actor"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const file = join(folder, download.suggestedFilename());
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
    await page.goto(app.server.url);
    const entry = page.getByRole('listitem').filter({ hasText: 'Kommunen als Zufluchtsorte' });
    await entry.getByRole('button', { name: /^Delete/ }).click();
    await entry.getByText('Delete “Kommunen als Zufluchtsorte” and its 1 annotations? This cannot be undone.').waitFor();
    await entry.getByRole('button', { name: 'Delete document' }).click();
    await entry.waitFor({ state: 'detached' });
    await page.reload();
    assert.equal(await page.getByRole('listitem').filter({ hasText: 'Kommunen als Zufluchtsorte' }).count(), 0);
  });
});
