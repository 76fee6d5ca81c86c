/**
 * Annotation sets end to end (issue 15, "Annotation sets"), against the built app in Chromium: a
 * classmate tags and exports; in another profile the reader, who has a reading of their own,
 * imports that file and keeps it apart as the classmate's reading. The reader's own highlights and
 * count stay as they were; the sidebar offers the classmate's reading, shows it read-only with the
 * author on every item; no axe violation, in English and in German.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { axeViolations } from '../support/axe.js';
import { highlightCount, waitForHighlight } from '../support/highlight-page.js';
import { useApp } from '../support/start-app.js';

const ARTICLE = 'kelly-keine-massenabschiebungen';

describe('a classmate’s reading kept apart, end to end', () => {
  const app = useApp({ folder: 'close-reader-sets-' });
  let exported: string;

  async function openArticle(page: Page): Promise<void> {
    await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await page.locator('.ProseMirror').waitFor();
  }

  it('the classmate tags John Kelly and exports', async () => {
    const page = await app.openPage({ locale: 'en-GB', acceptDownloads: true });
    await page.goto(app.server.url);
    await page.getByLabel('Your name').fill('Ada Lovelace');
    await page.getByLabel('Your name').press('Tab');
    await openArticle(page);
    await tagWithKey(page, 'John Kelly', '1');
    await waitForHighlight(page, { category: 'actor' });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    exported = join(app.folder, download.suggestedFilename());
    await download.saveAs(exported);
  });

  for (const { locale, keep, name, readings, toggle, by } of [
    { locale: 'en-GB', keep: 'Keep apart as another reader’s reading', name: 'Their name or pseudonym', readings: 'Other readings', toggle: 'Ada Lovelace (reading)', by: 'by Ada Lovelace' },
    { locale: 'de-DE', keep: 'Getrennt behalten, als Lektüre einer anderen Person', name: 'Name oder Pseudonym der Person', readings: 'Andere Lektüren', toggle: 'Ada Lovelace (Lektüre)', by: 'von Ada Lovelace' },
  ]) {
    it(`keeps the file apart as Ada's reading, leaves the reader's own as it was, and shows hers beside it read-only (${locale})`, async () => {
      const page = await app.openPage({ locale, viewport: { width: 1280, height: 900 } });
      await openArticle(page);
      await tagWithKey(page, 'elf Millionen', '4');
      await waitForHighlight(page, { category: 'statistic' });

      const importButton = page.locator('.cr-app-header').getByRole('button', { name: /^(Import|Importieren)$/ });
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), importButton.click()]);
      await chooser.setFiles(exported);
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(keep).check();
      assert.equal(await dialog.getByLabel(name).inputValue(), 'Ada Lovelace');
      assert.deepEqual(await axeViolations(page), []);
      await dialog.getByRole('button', { name: /^(Import|Importieren)$/ }).click();
      await dialog.waitFor({ state: 'hidden' });

      // The reader's own reading: still only their statistic, no actor highlight from the file.
      assert.equal(await highlightText(page, 'statistic'), 'elf Millionen');
      assert.equal(await highlightCount(page, { category: 'actor' }), 0);
      const sidebar = page.locator('cr-annotation-sidebar');
      await sidebar.getByRole('heading', { name: readings }).waitFor();
      await sidebar.getByRole('button', { name: toggle }).click();
      const item = sidebar.locator('cr-other-sets .item');
      await item.first().waitFor();
      assert.deepEqual(await item.allInnerTexts().then((texts) => texts.map((text) => text.replace(/\s+/g, ' ').trim())), [
        `${locale === 'de-DE' ? 'Akteur' : 'Actor'} John Kelly ${by}`,
      ]);
      assert.equal(await item.locator('button, input, textarea').count(), 0);
      assert.equal(await highlightCount(page, { category: 'actor' }), 0);
      assert.deepEqual(await axeViolations(page), []);
    });
  }
});
