/**
 * End to end, against the built app (dist/) served under a sub-path, in Debian's Chromium: the
 * library, each article, back and forward, reload on an article URL, selecting with mouse and
 * keyboard, and the settings a reader expects remembered.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ArticleBody } from '../../src/model/article.js';
import type { LibraryManifest } from '../../src/model/library.js';
import { launchChromium } from '../support/browser.js';
import { serveBuiltApp, type StaticServer } from '../support/static-server.js';

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
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    server = await serveBuiltApp();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1200, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens each of the five articles from the library, shows its headline and last sentence, and goes back', async () => {
    await page.goto(server.url);
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
    await page.goto(`${server.url}#/doc/${entry.id}`);
    await page.locator('.ProseMirror').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: entry.title }).waitFor();
    await page.locator('.ProseMirror').getByText(lastSentence(entry.id), { exact: false }).waitFor();
  });

  it('selects a phrase with the mouse and with Shift+arrows, and the text stays unchanged', async () => {
    await page.goto(`${server.url}#/doc/sanctuary-cities-gegen-trump`);
    const text = page.locator('.ProseMirror');
    await text.waitFor();
    const before = await text.textContent();
    const box = await phraseBox(page, 'Bürgermeister Ed Lee');
    await page.mouse.move(box.left + 1, box.middle);
    await page.mouse.down();
    await page.mouse.move(box.right - 1, box.middle, { steps: 8 });
    await page.mouse.up();
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
    await page.goto(`${server.url}#/doc/zweierlei-solidaritaet`);
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.locator('cr-font-size-control output', { hasText: '125%' }).waitFor();
    await page.reload();
    await page.locator('cr-font-size-control output', { hasText: '125%' }).waitFor();
    const scale = await page.locator('.cr-reader').evaluate((element) => getComputedStyle(element).getPropertyValue('--cr-font-scale'));
    assert.equal(scale.trim(), '1.25');
  });

  it('speaks German to a German browser, switches to English, and remembers that', async () => {
    const german = await browser.newContext({ locale: 'de-DE' });
    try {
      const dePage = await german.newPage();
      await dePage.goto(server.url);
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

/** Where a phrase of the article text is on screen. */
async function phraseBox(page: Page, phrase: string) {
  return page.evaluate((wanted) => {
    const root = document.querySelector('.ProseMirror')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rects = range.getClientRects();
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      if (first.top !== last.top) throw new Error(`"${wanted}" wraps over two lines`);
      return { left: first.left, right: last.right, middle: first.top + first.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, phrase);
}

async function selectionText(page: Page): Promise<string> {
  return page.evaluate(() => document.getSelection()?.toString() ?? '');
}
