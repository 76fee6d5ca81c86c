/**
 * Two tabs on one article stay in step, and a browser that refuses IndexedDB still lets a reader
 * read and tag, and says plainly that nothing is kept. An old tab that holds the database at an
 * older version keeps a new one waiting: it asks, in German, to close the other tabs, and opens
 * once that tab lets go. Built app, Chromium.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { DATABASE_VERSION } from '../../src/storage/database.js';
import { waitForHighlight } from '../support/highlight-page.js';

const ARTICLE = 'kelly-keine-massenabschiebungen';
const CLOSE_THE_OTHER_TABS = 'Close Reader wurde aktualisiert. Schließen Sie seine anderen Tabs: Dieser öffnet sich, sobald sie geschlossen sind.';

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
      await waitForHighlight(first, { category: 'actor' });
      await waitForHighlight(second, { category: 'actor', hasText: 'John Kelly' });
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
      await waitForHighlight(page, { category: 'actor', hasText: 'Rex Tillerson' });
    } finally {
      await context.close();
    }
  });

  it('waits for an old tab that holds the database, asks to close the other tabs, and opens once it is closed', async () => {
    const context = await app.browser.newContext({ locale: 'de-DE' });
    try {
      // A tab of version 2 (before tabs stepped aside): its connection ignores versionchange. It
      // is a page of the same origin that is not the app, so nothing else holds the database.
      const oldTab = await context.newPage();
      await oldTab.goto(`${app.server.url}an-old-tab`);
      await oldTab.evaluate(
        (categories) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('close-reader', 2);
            request.onupgradeneeded = () => {
              const db = request.result;
              db.createObjectStore('settings', { keyPath: 'key' });
              db.createObjectStore('annotations', { keyPath: 'id' }).createIndex('byDocument', 'documentId');
              const store = db.createObjectStore('categories', { keyPath: 'id' });
              for (const category of categories) store.put(category);
            };
            request.onsuccess = () => {
              (window as unknown as { oldConnection: IDBDatabase }).oldConnection = request.result;
              resolve();
            };
            request.onerror = () => reject(request.error);
          }),
        DEFAULT_CATEGORIES,
      );

      const page = await context.newPage();
      await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
      const notice = page.locator('#cr-storage-notice');
      await notice.waitFor();
      assert.deepEqual([await notice.getAttribute('role'), await notice.textContent()], ['alert', CLOSE_THE_OTHER_TABS]);
      assert.equal(await page.locator('cr-app').count(), 0, 'the app waits: nothing is shown that could not be stored');

      await oldTab.evaluate(() => (window as unknown as { oldConnection: IDBDatabase }).oldConnection.close());
      await page.locator('.ProseMirror').waitFor();
      assert.equal(await notice.count(), 0, 'the notice has gone: it did its work');
      await tagWithKey(page, 'John Kelly', '1');
      assert.equal(await highlightText(page, 'actor'), 'John Kelly');
      const version = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('close-reader');
            request.onsuccess = () => {
              resolve(request.result.version);
              request.result.close();
            };
            request.onerror = () => reject(request.error);
          }),
      );
      assert.equal(version, DATABASE_VERSION);
    } finally {
      await context.close();
    }
  });
});
