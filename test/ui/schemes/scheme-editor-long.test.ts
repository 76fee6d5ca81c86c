/**
 * The scheme editor (<cr-scheme-editor-view>) with a codebook of 1,000 categories (issue 12), in
 * Chromium with real IndexedDB: it once rendered 1,000 rows whose "Under" menus each listed all
 * 1,000 categories (a million options; minutes before the page answered). Now it shows the first
 * 100 rows and a button for the next 100; a row's "Under" menu lists every other top-level
 * category while the reader is in that row and only "(top level)" and its own parent otherwise; a
 * parent chosen from it is saved; and the full scheme takes no 1,001st category.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { confirmSchemeImport, prepareSchemeImport } from '../../../src/app/import/scheme-import.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/schemes/scheme-editor-view.js';
import type { CrSchemeEditorView } from '../../../src/ui/schemes/scheme-editor-view.js';
import { manyConceptScheme } from '../../support/scheme-files.js';
import { TestDatabases } from '../../support/test-database.js';
import { SchemeEditorHost } from '../../support/scheme-editor-host.js';

describe('the scheme editor with 1,000 categories', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let store: CategoryStore;
  let annotations: AnnotationStore;
  let view: CrSchemeEditorView;

  const root = (): ShadowRoot => view.shadowRoot!;
  const rows = (): HTMLFieldSetElement[] => [...root().querySelectorAll<HTMLFieldSetElement>('ol.categories fieldset')];
  const row = (name: string): HTMLFieldSetElement => {
    const found = rows().find((set) => set.querySelector('legend')?.textContent?.trim() === name);
    if (!found) throw new Error(`no category ${name}`);
    return found;
  };
  const select = (within: ParentNode, label: string): HTMLSelectElement => {
    const found = [...within.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label))?.querySelector('select');
    if (!found) throw new Error(`no menu ${label}`);
    return found;
  };
  const options = (menu: HTMLSelectElement): string[] => [...menu.options].map((option) => option.textContent!.trim());
  /** The reader enters a row, as a click, a tap or Tab does: its first field gets the focus. */
  const enter = async (name: string): Promise<void> => {
    row(name).querySelector('input')!.focus();
    await view.updateComplete;
  };

  before(async () => {
    await applyLocale('en');
    db = await databases.open();
    store = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    const prepared = prepareSchemeImport(manyConceptScheme(1000), 'codebook.jsonld', store);
    if (!prepared.ok) throw new Error(prepared.problems[0]!.message);
    await confirmSchemeImport(prepared.value, store);
  });

  beforeEach(async () => {
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    const host = await fixture<SchemeEditorHost>(html`<test-scheme-editor-host .categories=${store} .annotations=${annotations}></test-scheme-editor-host>`);
    view = host.shadowRoot!.querySelector('cr-scheme-editor-view')!;
    await view.updateComplete;
    const schemes = root().querySelector<HTMLSelectElement>('#scheme')!;
    schemes.value = 'codebook';
    schemes.dispatchEvent(new Event('change'));
    await view.updateComplete;
  });

  afterEach(async () => {
    await view.settled();
    annotations.close();
  });

  after(() => databases.cleanUp());

  it('shows the first 100 rows, how many of all, and a button for the next 100', () => {
    expect(rows().length).to.equal(100);
    expect([rows()[0]!, rows()[99]!].map((set) => set.querySelector('legend')!.textContent!.trim())).to.deep.equal(['Code 1', 'Code 100']);
    const more = root().querySelector<HTMLElement>('p.more')!;
    expect(more.querySelector('button')!.textContent!.trim()).to.equal('Show 100 more categories');
    expect(more.querySelector('span')!.textContent!.trim()).to.equal('100 of 1,000 shown');
  });

  it('lists only "(top level)" in the "Under" menu of a row the reader is not in: 700 options in 100 rows, not 100,000', () => {
    expect(options(select(row('Code 2'), 'Under'))).to.deep.equal(['(top level)']);
    // Each row: its own colour (every other is used), 5 line styles, "(top level)".
    expect(root().querySelectorAll('ol.categories option').length).to.equal(700);
  });

  it('lists every other category in the "Under" menu of the row the reader enters, and closes the one left', async () => {
    await enter('Code 2');
    const under = options(select(row('Code 2'), 'Under'));
    expect(under.length).to.equal(1000);
    expect(under.slice(0, 4)).to.deep.equal(['(top level)', 'Code 1', 'Code 3', 'Code 4']);
    expect(under.at(-1)).to.equal('Code 1000');
    await enter('Code 3');
    expect(options(select(row('Code 2'), 'Under'))).to.deep.equal(['(top level)']);
    expect(options(select(row('Code 3'), 'Under')).slice(0, 3)).to.deep.equal(['(top level)', 'Code 1', 'Code 2']);
  });

  it('saves a parent chosen from the menu; the row left shows that parent in its closed menu', async () => {
    await enter('Code 5');
    const under = select(row('Code 5'), 'Under');
    under.value = 'code-1';
    under.dispatchEvent(new Event('change', { bubbles: true }));
    await view.settled();
    expect(store.get('code-5')?.parentId).to.equal('code-1');
    expect((await db.get('categories', 'code-5'))?.parentId).to.equal('code-1');
    await enter('Code 6');
    const closed = select(row('Code 5'), 'Under');
    expect([options(closed), closed.value]).to.deep.equal([['(top level)', 'Code 1'], 'code-1']);
  });

  it('shows 100 more rows at each press, says so, and no button once all are shown', async () => {
    root().querySelector<HTMLButtonElement>('p.more button')!.click();
    await view.updateComplete;
    expect(rows().length).to.equal(200);
    expect(root().querySelector('[role="status"]')!.textContent).to.equal('200 of 1,000 categories shown.');
    for (let press = 0; press < 8; press++) {
      root().querySelector<HTMLButtonElement>('p.more button')!.click();
      await view.updateComplete;
    }
    expect(rows().length).to.equal(1000);
    expect(root().querySelector('[role="status"]')!.textContent).to.equal('1,000 of 1,000 categories shown.');
    expect(root().querySelector('p.more')).to.equal(null);
  });

  it('offers a category of a scheme that uses every palette colour only its own colour', () => {
    expect(options(select(row('Code 15'), 'Colour'))).to.deep.equal(['Blue']);
    expect(options(select(row('Code 16'), 'Colour'))).to.deep.equal(['Vermillion']);
  });

  it('refuses a 1,001st category next to the add form, and stores nothing', async () => {
    const add = root().querySelector<HTMLFormElement>('form.add')!;
    add.querySelector<HTMLInputElement>('input[name="en"]')!.value = 'One more';
    add.requestSubmit();
    await view.settled();
    await view.updateComplete;
    expect(add.querySelector('.refusal')!.textContent!.trim()).to.equal('The scheme has 1,000 categories already; a scheme holds at most 1,000.');
    expect((await db.getAll('categories')).filter((category) => category.schemeId === 'codebook').length).to.equal(1000);
  });
});
