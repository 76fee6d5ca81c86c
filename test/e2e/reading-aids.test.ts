/**
 * Reading aids end to end, against the built app in Chromium: the annotation list in text order
 * with its counts, category filters that hide items and highlights, a search over notes, taking
 * the reader to a passage from the list, stepping with J/K, and find in the article.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { selectPhrase } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { clickHighlight, firstHighlightRect, highlightCount, waitForHighlight, waitForNoHighlight } from '../support/highlight-page.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';
/** Tagged in this order, which is not the text order. */
const TAGS: [phrase: string, key: string][] = [
  ['Eric Holder', '1'],
  ['Bürgermeister Ed Lee', '1'],
  ['"Wir sind und bleiben eine Sanctuary City."', '3'],
  ['39 Städten', '4'],
  ['Rahm Emanuel', '1'],
];

describe('reading aids, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1280, height: 900 } } });

  before(async () => {
    await app.page.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await app.page.locator('.ProseMirror').waitFor();
    for (const [phrase, key] of TAGS) {
      await selectPhrase(app.page, phrase);
      await app.page.keyboard.press(key);
      await waitForHighlight(app.page, { hasText: phrase.slice(1, 8) });
    }
    // a note on Emanuel's annotation
    await clickHighlight(app.page, { category: 'actor', hasText: 'Rahm Emanuel' });
    await app.page.locator('cr-annotation-card').getByLabel('Note').fill('Chicago bleibt Zufluchtsstadt');
    await app.page.locator('cr-annotation-card').getByRole('button', { name: 'Close' }).click();
    await app.page.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();
  });

  const sidebar = () => app.page.locator('cr-annotation-sidebar');
  const items = () => sidebar().locator('li .item');

  it('lists every annotation in text order with counts per category', async () => {
    await sidebar().getByText('5 of 5 shown').waitFor();
    const quotes = await sidebar().locator('li .quote').allTextContents();
    assert.deepEqual(quotes, ['Bürgermeister Ed Lee', '"Wir sind und bleiben eine Sanctuary City."', '39 Städten', 'Rahm Emanuel', 'Eric Holder']);
    const filters = await sidebar().locator('.filter').allTextContents();
    assert.deepEqual(filters.map((t) => t.replace(/\s+/g, ' ').trim()), ['Actor 3', 'Policy 0', 'Quote 1', 'Statistic 1']);
    assert.match((await items().nth(3).textContent()) ?? '', /Chicago bleibt Zufluchtsstadt/);
  });

  it('hides a category’s items and highlights with its filter, and shows them again', async () => {
    const actorFilter = sidebar().locator('.filter', { hasText: 'Actor' });
    await actorFilter.click();
    assert.equal(await actorFilter.getAttribute('aria-pressed'), 'false');
    await sidebar().getByText('2 of 5 shown').waitFor();
    // A hidden category's passages are not drawn at all; the others' still are.
    await waitForNoHighlight(app.page, { category: 'actor' });
    assert.equal(await highlightCount(app.page, { hasText: 'Eric Holder' }), 0);
    assert.equal(await highlightCount(app.page, {}), 2);
    assert.deepEqual(await sidebar().locator('li .quote').allTextContents(), ['"Wir sind und bleiben eine Sanctuary City."', '39 Städten']);
    await actorFilter.click();
    await sidebar().getByText('5 of 5 shown').waitFor();
    assert.equal(await highlightCount(app.page, { category: 'actor' }), 3);
  });

  it('finds an annotation by a word of its note', async () => {
    await sidebar().getByLabel('Search quotes and notes').fill('zuflucht');
    await sidebar().getByText('1 of 5 shown').waitFor();
    assert.deepEqual(await sidebar().locator('li .quote').allTextContents(), ['Rahm Emanuel']);
    await sidebar().getByLabel('Search quotes and notes').fill('');
    await sidebar().getByText('5 of 5 shown').waitFor();
  });

  it('takes the reader to a passage chosen in the list: scrolled to, focused, flashed', async () => {
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await items().filter({ hasText: 'Eric Holder' }).click();
    await app.page.locator('.ProseMirror .cr-flash', { hasText: 'Eric Holder' }).waitFor();
    const box = await firstHighlightRect(app.page, { category: 'actor', hasText: 'Eric Holder' });
    const height = await app.page.evaluate(() => window.innerHeight);
    assert.equal(box.top >= 0 && box.top + box.height <= height, true, 'the passage is scrolled into view');
    assert.equal(await app.page.evaluate(() => document.activeElement?.classList.contains('ProseMirror')), true, 'the text has focus');
    assert.equal(await app.page.evaluate(() => document.getSelection()!.toString()), 'Eric Holder', 'the passage is selected');
    await app.page.getByRole('status').filter({ hasText: 'Annotation 5 of 5: Actor: “Eric Holder”' }).waitFor();
    assert.equal(await items().filter({ hasText: 'Eric Holder' }).getAttribute('aria-current'), 'true');
  });

  it('steps back and forth through annotations with K and J, and says where it is', async () => {
    await app.page.keyboard.press('k');
    await app.page.getByRole('status').filter({ hasText: 'Annotation 4 of 5: Actor: “Rahm Emanuel”' }).waitFor();
    await app.page.keyboard.press('k');
    await app.page.getByRole('status').filter({ hasText: 'Annotation 3 of 5: Statistic: “39 Städten”' }).waitFor();
    await app.page.keyboard.press('Alt+ArrowDown');
    await app.page.getByRole('status').filter({ hasText: 'Annotation 4 of 5' }).waitFor();
  });

  it('marks the item of a highlight opened in the text', async () => {
    await clickHighlight(app.page, { category: 'statistic' });
    await app.page.locator('cr-annotation-card').waitFor();
    assert.equal(await items().filter({ hasText: '39 Städten' }).getAttribute('aria-current'), 'true');
    await app.page.locator('cr-annotation-card').getByRole('button', { name: 'Close' }).click();
  });

  it('marks every "Trump" in the article, steps through them, and tags the current one', async () => {
    const expected = await app.page.locator('.ProseMirror').evaluate((text) => text.textContent!.match(/trump/gi)!.length);
    await app.page.getByLabel('Find', { exact: true }).fill('Trump');
    await app.page.locator('cr-find-bar output', { hasText: `1 of ${expected}` }).waitFor();
    assert.equal(await app.page.locator('.ProseMirror mark.cr-find-match').count(), expected);
    assert.equal(await app.page.locator('.ProseMirror mark.cr-find-current').count(), 1);
    await app.page.getByRole('button', { name: 'Next', exact: true }).click();
    await app.page.locator('cr-find-bar output', { hasText: `2 of ${expected}` }).waitFor();
    await app.page.getByLabel('Find', { exact: true }).press('Shift+Enter');
    await app.page.locator('cr-find-bar output', { hasText: `1 of ${expected}` }).waitFor();
    await app.page.locator('cr-tag-toolbar').getByRole('button', { name: /^Actor/ }).click();
    await waitForHighlight(app.page, { category: 'actor', hasText: /^Trump$/ });
    await sidebar().getByText('6 of 6 shown').waitFor();
  });

  it('shows the counts per category in the library', async () => {
    await app.page.goto(app.server.url);
    const entry = app.page.getByRole('listitem').filter({ hasText: 'Sanctuary Cities wehren sich' });
    await entry.getByText('6 annotations').waitFor();
    await entry.getByRole('list', { name: 'Annotations per category' }).getByText('Actor 4').waitFor();
    await entry.getByRole('list', { name: 'Annotations per category' }).getByText('Statistic 1').waitFor();
  });
});
