/**
 * Tagging end to end, against the built app in Chromium with real IndexedDB: select with the
 * mouse and tag with a click, select and tag with the keyboard alone, write a note, reload, undo
 * and redo, delete, reload again.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dragSelect, highlightText, selectionText } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { clickHighlight, highlightCount, waitForHighlight, waitForNoHighlight } from '../support/highlight-page.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';

describe('tagging, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1280, height: 900 } } });

  before(async () => {
    await app.page.goto(`${app.server.url}#/doc/${ARTICLE}`);
    await app.page.locator('.ProseMirror').waitFor();
  });

  it('tags a phrase selected with the mouse as Actor with a click on the toolbar', async () => {
    await dragSelect(app.page, 'Bürgermeister Ed Lee');
    await app.page.locator('cr-tag-toolbar').getByRole('button', { name: /^Actor/ }).click();
    assert.equal(await highlightText(app.page, 'actor'), 'Bürgermeister Ed Lee');
    await app.page.getByRole('status').filter({ hasText: 'Actor tagged: “Bürgermeister Ed Lee”' }).waitFor();
  });

  it('tags an overlapping phrase as Quote with the keyboard alone', async () => {
    // The caret sits after "Lee" (tagging collapses the selection to its end); Shift+Ctrl+arrows select.
    for (let i = 0; i < 'Ed Lee'.length; i += 1) await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.down('Shift');
    for (let i = 0; i < 5; i += 1) await app.page.keyboard.press('Control+ArrowRight');
    await app.page.keyboard.up('Shift');
    const selected = (await selectionText(app.page)).trim();
    assert.match(selected, /^Ed Lee\. "Wir/);
    await app.page.keyboard.press('3');
    assert.equal(await highlightText(app.page, 'quote'), selected);
    assert.equal(await highlightText(app.page, 'actor'), 'Bürgermeister Ed Lee');
  });

  it('opens the highlight under the caret with Enter and keeps a note', async () => {
    // The caret is after 'Ed Lee. "Wir': back into "Lee", where both highlights are.
    for (let i = 0; i < '. "Wir'.length + 2; i += 1) await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('Enter');
    const card = app.page.locator('cr-annotation-card');
    await card.waitFor();
    assert.equal(await card.getByRole('article').count(), 2, 'both overlapping annotations are reachable');
    const quoteCard = card.getByRole('article').filter({ has: app.page.getByRole('checkbox', { name: 'Quote', checked: true }) });
    await quoteCard.getByLabel('Note').fill('Lee speaks for the city <b>not</b> the state.');
    await app.page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    await app.page.getByRole('status').filter({ hasText: 'Note saved.' }).waitFor();
  });

  it('brings back both highlights and the note after a reload', async () => {
    await app.page.reload();
    await app.page.locator('.ProseMirror').waitFor();
    await waitForHighlight(app.page, { category: 'quote' });
    assert.equal(await highlightText(app.page, 'actor'), 'Bürgermeister Ed Lee');
    assert.match(await highlightText(app.page, 'quote'), /^Ed Lee\. "Wir/);
    await clickHighlight(app.page, { category: 'quote' }, { index: -1 });
    const note = app.page.locator('cr-annotation-card').getByLabel('Note');
    assert.equal(await note.inputValue(), 'Lee speaks for the city <b>not</b> the state.');
    assert.equal(await app.page.locator('cr-annotation-card b').count(), 0, 'the note is text, never HTML');
    await app.page.locator('cr-annotation-card').getByRole('button', { name: 'Close' }).click();
  });

  it('undoes and redoes a tag with the keyboard and with the buttons', async () => {
    await dragSelect(app.page, 'Kalifornien');
    await app.page.keyboard.press('4');
    assert.equal(await highlightText(app.page, 'statistic'), 'Kalifornien');
    await app.page.keyboard.press('Control+z');
    await waitForNoHighlight(app.page, { category: 'statistic' });
    await app.page.keyboard.press('Control+Shift+z');
    await waitForHighlight(app.page, { category: 'statistic' });
    await app.page.getByRole('button', { name: 'Undo' }).click();
    await waitForNoHighlight(app.page, { category: 'statistic' });
    await app.page.getByRole('button', { name: 'Redo' }).click();
    assert.equal(await highlightText(app.page, 'statistic'), 'Kalifornien');
  });

  it('deletes an annotation, and it stays deleted after a reload', async () => {
    await clickHighlight(app.page, { category: 'statistic' });
    await app.page.locator('cr-annotation-card').getByRole('button', { name: 'Delete annotation' }).click();
    await waitForNoHighlight(app.page, { category: 'statistic' });
    await app.page.reload();
    await waitForHighlight(app.page, { category: 'actor' });
    assert.equal(await highlightCount(app.page, { category: 'statistic' }), 0);
    assert.equal(await highlightText(app.page, 'actor'), 'Bürgermeister Ed Lee');
  });

  it('counts the article’s annotations in the library', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByRole('listitem').filter({ hasText: '2 annotations' }).waitFor();
  });
});
