/**
 * Category schemes end to end, against the built app in Chromium: add a category under a parent
 * with its own key, tag with it, export the scheme (SKOS JSON-LD), delete the category moving its
 * annotations, import the scheme again: the category is back once, not twice.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';

describe('category schemes, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1280, height: 1000 }, acceptDownloads: true }, folder: 'close-reader-schemes-' });
  let schemeFile: string;

  const editor = () => app.page.locator('cr-scheme-editor-view');

  it('adds a category under Actor with its own key, and tags with it', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByRole('link', { name: 'Category schemes' }).click();
    const add = editor().locator('form.add');
    await add.getByLabel('English').fill('Court');
    await add.getByLabel('German').fill('Gericht');
    await add.getByLabel('Key').fill('g');
    await add.getByLabel('Under').selectOption('actor');
    await add.getByRole('button', { name: 'Add category' }).click();
    await editor().getByRole('group', { name: 'Court', exact: true }).waitFor();

    await app.page.goto(`${app.server.url}#/doc/kelly-keine-massenabschiebungen`);
    await app.page.locator('cr-tag-toolbar').getByRole('button', { name: /^Court/ }).waitFor();
    await tagWithKey(app.page, 'US-Außenminister Rex Tillerson', 'g');
    assert.equal(await highlightText(app.page, 'court'), 'US-Außenminister Rex Tillerson');
  });

  it('exports the scheme as a SKOS concept scheme', async () => {
    await app.page.goto(`${app.server.url}#/schemes`);
    const [download] = await Promise.all([app.page.waitForEvent('download'), editor().getByRole('button', { name: 'Export scheme' }).click()]);
    schemeFile = join(app.folder, download.suggestedFilename());
    await download.saveAs(schemeFile);
    const skos = JSON.parse(readFileSync(schemeFile, 'utf8'));
    const text = JSON.stringify(skos);
    assert.match(text, /skos:ConceptScheme/);
    assert.match(text, /"Gericht"/);
    assert.match(text, /skos:broader/);
  });

  it('deletes the category after saying how many annotations use it, moving them to Actor', async () => {
    const court = editor().getByRole('group', { name: 'Court', exact: true });
    await court.getByRole('button', { name: 'Delete Court' }).click();
    await court.getByText('1 annotations in 1 articles use “Court”.').waitFor();
    await court.getByLabel('Category to move them to').selectOption('actor');
    await court.getByRole('button', { name: 'Delete category' }).click();
    await court.waitFor({ state: 'detached' });
    await app.page.goto(`${app.server.url}#/doc/kelly-keine-massenabschiebungen`);
    assert.equal(await highlightText(app.page, 'actor'), 'US-Außenminister Rex Tillerson');
    assert.equal(await app.page.locator('.ProseMirror [data-category="court"]').count(), 0);
  });

  it('imports the scheme again: the category is back, once', async () => {
    for (const round of [1, 2]) {
      await app.page.goto(`${app.server.url}#/schemes`);
      const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), editor().getByRole('button', { name: 'Import scheme' }).click()]);
      await chooser.setFiles(schemeFile);
      await editor().getByRole('group', { name: 'Court', exact: true }).waitFor();
      assert.equal(await editor().getByRole('group', { name: 'Court', exact: true }).count(), 1, `round ${round}`);
    }
    assert.equal(await editor().locator('fieldset').count(), 5);
  });
});
