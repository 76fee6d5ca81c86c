/**
 * Two tabs on one article stay in step, and a browser that refuses IndexedDB still lets a reader
 * read and tag, and says plainly that nothing is kept. Built app, Chromium.
 */
import { describe, it } from 'node:test';
import { tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';

const ARTICLE = 'kelly-keine-massenabschiebungen';

describe('tabs and storage, end to end', () => {
  const app = useApp();

  it('shows a tag made in one tab in the other tab on the same article', async () => {
    const context = await app.browser.newContext({ locale: 'en-GB' });
    try {
      const first = await context.newPage();
      const second = await context.newPage();
      for (const page of [first, second]) {
        await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
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
    const context = await app.browser.newContext({ locale: 'en-GB' });
    try {
      await context.addInitScript(() => {
        Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
      });
      const page = await context.newPage();
      await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
      await page.getByRole('status').filter({ hasText: 'nothing is kept after this visit' }).waitFor();
      await page.locator('.ProseMirror').waitFor();
      await tagWithKey(page, 'Rex Tillerson', '1');
      await page.locator('.ProseMirror [data-category="actor"]', { hasText: 'Rex Tillerson' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
