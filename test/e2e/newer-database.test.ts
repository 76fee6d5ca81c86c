/**
 * Data written by a newer version of Close Reader, opened by this build (a reader who went back to
 * an older copy), end to end against the built app in Chromium: the database is made in the page
 * at the next version, with today's stores and one more, before the app opens it. The app opens it
 * read-only: the library counts its annotations, the article shows its highlights, export works; a
 * notice says all along, in German, that changes are not saved; tagging is refused with that
 * reason and nothing appears, a note typed is refused and not written back after a reload; the
 * database keeps its version and its data.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { canonicalText, type ArticleBody } from '../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../src/model/schemes/category.js';
import { annotationOn } from '../support/annotations.js';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { clickHighlight, highlightCount } from '../support/highlight-page.js';

const ARTICLE = 'kelly-keine-massenabschiebungen';
const TITLE = 'US-Heimatschutzminister Kelly: keine Massenabschiebungen';
const TEXT = canonicalText((JSON.parse(readFileSync(`documents/${ARTICLE}.json`, 'utf8')) as ArticleBody).blocks);
/** The version after this build's (src/storage/database.ts DATABASE_VERSION is 7). */
const NEWER = 8;
const ANNOTATIONS = [
  annotationOn(TEXT, 'John Kelly', { id: '00000000-0000-4000-8000-00000000000a', documentId: ARTICLE, categoryIds: ['actor'] }),
  annotationOn(TEXT, 'Rex Tillerson', { id: '00000000-0000-4000-8000-00000000000b', documentId: ARTICLE, categoryIds: ['actor'], note: 'aus der neuen Version' }),
];
const READ_ONLY =
  'Die Daten in diesem Browser wurden von einer neueren Version von Close Reader geschrieben. Sie können hier lesen und exportieren, ' +
  'aber Änderungen werden nicht gespeichert. Laden Sie die neuere Version von Close Reader, um zu bearbeiten.';

/** The records the newer version wrote, by store. */
const WRITTEN = {
  settings: [{ key: 'fontScale', value: 1.25 }],
  annotations: ANNOTATIONS,
  categories: DEFAULT_CATEGORIES.map((category) => ({ ...category, schemeId: 'default' })),
  schemes: [DEFAULT_SCHEME],
  documents: [],
  annotationSets: [{ id: `mine:${ARTICLE}`, kind: 'mine', documentId: ARTICLE, modified: '2026-01-01T00:00:00.000Z' }],
  sourceAliases: [{ source: 'https://zeitung.example/kelly', documentId: ARTICLE }],
  assignments: [],
  classes: [{ id: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', title: '9b' }],
};

/** The app's database as it is: its version and every store's records (read in the page). */
async function database(page: Page): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  return page.evaluate(
    () =>
      new Promise<{ version: number; stores: Record<string, unknown[]> }>((resolve, reject) => {
        const request = indexedDB.open('close-reader');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = [...db.objectStoreNames].sort();
          const tx = db.transaction(names, 'readonly');
          const stores: Record<string, unknown[]> = {};
          for (const name of names) {
            const all = tx.objectStore(name).getAll();
            all.onsuccess = () => (stores[name] = all.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve({ version: db.version, stores });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

describe('data of a newer version, end to end', () => {
  const app = useApp({ page: { locale: 'de-DE', viewport: { width: 1280, height: 800 }, acceptDownloads: true }, folder: 'close-reader-newer-' });

  it('is opened read-only: read, export, a notice all along, tagging refused, the data untouched', async () => {
    const { page } = app;
    // Before the app: a page of the same origin that is not the app writes what the next version would.
    await page.goto(`${app.server.url}the-next-version`);
    await page.evaluate(
      ({ version, written }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('close-reader', version);
          request.onupgradeneeded = () => {
            const db = request.result;
            db.createObjectStore('settings', { keyPath: 'key' });
            const annotations = db.createObjectStore('annotations', { keyPath: 'id' });
            annotations.createIndex('byDocument', 'documentId');
            annotations.createIndex('bySet', 'setId');
            annotations.createIndex('byRange', ['setId', 'start', 'end']);
            const sets = db.createObjectStore('annotationSets', { keyPath: 'id' });
            sets.createIndex('byDocument', 'documentId');
            sets.createIndex('byAssignment', 'assignmentId');
            db.createObjectStore('categories', { keyPath: 'id' }).createIndex('byScheme', 'schemeId');
            db.createObjectStore('schemes', { keyPath: 'id' });
            db.createObjectStore('documents', { keyPath: 'id' });
            db.createObjectStore('sourceAliases', { keyPath: 'source' }).createIndex('byDocument', 'documentId');
            db.createObjectStore('assignments', { keyPath: 'assignment.id' });
            const relations = db.createObjectStore('relations', { keyPath: 'id' });
            relations.createIndex('bySet', 'setId');
            relations.createIndex('bySource', 'sourceId');
            relations.createIndex('byTarget', 'targetId');
            db.createObjectStore('sharedProjects', { keyPath: 'setId' });
            db.createObjectStore('classes', { keyPath: 'id' });
            for (const [store, records] of Object.entries(written)) for (const record of records) request.transaction!.objectStore(store).put(record);
          };
          request.onsuccess = () => {
            request.result.close();
            resolve();
          };
          request.onerror = () => reject(request.error);
        }),
      { version: NEWER, written: WRITTEN },
    );
    const before = await database(page);
    assert.deepEqual(before.version, NEWER);

    await page.goto(app.server.url);
    const notice = page.locator('.cr-storage-problem');
    await notice.waitFor();
    assert.equal((await notice.textContent())?.replace(/\s+/g, ' ').trim(), READ_ONLY);
    const entry = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TITLE }) });
    await entry.getByText('2 Annotationen').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportieren', exact: true }).click()]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { total: number; first: { items: { target: { selector: { exact?: string }[] } }[] } };
    assert.equal(exported.total, 2);
    assert.deepEqual(
      exported.first.items.map((item) => item.target.selector.find((selector) => selector.exact)?.exact),
      ['John Kelly', 'Rex Tillerson'],
    );

    await entry.getByRole('link', { name: TITLE }).click();
    await page.locator('.ProseMirror').waitFor();
    assert.equal(await highlightText(page, 'actor'), 'John KellyRex Tillerson');
    await tagWithKey(page, 'Trump', '2');
    const failure = page.locator('cr-reader-view .cr-failure');
    await failure.filter({ hasText: 'Nicht gespeichert.' }).waitFor();
    assert.equal((await failure.textContent())?.trim(), `Nicht gespeichert. ${READ_ONLY}`);
    assert.equal(await highlightCount(page, { category: 'policy' }), 0, 'nothing shows that was not stored');
    assert.equal((await notice.textContent())?.replace(/\s+/g, ' ').trim(), READ_ONLY, 'the notice is still there');

    // A note typed here is refused too, and is not kept to be written back at a later start.
    await clickHighlight(page, { category: 'actor', hasText: 'Rex Tillerson' });
    const note = page.locator('cr-annotation-card').getByLabel('Notiz');
    assert.equal(await note.inputValue(), 'aus der neuen Version');
    await note.fill('in der alten Version getippt');
    // Closing the card saves what was typed at once: the write is asked for, and refused.
    await page.keyboard.press('Escape');
    await page.locator('cr-annotation-card').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => localStorage.getItem('close-reader-unsaved')), null, 'no journal to write it back later');
    await failure.filter({ hasText: 'Nicht gespeichert.' }).waitFor();
    assert.deepEqual(await database(page), before);
    await page.reload();
    await clickHighlight(page, { category: 'actor', hasText: 'Rex Tillerson' });
    assert.equal(await page.locator('cr-annotation-card').getByLabel('Notiz').inputValue(), 'aus der neuen Version');
    assert.deepEqual(await database(page), before);
  });
});
