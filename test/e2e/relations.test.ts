/**
 * Relations and statistics end to end (issue 17, "Done when"), against the built app in Chromium.
 * In article 002 the reader tags a quote (key 3) and its speaker (key 1), writes a note that a
 * spreadsheet would run as a formula, and links the quote to the speaker with the keyboard alone
 * (L on the quote, Enter on the speaker offered); after a reload the quote's card and its sidebar
 * item show the link (and in German too). The article's export holds the link as a W3C `linking`
 * annotation (source first) that passes the suite's MUSTs; a fresh profile imports the file and
 * has the link again. The library's statistics page lists the speaker with the quote, saves every
 * annotation as a CSV whose rows carry the link and whose note is inert (in English with commas,
 * in German with semicolons and German words), and scrolls no page sideways on a phone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { caretBefore, highlightText, tagWithKey } from '../support/article-page.js';
import { parseCsv } from '../support/csv-reader.js';
import { clickHighlight, waitForHighlight } from '../support/highlight-page.js';
import { useApp } from '../support/start-app.js';
import { annotationMusts, collectionMusts, failures, pageMusts } from '../support/w3c-musts.js';

const ARTICLE = 'ice-einsatz-minneapolis';
const QUOTE = '„Wenn sich nur eine einzige Person durch unseren Einsatz sicherer fühlt, dann ist das schon ein Sieg für uns“';
const SPEAKER = 'Mall Magdeen';
/** A note a spreadsheet would run as a command, were it not made inert. */
const NOTE = `=cmd|' /C calc'!A0`;
/** The article's title, as the library and the statistics page name it. */
const TITLE = 'ICE-Einsatz in Minneapolis: Trumps Migrationspolitik unter Druck';

/** Text on one line, trimmed. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('relations and statistics, end to end', () => {
  const app = useApp({ folder: 'close-reader-relations-' });
  let page: Page;
  let exported: string;

  async function openArticle(on: Page): Promise<void> {
    await on.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await on.locator('.ProseMirror').waitFor();
  }

  /** The quote's item in the sidebar. */
  const quoteItem = (on: Page) => on.locator('cr-annotation-sidebar .item').filter({ has: on.locator('.quote', { hasText: 'Wenn sich nur' }) });

  /** The relations the quote's card lists (opened with a click on the quote) and its sidebar item's line. */
  async function linkShown(on: Page): Promise<{ card: string[]; sidebar: string }> {
    await clickHighlight(on, { category: 'quote' });
    const card = on.locator('cr-annotation-card');
    const jump = card.locator('.relation .jump');
    await jump.first().waitFor();
    const item = quoteItem(on);
    return { card: (await jump.allInnerTexts()).map(flat), sidebar: flat(await item.locator('.relations').innerText()) };
  }

  it('links a tagged quote to its speaker with the keyboard alone, and the link is there after a reload', async () => {
    page = await app.openPage({ locale: 'en-GB', acceptDownloads: true, viewport: { width: 1280, height: 800 } });
    await openArticle(page);
    await tagWithKey(page, QUOTE, '3');
    await waitForHighlight(page, { category: 'quote' });
    await tagWithKey(page, SPEAKER, '1');
    await waitForHighlight(page, { category: 'actor' });

    await clickHighlight(page, { category: 'quote' });
    await page.locator('cr-annotation-card').getByLabel('Note').fill(NOTE);
    await page.locator('cr-annotation-card').getByRole('button', { name: 'Close' }).click();
    await page.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();

    // The keyboard alone: the caret into the quote, L offers the nearest actor (the speaker), Enter links.
    await caretBefore(page, 'Wenn sich nur');
    await page.keyboard.press('l');
    await page.getByRole('status').filter({ hasText: `Link from` }).filter({ hasText: `${SPEAKER} · Actor · 1 of 1` }).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: `Linked: said by ${SPEAKER}` }).waitFor();

    await page.reload();
    await page.locator('.ProseMirror').waitFor();
    assert.deepEqual(await linkShown(page), { card: [`said by: ${SPEAKER}`], sidebar: `— said by: ${SPEAKER}` });
  });

  it('exports the article with the link as a W3C linking annotation, source first, that passes the MUSTs', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    exported = join(app.folder, download.suggestedFilename());
    await download.saveAs(exported);
    const collection = JSON.parse(readFileSync(exported, 'utf8'));
    const items = collection.first.items as { id: string; motivation?: string; target: unknown; body: unknown }[];
    const byText = (text: string) => items.find((item) => JSON.stringify(item.target).includes(text))!;
    const quote = byText('Wenn sich nur');
    const speaker = byText(`"exact":"${SPEAKER}"`);
    const links = items.filter((item) => item.motivation === 'linking');
    assert.equal(links.length, 1);
    assert.deepEqual(links[0]!.target, [quote.id, speaker.id]);
    assert.deepEqual(
      (links[0]!.body as { purpose: string; value?: string }[]).map((body) => [body.purpose, body.value]),
      [
        ['classifying', undefined],
        ['tagging', 'said by'],
      ],
    );
    assert.deepEqual(failures(collectionMusts, collection), []);
    assert.deepEqual(failures(pageMusts, collection), []);
    for (const item of items) assert.deepEqual(failures(annotationMusts, item), [], item.id);
  });

  it('imports the file into a fresh profile: the link is back in the card and the sidebar', async () => {
    const fresh = await app.openPage({ locale: 'en-GB', viewport: { width: 1280, height: 800 } });
    await fresh.goto(app.server.url);
    const [chooser] = await Promise.all([fresh.waitForEvent('filechooser'), fresh.getByRole('button', { name: 'Import', exact: true }).click()]);
    await chooser.setFiles(exported);
    const dialog = fresh.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await openArticle(fresh);
    assert.equal(await highlightText(fresh, 'quote'), QUOTE);
    assert.equal(await highlightText(fresh, 'actor'), SPEAKER);
    assert.deepEqual(await linkShown(fresh), { card: [`said by: ${SPEAKER}`], sidebar: `— said by: ${SPEAKER}` });
    await fresh.close();
  });

  it('says the link in German', async () => {
    await page.getByLabel('Language').selectOption('de');
    await page.locator('html[lang="de"]').waitFor();
    assert.deepEqual(await linkShown(page), { card: [`gesagt von: ${SPEAKER}`], sidebar: `— gesagt von: ${SPEAKER}` });
    await page.getByLabel('Sprache').selectOption('en');
    await page.locator('html[lang="en"]').waitFor();
  });

  it('lists the speaker with the quote on the statistics page, and saves every annotation as CSV with the link and an inert note', async () => {
    await page.locator('.cr-statistics-link').click();
    await page.waitForURL(/\/statistics$/);
    const speakers = page.locator('cr-statistics-table').filter({ has: page.locator('caption', { hasText: 'Speakers with their quotes' }) });
    await speakers.locator('tbody tr').first().waitFor();
    const rows = await speakers.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell as HTMLElement).innerText.trim())));
    // The quote in the language's marks, its own „…“ kept inside them (as tagged).
    assert.deepEqual(rows, [[SPEAKER, '1', QUOTE, TITLE]]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'All annotations (CSV)' }).click()]);
    const [heading, ...cells] = parseCsv(readFileSync((await download.path())!, 'utf8'), { separator: ',' });
    assert.deepEqual(heading, ['Article', 'Set', 'Category', 'Passage', 'Start', 'End', 'Before', 'After', 'Note', 'Created', 'Changed', 'Links to other annotations']);
    assert.deepEqual(
      cells.map((row) => [row[0], row[1], row[2], row[3], row[8], row[11]]),
      [
        [TITLE, 'My reading', 'Quote', QUOTE, `'${NOTE}`, `said by → “${SPEAKER}”`],
        [TITLE, 'My reading', 'Actor', SPEAKER, '', `said by ← ${QUOTE}`],
      ],
    );
    // The note starts with an apostrophe: a spreadsheet shows it as text and never runs it.
    assert.ok(cells[0]![8]!.startsWith(`'=cmd|`));
  });

  it('saves the CSV for German spreadsheets in German: semicolons, German words, the same inert note', async () => {
    await page.getByLabel('Language').selectOption('de');
    await page.locator('html[lang="de"]').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alle Annotationen (CSV)' }).click()]);
    const [heading, ...cells] = parseCsv(readFileSync((await download.path())!, 'utf8'), { separator: ';' });
    assert.deepEqual([heading![0], heading![2], heading![3], heading![8], heading![11]], ['Artikel', 'Kategorie', 'Stelle', 'Notiz', 'Verknüpfungen']);
    assert.deepEqual(
      cells.map((row) => [row[1], row[2], row[3], row[8], row[11]]),
      [
        ['Eigene Lesart', 'Zitat', QUOTE, `'${NOTE}`, `gesagt von → „${SPEAKER}“`],
        ['Eigene Lesart', 'Akteur', SPEAKER, '', `gesagt von ← ${QUOTE}`],
      ],
    );
    await page.getByLabel('Sprache').selectOption('en');
    await page.locator('html[lang="en"]').waitFor();
  });

  it('scrolls the statistics page no way sideways on a phone (390×844)', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('heading', { name: 'Speakers and their quotes' }).waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `the page is ${scroll} px wide in ${client} px`);
  });
});
