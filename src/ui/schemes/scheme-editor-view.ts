/**
 * <cr-scheme-editor-view>: the category schemes. Choose a scheme, rename it, or make a new one
 * (empty, or starting with the default scheme's categories); add, rename (in the reader's language
 * first, the other optional), recolour (from the palette colours not too close to the scheme's
 * other categories), reorder, set the key of, nest one level, and delete categories (asking what
 * to do with their annotations, and saying how many); export a scheme as SKOS JSON-LD and import
 * one (the same IRIs update it rather than duplicate it).
 *
 * Names save as the reader types; every other field saves when it changes. A refused change (a
 * key taken, a parent nested under another) is said next to its field and the field shows the
 * saved value again; edits run one after the other (scheme-edits.ts). This file renders the page
 * and makes, imports and exports schemes.
 */
import { LitElement, html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { Problem } from '../../model/result.js';
import {
  type Category,
  type CategoryLine,
  type CategoryScheme,
  DEFAULT_SCHEME_ID,
  categoryLabel,
  localLabel,
  schemeLabel,
} from '../../model/schemes/category.js';
import { CATEGORY_PALETTE, coloursApartFrom } from '../../model/schemes/category-palette.js';
import {
  CATEGORY_LINES,
  addCategory,
  moveCategory,
  recolour,
  renameCategory,
  setKey,
  setLine,
  setParent,
} from '../../model/schemes/scheme-editing.js';
import { schemeToSkos } from '../../model/schemes/skos.js';
import type { Locale } from '../../model/settings/reader-settings.js';
import { createNewScheme, renameStoredScheme } from '../../app/schemes/scheme-creation.js';
import { confirmSchemeImport, prepareSchemeImport } from '../../app/import/scheme-import.js';
import { download } from '../shared/download.js';
import { CategoryDeletion } from './category-deletion.js';
import { lineName } from './line-names.js';
import { languageName, languages, SchemeEdits } from './scheme-edits.js';
import { annotationStoreContext, categoryStoreContext } from '../shared/contexts.js';
import { describeFailure } from '../shared/failure-message.js';
import { pickFiles } from '../shared/file-picker.js';
import { currentLocale } from '../shared/localization.js';
import { describeProblems } from '../shared/problem-messages.js';
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
    adding: { state: true },
  };

  declare schemeId: string;
  declare error: string;
  declare status: string;
  /** A new scheme is being written: its button is disabled, and a second submit is ignored. */
  declare creating: boolean;
  /** A new category is being written: likewise. */
  declare adding: boolean;

  private readonly store = consumeStore(this, categoryStoreContext);
  private readonly annotations = new ContextConsumer(this, { context: annotationStoreContext, subscribe: true });
  private readonly deletion = new CategoryDeletion(this, () => ({ categories: this.store.value, annotations: this.annotations.value }));
  private readonly edits = new SchemeEdits(this, () => this.store.value, (text) => (this.status = text));
  /** What follows the last add or new scheme once it is saved (the form reset). */
  private finishing: Promise<unknown> = Promise.resolve();

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.schemeId = DEFAULT_SCHEME_ID;
    this.error = '';
    this.status = '';
    this.creating = false;
    this.adding = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Category schemes')} – ${msg('Close Reader')}`;
  }

  /** Resolves when every change made so far (typed names included) is saved or refused, and the view says so. */
  async settled(): Promise<void> {
    await this.edits.settled();
    await this.finishing;
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

  private renderCategories(locale: Locale) {
    const categories = this.categories;
    const topLevel = categories.filter((c) => !c.parentId);
    return html`
      <h2>${msg('Categories')}</h2>
      <ol class="categories">
        ${categories.map((category) => this.renderCategory(category, categories, topLevel, locale))}
      </ol>
      ${keyed(locale, this.renderAddForm(topLevel, locale))}
    `;
  }

  private renderCategory(category: Category, categories: readonly Category[], topLevel: readonly Category[], locale: Locale) {
    const field = (name: string): string => `${category.id}:${name}`;
    const name = categoryLabel(category, locale);
    const stored = (): Category | undefined => this.store.value?.get(category.id);
    const offered = coloursApartFrom(categories.filter((c) => c.id !== category.id).map((c) => c.colour));
    const current = CATEGORY_PALETTE.find((c) => c.colour === category.colour);
    return html`<li class=${category.parentId ? 'child' : ''} style="--cr-hl-colour: ${category.colour}">
      <fieldset>
        <legend><span class="swatch" aria-hidden="true"></span>${name}</legend>
        ${languages(locale).map((language) =>
          this.edits.typedField(field(language), language, () => stored()?.label[language] ?? '', (text) =>
            this.edits.edit(field(language), (all) => renameCategory(all, category.id, { [language]: text })),
          ),
        )}
        <label
          >${msg('Colour')}
          <select
            .value=${live(category.colour)}
            aria-describedby=${this.edits.notes.describedBy(field('colour'))}
            @change=${(e: Event) => this.edits.change(field('colour'), e, () => stored()?.colour ?? '', (all, colour) => recolour(all, category.id, colour))}
          >
            ${offered.map((c) => html`<option value=${c.colour} ?selected=${c.colour === category.colour}>${localLabel(c.name, locale)}</option>`)}
            ${offered.some((c) => c.colour === category.colour)
              ? nothing
              : html`<option selected value=${category.colour}>${current ? localLabel(current.name, locale) : category.colour}</option>`}
          </select></label
        >${this.edits.notes.render(field('colour'))}
        <label
          >${msg('Line')}
          <select
            .value=${live(category.line)}
            @change=${(e: Event) => this.edits.change(field('line'), e, () => stored()?.line ?? '', (all, line) => setLine(all, category.id, line as CategoryLine))}
          >
            ${CATEGORY_LINES.map((line) => html`<option value=${line} ?selected=${line === category.line}>${lineName(line)}</option>`)}
          </select></label
        >${this.edits.notes.render(field('line'))}
        <label
          >${msg('Key')}
          <input
            class="key"
            type="text"
            maxlength="1"
            .value=${live(category.key ?? '')}
            aria-describedby=${this.edits.notes.describedBy(field('key'))}
            aria-invalid=${this.edits.notes.invalid(field('key'))}
            @change=${(e: Event) => this.edits.change(field('key'), e, () => stored()?.key ?? '', (all, key) => setKey(all, category.id, key))}
        /></label>${this.edits.notes.render(field('key'))}
        <label
          >${msg('Under')}
          <select
            .value=${live(category.parentId ?? '')}
            aria-describedby=${this.edits.notes.describedBy(field('parent'))}
            aria-invalid=${this.edits.notes.invalid(field('parent'))}
            @change=${(e: Event) => this.edits.change(field('parent'), e, () => stored()?.parentId ?? '', (all, parent) => setParent(all, category.id, parent || undefined))}
          >
            <option value="" ?selected=${!category.parentId}>${msg('(top level)')}</option>
            ${topLevel
              .filter((c) => c.id !== category.id)
              .map((c) => html`<option value=${c.id} ?selected=${c.id === category.parentId}>${categoryLabel(c, locale)}</option>`)}
          </select></label
        >${this.edits.notes.render(field('parent'))}
        <span class="actions">
          <button type="button" @click=${() => void this.edits.edit(field('move'), (all) => moveCategory(all, category.id, 'up'))}>
            ${msg('Up')}<span class="visually-hidden"> ${name}</span>
          </button>
          <button type="button" @click=${() => void this.edits.edit(field('move'), (all) => moveCategory(all, category.id, 'down'))}>
            ${msg('Down')}<span class="visually-hidden"> ${name}</span>
          </button>
          <button type="button" @click=${() => void this.deletion.ask(category)}>${msg('Delete')}<span class="visually-hidden"> ${name}</span></button>
        </span>
        ${this.edits.notes.render(field('move'))} ${this.deletion.render(category, locale)}
      </fieldset>
    </li>`;
  }

  /** The form that adds a category: the label in the reader's language is required, the other optional. */
  private renderAddForm(topLevel: readonly Category[], locale: Locale) {
    const [first, second] = languages(locale);
    return html`<form class="add" @submit=${this.add}>
      <h2>${msg('Add a category')}</h2>
      <label
        >${languageName(first)}
        <input
          name=${first}
          type="text"
          lang=${first}
          required
          aria-describedby=${this.edits.notes.describedBy('add:label')}
          aria-invalid=${this.edits.notes.invalid('add:label')}
      /></label>
      ${this.edits.notes.render('add:label')}
      <label>${languageName(second)} ${msg('(optional)')} <input name=${second} type="text" lang=${second} /></label>
      <label
        >${msg('Key')}
        <input
          class="key"
          name="key"
          type="text"
          maxlength="1"
          aria-describedby=${this.edits.notes.describedBy('add:key')}
          aria-invalid=${this.edits.notes.invalid('add:key')}
      /></label>
      ${this.edits.notes.render('add:key')}
      <label
        >${msg('Under')}
        <select name="parent" aria-describedby=${this.edits.notes.describedBy('add:parent')}>
          <option value="">${msg('(top level)')}</option>
          ${topLevel.map((c) => html`<option value=${c.id}>${categoryLabel(c, locale)}</option>`)}
        </select>
      </label>
      ${this.edits.notes.render('add:parent')}
      <button type="submit" ?disabled=${this.adding}>${msg('Add category')}</button>
      ${this.edits.notes.render('add')}
    </form>`;
  }

  /** The stored name of a scheme in one language. */
  private schemeName(schemeId: string, language: 'de' | 'en'): string {
    return this.store.value?.schemes.find((s) => s.id === schemeId)?.label[language] ?? '';
  }

  private add(event: SubmitEvent): void {
    event.preventDefault();
    if (this.adding) return;
    // The form, now: once the handler awaits, the event no longer says where it came from.
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string): string => String(data.get(name) ?? '');
    const schemeId = this.schemeId;
    this.adding = true;
    this.edits.notes.clearAll('add');
    this.finishing = this.edits.edit(addFieldOf, (all) =>
      addCategory(all, schemeId, {
        label: { de: text('de'), en: text('en') },
        ...(text('key') ? { key: text('key') } : {}),
        ...(text('parent') ? { parentId: text('parent') } : {}),
      }),
    )
      .then(async (added) => {
        if (!added) return;
        await this.updateComplete;
        form.reset();
        form.querySelector<HTMLInputElement>('input')?.focus();
      })
      .finally(() => (this.adding = false));
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

  /** Imports a scheme file the way the header's Import does (app/import/scheme-import.ts), without its summary. */
  private async readScheme(file: File): Promise<void> {
    const store = this.store.value;
    if (!store) return;
    const prepared = prepareSchemeImport(await file.text(), file.name, store);
    if (!prepared.ok) {
      this.error = describeProblems(prepared.problems).join(' ');
      return;
    }
    const { merge, warnings } = prepared.value;
    try {
      await confirmSchemeImport(prepared.value, store);
      this.schemeId = merge.scheme.id;
      this.error = describeProblems(warnings).join(' ');
      this.status = merge.created
        ? msg(str`Imported the scheme with ${merge.added} categories.`)
        : msg(str`Updated the scheme: ${merge.added} categories added, ${merge.updated} changed.`);
    } catch (error) {
      this.error = describeFailure(error);
    }
  }
}

/** The field of the add form a refusal is about: the label, the key, the parent, or the form as a whole. */
function addFieldOf(problem: Problem): string {
  if (problem.code.startsWith('label-')) return 'add:label';
  if (problem.code.startsWith('key-')) return 'add:key';
  if (problem.code.startsWith('parent-') || problem.code === 'has-children') return 'add:parent';
  return 'add';
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
