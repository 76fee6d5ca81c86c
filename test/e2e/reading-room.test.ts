/**
 * End to end, against the built app (dist/) served under a sub-path, in Debian's Chromium: the
 * library, each article, back and forward, reload on an article URL, selecting with mouse and
 * keyboard, and the settings a reader expects remembered.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { ArticleBody } from '../../src/model/documents/article.js';
import type { LibraryManifest } from '../../src/model/documents/library.js';
import { dragSelect, selectionText } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';

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
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1200, height: 900 } } });

  it('opens each of the five articles from the library, shows its headline and last sentence, and goes back', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    assert.equal(await app.page.locator('cr-library-view li a').count(), 5);
    for (const entry of manifest.documents) {
      await app.page.getByRole('link', { name: entry.title, exact: true }).click();
      await app.page.waitForURL(`**#/doc/${entry.id}`);
      await app.page.getByRole('heading', { level: 1, name: entry.title }).waitFor();
      const text = app.page.locator('.ProseMirror');
      await text.getByText(lastSentence(entry.id), { exact: false }).waitFor();
      assert.equal(await app.page.title(), `${entry.title} – Close Reader`);
      await app.page.goBack();
      await app.page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    }
    await app.page.goForward();
    const last = manifest.documents[manifest.documents.length - 1]!;
    await app.page.getByRole('heading', { level: 1, name: last.title }).waitFor();
  });

  it('shows the same article again after a reload on its URL', async () => {
    const entry = manifest.documents[1]!;
    await app.page.goto(`${app.server.url}#/doc/${entry.id}`);
    await app.page.locator('.ProseMirror').waitFor();
    await app.page.reload();
    await app.page.getByRole('heading', { level: 1, name: entry.title }).waitFor();
    await app.page.locator('.ProseMirror').getByText(lastSentence(entry.id), { exact: false }).waitFor();
  });

  it('selects a phrase with the mouse and with Shift+arrows, and the text stays unchanged', async () => {
    await app.page.goto(`${app.server.url}#/doc/sanctuary-cities-gegen-trump`);
    const text = app.page.locator('.ProseMirror');
    await text.waitFor();
    const before = await text.textContent();
    const box = await dragSelect(app.page, 'Bürgermeister Ed Lee');
    assert.equal(await selectionText(app.page), 'Bürgermeister Ed Lee');

    await app.page.waitForTimeout(600); // a reader's pause: no double click
    await app.page.mouse.click(box.left + 1, box.middle); // a caret before the phrase
    assert.equal(await selectionText(app.page), '');
    await app.page.keyboard.down('Shift');
    for (let i = 0; i < 'Bürgermeister'.length; i += 1) await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.up('Shift');
    assert.equal(await selectionText(app.page), 'Bürgermeister');

    await app.page.keyboard.type('xyz');
    await app.page.keyboard.press('Backspace');
    assert.equal(await text.textContent(), before);
  });

  it('remembers the text size across a reload', async () => {
    await app.page.goto(`${app.server.url}#/doc/zweierlei-solidaritaet`);
    await app.page.getByRole('button', { name: 'Larger text' }).click();
    await app.page.getByRole('button', { name: 'Larger text' }).click();
    await app.page.locator('cr-font-size-control output', { hasText: '125%' }).waitFor();
    await app.page.reload();
    await app.page.locator('cr-font-size-control output', { hasText: '125%' }).waitFor();
    const scale = await app.page.locator('.cr-reader').evaluate((element) => getComputedStyle(element).getPropertyValue('--cr-font-scale'));
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
