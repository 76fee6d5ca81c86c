/**
 * Tagging end to end, against the built app in Chromium with real IndexedDB: select with the
 * mouse and tag with a click, select and tag with the keyboard alone, write a note, reload, undo
 * and redo, delete, reload again.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveBuiltApp, type StaticServer } from '../support/static-server.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';

describe('tagging, end to end', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async () => {
    server = await serveBuiltApp();
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(`${server.url}#/doc/${ARTICLE}`);
    await page.locator('.ProseMirror').waitFor();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tags a phrase selected with the mouse as Actor with a click on the toolbar', async () => {
    await dragSelect(page, 'Bürgermeister Ed Lee');
    await page.getByRole('button', { name: /^Actor/ }).click();
    assert.equal(await highlightText(page, 'actor'), 'Bürgermeister Ed Lee');
    await page.getByRole('status').filter({ hasText: 'Actor tagged: “Bürgermeister Ed Lee”' }).waitFor();
  });

  it('tags an overlapping phrase as Quote with the keyboard alone', async () => {
    // The caret sits after "Lee" (tagging collapses the selection to its end); Shift+Ctrl+arrows select.
    for (let i = 0; i < 'Ed Lee'.length; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.down('Shift');
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.up('Shift');
    const selected = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
    assert.match(selected, /^Ed Lee\. "Wir/);
    await page.keyboard.press('3');
    assert.equal(await highlightText(page, 'quote'), selected);
    assert.equal(await highlightText(page, 'actor'), 'Bürgermeister Ed Lee');
  });

  it('opens the highlight under the caret with Enter and keeps a note', async () => {
    // The caret is after 'Ed Lee. "Wir': back into "Lee", where both highlights are.
    for (let i = 0; i < '. "Wir'.length + 2; i += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    const card = page.locator('cr-annotation-card');
    await card.waitFor();
    assert.equal(await card.getByRole('article').count(), 2, 'both overlapping annotations are reachable');
    const quoteCard = card.getByRole('article').filter({ has: page.getByRole('checkbox', { name: 'Quote', checked: true }) });
    await quoteCard.getByLabel('Note').fill('Lee speaks for the city <b>not</b> the state.');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();
  });

  it('brings back both highlights and the note after a reload', async () => {
    await page.reload();
    await page.locator('.ProseMirror').waitFor();
    await page.locator('.ProseMirror [data-category="quote"]').first().waitFor();
    assert.equal(await highlightText(page, 'actor'), 'Bürgermeister Ed Lee');
    assert.match(await highlightText(page, 'quote'), /^Ed Lee\. "Wir/);
    await page.locator('.ProseMirror [data-category="quote"]').last().click();
    const note = page.locator('cr-annotation-card').getByLabel('Note');
    assert.equal(await note.inputValue(), 'Lee speaks for the city <b>not</b> the state.');
    assert.equal(await page.locator('cr-annotation-card b').count(), 0, 'the note is text, never HTML');
    await page.locator('cr-annotation-card').getByRole('button', { name: 'Close' }).click();
  });

  it('undoes and redoes a tag with the keyboard and with the buttons', async () => {
    await dragSelect(page, 'Kalifornien');
    await page.keyboard.press('4');
    assert.equal(await highlightText(page, 'statistic'), 'Kalifornien');
    await page.keyboard.press('Control+z');
    await page.locator('.ProseMirror [data-category="statistic"]').waitFor({ state: 'detached' });
    await page.keyboard.press('Control+Shift+z');
    await page.locator('.ProseMirror [data-category="statistic"]').waitFor();
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.locator('.ProseMirror [data-category="statistic"]').waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Redo' }).click();
    assert.equal(await highlightText(page, 'statistic'), 'Kalifornien');
  });

  it('deletes an annotation, and it stays deleted after a reload', async () => {
    await page.locator('.ProseMirror [data-category="statistic"]').click();
    await page.locator('cr-annotation-card').getByRole('button', { name: 'Delete annotation' }).click();
    await page.locator('.ProseMirror [data-category="statistic"]').waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.ProseMirror [data-category="actor"]').first().waitFor();
    assert.equal(await page.locator('.ProseMirror [data-category="statistic"]').count(), 0);
    assert.equal(await highlightText(page, 'actor'), 'Bürgermeister Ed Lee');
  });

  it('counts the article’s annotations in the library', async () => {
    await page.goto(server.url);
    await page.getByRole('listitem').filter({ hasText: '2 annotations' }).waitFor();
  });
});

/** The text under an article's highlight spans of one category, joined. */
async function highlightText(page: Page, category: string): Promise<string> {
  const spans = page.locator(`.ProseMirror [data-category="${category}"]`);
  await spans.first().waitFor();
  return (await spans.allTextContents()).join('');
}

/** Selects a phrase of the article text by dragging the mouse across it. */
async function dragSelect(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('.ProseMirror')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rects = range.getClientRects();
      return { left: rects[0]!.left, right: rects[rects.length - 1]!.right, middle: rects[0]!.top + rects[0]!.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, phrase);
  await page.waitForTimeout(600); // a reader's pause, so two presses are not one double click
  await page.mouse.move(box.left + 1, box.middle);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.middle, { steps: 8 });
  await page.mouse.up();
}
