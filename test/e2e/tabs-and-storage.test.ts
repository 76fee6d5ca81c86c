/**
 * Two tabs on one article stay in step, and a browser that refuses IndexedDB still lets a reader
 * read and tag, and says plainly that nothing is kept. Built app, Chromium.
 */
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { serveBuiltApp, type StaticServer } from '../support/static-server.js';

const ARTICLE = 'kelly-keine-massenabschiebungen';

/** Selects a phrase of the article text and tags it with a category key. */
async function tagWithKey(page: Page, phrase: string, key: string): Promise<void> {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector('.ProseMirror')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      (document.querySelector('.ProseMirror') as HTMLElement).focus();
      document.getSelection()!.setBaseAndExtent(node, at, node, at + wanted.length);
      return;
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, phrase);
  await page.keyboard.press(key);
}

describe('tabs and storage, end to end', () => {
  let server: StaticServer;
  let browser: Browser;

  before(async () => {
    server = await serveBuiltApp();
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a tag made in one tab in the other tab on the same article', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    try {
      const first = await context.newPage();
      const second = await context.newPage();
      for (const page of [first, second]) {
        await page.goto(`${server.url}#/doc/${ARTICLE}`);
        await page.locator('.ProseMirror').waitFor();
      }
      await tagWithKey(first, 'John Kelly', '1');
      await first.locator('.ProseMirror [data-category="actor"]').waitFor();
      await second.locator('.ProseMirror [data-category="actor"]', { hasText: 'John Kelly' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('lets a reader tag without IndexedDB and says that nothing is kept', async () => {
    const context = await browser.newContext({ locale: 'en-GB' });
    try {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      });
      const page = await context.newPage();
      await page.goto(`${server.url}#/doc/${ARTICLE}`);
      await page.getByRole('status').filter({ hasText: 'nothing is kept after this visit' }).waitFor();
      await page.locator('.ProseMirror').waitFor();
      await tagWithKey(page, 'Rex Tillerson', '1');
      await page.locator('.ProseMirror [data-category="actor"]', { hasText: 'Rex Tillerson' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
