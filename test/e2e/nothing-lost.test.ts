/**
 * Nothing typed is lost, end to end against the built app in Chromium with real IndexedDB: a note
 * and the reader's name typed and then, without leaving the field and without waiting, the page
 * reloaded or the tab closed: they are there. At each viewport size people use. And the library
 * says how much this browser stores and reminds a reader who has never exported, until they do.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';
import { clickHighlight, waitForHighlight } from '../support/highlight-page.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';
const NOTE = 'Lee spricht für die Stadt – nicht für den Staat.';

/** Opens the article and waits for its text. */
async function openArticle(page: Page, url: string): Promise<void> {
  await page.goto(`${url}#/doc/${ARTICLE}`);
  await page.locator('.ProseMirror').waitFor();
}

/** Opens the card of the actor highlight and gives back its note field. */
async function openNote(page: Page) {
  await clickHighlight(page, { category: 'actor' });
  const note = page.locator('cr-annotation-card').getByLabel('Note');
  await note.waitFor();
  return note;
}

describe('nothing typed is lost, end to end', () => {
  const app = useApp();

  // The laptop's card beside the text and the phone's card over it: the two ways a note is typed
  // (the screens flow checks every size's layout; typing and saving do not depend on it).
  for (const viewport of [VIEWPORTS[0]!, VIEWPORTS.at(-1)!]) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`keeps a note typed just before a reload, and one typed just before the tab closed (${size})`, async () => {
      const context = await app.browser.newContext({ locale: 'en-GB', viewport });
      try {
        const page = await context.newPage();
        await openArticle(page, app.server.url);
        await tagWithKey(page, 'Bürgermeister Ed Lee', '1');
        assert.equal(await highlightText(page, 'actor'), 'Bürgermeister Ed Lee');
        // The first annotation: the browser is asked to keep the data, and the reader is told.
        await page.getByRole('status').filter({ hasText: 'Close Reader asked your browser to keep your annotations even when space runs low.' }).waitFor();

        const note = await openNote(page);
        await note.click();
        await page.keyboard.type(NOTE);
        await page.reload(); // no blur, no pause: only the page's own events
        await waitForHighlight(page, { category: 'actor' });
        assert.equal(await (await openNote(page)).inputValue(), NOTE);

        // Typed on, then the tab closed: another tab of the same browser finds the note.
        const field = await openNote(page);
        await field.click();
        await page.keyboard.press('End');
        await page.keyboard.type(' Siehe Absatz 3.');
        await page.close();
        const other = await context.newPage();
        await openArticle(other, app.server.url);
        assert.equal(await (await openNote(other)).inputValue(), `${NOTE} Siehe Absatz 3.`);
      } finally {
        await context.close();
      }
    });

    it(`keeps the reader's name typed just before a reload (${size})`, async () => {
      const context = await app.browser.newContext({ locale: 'en-GB', viewport });
      try {
        const page = await context.newPage();
        await page.goto(app.server.url);
        const name = page.getByLabel('Your name');
        await name.click();
        await page.keyboard.type('Mara Schüler ');
        await page.reload();
        assert.equal(await page.getByLabel('Your name').inputValue(), 'Mara Schüler');
      } finally {
        await context.close();
      }
    });
  }

  it('shows in the library how much is stored, and reminds to export until the reader exports', async () => {
    const page = await app.openPage({ locale: 'en-GB', viewport: VIEWPORTS[0], acceptDownloads: true });
    await page.goto(app.server.url);
    const note = page.locator('cr-storage-note');
    const reminder = note.locator('.reminder');
    // No annotations yet: the storage line, and no reminder.
    await note.locator('.storage').waitFor();
    assert.equal(await reminder.count(), 0);

    await openArticle(page, app.server.url);
    await tagWithKey(page, 'Bürgermeister Ed Lee', '1');
    await waitForHighlight(page, { category: 'actor' });
    await page.goto(app.server.url);
    await reminder.waitFor();
    assert.equal(
      await reminder.textContent(),
      'Your annotations live only in this browser and have never been exported. Export keeps a copy.',
    );
    const storage = (await note.locator('.storage').textContent()) ?? '';
    assert.match(storage, /^Stored in this browser: \d+ kB\. /);
    const kept = storage.includes('Your browser keeps it even when space runs low.');
    const notYet = storage.includes('Close Reader asked your browser to keep your annotations even when space runs low; until it agrees, it may clear them then.');
    assert.ok(kept !== notYet, `says whether the browser keeps the data: ${storage}`);

    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    await reminder.waitFor({ state: 'detached' });
    await page.reload();
    await note.locator('.storage').waitFor();
    assert.equal(await reminder.count(), 0, 'the export is remembered across visits');
  });
});
