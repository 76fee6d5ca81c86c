/**
 * The scheme editor (<cr-scheme-editor-view>) in Chromium with real IndexedDB: a new scheme is made
 * once however often "Create" is pressed, and can start with the default scheme's categories; a
 * refused change is said next to its field and the field shows the saved value again; the German
 * interface asks for the German name first and names line styles in German; a category is offered
 * only colours apart from its scheme's others; names save as the reader types.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { DEFAULT_SCHEME, type Category } from '../../../src/model/schemes/category.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/schemes/scheme-editor-view.js';
import type { CrSchemeEditorView } from '../../../src/ui/schemes/scheme-editor-view.js';
import { TestDatabases } from '../../support/test-database.js';
import { SchemeEditorHost } from '../../support/scheme-editor-host.js';

describe('the scheme editor', () => {
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

  const root = (): ShadowRoot => view.shadowRoot!;
  const $ = <T extends Element>(selector: string): T => {
    const found = root().querySelector<T>(selector);
    if (!found) throw new Error(`no ${selector}`);
    return found;
  };
  /** The fieldset of a category, by its legend. */
  const row = (name: string): HTMLFieldSetElement => {
    const found = [...root().querySelectorAll('ol.categories fieldset')].find((set) => set.querySelector('legend')?.textContent?.trim() === name);
    if (!found) throw new Error(`no category ${name}`);
    return found as HTMLFieldSetElement;
  };
  /** The control inside the label whose text starts with `label`. */
  const control = <T extends HTMLElement>(within: ParentNode, label: string): T => {
    const found = [...within.querySelectorAll('label')].find((l) => l.textContent!.trim().startsWith(label));
    const field = found?.querySelector<T>('input, select');
    if (!field) throw new Error(`no field ${label}`);
    return field;
  };
  /** Every message a reader would hear as an alert, with its text. */
  const alerts = (): string[] => [...root().querySelectorAll('[role="alert"]')].map((node) => node.textContent!.trim()).filter(Boolean);
  const change = (field: HTMLInputElement | HTMLSelectElement, value: string): void => {
    field.value = value;
    field.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const stored = async (): Promise<Category[]> => (await db.getAll('categories')) as Category[];

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    await mount();
  });

  afterEach(async () => {
    await view.settled();
    annotations.close();
    await databases.cleanUp();
  });

  after(() => applyLocale('en'));

  describe('making a scheme', () => {
    it('creates it without an error: one new scheme, chosen, the field empty again', async () => {
      $<HTMLInputElement>('#new-scheme').value = 'Class 9b';
      $<HTMLButtonElement>('form.new-scheme button[type="submit"]').click();
      await waitUntil(() => store.schemes.length === 2, 'no scheme was made');
      await view.settled();
      await view.updateComplete;
      expect(store.schemes.map((s) => [s.id, s.label.en])).to.deep.equal([['default', DEFAULT_SCHEME.label.en], ['class-9b', 'Class 9b']]);
      expect(alerts()).to.deep.equal([]);
      expect($<HTMLSelectElement>('#scheme').value).to.equal('class-9b');
      expect($<HTMLInputElement>('#new-scheme').value).to.equal('');
      expect((await db.getAll('schemes')).map((s) => s.id).sort()).to.deep.equal(['class-9b', 'default']);
    });

    it('makes one scheme from a double submit, and refuses a retry with the same name next to the field', async () => {
      const form = $<HTMLFormElement>('form.new-scheme');
      $<HTMLInputElement>('#new-scheme').value = 'Class 9b';
      form.requestSubmit();
      form.requestSubmit();
      await view.settled();
      await view.updateComplete;
      expect(store.schemes.map((s) => s.id)).to.deep.equal(['default', 'class-9b']);
      expect(alerts(), 'the second submit is ignored, not refused').to.deep.equal([]);

      $<HTMLInputElement>('#new-scheme').value = 'class 9B';
      form.requestSubmit();
      await view.settled();
      await view.updateComplete;
      expect(store.schemes.map((s) => s.id)).to.deep.equal(['default', 'class-9b']);
      const note = $<HTMLElement>('form.new-scheme .refusal');
      expect(note.textContent!.trim()).to.equal('"Class 9b" has this name already.');
      expect(note.getAttribute('role')).to.equal('alert');
      expect($<HTMLInputElement>('#new-scheme').getAttribute('aria-describedby')).to.equal(note.id);
    });

    it('starts with the default scheme’s categories when asked: copies with ids of their own, stored', async () => {
      $<HTMLInputElement>('#new-scheme').value = 'Class 9b';
      $<HTMLInputElement>('form.new-scheme input[name="start-from-default"]').checked = true;
      $<HTMLFormElement>('form.new-scheme').requestSubmit();
      await view.settled();
      await view.updateComplete;
      const copies = (await stored()).filter((c) => c.schemeId === 'class-9b');
      expect(copies.map((c) => [c.id, c.label.de, c.key, c.colour]).sort()).to.deep.equal([
        ['actor-2', 'Akteur', '1', '#0072b2'],
        ['policy-2', 'Maßnahme/Politik', '2', '#b07800'],
        ['quote-2', 'Zitat', '3', '#b8659a'],
        ['statistic-2', 'Statistik', '4', '#009e73'],
      ]);
      expect([...root().querySelectorAll('ol.categories legend')].map((legend) => legend.textContent!.trim())).to.deep.equal(['Actor', 'Policy', 'Quote', 'Statistic']);
      expect(store.inScheme('default').map((c) => c.id)).to.deep.equal(['actor', 'policy', 'quote', 'statistic']);
    });
  });

  describe('a refused change', () => {
    it('a key taken: said next to the key field, the field back to the saved key, nothing stored', async () => {
      const key = control<HTMLInputElement>(row('Policy'), 'Key');
      change(key, '1');
      await view.settled();
      await view.updateComplete;
      const note = row('Policy').querySelector<HTMLElement>('.refusal')!;
      expect(note.textContent!.trim()).to.equal('"Actor" already has the key 1.');
      expect(note.getAttribute('role')).to.equal('alert');
      expect(key.getAttribute('aria-describedby')).to.equal(note.id);
      expect(key.getAttribute('aria-invalid')).to.equal('true');
      expect(key.value).to.equal('2');
      expect((await stored()).find((c) => c.id === 'policy')?.key).to.equal('2');
      expect($<HTMLElement>('p.error').textContent).to.equal('');
    });

    it('a parent put under another: said next to “Under”, back to top level; a good change then clears it', async () => {
      const add = $<HTMLFormElement>('form.add');
      control<HTMLInputElement>(add, 'English').value = 'Court';
      control<HTMLSelectElement>(add, 'Under').value = 'actor';
      add.requestSubmit();
      await view.settled();
      await view.updateComplete;
      const under = control<HTMLSelectElement>(row('Actor'), 'Under');
      change(under, 'policy');
      await view.settled();
      await view.updateComplete;
      expect(row('Actor').querySelector('.refusal')!.textContent!.trim()).to.equal('"Actor" has categories under it, so it cannot go under another one.');
      expect(under.value).to.equal('');
      expect(store.get('actor')?.parentId).to.equal(undefined);

      change(control<HTMLInputElement>(row('Actor'), 'Key'), 'a');
      change(under, '');
      await view.settled();
      await view.updateComplete;
      expect(row('Actor').querySelector('.refusal')).to.equal(null);
      expect(store.get('actor')?.key).to.equal('a');
    });
  });

  describe('in German', () => {
    beforeEach(async () => {
      await applyLocale('de');
      await view.updateComplete;
    });

    it('asks for the German name first, requires it, and takes the English one as optional', async () => {
      const add = $<HTMLFormElement>('form.add');
      const [first, second] = [...add.querySelectorAll<HTMLInputElement>('input[type="text"]')];
      expect([first!.name, first!.required, first!.closest('label')!.textContent!.trim()]).to.deep.equal(['de', true, 'Deutsch']);
      expect([second!.name, second!.required, second!.closest('label')!.textContent!.trim()]).to.deep.equal(['en', false, 'Englisch (optional)']);

      second!.value = 'Court';
      expect(add.checkValidity()).to.equal(false);
      first!.value = 'Gericht';
      second!.value = '';
      add.requestSubmit();
      await view.settled();
      expect((await stored()).find((c) => c.id === 'gericht')?.label).to.deep.equal({ de: 'Gericht', en: 'Gericht' });
    });

    it('says a refusal in German, naming the category in German', async () => {
      change(control<HTMLInputElement>(row('Maßnahme/Politik'), 'Taste'), '1');
      await view.settled();
      await view.updateComplete;
      expect(row('Maßnahme/Politik').querySelector('.refusal')!.textContent!.trim()).to.equal('„Akteur“ hat schon die Taste 1.');
    });

    it('names the line styles in German', async () => {
      const line = control<HTMLSelectElement>(row('Akteur'), 'Linie');
      expect([...line.options].map((option) => [option.value, option.textContent!.trim()])).to.deep.equal([
        ['solid', 'durchgezogen'],
        ['double', 'doppelt'],
        ['dashed', 'gestrichelt'],
        ['dotted', 'gepunktet'],
        ['wavy', 'gewellt'],
      ]);
      expect(line.value).to.equal('solid');
    });
  });

  describe('colours', () => {
    it('offers a category only its own colour and the colours apart from the scheme’s others: Policy is not offered sky blue', async () => {
      const colour = control<HTMLSelectElement>(row('Policy'), 'Colour');
      expect([...colour.options].map((option) => option.textContent!.trim())).to.deep.equal([
        'Vermillion', 'Ochre', 'Olive', 'Violet', 'Teal', 'Brown', 'Red', 'Grey',
      ]);
      expect(colour.value).to.equal('#b07800');
    });

    it('gives new categories colours apart from the others: the second after Vermillion is Violet, not sky blue', async () => {
      const add = $<HTMLFormElement>('form.add');
      for (const name of ['Court', 'Media']) {
        control<HTMLInputElement>(add, 'English').value = name;
        add.requestSubmit();
        await view.settled();
        await view.updateComplete;
      }
      expect((await stored()).filter((c) => ['court', 'media'].includes(c.id)).map((c) => [c.id, c.colour])).to.deep.equal([
        ['court', '#d55e00'],
        ['media', '#7a5cc9'],
      ]);
      expect(control<HTMLSelectElement>(row('Media'), 'Colour').selectedOptions[0]!.textContent!.trim()).to.equal('Violet');
    });
  });

  describe('names saved as the reader types', () => {
    it('saves a category’s name after a pause in typing, without leaving the field', async () => {
      const english = control<HTMLInputElement>(row('Actor'), 'English');
      english.focus();
      english.setSelectionRange(5, 5);
      await sendKeys({ type: 's' });
      await waitUntil(async () => (await stored()).find((c) => c.id === 'actor')?.label.en === 'Actors', 'the name was not saved while typing');
      expect(root().activeElement === english, 'the field still has the focus').to.equal(true);
      expect(english.value).to.equal('Actors');
    });

    it('says a name taken while the reader types, and shows the saved name again when they leave the field', async () => {
      const english = control<HTMLInputElement>(row('Policy'), 'English');
      english.focus();
      english.select();
      await sendKeys({ type: 'actor' });
      await waitUntil(() => row('Policy').querySelector('.refusal'), 'the taken name was not refused');
      expect(row('Policy').querySelector('.refusal')!.textContent!.trim()).to.equal('"Actor" has this name already.');
      expect(english.value).to.equal('actor');
      expect(english.getAttribute('aria-invalid')).to.equal('true');
      english.blur();
      await view.settled();
      await waitUntil(() => english.value === 'Policy', 'the field did not show the saved name again');
      expect(row('Policy').querySelector('.refusal')!.textContent!.trim()).to.equal('"Actor" has this name already.');
      expect((await stored()).find((c) => c.id === 'policy')?.label.en).to.equal('Policy');
    });

    it('saves the scheme’s own name as typed, in both languages', async () => {
      const scheme = $<HTMLFieldSetElement>('fieldset.scheme-name');
      const german = control<HTMLInputElement>(scheme, 'German');
      german.focus();
      german.select();
      await sendKeys({ type: 'Unser Schema' });
      german.blur();
      await view.settled();
      expect(store.schemes[0]!.label).to.deep.equal({ de: 'Unser Schema', en: DEFAULT_SCHEME.label.en });
      expect((await db.getAll('schemes')).map((s) => s.label.de)).to.deep.equal(['Unser Schema']);
      await view.updateComplete;
      expect($<HTMLSelectElement>('#scheme').selectedOptions[0]!.textContent).to.equal(DEFAULT_SCHEME.label.en);
    });

    it('saves a category’s definition and example as typed, and shows them again after a reload', async () => {
      control<HTMLInputElement>(row('Actor'), 'Definition').focus();
      await sendKeys({ type: 'Who acts or speaks.' });
      control<HTMLInputElement>(row('Actor'), 'Example').focus();
      await sendKeys({ type: 'the mayor' });
      await view.settled();
      expect((await stored()).find((c) => c.id === 'actor')).to.deep.include({ definition: { en: 'Who acts or speaks.' }, example: { en: 'the mayor' } });
      await mount();
      expect(control<HTMLInputElement>(row('Actor'), 'Definition').value).to.equal('Who acts or speaks.');
      expect(control<HTMLInputElement>(row('Actor'), 'Example').value).to.equal('the mayor');
      expect(control<HTMLInputElement>(row('Policy'), 'Definition').value).to.equal('');
    });

    it('refuses HTML in a definition next to the field, as a hand-out would, and stores nothing', async () => {
      control<HTMLInputElement>(row('Actor'), 'Definition').focus();
      await sendKeys({ type: 'Wer <b>handelt</b>' });
      await waitUntil(() => row('Actor').querySelector('.refusal'), 'the markup was not refused');
      expect(row('Actor').querySelector('.refusal')!.textContent!.trim()).to.equal(
        'Actor: the definition contains HTML (<b>). Close Reader takes plain text here, so nothing was opened or saved.',
      );
      await view.settled();
      expect((await stored()).find((c) => c.id === 'actor')?.definition).to.equal(undefined);
    });
  });
});
