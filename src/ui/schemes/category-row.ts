/**
 * One category's row in the scheme editor: its names in both languages and its definition and
 * example in the reader's language (issue 15; all saved as the reader types),
 * colour (from the palette colours apart from the scheme's others), line, key and parent (each
 * saved when it changes), moving it up or down, and deleting it (category-deletion.ts asks first).
 * A refused change is said next to its field (scheme-edits.ts). The view (scheme-editor-view.ts)
 * says which colours and parents a row offers; entering a row tells {@link CategoryRows}, which
 * then lists every parent in the row's "Under" menu.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg } from '@lit/localize';
import { type Category, type CategoryLine, categoryLabel, localLabel } from '../../model/schemes/category.js';
import { CATEGORY_PALETTE, type PaletteColour } from '../../model/schemes/category-palette.js';
import { CATEGORY_LINES, describeCategory, moveCategory, recolour, renameCategory, setKey, setLine, setParent } from '../../model/schemes/scheme-editing.js';
import type { Locale } from '../../model/settings/reader-settings.js';
import type { CategoryDeletion } from './category-deletion.js';
import type { CategoryRows } from './category-rows.js';
import { lineName } from './line-names.js';
import { languages, type SchemeEdits } from './scheme-edits.js';

/** What a row works with: the view's edits, deletion question and rows, and the stored records. */
export interface RowServices {
  readonly edits: SchemeEdits;
  readonly deletion: CategoryDeletion;
  readonly rows: CategoryRows;
  /** The stored record of a category: what a field shows again after a refusal. */
  stored(id: string): Category | undefined;
}

/** What one row shows besides its category: the colours it offers, the parents its "Under" menu lists. */
export interface RowChoices {
  readonly colours: readonly PaletteColour[];
  readonly parents: readonly Category[];
}

/** The row (a list item holding a fieldset named by the category) of `category`. */
export function renderCategoryRow(services: RowServices, category: Category, choices: RowChoices, locale: Locale) {
  const { edits, deletion, rows } = services;
  const field = (name: string): string => `${category.id}:${name}`;
  const name = categoryLabel(category, locale);
  const stored = (): Category | undefined => services.stored(category.id);
  const current = CATEGORY_PALETTE.find((c) => c.colour === category.colour);
  return html`<li class=${category.parentId ? 'child' : ''} style="--cr-hl-colour: ${category.colour}" @focusin=${() => rows.enter(category.id)}>
    <fieldset>
      <legend><span class="swatch" aria-hidden="true"></span>${name}</legend>
      ${languages(locale).map((language) =>
        edits.typedField(field(language), language, () => stored()?.label[language] ?? '', (text) =>
          edits.edit(field(language), (all) => renameCategory(all, category.id, { [language]: text })),
        ),
      )}
      ${edits.typedField(field('definition'), locale, () => stored()?.definition?.[locale] ?? '', (text) =>
        edits.edit(field('definition'), (all) => describeCategory(all, category.id, 'definition', locale, text)), msg('Definition'),
      )}
      ${edits.typedField(field('example'), locale, () => stored()?.example?.[locale] ?? '', (text) =>
        edits.edit(field('example'), (all) => describeCategory(all, category.id, 'example', locale, text)), msg('Example'),
      )}
      <label
        >${msg('Colour')}
        <select
          .value=${live(category.colour)}
          aria-describedby=${edits.notes.describedBy(field('colour'))}
          @change=${(e: Event) => edits.change(field('colour'), e, () => stored()?.colour ?? '', (all, colour) => recolour(all, category.id, colour))}
        >
          ${choices.colours.map((c) => html`<option value=${c.colour} ?selected=${c.colour === category.colour}>${localLabel(c.name, locale)}</option>`)}
          ${choices.colours.some((c) => c.colour === category.colour)
            ? nothing
            : html`<option selected value=${category.colour}>${current ? localLabel(current.name, locale) : category.colour}</option>`}
        </select></label
      >${edits.notes.render(field('colour'))}
      <label
        >${msg('Line')}
        <select
          .value=${live(category.line)}
          @change=${(e: Event) => edits.change(field('line'), e, () => stored()?.line ?? '', (all, line) => setLine(all, category.id, line as CategoryLine))}
        >
          ${CATEGORY_LINES.map((line) => html`<option value=${line} ?selected=${line === category.line}>${lineName(line)}</option>`)}
        </select></label
      >${edits.notes.render(field('line'))}
      <label
        >${msg('Key')}
        <input
          class="key"
          type="text"
          maxlength="1"
          .value=${live(category.key ?? '')}
          aria-describedby=${edits.notes.describedBy(field('key'))}
          aria-invalid=${edits.notes.invalid(field('key'))}
          @change=${(e: Event) => edits.change(field('key'), e, () => stored()?.key ?? '', (all, key) => setKey(all, category.id, key))}
      /></label>${edits.notes.render(field('key'))}
      <label
        >${msg('Under')}
        <select
          .value=${live(category.parentId ?? '')}
          aria-describedby=${edits.notes.describedBy(field('parent'))}
          aria-invalid=${edits.notes.invalid(field('parent'))}
          @change=${(e: Event) => edits.change(field('parent'), e, () => stored()?.parentId ?? '', (all, parent) => setParent(all, category.id, parent || undefined))}
        >
          <option value="" ?selected=${!category.parentId}>${msg('(top level)')}</option>
          ${choices.parents.map((c) => html`<option value=${c.id} ?selected=${c.id === category.parentId}>${categoryLabel(c, locale)}</option>`)}
        </select></label
      >${edits.notes.render(field('parent'))}
      <span class="actions">
        <button type="button" @click=${() => void edits.edit(field('move'), (all) => moveCategory(all, category.id, 'up'))}>
          ${msg('Up')}<span class="visually-hidden"> ${name}</span>
        </button>
        <button type="button" @click=${() => void edits.edit(field('move'), (all) => moveCategory(all, category.id, 'down'))}>
          ${msg('Down')}<span class="visually-hidden"> ${name}</span>
        </button>
        <button type="button" @click=${() => void deletion.ask(category)}>${msg('Delete')}<span class="visually-hidden"> ${name}</span></button>
      </span>
      ${edits.notes.render(field('move'))} ${deletion.render(category, locale)}
    </fieldset>
  </li>`;
}
