/**
 * <cr-scheme-editor-view>: the category schemes. Choose a scheme or make a new one; add, rename
 * (German and English), recolour (from a palette that keeps contrast in light and dark, with a
 * warning when a colour is too close to another), reorder, set the key of, nest one level, and
 * delete categories (asking what to do with their annotations, and saying how many); export a
 * scheme as SKOS JSON-LD and import one (the same IRIs update it rather than duplicate it).
 */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type Category, type CategoryLine, DEFAULT_SCHEME_ID, categoryLabel, schemeOf } from '../../model/schemes/category.js';
import { CATEGORY_PALETTE } from '../../model/schemes/category-palette.js';
import { CATEGORY_LINES, addCategory, createScheme, moveCategory, recolour, renameCategory, setKey, setLine, setParent, type EditResult } from '../../model/schemes/scheme-editing.js';
import { mergeImportedScheme, parseSkosScheme, schemeToSkos } from '../../model/schemes/skos.js';
import { download } from '../shared/download.js';
import { CategoryDeletion } from './category-deletion.js';
import { annotationStoreContext, categoryStoreContext } from '../shared/contexts.js';
import { describeFailure } from '../shared/failure-message.js';
import { pickFiles } from '../shared/file-picker.js';
import { currentLocale } from '../shared/localization.js';
import { schemeEditorStyles } from './scheme-editor-view.styles.js';
import { consumeStore } from '../shared/store-consumer.js';

/** The scheme editor page. */
export class CrSchemeEditorView extends LitElement {
  static override styles = schemeEditorStyles;

  static override properties = { schemeId: { state: true }, error: { state: true }, status: { state: true } };

  declare schemeId: string;
  declare error: string;
  declare status: string;

  private readonly store = consumeStore(this, categoryStoreContext);
  private readonly annotations = new ContextConsumer(this, { context: annotationStoreContext, subscribe: true });
  private readonly deletion = new CategoryDeletion(this, () => ({ categories: this.store.value, annotations: this.annotations.value }));

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.schemeId = DEFAULT_SCHEME_ID;
    this.error = '';
    this.status = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Category schemes')} – ${msg('Close Reader')}`;
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
        <select id="scheme" @change=${(e: Event) => (this.schemeId = (e.target as HTMLSelectElement).value)}>
          ${(store?.schemes ?? []).map((s) => html`<option value=${s.id} ?selected=${s.id === this.schemeId}>${locale === 'de' ? s.label.de : s.label.en}</option>`)}
        </select>
        <button type="button" @click=${this.exportScheme}>${msg('Export scheme')}</button>
        <button type="button" @click=${this.importScheme}>${msg('Import scheme')}</button>
      </div>
      <form class="new-scheme" @submit=${this.newScheme}>
        <label for="new-scheme">${msg('New scheme')}</label>
        <input id="new-scheme" name="label" type="text" required />
        <button type="submit">${msg('Create scheme')}</button>
      </form>
      ${scheme ? this.renderCategories() : nothing}
    `;
  }

  private renderCategories() {
    const categories = this.categories;
    const locale = currentLocale();
    const topLevel = categories.filter((c) => !c.parentId);
    return html`
      <h2>${msg('Categories')}</h2>
      <ol class="categories">
        ${categories.map(
          (category) => html`<li class=${category.parentId ? 'child' : ''} style="--cr-hl-colour: ${category.colour}">
            <fieldset>
              <legend><span class="swatch" aria-hidden="true"></span>${categoryLabel(category, locale)}</legend>
              <label>${msg('German')} <input type="text" lang="de" .value=${category.label.de} @change=${(e: Event) => this.edit((all) => renameCategory(all, category.id, { de: value(e) }))} /></label>
              <label>${msg('English')} <input type="text" lang="en" .value=${category.label.en} @change=${(e: Event) => this.edit((all) => renameCategory(all, category.id, { en: value(e) }))} /></label>
              <label>${msg('Colour')}
                <select @change=${(e: Event) => this.edit((all) => recolour(all, category.id, value(e)))}>
                  ${CATEGORY_PALETTE.map((c) => html`<option value=${c.colour} ?selected=${c.colour === category.colour}>${locale === 'de' ? c.name.de : c.name.en}</option>`)}
                  ${CATEGORY_PALETTE.some((c) => c.colour === category.colour) ? nothing : html`<option selected value=${category.colour}>${category.colour}</option>`}
                </select>
              </label>
              <label>${msg('Line')}
                <select @change=${(e: Event) => this.edit((all) => setLine(all, category.id, value(e) as CategoryLine))}>
                  ${CATEGORY_LINES.map((line) => html`<option value=${line} ?selected=${line === category.line}>${line}</option>`)}
                </select>
              </label>
              <label>${msg('Key')} <input class="key" type="text" maxlength="1" .value=${category.key ?? ''} @change=${(e: Event) => this.edit((all) => setKey(all, category.id, value(e)))} /></label>
              <label>${msg('Under')}
                <select @change=${(e: Event) => this.edit((all) => setParent(all, category.id, value(e) || undefined))}>
                  <option value="" ?selected=${!category.parentId}>${msg('(top level)')}</option>
                  ${topLevel.filter((c) => c.id !== category.id).map((c) => html`<option value=${c.id} ?selected=${c.id === category.parentId}>${categoryLabel(c, locale)}</option>`)}
                </select>
              </label>
              <span class="actions">
                <button type="button" @click=${() => this.edit((all) => moveCategory(all, category.id, 'up'))}>${msg('Up')}<span class="visually-hidden"> ${categoryLabel(category, locale)}</span></button>
                <button type="button" @click=${() => this.edit((all) => moveCategory(all, category.id, 'down'))}>${msg('Down')}<span class="visually-hidden"> ${categoryLabel(category, locale)}</span></button>
                <button type="button" @click=${() => void this.deletion.ask(category)}>${msg('Delete')}<span class="visually-hidden"> ${categoryLabel(category, locale)}</span></button>
              </span>
              ${this.deletion.render(category, locale)}
            </fieldset>
          </li>`,
        )}
      </ol>
      <form class="add" @submit=${this.add}>
        <h2>${msg('Add a category')}</h2>
        <label>${msg('English')} <input name="en" type="text" lang="en" required /></label>
        <label>${msg('German')} <input name="de" type="text" lang="de" /></label>
        <label>${msg('Key')} <input class="key" name="key" type="text" maxlength="1" /></label>
        <label>${msg('Under')}
          <select name="parent">
            <option value="">${msg('(top level)')}</option>
            ${topLevel.map((c) => html`<option value=${c.id}>${categoryLabel(c, locale)}</option>`)}
          </select>
        </label>
        <button type="submit">${msg('Add category')}</button>
      </form>
    `;
  }

  /** Runs one edit over every category, then saves the scheme's categories. */
  private async edit(change: (all: readonly Category[]) => EditResult): Promise<void> {
    const store = this.store.value;
    const scheme = store?.schemes.find((s) => s.id === this.schemeId);
    if (!store || !scheme) return;
    const result = change(store.categories);
    if (!result.ok) {
      this.error = result.problems.map((p) => p.message).join(' ');
      return;
    }
    this.error = '';
    try {
      await store.saveScheme(scheme, result.value.categories.filter((c) => schemeOf(c) === scheme.id));
      this.status = result.warnings.length ? result.warnings.map((w) => w.message).join(' ') : msg('Saved.');
      if (result.warnings.length) this.error = this.status;
    } catch (error) {
      this.error = describeFailure(error);
    }
  }

  private add(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const parent = String(data.get('parent') ?? '');
    void this.edit((all) =>
      addCategory(all, this.schemeId, {
        label: { en: String(data.get('en') ?? ''), de: String(data.get('de') ?? '') },
        ...(data.get('key') ? { key: String(data.get('key')) } : {}),
        ...(parent ? { parentId: parent } : {}),
      }),
    ).then(() => {
      if (!this.error) form.reset();
    });
  }

  private async newScheme(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const store = this.store.value;
    const label = String(new FormData(event.target as HTMLFormElement).get('label') ?? '').trim();
    if (!store || !label) return;
    const scheme = createScheme({ de: label, en: label }, store.schemes, new Date().toISOString());
    if (!scheme.ok) {
      this.error = scheme.problems.map((p) => p.message).join(' ');
      return;
    }
    try {
      await store.saveScheme(scheme.value, []);
      this.schemeId = scheme.value.id;
      (event.target as HTMLFormElement).reset();
    } catch (error) {
      this.error = describeFailure(error);
    }
  }

  private exportScheme(): void {
    const scheme = this.store.value?.schemes.find((s) => s.id === this.schemeId);
    if (!scheme) return;
    const json = `${JSON.stringify(schemeToSkos(scheme, this.categories), null, 2)}\n`;
    const fileName = `scheme-${scheme.id}-${new Date().toISOString().slice(0, 10)}.jsonld`;
    download({ fileName, json });
    this.status = msg(str`Exported as ${fileName}`);
  }

  private async importScheme(): Promise<void> {
    const [file] = await pickFiles({ accept: '.jsonld,.json,application/ld+json,application/json' });
    if (file) await this.readScheme(file);
  }

  private async readScheme(file: File): Promise<void> {
    const store = this.store.value;
    if (!store) return;
    const parsed = parseSkosScheme(await file.text(), file.name);
    if (!parsed.ok) {
      this.error = parsed.problems.map((p) => p.message).join(' ');
      return;
    }
    const merge = mergeImportedScheme(store.schemes, store.categories, parsed.value);
    try {
      const kept = store.inScheme(merge.scheme.id).filter((c) => !merge.categories.some((m) => m.id === c.id));
      await store.saveScheme(merge.scheme, [...kept, ...merge.categories]);
      this.schemeId = merge.scheme.id;
      this.error = merge.warnings.map((w) => w.message).join(' ');
      this.status = merge.created
        ? msg(str`Imported the scheme with ${merge.added} categories.`)
        : msg(str`Updated the scheme: ${merge.added} categories added, ${merge.updated} changed.`);
    } catch (error) {
      this.error = describeFailure(error);
    }
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
