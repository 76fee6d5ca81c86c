/**
 * The files people really have, end to end against the built app: a teacher imports a Hypothesis
 * search response of 40 annotations over 5 web pages, one of which is the newspaper's version of a
 * bundled article. The dialog asks which article each page is, offers that article first with the
 * share of quotes found, imports that page's annotations onto the right passages, and skips the
 * rest with a count; the same file again maps itself and adds nothing. On the desktop and on a phone.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { highlightText } from '../support/article-page.js';
import { axeViolations } from '../support/axe.js';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';
import { shorten } from '../../src/model/text/shorten.js';
import { hypothesisSearch, KELLY_ARTICLE, KELLY_PAGE, KELLY_PASSAGES, OTHER_PAGES, shippedText } from '../support/hypothesis-search.js';

const SIZES = [VIEWPORTS[0], VIEWPORTS[3]] as const;

for (const viewport of SIZES) {
  describe(`a Hypothesis collection of 40 annotations on 5 pages, at ${viewport.width}×${viewport.height}`, () => {
    const app = useApp({ folder: 'close-reader-real-imports-' });
    let file: string;
    let page: Page;

    /** Chooses the file with the header's Import and waits for the dialog's summary. */
    async function importFile(): Promise<Locator> {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Importieren', exact: true }).click()]);
      await chooser.setFiles(file);
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'hypothesis-klasse.json importieren?' }).waitFor();
      return dialog;
    }

    /** The annotations stored in the browser, read from IndexedDB as the app keeps them. */
    async function stored(): Promise<{ documentId: string; exact: string; start: number; categoryIds: string[]; via?: string; creatorId?: string }[]> {
      return page.evaluate(
        () =>
          new Promise((resolve, reject) => {
            const open = indexedDB.open('close-reader');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const request = open.result.transaction('annotations').objectStore('annotations').getAll();
              request.onsuccess = () => {
                open.result.close();
                resolve(request.result);
              };
              request.onerror = () => reject(request.error);
            };
          }),
      );
    }

    it('asks which article each unknown page is, offering the article that holds its quotes first, and writes nothing yet', async () => {
      file = join(app.folder, 'hypothesis-klasse.json');
      writeFileSync(file, JSON.stringify(hypothesisSearch(), null, 2));
      page = await app.openPage({ locale: 'de-DE', viewport });
      await page.goto(app.server.url);
      await page.getByRole('link', { name: /Kelly/ }).first().waitFor();
      const dialog = await importFile();
      await dialog.getByRole('heading', { name: 'Welcher Artikel?' }).waitFor();
      await dialog.getByText('Die Datei enthält Annotationen auf 5 Seiten, die nicht in Ihrer Bibliothek sind.', { exact: false }).waitFor();
      await dialog.getByText('Ihre Zitate stehen in „US-Heimatschutzminister Kelly: keine Massenabschiebungen“ (8 von 8).').waitFor();
      assert.equal(await dialog.locator('.source-hint').count(), 1);
      const kelly = dialog.locator(`select[data-source="${KELLY_PAGE}"]`);
      const options = await kelly.locator('option').allTextContents();
      assert.equal(options[0]!.trim(), 'Artikel wählen …');
      assert.equal(options[1]!.trim(), 'Diese Annotationen überspringen');
      assert.equal(options[2]!.trim(), 'US-Heimatschutzminister Kelly: keine Massenabschiebungen — 8 von 8 Zitaten gefunden');
      assert.deepEqual(await dialog.locator('.skipped li').allTextContents(), [
        `39 Annotationen auf 5 Seiten, die nicht in Ihrer Bibliothek sind. (zum Beispiel Annotation 1 auf ${shorten(KELLY_PAGE, 60)})`,
        '1 Antwort: Sie antwortet auf eine Annotation und markiert keine Textstelle. (zum Beispiel Annotation 9, „KeLLyReplyaaaaaaaaaa“)',
      ]);
      assert.deepEqual(await stored(), []);
      // The dialog reads well here: no violation, nothing wider than the screen.
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]), [viewport.width, viewport.width]);
      const card = await page.locator('cr-import-dialog dialog').evaluate((element) => [element.scrollWidth, element.clientWidth]);
      assert.equal(card[0], card[1], 'the dialog does not scroll sideways');
    });

    it('imports the assigned page onto the right passages and skips the other 31 with a count', async () => {
      const dialog = page.getByRole('dialog');
      await dialog.locator(`select[data-source="${KELLY_PAGE}"]`).selectOption(KELLY_ARTICLE);
      await dialog.getByText('8 Annotationen für 1 Artikel:').waitFor();
      assert.deepEqual(await dialog.locator('.skipped li').allTextContents(), [
        `31 Annotationen auf 4 Seiten, die nicht in Ihrer Bibliothek sind. (zum Beispiel Annotation 10 auf ${shorten(OTHER_PAGES[0]![0], 60)})`,
        '1 Antwort: Sie antwortet auf eine Annotation und markiert keine Textstelle. (zum Beispiel Annotation 9, „KeLLyReplyaaaaaaaaaa“)',
      ]);
      assert.equal(await dialog.locator('dd.unplaced').textContent(), '0');
      assert.deepEqual(await stored(), []);
      await dialog.getByRole('button', { name: 'Importieren', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });

      const annotations = (await stored()).sort((a, b) => a.start - b.start);
      assert.equal(annotations.length, 8);
      assert.ok(annotations.every((annotation) => annotation.documentId === KELLY_ARTICLE));
      // Each on the passage it quotes, at the offset our text has it (the page's offsets were 4,711 further on).
      const text = shippedText(KELLY_ARTICLE);
      const expected = KELLY_PASSAGES.map(({ exact }) => [text.indexOf(exact), exact] as const).sort((a, b) => a[0] - b[0]);
      assert.deepEqual(annotations.map((annotation) => [annotation.start, annotation.exact]), expected);
      assert.ok(annotations.every((annotation) => annotation.via?.startsWith('https://hypothes.is/a/KeLLy')));
      assert.ok(annotations.every((annotation) => annotation.creatorId?.startsWith('acct:schueler')));
      await page.goto(`${app.server.url}#/doc/${KELLY_ARTICLE}`);
      await page.locator('.ProseMirror').waitFor();
      assert.equal(await highlightText(page, 'statistic'), 'elf Millionen');
      assert.equal(await highlightText(page, 'policy'), 'eine durchgehende Mauer an der Grenze zu Mexiko');
      assert.equal(
        await highlightText(page, 'quote'),
        '"Es wird keine, ich wiederhole keine Massenabschiebungen geben""eine Militäroperation"',
      );
      assert.equal(await highlightText(page, 'actor'), 'US-Heimatschutzminister John KellyTillersonUS-Präsident Donald Trump');
      assert.equal(await highlightText(page, 'untagged'), 'Luis Videgaray');
    });

    it('maps the same file to the article by itself the next time, and adds nothing', async () => {
      await page.goto(app.server.url);
      const dialog = await importFile();
      await dialog.getByText(`8 Annotationen von ${shorten(KELLY_PAGE, 60)} kommen wie zuvor gewählt zu „US-Heimatschutzminister Kelly: keine Massenabschiebungen“.`, { exact: false }).waitFor();
      await dialog.getByText('Nichts zu importieren: Alle 8 Annotationen sind schon da.').waitFor();
      assert.equal(await dialog.locator(`select[data-source="${KELLY_PAGE}"]`).count(), 0);
      assert.equal(await dialog.getByRole('button', { name: 'Importieren', exact: true }).count(), 0);
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      assert.equal((await stored()).length, 8);
    });
  });
}
