/**
 * An article opens with any number of annotations (issue 12): the shortest shipped article
 * (2,639 characters) with 20,000 annotations stored in IndexedDB, about 61 over each character,
 * crashed the tab; so did 100,000. Built app, Chromium, real IndexedDB. The annotations are written
 * straight into the database, as an import leaves them, then the article is opened; it must show,
 * highlight every passage, list and count every annotation, open a card, step with J and K and
 * take a new tag. Slower is acceptable, a crash is not: the waits are generous, nothing is timed.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { compareTextOrder } from '../../src/model/annotations/annotation.js';
import { caretBefore, highlightOver, selectPhrase } from '../support/article-page.js';
import { highlightedRanges, waitForHighlight } from '../support/highlight-page.js';
import { crowdAt, crowdedAnnotations } from '../support/crowded-article.js';
import { useApp } from '../support/start-app.js';

const ARTICLE = 'kelly-keine-massenabschiebungen';
const TEXT = (JSON.parse(readFileSync(new URL(`../../documents/${ARTICLE}.json`, import.meta.url), 'utf8')) as { blocks: { text: string }[] }).blocks
  .map((block) => block.text)
  .join('\n\n');
/** Where the caret goes and whose character is read: the "K" of "John Kelly weder", offset 110. */
const PLACE = 'Kelly weder';
const OPEN = { timeout: 180_000 };

/** Writes `annotations` into the app's database of `page` (open on the app), as an import would. */
async function store(page: Page, annotations: readonly Annotation[]): Promise<void> {
  for (let i = 0; i < annotations.length; i += 20_000) {
    await page.evaluate(async (batch) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('close-reader');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('annotations', 'readwrite');
      for (const annotation of batch) void tx.objectStore('annotations').put(annotation);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, annotations.slice(i, i + 20_000));
  }
}

/** Opens the app on `page`, stores `annotations`, and opens the article afresh, waiting (generously) for its highlights. */
async function openCrowded(page: Page, url: string, annotations: readonly Annotation[]): Promise<void> {
  await page.goto(url);
  await page.getByRole('listitem').filter({ hasText: 'US-Heimatschutzminister Kelly' }).first().waitFor();
  await store(page, annotations);
  await page.goto('about:blank');
  await page.goto(`${url}#/doc/${ARTICLE}`);
  await waitForHighlight(page, {}, OPEN.timeout);
}

/** The annotations a caret at `offset` opens with Enter: those it touches, innermost (shortest) first. */
function openedAt(annotations: readonly Annotation[], offset: number): Annotation[] {
  return annotations
    .filter((annotation) => annotation.start <= offset && offset <= annotation.end)
    .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : 1));
}

describe('an article with 20,000 annotations, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1280, height: 800 } } });
  const crowd = crowdedAnnotations(ARTICLE, TEXT, 20_000);
  const sidebar = () => app.page.locator('cr-annotation-sidebar');

  before(async () => {
    await openCrowded(app.page, app.server.url, crowd);
  });

  it('lists and counts every annotation, a page of the list at a time', async () => {
    await sidebar().getByText('20,000 of 20,000 shown').waitFor(OPEN);
    assert.equal(await sidebar().locator('.total').textContent(), '20,000');
    const filters = await sidebar().locator('.filter').allTextContents();
    assert.deepEqual(filters.map((t) => t.replace(/\s+/g, ' ').trim()), ['Actor 5,722', 'Policy 5,819', 'Quote 5,735', 'Statistic 5,582']);
    // The first screenful is drawn with the article, the rest of the page just after it.
    await sidebar().locator('li .item').nth(99).waitFor(OPEN);
    assert.equal(await sidebar().locator('li .item').count(), 100);
    assert.equal((await sidebar().locator('.more-later').textContent())?.trim(), 'Show 100 more (19,900 after these)');
  });

  it('highlights the passages over a character with all their categories, one span deep', async () => {
    const offset = TEXT.indexOf(PLACE);
    assert.equal(offset, 110);
    assert.deepEqual(crowdAt(crowd, offset).categories, ['actor', 'policy', 'quote', 'statistic']);
    assert.deepEqual(await highlightOver(app.page, PLACE, 0), { categories: ['actor', 'policy', 'quote', 'statistic'], count: 56 });
    assert.equal(crowdAt(crowd, offset).ids.length, 56);
    const runs = await highlightedRanges(app.page);
    assert.equal(runs.filter((run, i) => i > 0 && run.start < runs[i - 1]!.end).length, 0, 'no highlight inside another');
  });

  it('opens the card of every annotation at the caret with Enter', async () => {
    await caretBefore(app.page, PLACE);
    await app.page.keyboard.press('Enter');
    const card = app.page.locator('cr-annotation-card');
    await card.waitFor(OPEN);
    assert.equal(openedAt(crowd, 110).length, 63);
    await card.getByRole('heading', { name: '63 annotations here' }).waitFor();
    assert.equal(await card.getByRole('article').count(), 63);
    // The card's first annotation is the innermost, and the list marks it as the current one.
    const innermost = openedAt(crowd, 110)[0]!;
    await sidebar().locator(`.item[data-id="${innermost.id}"][aria-current="true"]`).waitFor(OPEN);
    await app.page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached', ...OPEN });
  });

  it('steps on and back with J and K from the annotation opened, and says where it is', async () => {
    const ordered = [...crowd].sort(compareTextOrder);
    const at = ordered.findIndex((annotation) => annotation.id === openedAt(crowd, 110)[0]!.id);
    assert.equal(at, 844);
    await app.page.keyboard.press('j');
    await app.page.getByRole('status').filter({ hasText: 'Annotation 846 of 20,000: Statistic: “n”' }).waitFor(OPEN);
    assert.equal(ordered[at + 1]!.id, 'crowd-01797');
    await sidebar().locator('.item[data-id="crowd-01797"][aria-current="true"]').waitFor(OPEN);
    await app.page.keyboard.press('k');
    await app.page.getByRole('status').filter({ hasText: /^Annotation 845 of 20,000: / }).waitFor(OPEN);
  });

  it('takes a new tag among them', async () => {
    await selectPhrase(app.page, 'Massenabschiebungen geben');
    await app.page.keyboard.press('2');
    await app.page.getByRole('status').filter({ hasText: 'Policy tagged: “Massenabschiebungen geben”' }).waitFor(OPEN);
    await sidebar().getByText('20,001 of 20,001 shown').waitFor(OPEN);
    const offset = TEXT.indexOf('Massenabschiebungen geben') + 4;
    const before = crowdAt(crowd, offset);
    const now = await highlightOver(app.page, 'Massenabschiebungen geben', 4);
    assert.deepEqual(now, { categories: [...new Set([...before.categories, 'policy'])].sort(), count: before.ids.length + 1 });
  });
});

describe('an article with 20,000 annotations on a phone, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } });

  it('opens, counts every annotation in the panel and opens the card at the caret', async () => {
    await openCrowded(app.page, app.server.url, crowdedAnnotations(ARTICLE, TEXT, 20_000));
    const toggle = app.page.locator('.cr-panel-toggle');
    assert.equal((await toggle.locator('.cr-panel-count').textContent())?.trim(), '20,000');
    await caretBefore(app.page, PLACE);
    await app.page.keyboard.press('Enter');
    await app.page.locator('cr-annotation-card').getByRole('heading', { name: '63 annotations here' }).waitFor(OPEN);
    await app.page.keyboard.press('Escape');
    await toggle.click();
    await app.page.locator('cr-annotation-sidebar').getByText('20,000 of 20,000 shown').waitFor(OPEN);
  });
});
