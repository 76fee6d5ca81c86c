/**
 * Help and keyboard reach, and where a passage sits, end to end against the built app: the skip
 * link takes a keyboard user from the top of a fresh reader page into the text (at every viewport
 * people use), `?` and the header's "?" button open the list of keys (the scheme's category keys
 * first), Escape closes it and focus goes back; tagging across two paragraphs says so in the live
 * region and on the card; a passage in a photo caption says so on its card, in the sidebar and in
 * the W3C export.
 */
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { highlightText, selectPhrase } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { clickHighlight, highlightCount } from '../support/highlight-page.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';

/** What has keyboard focus, looking into shadow roots: the text, or an element's tag and text. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'nothing';
    if (active.classList.contains('ProseMirror')) return 'the text';
    return `${active.tagName.toLowerCase()} "${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim()}"`;
  });
}

/** The help table's rows as [keys, what they do], whitespace collapsed. */
async function helpRows(page: Page): Promise<string[][]> {
  return page.locator('cr-help-panel').evaluate((panel) =>
    [...panel.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
}

/** The reader's live region, once it says something that contains `part`. */
async function announcement(page: Page, part: string): Promise<string> {
  const region = page.locator('cr-reader-view [role="status"][aria-live="polite"]');
  await region.filter({ hasText: part }).waitFor();
  return ((await region.textContent()) ?? '').trim();
}

describe('help and keyboard reach, end to end', () => {
  const app = useApp();

  const viewports = [
    { width: 1280, height: 800 },
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
    { width: 390, height: 844 },
  ];
  for (const viewport of viewports) {
    it(`${viewport.width}×${viewport.height}: from a fresh load, 1 Tab reaches "Skip to the text", Enter puts the caret in the text, and the keyboard alone tags`, async () => {
      const page = await app.openPage({ viewport, locale: 'en-GB' });
      try {
        await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
        await page.locator('.ProseMirror').waitFor();
        assert.equal(await focused(page), 'nothing');
        await page.keyboard.press('Tab');
        assert.equal(await focused(page), 'a "Skip to the text"', 'the first Tab');
        const box = await page.getByRole('link', { name: 'Skip to the text' }).boundingBox();
        assert.ok(box && box.y >= 0 && box.x >= 0 && box.x + box.width <= viewport.width, `the focused skip link is on screen: ${JSON.stringify(box)}`);
        await page.keyboard.press('Enter');
        assert.equal(await focused(page), 'the text');
        assert.equal(page.url(), `${app.server.url}#/doc/${ARTICLE}`, 'the route is unchanged');
        await page.keyboard.press('Shift+Control+ArrowRight');
        await page.keyboard.press('1');
        assert.equal(await highlightText(page, 'actor'), 'Die');
        assert.equal(await announcement(page, 'tagged'), 'Actor tagged: “Die”');
      } finally {
        await page.context().close();
      }
    });
  }

  describe('the help panel (German, 1280×800)', () => {
    let page: Page;

    before(async () => {
      page = await app.openPage({ viewport: { width: 1280, height: 800 }, locale: 'de-DE' });
      await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
      await page.locator('.ProseMirror').waitFor();
    });

    it('? in the text opens the keys, the scheme’s category keys first; Escape closes it and focus goes back to the text', async () => {
      await selectPhrase(page, 'Kalifornien');
      // ProseMirror reads a selection made in script on the next selectionchange task; a reader's
      // hand is never that quick, so let it land before the key (else focus coming back restores
      // the caret ProseMirror knew of).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
      await page.keyboard.press('?');
      const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' });
      await dialog.waitFor();
      const rows = await helpRows(page);
      assert.deepEqual(rows.slice(0, 4), [
        ['1', 'Auswahl als Akteur markieren'],
        ['2', 'Auswahl als Maßnahme/Politik markieren'],
        ['3', 'Auswahl als Zitat markieren'],
        ['4', 'Auswahl als Statistik markieren'],
      ]);
      assert.deepEqual(rows.slice(4), [
        ['Umschalt+← → oder Strg+Umschalt+← →', 'Text von der Einfügemarke aus markieren, Zeichen für Zeichen oder Wort für Wort'],
        ['J oder Alt+↓', 'Zur nächsten Annotation'],
        ['K oder Alt+↑', 'Zur vorigen Annotation'],
        ['Eingabe', 'Die Karte der Hervorhebung an der Einfügemarke öffnen'],
        ['L', 'Die Annotation an der Einfügemarke oder in der offenen Karte mit einer anderen verknüpfen: J/K oder ↓/↑ wählen, Eingabe verknüpft, Esc bricht ab'],
        ['Esc', 'Die Karte schließen, oder diese Hilfe'],
        ['Strg+Z', 'Rückgängig'],
        ['Strg+Umschalt+Z oder Strg+Y', 'Wiederholen'],
        ['?', 'Diese Hilfe zeigen'],
      ]);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await focused(page), 'the text');
      assert.equal(await page.evaluate(() => document.getSelection()?.toString()), 'Kalifornien', 'the selection is as it was');
      assert.equal(await highlightCount(page, {}), 0, '? tagged nothing');
    });

    it('? typed in the find field is a question mark, not help', async () => {
      const find = page.getByRole('searchbox').first();
      await find.click();
      await page.keyboard.type('Wer?');
      assert.equal(await find.inputValue(), 'Wer?');
      assert.equal(await page.getByRole('dialog', { name: 'Tastenkürzel' }).isVisible(), false);
      await find.fill('');
    });

    it('the header’s ? button opens it too; Close gives focus back to the button', async () => {
      const button = page.getByRole('button', { name: 'Hilfe: Tastenkürzel' });
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Tastenkürzel' });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.equal(await focused(page), 'button "Hilfe: Tastenkürzel"');
    });
  });

  describe('where a passage sits (English, 1280×800)', () => {
    let page: Page;

    before(async () => {
      page = await app.openPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
      await page.goto(`${app.server.url}#/doc/${ARTICLE}`);
      await page.locator('.ProseMirror').waitFor();
    });

    it('tagging across two paragraphs announces "spans 2 paragraphs", and the card says it', async () => {
      // The end of the first paragraph and the start of the second (the DOM has no separator text).
      await selectPhrase(page, 'eine Sanctuary City."Sanctuary Cities, das sind');
      await page.keyboard.press('3');
      assert.equal(await announcement(page, 'spans'), 'Quote tagged: “eine Sanctuary City." Sanctuary Cities, …” — spans 2 paragraphs');
      await clickHighlight(page, { category: 'quote' });
      const card = page.locator('cr-annotation-card');
      assert.equal(await card.locator('.place').textContent(), 'spans 2 paragraphs');
      await card.getByRole('button', { name: 'Close' }).click();
      await card.waitFor({ state: 'detached' });
    });

    it('a passage in a photo caption: its card, its sidebar item and the export say it is in a caption', async () => {
      await selectPhrase(page, 'San Franciscos Bürgermeister Lee');
      await page.keyboard.press('1');
      assert.equal(await announcement(page, 'Actor tagged'), 'Actor tagged: “San Franciscos Bürgermeister Lee”');
      await clickHighlight(page, { category: 'actor' });
      const card = page.locator('cr-annotation-card');
      assert.equal(await card.locator('.place').textContent(), 'in a caption');
      const item = page.locator('cr-annotation-sidebar .item').filter({ hasText: 'San Franciscos' });
      assert.equal(await item.locator('.place').textContent(), 'in a caption');
      const across = page.locator('cr-annotation-sidebar .item').filter({ hasText: 'eine Sanctuary City' });
      assert.equal(await across.locator('.place').count(), 0, 'a passage in the running text names no block');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
      const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
        first: { items: { target: { selector: { exact?: string }[]; scope?: unknown } }[] };
      };
      const scopes = exported.first.items.map((item) => [item.target.selector[0]!.exact, item.target.scope ?? null]);
      assert.deepEqual(scopes.sort(), [
        ['San Franciscos Bürgermeister Lee', 'tag:close-reader.app,2026:blocks/caption'],
        ['eine Sanctuary City."\n\nSanctuary Cities, das sind', null],
      ]);
    });
  });
});
