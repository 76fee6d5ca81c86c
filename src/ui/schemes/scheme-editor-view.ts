/**
 * <cr-scheme-editor-view>: the category schemes. Choose a scheme, rename it, or make a new one
 * (empty, or starting with the default scheme's categories); add, rename (in the reader's language
 * first, the other optional), recolour (from the palette colours not too close to the scheme's
 * other categories), reorder, set the key of, nest one level, and delete categories (asking what
 * to do with their annotations, and saying how many); edit the scheme's relation types (issue 17:
 * relation-type-rows.ts); export a scheme as SKOS JSON-LD and import one (the same IRIs update it
 * rather than duplicate it).
 *
 * Names save as the reader types; every other field saves when it changes. A refused change (a
 * key taken, a parent nested under another) is said next to its field and the field shows the
 * saved value again; edits run one after the other (scheme-edits.ts). This file renders the page
 * and makes schemes; a category's row is category-row.ts, the add form add-category-form.ts, how
 * much of a long scheme is on the page category-rows.ts, export and import scheme-files.ts.
 */
import { LitElement, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type Category, type CategoryScheme, DEFAULT_SCHEME_ID, schemeLabel } from '../../model/schemes/category.js';
import { coloursApartForEach } from '../../model/schemes/palette-choice.js';
import type { Locale } from '../../model/settings/reader-settings.js';
import { createNewScheme, renameStoredScheme } from '../../app/schemes/scheme-creation.js';
import { AddCategoryForm } from './add-category-form.js';
import { CategoryDeletion } from './category-deletion.js';
import { renderCategoryRow, type RowServices } from './category-row.js';
import { CategoryRows } from './category-rows.js';
import { RelationTypeRows } from './relation-type-rows.js';
import { languages, SchemeEdits } from './scheme-edits.js';
import { exportSchemeFile, pickAndImportScheme, type SchemeFileOutcome } from './scheme-files.js';
import { annotationStoreContext, categoryStoreContext } from '../shared/contexts.js';
import { currentLocale } from '../shared/localization.js';
import { schemeEditorStyles } from './scheme-editor-view.styles.js';
import { consumeStore } from '../shared/store-consumer.js';

/** The scheme editor page. */
export class CrSchemeEditorView extends LitElement {
  static override styles = schemeEditorStyles;

  static override properties = {
    schemeId: { state: true },
    error: { state: true },
    status: { state: true },
    creating: { state: true },
  };

  declare schemeId: string;
  declare error: string;
  declare status: string;
  /** A new scheme is being written: its button is disabled, and a second submit is ignored. */
  declare creating: boolean;

  private readonly store = consumeStore(this, categoryStoreContext);
  private readonly annotations = new ContextConsumer(this, { context: annotationStoreContext, subscribe: true });
  private readonly deletion = new CategoryDeletion(this, () => ({ categories: this.store.value, annotations: this.annotations.value }));
  private readonly edits = new SchemeEdits(this, () => this.store.value, (text) => (this.status = text));
  private readonly rows = new CategoryRows(this, (text) => (this.status = text));
  private readonly addForm = new AddCategoryForm(this, this.edits, this.rows, () => this.store.value);
  private readonly relationTypes = new RelationTypeRows(this, this.edits, () => this.store.value, () => this.schemeId);
  /** What a row works with (category-row.ts). */
  private readonly rowServices: RowServices = {
    edits: this.edits,
    deletion: this.deletion,
    rows: this.rows,
    stored: (id) => this.store.value?.get(id),
  };
  /** What follows the last new scheme once it is saved (the form reset). */
  private finishing: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.schemeId = DEFAULT_SCHEME_ID;
    this.error = '';
    this.status = '';
    this.creating = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Category schemes')} – ${msg('Close Reader')}`;
  }

  /** Resolves when every change made so far (typed names included) is saved or refused, and the view says so. */
  async settled(): Promise<void> {
    await this.edits.settled();
    await this.finishing;
    await this.addForm.settled();
    await this.relationTypes.settled();
    await this.updateComplete;
  }

  private get categories(): Category[] {
    return this.store.value?.inScheme(this.schemeId) ?? [];
  }

  protected override render() {
    const store = this.store.value;
    const locale = currentLocale();
    const scheme = store?.schemes.find((s) => s.id === this.schemeId);
    return html`
      <h1>${msg('Category schemes')}</h1>
      <p class="intro">${msg('A scheme is the set of categories an article is tagged with. Each article uses one; choose it above the text.')}</p>
      <p class="error" role="alert">${this.error}</p>
      <p class="visually-hidden" role="status">${this.status}</p>
      <div class="schemes">
        <label for="scheme">${msg('Scheme')}</label>
        <select id="scheme" @change=${(e: Event) => (this.schemeId = value(e))}>
          ${(store?.schemes ?? []).map((s) => html`<option value=${s.id} ?selected=${s.id === this.schemeId}>${schemeLabel(s, locale)}</option>`)}
        </select>
        <button type="button" @click=${this.exportScheme}>${msg('Export scheme')}</button>
        <button type="button" @click=${this.importScheme}>${msg('Import scheme')}</button>
      </div>
      ${scheme ? this.renderSchemeName(scheme, locale) : nothing}
      <form class="new-scheme" @submit=${this.newScheme}>
        <label for="new-scheme">${msg('New scheme')}</label>
        <input
          id="new-scheme"
          name="label"
          type="text"
          required
          aria-describedby=${this.edits.notes.describedBy('new-scheme')}
          aria-invalid=${this.edits.notes.invalid('new-scheme')}
        />
        <label class="start-from"><input type="checkbox" name="start-from-default" /> ${msg('Start with the categories of the default scheme')}</label>
        <button type="submit" ?disabled=${this.creating}>${msg('Create scheme')}</button>
        ${this.edits.notes.render('new-scheme')}
      </form>
      ${scheme ? this.renderCategories(locale) : nothing}
    `;
  }

  /** The scheme's name in both languages, saved as the reader types. */
  private renderSchemeName(scheme: CategoryScheme, locale: Locale) {
    return html`<fieldset class="scheme-name">
      <legend>${msg('Name of the scheme')}</legend>
      ${languages(locale).map((language) =>
        this.edits.typedField(`scheme/${scheme.id}:${language}`, language, () => this.schemeName(scheme.id, language), (text) =>
          this.edits.run(`scheme/${scheme.id}:${language}`, async () => {
            const renamed = await renameStoredScheme(this.store.value!, scheme.id, { [language]: text }, new Date().toISOString());
            return renamed.ok ? { ok: true, warnings: [] } : renamed;
          }),
        ),
      )}
    </fieldset>`;
  }

  /**
   * The scheme's categories (the first rows of a long one, category-rows.ts), each offered the
   * colours apart from the others (computed for all rows at once) and the top-level ones as parents.
   */
  private renderCategories(locale: Locale) {
    const categories = this.categories;
    const topLevel = categories.filter((c) => !c.parentId);
    const colours = coloursApartForEach(categories);
    const rows = this.rows.visible(this.schemeId, categories);
    return html`
      <h2>${msg('Categories')}</h2>
      <ol class="categories">
        ${rows.map((category) =>
          renderCategoryRow(this.rowServices, category, { colours: colours.get(category.id) ?? [], parents: this.rows.parentsFor(category, topLevel) }, locale),
        )}
      </ol>
      ${this.rows.renderMore(categories.length)} ${keyed(locale, this.addForm.render(this.schemeId, topLevel, locale))}
      ${keyed(`${locale}/${this.schemeId}`, this.relationTypes.render(this.schemeId, topLevel, locale))}
    `;
  }

  /** The stored name of a scheme in one language. */
  private schemeName(schemeId: string, language: 'de' | 'en'): string {
    return this.store.value?.schemes.find((s) => s.id === schemeId)?.label[language] ?? '';
  }

  private newScheme(event: SubmitEvent): void {
    event.preventDefault();
    if (this.creating) return;
    this.finishing = this.createScheme(event.currentTarget as HTMLFormElement);
  }

  /** Makes the scheme `form` asks for; once it is shown, empties the form for the next. */
  private async createScheme(form: HTMLFormElement): Promise<void> {
    const data = new FormData(form);
    const store = this.store.value;
    const label = String(data.get('label') ?? '');
    if (!store) return;
    this.creating = true;
    let created: CategoryScheme | undefined;
    await this.edits.run('new-scheme', async () => {
      const request = { label: { de: label, en: label }, ...(data.get('start-from-default') ? { startFrom: DEFAULT_SCHEME_ID } : {}) };
      const scheme = await createNewScheme(store, request, new Date().toISOString());
      if (scheme.ok) created = scheme.value;
      return scheme.ok ? { ok: true, warnings: [] } : scheme;
    });
    if (created) {
      this.schemeId = created.id;
      this.status = msg(str`Created the scheme “${schemeLabel(created, currentLocale())}”.`);
      // Reset once the page shows the new scheme: the form is the same element, re-rendered.
      await this.updateComplete;
      form.reset();
    }
    this.creating = false;
  }

  private exportScheme(): void {
    const store = this.store.value;
    const scheme = store?.schemes.find((s) => s.id === this.schemeId);
    if (store && scheme) this.status = exportSchemeFile(scheme, this.categories, store.relationTypes(scheme.id));
  }

  private async importScheme(): Promise<void> {
    const store = this.store.value;
    const outcome = store && (await pickAndImportScheme(store));
    if (outcome) this.show(outcome);
  }

  /** Says what an import did, and shows the scheme it made or updated. */
  private show(outcome: SchemeFileOutcome): void {
    this.error = outcome.error;
    if (outcome.status) this.status = outcome.status;
    if (outcome.schemeId) this.schemeId = outcome.schemeId;
  }
}

function value(event: Event): string {
  return (event.target as HTMLInputElement | HTMLSelectElement).value;
}

customElements.define('cr-scheme-editor-view', CrSchemeEditorView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-scheme-editor-view': CrSchemeEditorView;
  }
}
