/**
 * Export and import end to end, against the built app in Chromium: tag three passages and write a
 * note, export the article, open a fresh profile, import the file, and find the same highlights
 * and note; importing it again changes nothing; the library exports everything in one file.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { clickHighlight, highlightCount, waitForHighlight } from '../support/highlight-page.js';

const ARTICLE = 'kelly-keine-massenabschiebungen';
const TAGS: [phrase: string, key: string, category: string][] = [
  ['John Kelly', '1', 'actor'],
  ['"Es wird keine, ich wiederhole keine Massenabschiebungen geben"', '3', 'quote'],
  ['elf Millionen', '4', 'statistic'],
];
const NOTE = 'Kelly widerspricht Trump – „keine Massenabschiebungen“';

describe('export and import, end to end', () => {
  const app = useApp({ folder: 'close-reader-e2e-' });
  let exported: string;

  async function openArticle(page: Page): Promise<void> {
    await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await page.locator('.ProseMirror').waitFor();
  }

  it('exports an article’s annotations as a W3C AnnotationCollection', async () => {
    const page = await app.openPage({ locale: 'en-GB', acceptDownloads: true });
    await page.goto(app.server.url);
    await page.getByLabel('Your name').fill('Mara Schüler');
    await page.getByLabel('Your name').press('Tab');
    await openArticle(page);
    for (const [phrase, key] of TAGS) {
      await tagWithKey(page, phrase, key);
      await waitForHighlight(page, { hasText: phrase.slice(1, 10) });
    }
    await clickHighlight(page, { category: 'actor' });
    await page.locator('cr-annotation-card').getByLabel('Note').fill(NOTE);
    await page.locator('cr-annotation-card').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    assert.match(download.suggestedFilename(), new RegExp(`^${ARTICLE}-annotations-\\d{4}-\\d{2}-\\d{2}\\.jsonld$`));
    exported = join(app.folder, download.suggestedFilename());
    await download.saveAs(exported);
    const collection = JSON.parse(readFileSync(exported, 'utf8'));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(collection.type, 'AnnotationCollection');
    assert.equal(collection.total, 3);
    const items = collection.first.items as { creator?: { name: string }; target: { source: string } }[];
    assert.equal(items.length, 3);
    assert.ok(items.every((item) => item.creator?.name === 'Mara Schüler'));
    assert.ok(items.every((item) => item.target.source === `tag:close-reader.app,2026:documents/${ARTICLE}`));
  });

  it('imports the file in a fresh profile: the same highlights and note', async () => {
    const page = await app.openPage({ locale: 'en-GB' });
    await page.goto(app.server.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles(exported);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('3 annotations for 1 article:').waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('listitem').filter({ hasText: 'Kelly' }).getByText('3 annotations').waitFor();
    await openArticle(page);
    for (const [phrase, , category] of TAGS) assert.equal(await highlightText(page, category), phrase);
    await clickHighlight(page, { category: 'actor' });
    assert.equal(await page.locator('cr-annotation-card').getByLabel('Note').inputValue(), NOTE);
  });

  it('changes nothing when the same file is imported again', async () => {
    const page = await app.openPage({ locale: 'en-GB' });
    await page.goto(app.server.url);
    for (const round of [1, 2]) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
      await chooser.setFiles(exported);
      const dialog = page.getByRole('dialog');
      if (round === 1) {
        await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      } else {
        await dialog.getByText('Nothing to import: all 3 annotations are already here.').waitFor();
        await dialog.getByRole('button', { name: 'Close' }).click();
      }
      await dialog.waitFor({ state: 'hidden' });
    }
    await openArticle(page);
    assert.equal(await highlightCount(page, { category: 'actor' }), 1);
  });

  it('exports the whole library from the library page', async () => {
    const page = await app.openPage({ locale: 'en-GB', acceptDownloads: true });
    await page.goto(app.server.url);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles(exported);
    await page.getByRole('dialog').getByRole('button', { name: 'Import', exact: true }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    assert.match(download.suggestedFilename(), /^library-annotations-\d{4}-\d{2}-\d{2}\.jsonld$/);
    const path = join(app.folder, download.suggestedFilename());
    await download.saveAs(path);
    assert.equal(JSON.parse(readFileSync(path, 'utf8')).total, 3);
  });
});
