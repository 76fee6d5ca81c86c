/**
 * The scheme editor's "Relation types" section (issue 17) in Chromium with real IndexedDB: it lists
 * the default scheme's three; a type is added with the keyboard alone and its names survive a
 * reload; a name saves as the reader types; unticking a side's last category is refused beside the
 * group and the box is ticked again; deleting asks first; a scheme file's broken relation type is
 * said in German and English; the section is axe clean in both languages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { prepareSchemeImport } from '../../../src/app/import/scheme-import.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';
import { DEFAULT_CATEGORIES, DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { schemeWithRelationsToSkos } from '../../../src/model/schemes/skos.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { describeProblems } from '../../../src/ui/shared/problem-messages.js';
import '../../../src/ui/schemes/scheme-editor-view.js';
import type { CrSchemeEditorView } from '../../../src/ui/schemes/scheme-editor-view.js';
import { TestDatabases } from '../../support/test-database.js';
import { SchemeEditorHost } from '../../support/scheme-editor-host.js';

describe('the scheme editor’s relation types', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let store: CategoryStore;
  let annotations: AnnotationStore;
  let view: CrSchemeEditorView;

  async function mount(): Promise<void> {
    store = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    const host = await fixture<SchemeEditorHost>(html`<test-scheme-editor-host .categories=${store} .annotations=${annotations}></test-scheme-editor-host>`);
    view = host.shadowRoot!.querySelector('cr-scheme-editor-view')!;
    await view.updateComplete;
  }

  async function unmount(): Promise<void> {
    await view.settled();
    annotations.close();
    store.close();
  }

  const root = (): ShadowRoot => view.shadowRoot!;
  const section = (): HTMLElement => root().querySelector<HTMLElement>('section.relation-types')!;
  /** The fieldset of a relation type, by its legend. */
  const typeRow = (name: string): HTMLFieldSetElement => {
    const found = [...section().querySelectorAll<HTMLFieldSetElement>('fieldset.relation-type')].find((set) => set.querySelector('legend')?.textContent?.trim() === name);
    if (!found) throw new Error(`no relation type ${name}`);
    return found;
  };
  const legends = (): string[] => [...section().querySelectorAll('fieldset.relation-type > legend')].map((legend) => legend.textContent!.trim());
  /** The checkbox of `category` in side `side` ('Starts from', 'Leads to') of `within`. */
  const box = (within: ParentNode, side: string, category: string): HTMLInputElement => {
    const group = [...within.querySelectorAll('fieldset.relation-side')].find((set) => set.querySelector('legend')?.textContent?.trim() === side)!;
    const label = [...group.querySelectorAll('label')].find((l) => l.textContent!.trim() === category)!;
    return label.querySelector('input')!;
  };
  const press = async (...keys: string[]): Promise<void> => {
    for (const key of keys) await sendKeys({ press: key });
  };

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    await mount();
  });

  afterEach(async () => {
    await unmount();
    await databases.cleanUp();
  });

  after(() => applyLocale('en'));

  it('lists the default scheme’s three types with their names and the categories of each side', () => {
    expect(section().querySelector('h2')!.textContent).to.equal('Relation types');
    expect(legends()).to.deep.equal(['said by', 'source of', 'responsible for']);
    const saidBy = typeRow('said by');
    const ticked = (side: string) => DEFAULT_CATEGORIES.filter((c) => box(saidBy, side, c.label.en).checked).map((c) => c.id);
    expect([ticked('Starts from'), ticked('Leads to')]).to.deep.equal([['quote'], ['actor']]);
  });

  it('adds a type with the keyboard alone, and its names and sides survive a reload', async () => {
    const form = section().querySelector<HTMLFormElement>('form.add-relation-type')!;
    form.querySelector<HTMLInputElement>('input[name="en"]')!.focus();
    await sendKeys({ type: 'cites' });
    await press('Tab');
    await sendKeys({ type: 'zitiert' });
    // From: Actor, Policy, Quote (ticked), Statistic; to: Actor (ticked), Policy, Quote, Statistic; then Add.
    await press('Tab', 'Tab', 'Tab', 'Space', 'Tab', 'Tab', 'Space', 'Tab', 'Tab', 'Tab', 'Enter');
    await view.settled();
    const added = { id: 'cites', iri: 'tag:close-reader.app,2026:relations/cites', label: { de: 'zitiert', en: 'cites' }, from: ['quote'], to: ['actor'] };
    expect(store.relationTypes('default')).to.deep.equal([...DEFAULT_RELATION_TYPES, added]);
    expect(form.querySelector<HTMLInputElement>('input[name="en"]')!.value, 'the form is empty for the next').to.equal('');

    await unmount();
    await mount();
    expect(legends()).to.deep.equal(['said by', 'source of', 'responsible for', 'cites']);
    const row = typeRow('cites');
    expect([...row.querySelectorAll<HTMLInputElement>('input[type="text"]')].map((input) => [input.lang, input.value])).to.deep.equal([
      ['en', 'cites'],
      ['de', 'zitiert'],
    ]);
    expect([box(row, 'Starts from', 'Quote').checked, box(row, 'Leads to', 'Actor').checked, box(row, 'Leads to', 'Quote').checked]).to.deep.equal([true, true, false]);
  });

  it('saves a name as the reader types, and the scheme record keeps it', async () => {
    const input = typeRow('said by').querySelector<HTMLInputElement>('input[lang="en"]')!;
    input.focus();
    input.select();
    await sendKeys({ type: 'quoted from' });
    await view.settled();
    expect(store.relationTypes('default')[0]!.label).to.deep.equal({ de: 'gesagt von', en: 'quoted from' });
    expect((await db.get('schemes', 'default'))?.relationTypes?.[0]?.label).to.deep.equal({ de: 'gesagt von', en: 'quoted from' });
  });

  it('ticks a category on a side, and refuses unticking the last one beside the group', async () => {
    const row = typeRow('said by');
    box(row, 'Leads to', 'Policy').click();
    await view.settled();
    expect(store.relationTypes('default')[0]!.to).to.deep.equal(['actor', 'policy']);
    box(row, 'Leads to', 'Actor').click();
    box(row, 'Leads to', 'Policy').click();
    await view.settled();
    await view.updateComplete;
    expect(store.relationTypes('default')[0]!.to).to.deep.equal(['policy']);
    expect(box(row, 'Leads to', 'Policy').checked, 'the refused box is ticked again').to.equal(true);
    const note = row.querySelector('.refusal')!;
    expect(note.textContent!.trim()).to.equal('A relation type needs at least one category it leads to.');
    expect(note.getAttribute('role')).to.equal('alert');
  });

  it('asks before deleting: “Keep it” keeps the type and returns the focus, “Delete relation type” deletes it', async () => {
    const deleteButton = (): HTMLButtonElement => typeRow('source of').querySelector<HTMLButtonElement>('.actions button')!;
    deleteButton().click();
    await view.updateComplete;
    const question = typeRow('source of').querySelector('.deletion')!;
    expect(question.getAttribute('aria-label')).to.equal('Delete source of');
    expect(question.textContent).to.contain('Delete the relation type “source of”?');
    [...question.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Keep it')!.click();
    await view.updateComplete;
    await view.updateComplete;
    expect(typeRow('source of').querySelector('.deletion')).to.equal(null);
    expect(root().activeElement === deleteButton(), 'the focus is back on its Delete button').to.equal(true);

    deleteButton().click();
    await view.updateComplete;
    typeRow('source of').querySelector<HTMLButtonElement>('.deletion button.danger')!.click();
    await view.settled();
    expect(legends()).to.deep.equal(['said by', 'responsible for']);
    expect((await db.get('schemes', 'default'))?.relationTypes?.map((type) => type.id)).to.deep.equal(['said-by', 'responsible-for']);
  });

  it('starts afresh on another scheme: a copy with the same type ids shows no question and no message of the last', async () => {
    const saidBy = () => typeRow('said by');
    box(saidBy(), 'Leads to', 'Actor').click();
    await view.settled();
    await view.updateComplete;
    saidBy().querySelector<HTMLButtonElement>('.actions button')!.click();
    await view.updateComplete;
    expect([saidBy().querySelector('.deletion') !== null, saidBy().querySelector('.refusal') !== null], 'asked and refused on the default scheme').to.deep.equal([true, true]);

    // A copy of the default scheme keeps its types' ids.
    const form = root().querySelector<HTMLFormElement>('form.new-scheme')!;
    form.querySelector<HTMLInputElement>('input[name="label"]')!.value = 'Class 9b';
    form.querySelector<HTMLInputElement>('input[name="start-from-default"]')!.checked = true;
    form.requestSubmit();
    await view.settled();
    const copy = store.schemes.find((scheme) => scheme.label.en === 'Class 9b')!;
    expect(store.relationTypes(copy.id).map((type) => type.id)).to.deep.equal(['said-by', 'source-of', 'responsible-for']);
    expect(root().querySelector<HTMLSelectElement>('select#scheme')!.value).to.equal(copy.id);
    const shown = () => ['.deletion', '.field-note', '[aria-invalid="true"]'].filter((selector) => saidBy().querySelector(selector) !== null);
    expect(shown(), 'no question and no message on the copy').to.deep.equal([]);

    // Back on the default scheme, the question is gone too: nothing is deleted by an old answer.
    const select = root().querySelector<HTMLSelectElement>('select#scheme')!;
    select.value = 'default';
    select.dispatchEvent(new Event('change'));
    await view.updateComplete;
    expect(shown()).to.deep.equal([]);
    expect(store.relationTypes(copy.id).map((type) => type.id)).to.deep.equal(['said-by', 'source-of', 'responsible-for']);
  });

  it('says a scheme file’s broken relation type in English and in German', async () => {
    const file = JSON.parse(JSON.stringify(schemeWithRelationsToSkos(DEFAULT_SCHEME, DEFAULT_CATEGORIES, DEFAULT_RELATION_TYPES))) as { '@graph': Record<string, unknown>[] };
    file['@graph'].find((node) => node['@id'] === DEFAULT_RELATION_TYPES[1]!.iri)!['schema:domainIncludes'] = [{ '@id': 'tag:elsewhere.example,2026:x' }];
    const prepared = prepareSchemeImport(JSON.stringify(file), 'default.jsonld', store);
    const warnings = prepared.ok ? prepared.value.warnings : [];
    const where = `default.jsonld: relation type 2 (${DEFAULT_RELATION_TYPES[1]!.iri})`;
    expect(describeProblems(warnings)).to.deep.equal([
      `${where}: schema:domainIncludes names tag:elsewhere.example,2026:x, which is no category of this file; it was left out.`,
      `${where}: the relation type connects no categories of this file; it was left out.`,
    ]);
    await applyLocale('de');
    const german = `default.jsonld: Relationstyp 2 (${DEFAULT_RELATION_TYPES[1]!.iri})`;
    expect(describeProblems(warnings)).to.deep.equal([
      `${german}: schema:domainIncludes nennt tag:elsewhere.example,2026:x, das keine Kategorie dieser Datei ist; weggelassen.`,
      `${german}: Der Relationstyp verbindet keine Kategorien dieser Datei; er wurde weggelassen.`,
    ]);
  });

  it('is axe clean in English and in German', async () => {
    typeRow('said by').querySelector<HTMLButtonElement>('.actions button')!.click();
    await view.updateComplete;
    await expect(section()).to.be.accessible();
    await applyLocale('de');
    await view.updateComplete;
    expect(section().querySelector('h2')!.textContent).to.equal('Relationstypen');
    expect(legends()).to.deep.equal(['gesagt von', 'Quelle von', 'verantwortlich für']);
    await expect(section()).to.be.accessible();
  });
});
