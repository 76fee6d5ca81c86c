/**
 * Two tabs of the built app on one database (issue 12, "Two tabs"): what one tab adds, the other
 * never silently replaces or undoes. Both tag the same passage at the same moment, each with its
 * own category: both categories are kept, in both tabs. One tab undoes its note after the other
 * added a category: the category stays. One tab's scheme editor renames a category, the other's
 * saves another change: the rename stays. Chromium, real IndexedDB; the two pages share one browser
 * context, so one database, and talk over the app's BroadcastChannel.
 *
 * To make "at the same moment" happen every time rather than by luck, the first test delays every
 * message a tab sends to the other (as a busy or background tab hears late): the second tab tags
 * while it has not yet heard of the first tab's tag.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';
import { clickHighlight, highlightRuns, waitForHighlight } from '../support/highlight-page.js';


const ARTICLE = 'kelly-keine-massenabschiebungen';

/** How long each tab's messages to the other take in the first test. */
const MESSAGE_DELAY_MS = 1500;

/** Runs in each page before the app: every BroadcastChannel message leaves `delay` ms late. No named functions inside (see article-page.ts). */
function delayBroadcasts(delay: number): void {
  const send = BroadcastChannel.prototype.postMessage;
  BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
    setTimeout(() => {
      try {
        send.call(this, message);
      } catch {
        // The channel was closed meanwhile (the page went): nobody to tell.
      }
    }, delay);
  };
}

/** Two pages of one browser context (one database), both on `hash`, at `viewport`. */
async function twoTabs(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  delayed = false,
): Promise<{ context: BrowserContext; first: Page; second: Page }> {
  const context = await browser.newContext({ locale: 'en-GB', viewport });
  if (delayed) await context.addInitScript(delayBroadcasts, MESSAGE_DELAY_MS);
  const first = await context.newPage();
  const second = await context.newPage();
  for (const page of [first, second]) {
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(url);
  }
  return { context, first, second };
}

/** The categories of the highlight over `phrase`, sorted: those of the painted runs holding it (highlight-page.ts). */
async function categoriesOf(page: Page, phrase: string): Promise<string[]> {
  // A run carries all the categories of its stretch of text.
  const found = (await highlightRuns(page, { hasText: phrase })).flatMap((run) => run.categories);
  return [...new Set(found)].sort();
}

/** Waits until the highlight over `phrase` carries exactly `expected` (sorted), and fails naming what it carries instead. */
async function waitForCategories(page: Page, phrase: string, expected: readonly string[], timeout = 6000): Promise<void> {
  const until = Date.now() + timeout;
  let seen: string[] = [];
  while (Date.now() < until) {
    seen = await categoriesOf(page, phrase);
    if (JSON.stringify(seen) === JSON.stringify(expected)) return;
    await page.waitForTimeout(100);
  }
  assert.deepEqual(seen, expected, `the categories of “${phrase}”`);
}

describe('two tabs on one database, end to end', () => {
  const app = useApp();

  // The merge does not depend on the screen: the largest and the smallest one people use.
  for (const viewport of [VIEWPORTS[0], VIEWPORTS[3]]) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`keeps both categories when both tabs tag the same passage at the same moment (${size})`, async () => {
      const { context, first, second } = await twoTabs(app.browser, `${app.server.url}#/doc/${ARTICLE}`, viewport, true);
      try {
        for (const page of [first, second]) await page.locator('.ProseMirror').waitFor();
        await tagWithKey(first, 'John Kelly', '1');
        await waitForCategories(second, 'John Kelly', ['actor']);
        // Now both at once: the second tab has not heard of the first tab's Quote when it tags Policy.
        await tagWithKey(first, 'John Kelly', '3');
        await tagWithKey(second, 'John Kelly', '2');
        await waitForCategories(first, 'John Kelly', ['actor', 'policy', 'quote']);
        await waitForCategories(second, 'John Kelly', ['actor', 'policy', 'quote']);
        await second.reload();
        await waitForHighlight(second, {});
        await waitForCategories(second, 'John Kelly', ['actor', 'policy', 'quote']);
      } finally {
        await context.close();
      }
    });
  }

  it("undoes one tab's note and keeps the category the other tab added meanwhile", async () => {
    const { context, first, second } = await twoTabs(app.browser, `${app.server.url}#/doc/${ARTICLE}`, VIEWPORTS[0]);
    try {
      for (const page of [first, second]) await page.locator('.ProseMirror').waitFor();
      await tagWithKey(first, 'Rex Tillerson', '1');
      await waitForCategories(second, 'Rex Tillerson', ['actor']);

      await clickHighlight(first, { category: 'actor', hasText: 'Rex Tillerson' });
      const note = first.locator('cr-annotation-card').getByLabel('Note');
      await note.fill('Außenminister, spricht für die Regierung');
      await first.keyboard.press('Escape');
      await first.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();

      await tagWithKey(second, 'Rex Tillerson', '2');
      await waitForCategories(first, 'Rex Tillerson', ['actor', 'policy']);

      await first.locator('.ProseMirror').focus();
      await first.keyboard.press('Control+z');
      await first.getByRole('status').filter({ hasText: 'Undone: change to' }).waitFor();

      for (const page of [first, second]) {
        await page.reload();
        await waitForHighlight(page, {});
        await waitForCategories(page, 'Rex Tillerson', ['actor', 'policy']);
        await clickHighlight(page, { category: 'policy', hasText: 'Rex Tillerson' });
        const cards = page.locator('cr-annotation-card');
        assert.equal(await cards.getByLabel('Note').inputValue(), '', 'the undo took back the note');
        assert.equal(await cards.getByRole('checkbox', { name: 'Policy', checked: true }).count(), 1, 'and left the other tab’s Policy');
      }
    } finally {
      await context.close();
    }
  });

  it("keeps a category renamed in one tab's scheme editor when the other tab's editor saves a change", async () => {
    const { context, first, second } = await twoTabs(app.browser, `${app.server.url}#/schemes`, VIEWPORTS[0]);
    const editor = (page: Page) => page.locator('cr-scheme-editor-view');
    const group = (page: Page, name: string) => editor(page).getByRole('group', { name, exact: true });
    try {
      for (const page of [first, second]) await group(page, 'Quote').waitFor();

      await group(first, 'Actor').getByLabel('English').fill('Speaker');
      await first.keyboard.press('Tab');
      await group(first, 'Speaker').waitFor();
      await group(second, 'Quote').getByLabel('English').fill('Citation');
      await second.keyboard.press('Tab');
      await group(second, 'Citation').waitFor();

      for (const page of [first, second]) {
        await page.reload();
        await group(page, 'Citation').waitFor();
        assert.equal(await group(page, 'Speaker').count(), 1, 'the rename made in the first tab is kept');
        assert.equal(await group(page, 'Actor').count(), 0);
      }

      // The other tab is told, and its editor shows a new name without a reload.
      await group(first, 'Statistic').getByLabel('English').fill('Figure');
      await first.keyboard.press('Tab');
      await group(first, 'Figure').waitFor();
      await group(second, 'Figure').waitFor({ timeout: 5000 });
    } finally {
      await context.close();
    }
  });
});
