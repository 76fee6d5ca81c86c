/**
 * Category schemes end to end, against the built app in Chromium: add a category under a parent
 * with its own key, tag with it, export the scheme (SKOS JSON-LD), delete the category moving its
 * annotations, import the scheme again: the category is back once, not twice. Then a class's first
 * day: a new scheme is made once, however often "Create" is pressed, without an error; a refused
 * key is said next to its field, on screen, at every viewport size people use, and the field shows
 * the saved key again; the German form asks for the German name; a new category's colour is not
 * too close to Actor's blue.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { colourDistance, TOO_CLOSE_THRESHOLD } from '../../src/model/schemes/category-palette.js';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';
import { highlightCount } from '../support/highlight-page.js';


/** Whether the whole of the element is inside the viewport (a message the reader can see without scrolling). */
function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
  });
}

describe('category schemes, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: { width: 1280, height: 1000 }, acceptDownloads: true }, folder: 'close-reader-schemes-' });
  let schemeFile: string;

  const editor = () => app.page.locator('cr-scheme-editor-view');

  it('adds a category under Actor with its own key, and tags with it', async () => {
    await app.page.goto(app.server.url);
    await app.page.getByRole('link', { name: 'Category schemes' }).click();
    const add = editor().locator('form.add-category');
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
    await court.getByText('1 annotation in 1 article uses “Court”.').waitFor();
    await court.getByLabel('Category to move them to').selectOption('actor');
    await court.getByRole('button', { name: 'Delete category' }).click();
    await court.waitFor({ state: 'detached' });
    await app.page.goto(`${app.server.url}#/doc/kelly-keine-massenabschiebungen`);
    assert.equal(await highlightText(app.page, 'actor'), 'US-Außenminister Rex Tillerson');
    assert.equal(await highlightCount(app.page, { category: 'court' }), 0);
  });

  it('imports the scheme again: the category is back, once', async () => {
    for (const round of [1, 2]) {
      await app.page.goto(`${app.server.url}#/schemes`);
      const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), editor().getByRole('button', { name: 'Import scheme' }).click()]);
      await chooser.setFiles(schemeFile);
      await editor().getByRole('group', { name: 'Court', exact: true }).waitFor();
      assert.equal(await editor().getByRole('group', { name: 'Court', exact: true }).count(), 1, `round ${round}`);
    }
    assert.equal(await editor().locator('ol.categories fieldset').count(), 5);
  });
});

describe('category schemes on a class’s first day, end to end', () => {
  const app = useApp();
  const editor = (page: { locator(selector: string): Locator }) => page.locator('cr-scheme-editor-view');

  it('creates a scheme without an error, once however often “Create scheme” is pressed', async () => {
    const page = await app.openPage({ locale: 'en-GB', viewport: VIEWPORTS[0] });
    await page.goto(`${app.server.url}#/schemes`);
    const form = editor(page).locator('form.new-scheme');
    await form.getByLabel('New scheme').fill('Class 9b');
    await form.getByRole('button', { name: 'Create scheme' }).dblclick();
    await editor(page).getByRole('combobox', { name: 'Scheme', exact: true }).locator('option', { hasText: 'Class 9b' }).waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.querySelector('cr-scheme-editor-view')?.shadowRoot?.querySelector<HTMLInputElement>('#new-scheme')?.value === '');
    const scheme = editor(page).getByRole('combobox', { name: 'Scheme', exact: true });
    assert.deepEqual(await scheme.locator('option').allTextContents(), ['Default (actor, policy, quote, statistic)', 'Class 9b']);
    assert.equal(await scheme.inputValue(), 'class-9b');
    assert.deepEqual(await editor(page).getByRole('alert').allTextContents(), ['']);

    // A retry with the same name is refused next to the field and makes no twin.
    await form.getByLabel('New scheme').fill('Class 9b');
    await form.getByRole('button', { name: 'Create scheme' }).click();
    const refusal = form.locator('.refusal');
    await refusal.waitFor();
    assert.equal(await refusal.textContent(), '"Class 9b" has this name already.');
    assert.deepEqual(await scheme.locator('option').allTextContents(), ['Default (actor, policy, quote, statistic)', 'Class 9b']);
    await page.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`says a key already taken next to its field, on screen, and shows the saved key again (${viewport.width}×${viewport.height})`, async () => {
      const page = await app.openPage({ locale: 'en-GB', viewport });
      await page.goto(`${app.server.url}#/schemes`);
      const statistic = editor(page).getByRole('group', { name: 'Statistic', exact: true });
      const key = statistic.getByLabel('Key');
      await key.fill('1');
      await key.press('Tab');
      const refusal = statistic.getByRole('alert');
      await refusal.waitFor();
      assert.equal(await refusal.textContent(), '"Actor" already has the key 1.');
      assert.equal(await key.inputValue(), '4');
      assert.equal(await key.getAttribute('aria-describedby'), await refusal.getAttribute('id'));
      assert.equal(await onScreen(refusal), true, 'the refusal is on screen');
      assert.equal(await onScreen(key), true, 'its field is on screen');
      await page.reload();
      assert.equal(await editor(page).getByRole('group', { name: 'Statistic', exact: true }).getByLabel('Key').inputValue(), '4');
      await page.close();
    });
  }

  it('in German, asks for the German name first and requires it; a new category’s colour is not too close to Actor’s', async () => {
    const page = await app.openPage({ locale: 'de-DE', viewport: VIEWPORTS[1] });
    await page.goto(`${app.server.url}#/schemes`);
    const add = editor(page).locator('form.add-category');
    await add.getByLabel('Deutsch', { exact: true }).waitFor();
    const names = add.locator('input[type="text"]');
    assert.deepEqual(await names.evaluateAll((inputs) => inputs.map((input) => input.closest('label')!.textContent!.trim())).then((labels) => labels.slice(0, 2)), [
      'Deutsch',
      'Englisch (optional)',
    ]);
    await add.getByLabel('Englisch').fill('Court');
    await add.getByRole('button', { name: 'Kategorie hinzufügen' }).click();
    assert.equal(await add.getByLabel('Deutsch', { exact: true }).evaluate((input) => (input as HTMLInputElement).validity.valueMissing), true);
    assert.equal(await editor(page).locator('ol.categories fieldset').count(), 4);

    for (const name of ['Gericht', 'Medien']) {
      await add.getByLabel('Deutsch', { exact: true }).fill(name);
      await add.getByRole('button', { name: 'Kategorie hinzufügen' }).click();
      await editor(page).getByRole('group', { name, exact: true }).waitFor();
    }
    const colours = await editor(page)
      .locator('ol.categories fieldset')
      .evaluateAll((sets) => sets.map((set) => [set.querySelector('legend')!.textContent!.trim(), set.querySelector<HTMLSelectElement>('select')!.value]));
    const actor = colours.find(([name]) => name === 'Akteur')![1]!;
    for (const name of ['Gericht', 'Medien']) {
      const colour = colours.find(([label]) => label === name)![1]!;
      assert.ok(colourDistance(colour, actor) >= TOO_CLOSE_THRESHOLD, `${name}: ${colour} is too close to Actor’s ${actor}`);
    }
    assert.deepEqual(
      colours.filter(([name]) => name === 'Gericht' || name === 'Medien'),
      [
        ['Gericht', '#d55e00'],
        ['Medien', '#7a5cc9'],
      ],
    );
    assert.equal(await editor(page).getByRole('group', { name: 'Medien', exact: true }).getByLabel('Farbe').locator('option:checked').textContent(), 'Violett');
    await page.close();
  });
});
