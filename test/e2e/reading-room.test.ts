/**
 * End to end, against the built app (dist/) served under a sub-path, in Debian's Chromium: the
 * library, each article, back and forward, reload on an article URL, selecting with mouse and
 * keyboard, and the settings a reader expects remembered.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { ArticleBody } from '../../src/model/documents/article.js';
import type { LibraryManifest } from '../../src/model/documents/library.js';
import { dragSelect, selectionText } from '../support/article-page.js';
import { startApp, type RunningApp } from '../support/start-app.js';

const manifest = JSON.parse(readFileSync('documents/manifest.json', 'utf8')) as LibraryManifest;
const bodies = new Map(
  manifest.documents.map((entry) => [entry.id, JSON.parse(readFileSync(`documents/${entry.file}`, 'utf8')) as ArticleBody]),
);

/** The last sentence of an article's last paragraph: proof the whole text is there. */
function lastSentence(id: string): string {
  const paragraphs = bodies.get(id)!.blocks.filter((block) => block.type === 'paragraph');
  const text = paragraphs[paragraphs.length - 1]!.text;
  const sentences = text.match(/[^.!?]+[.!?]["“«]?/g) ?? [text];
  return sentences[sentences.length - 1]!.trim();
}

describe('the reading room, end to end', () => {
  let app: RunningApp;
  let page: Page;

  before(async () => {
    app = await startApp();
    page = await app.openPage({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
  });

  after(() => app?.close());

  it('opens each of the five articles from the library, shows its headline and last sentence, and goes back', async () => {
    await page.goto(app.server.url);
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    assert.equal(await page.locator('cr-library-view li a').count(), 5);
    for (const entry of manifest.documents) {
      await page.getByRole('link', { name: entry.title, exact: true }).click();
      await page.waitForURL(`**#/doc/${entry.id}`);
      await page.getByRole('heading', { level: 1, name: entry.title }).waitFor();
      const text = page.locator('.ProseMirror');
      await text.getByText(lastSentence(entry.id), { exact: false }).waitFor();
      assert.equal(await page.title(), `${entry.title} – Close Reader`);
      await page.goBack();
      await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    }
    await page.goForward();
    const last = manifest.documents[manifest.documents.length - 1]!;
    await page.getByRole('heading', { level: 1, name: last.title }).waitFor();
  });

  it('shows the same article again after a reload on its URL', async () => {
    const entry = manifest.documents[1]!;
    await page.goto(`${app.server.url}#/doc/${entry.id}`);
    await page.locator('.ProseMirror').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: entry.title }).waitFor();
    await page.locator('.ProseMirror').getByText(lastSentence(entry.id), { exact: false }).waitFor();
  });

  it('selects a phrase with the mouse and with Shift+arrows, and the text stays unchanged', async () => {
    await page.goto(`${app.server.url}#/doc/sanctuary-cities-gegen-trump`);
    const text = page.locator('.ProseMirror');
    await text.waitFor();
    const before = await text.textContent();
    const box = await dragSelect(page, 'Bürgermeister Ed Lee');
    assert.equal(await selectionText(page), 'Bürgermeister Ed Lee');

    await page.waitForTimeout(600); // a reader's pause: no double click
    await page.mouse.click(box.left + 1, box.middle); // a caret before the phrase
    assert.equal(await selectionText(page), '');
    await page.keyboard.down('Shift');
    for (let i = 0; i < 'Bürgermeister'.length; i += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.up('Shift');
    assert.equal(await selectionText(page), 'Bürgermeister');

    await page.keyboard.type('xyz');
    await page.keyboard.press('Backspace');
    assert.equal(await text.textContent(), before);
  });

  it('remembers the text size across a reload', async () => {
    await page.goto(`${app.server.url}#/doc/zweierlei-solidaritaet`);
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.locator('cr-font-size-control output', { hasText: '125%' }).waitFor();
    await page.reload();
    await page.locator('cr-font-size-control output', { hasText: '125%' }).waitFor();
    const scale = await page.locator('.cr-reader').evaluate((element) => getComputedStyle(element).getPropertyValue('--cr-font-scale'));
    assert.equal(scale.trim(), '1.25');
  });

  it('speaks German to a German browser, switches to English, and remembers that', async () => {
    const german = await app.browser.newContext({ locale: 'de-DE' });
    try {
      const dePage = await german.newPage();
      await dePage.goto(app.server.url);
      await dePage.getByRole('heading', { level: 1, name: 'Bibliothek' }).waitFor();
      assert.equal(await dePage.locator('html').getAttribute('lang'), 'de');
      await dePage.getByLabel('Sprache').selectOption('en');
      await dePage.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      await dePage.reload();
      await dePage.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
      assert.equal(await dePage.locator('html').getAttribute('lang'), 'en');
    } finally {
      await german.close();
    }
  });
});
