/**
 * The scheme editor's "Relation types" section (issue 17): each type of the scheme with its names in
 * both languages (saved as the reader types, like a category's), the categories it starts from and
 * leads to (two groups of checkboxes over the scheme's top-level categories, each saved when ticked;
 * a side is never left empty), and its deletion (asked first, as a category's is); then a form that
 * adds a type. Every edit runs through the view's {@link SchemeEdits}, one after the other, and a
 * refusal is said next to the field it is about. Another scheme shown starts afresh: no question
 * and no message of the last one stays (a copied scheme keeps its types' ids, so they would seem
 * to be about its types).
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import type { RelationType } from '../../model/relations/relation-type.js';
import type { Problem } from '../../model/result.js';
import { type Category, categoryLabel, localLabel } from '../../model/schemes/category.js';
import {
  addRelationType,
  deleteRelationType,
  type RelationSide,
  renameRelationType,
  setRelationTypeCategory,
} from '../../model/schemes/relation-type-editing.js';
import type { Locale } from '../../model/settings/reader-settings.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import { languageName, languages, type SchemeEdits } from './scheme-edits.js';

/** See the module comment. */
export class RelationTypeRows implements ReactiveController {
  /** The type whose deletion is being asked about (of the scheme {@link shownScheme}). */
  private deleting: string | undefined;
  /** The scheme the section was last drawn for. */
  private shownScheme: string | undefined;
  /** A new type is being written: the button is disabled, and a second submit is ignored. */
  private adding = false;
  /** What follows the last add once it is saved (the form reset). */
  private finishing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly edits: SchemeEdits,
    private readonly store: () => CategoryStore | undefined,
    /** The scheme the host shows. */
    private readonly schemeId: () => string,
  ) {
    host.addController(this);
  }

  /** Before the host draws another scheme: forgets the question and the messages about the last one's types. */
  hostUpdate(): void {
    const schemeId = this.schemeId();
    if (this.shownScheme !== undefined && schemeId !== this.shownScheme) {
      this.deleting = undefined;
      this.edits.notes.clearAll('relation/');
      this.edits.notes.clearAll('add-relation');
    }
    this.shownScheme = schemeId;
  }

  /** Resolves when the last add is saved or refused and the form shows it. */
  settled(): Promise<unknown> {
    return this.finishing;
  }

  /** The section for scheme `schemeId`, whose top-level categories are `topLevel`. */
  render(schemeId: string, topLevel: readonly Category[], locale: Locale) {
    const types = this.store()?.relationTypes(schemeId) ?? [];
    return html`<section class="relation-types" aria-labelledby="relation-types-heading">
      <h2 id="relation-types-heading">${msg('Relation types')}</h2>
      <p class="intro">${msg('A relation links two passages, such as a quote and the actor who said it. Each type says which categories it may start from and lead to.')}</p>
      ${types.length > 0
        ? html`<ol class="relation-type-list">
            ${types.map((type) => this.renderType(schemeId, type, topLevel, locale))}
          </ol>`
        : html`<p>${msg('This scheme has no relation types yet.')}</p>`}
      ${this.renderAddForm(schemeId, topLevel, locale)}
    </section>`;
  }

  /** One type: its names, its two sides, its deletion. */
  private renderType(schemeId: string, type: RelationType, topLevel: readonly Category[], locale: Locale) {
    const field = (name: string): string => `relation/${type.id}:${name}`;
    const name = localLabel(type.label, locale) || type.id;
    const stored = (): RelationType | undefined => this.store()?.relationTypes(schemeId).find((other) => other.id === type.id);
    return html`<li>
      <fieldset class="relation-type">
        <legend>${name}</legend>
        ${languages(locale).map((language) =>
          this.edits.typedField(field(language), language, () => stored()?.label[language] ?? '', (text) =>
            this.edits.editRelationTypes(field(language), schemeId, (types) => renameRelationType(types, type.id, { [language]: text })),
          ),
        )}
        ${(['from', 'to'] as const).map((side) => this.renderSide(schemeId, type, side, this.choices(type, side, topLevel), locale))}
        <span class="actions">
          <button type="button" data-relation-type=${type.id} @click=${() => void this.ask(type.id)}>${msg('Delete')}<span class="visually-hidden"> ${name}</span></button>
        </span>
        ${this.edits.notes.render(field('delete'))} ${this.renderQuestion(schemeId, type, name)}
      </fieldset>
    </li>`;
  }

  /**
   * One side of a type: a checkbox per top-level category, ticked when the type names it. Unticking
   * the last one is refused (said beside the group) and the box is ticked again.
   */
  private renderSide(schemeId: string, type: RelationType, side: RelationSide, categories: readonly Category[], locale: Locale) {
    const field = `relation/${type.id}:${side}`;
    const notes = this.edits.notes;
    return html`<fieldset class="relation-side" aria-describedby=${notes.describedBy(field)} aria-invalid=${notes.invalid(field)}>
        <legend>${sideName(side)}</legend>
        ${categories.map(
          (category) =>
            html`<label
              ><input
                type="checkbox"
                .checked=${live(type[side].includes(category.id))}
                @change=${(e: Event) => void this.tick(schemeId, type.id, side, category.id, e.target as HTMLInputElement)}
              />
              ${categoryLabel(category, locale)}</label
            >`,
        )}
      </fieldset>
      ${notes.render(field)}`;
  }

  /** The categories a side offers: the scheme's top-level ones, and any other the type names already. */
  private choices(type: RelationType, side: RelationSide, topLevel: readonly Category[]): Category[] {
    const store = this.store();
    const shown = new Set(topLevel.map((category) => category.id));
    const named = type[side].filter((id) => !shown.has(id)).flatMap((id) => store?.get(id) ?? []);
    return [...topLevel, ...named];
  }

  /** Saves a ticked or unticked box; a refused one shows its saved state again. */
  private async tick(schemeId: string, typeId: string, side: RelationSide, categoryId: string, box: HTMLInputElement): Promise<void> {
    const included = box.checked;
    await this.edits.editRelationTypes(`relation/${typeId}:${side}`, schemeId, (types) => setRelationTypeCategory(types, typeId, side, categoryId, included));
    // The box is bound `live` to the stored type: re-rendered, a refused one shows its saved state again.
    this.host.requestUpdate();
  }

  /** Asks whether to delete type `typeId`, and moves the focus into the question. */
  private async ask(typeId: string): Promise<void> {
    this.deleting = typeId;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.relation-type .deletion button')?.focus();
  }

  /** The question under the type it is about (nothing for the others). */
  private renderQuestion(schemeId: string, type: RelationType, name: string) {
    if (this.deleting !== type.id) return nothing;
    return html`<div class="deletion" role="group" aria-label=${msg(str`Delete ${name}`)}>
      <p>${msg(str`Delete the relation type “${name}”? It is no longer offered when linking passages.`)}</p>
      <button type="button" class="danger" @click=${() => void this.confirm(schemeId, type)}>${msg('Delete relation type')}</button>
      <button type="button" @click=${() => void this.cancel(type.id)}>${msg('Keep it')}</button>
    </div>`;
  }

  /** Deletes the type; the focus goes to the add form (the row is gone). */
  private async confirm(schemeId: string, type: RelationType): Promise<void> {
    const deleted = await this.edits.editRelationTypes(`relation/${type.id}:delete`, schemeId, (types) => deleteRelationType(types, type.id));
    if (!deleted) return;
    this.deleting = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>('.add-relation-type input')?.focus();
  }

  /** Keeps the type; the focus goes back to its Delete button. */
  private async cancel(typeId: string): Promise<void> {
    this.deleting = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const buttons = this.host.shadowRoot?.querySelectorAll<HTMLButtonElement>('button[data-relation-type]') ?? [];
    [...buttons].find((button) => button.dataset['relationType'] === typeId)?.focus();
  }

  /** The form that adds a type: its name (the reader's language required), its two sides. */
  private renderAddForm(schemeId: string, topLevel: readonly Category[], locale: Locale) {
    const [first, second] = languages(locale);
    const notes = this.edits.notes;
    const side = (name: RelationSide) => html`<fieldset class="relation-side" aria-describedby=${notes.describedBy(`add-relation:${name}`)}>
        <legend>${sideName(name)}</legend>
        ${topLevel.map((category) => html`<label><input type="checkbox" name=${name} value=${category.id} /> ${categoryLabel(category, locale)}</label>`)}
      </fieldset>
      ${notes.render(`add-relation:${name}`)}`;
    return html`<form class="add add-relation-type" @submit=${(event: SubmitEvent) => this.submit(event, schemeId)}>
      <h3>${msg('Add a relation type')}</h3>
      <label
        >${languageName(first)}
        <input
          name=${first}
          type="text"
          lang=${first}
          required
          aria-describedby=${notes.describedBy('add-relation:label')}
          aria-invalid=${notes.invalid('add-relation:label')}
      /></label>
      ${notes.render('add-relation:label')}
      <label>${languageName(second)} ${msg('(optional)')} <input name=${second} type="text" lang=${second} /></label>
      ${side('from')} ${side('to')}
      <button type="submit" ?disabled=${this.adding}>${msg('Add relation type')}</button>
      ${notes.render('add-relation')}
    </form>`;
  }

  private submit(event: SubmitEvent, schemeId: string): void {
    event.preventDefault();
    if (this.adding) return;
    // The form, now: once the handler awaits, the event no longer says where it came from.
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string): string => String(data.get(name) ?? '');
    const ids = (name: string): string[] => data.getAll(name).map(String);
    this.adding = true;
    this.host.requestUpdate();
    this.edits.notes.clearAll('add-relation');
    this.finishing = this.edits
      .editRelationTypes(addFieldOf, schemeId, (types) => addRelationType(types, schemeId, { label: { de: text('de'), en: text('en') }, from: ids('from'), to: ids('to') }))
      .then(async (added) => {
        if (!added) return;
        await this.host.updateComplete;
        form.reset();
        form.querySelector<HTMLInputElement>('input')?.focus();
      })
      .finally(() => {
        this.adding = false;
        this.host.requestUpdate();
      });
  }
}

/** A side's name: where a relation starts, where it leads. */
function sideName(side: RelationSide): string {
  return side === 'from' ? msg('Starts from') : msg('Leads to');
}

/** The field of the add form a refusal is about: the name, a side, or the form as a whole. */
function addFieldOf(problem: Problem): string {
  if (problem.code.startsWith('label-') || problem.code === 'relation-type-label-taken' || problem.code === 'markup-in-field') return 'add-relation:label';
  if (problem.code === 'relation-type-side-empty') return `add-relation:${problem.params['side'] === 'from' ? 'from' : 'to'}`;
  return 'add-relation';
}
