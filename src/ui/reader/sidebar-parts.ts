/**
 * Pieces of <cr-annotation-sidebar>'s template kept apart from the element (annotation-sidebar.ts
 * holds the list and its window): an annotation's category names, and the section of annotations
 * kept without a place in the text.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Annotation } from '../../model/annotations/annotation.js';
import { firstLine, shortenMiddle } from '../../model/annotations/annotation-list.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { fire } from '../shared/events.js';
import { formatCount } from '../shared/plural.js';
import { LIST_PAGE } from './list-window.js';

/** An annotation's categories, each with its swatch and its label (its id for one not in the scheme). */
export function renderCategoryNames(annotation: Annotation, categories: readonly Category[], locale: string) {
  return annotation.categoryIds.map((id) => {
    const category = categories.find((candidate) => candidate.id === id);
    return html`<span class="category" style="--cr-hl-colour: ${category?.colour ?? '#767676'}"
      ><span class="swatch" aria-hidden="true"></span>${category ? categoryLabel(category, locale) : id}</span
    >`;
  });
}

/** What the "Not placed" section shows, and who fires its events. */
export interface UnplacedParts {
  /** The sidebar: it fires `cr-annotation-place` and `cr-annotation-delete`. */
  readonly host: HTMLElement;
  readonly unplaced: readonly Annotation[];
  /** How many of them are in the page. */
  readonly listed: number;
  readonly categories: readonly Category[];
  readonly articleLang: string;
  readonly locale: string;
  /** Puts a page more of them in the page. */
  readonly more: () => void;
}

/** "Not placed (N)": annotations whose quote was not found, each to place at the selection or delete. */
export function renderUnplaced({ host, unplaced, listed, categories, articleLang, locale, more }: UnplacedParts) {
  return html`<section class="unplaced" aria-labelledby="unplaced-title">
    <h3 id="unplaced-title">${msg(str`Not placed (${formatCount(unplaced.length)})`)}</h3>
    <p class="hint">${msg('Their quote was not found in this text. Select the passage, then choose “Place here”.')}</p>
    <ol>
      ${unplaced.slice(0, listed).map(
        (annotation) => html`<li class="unplaced-item">
          <span class="categories">${renderCategoryNames(annotation, categories, locale)}</span>
          <span class="quote" lang=${articleLang}>${shortenMiddle(annotation.exact, 90)}</span>
          ${firstLine(annotation.note) ? html`<span class="note">${firstLine(annotation.note)}</span>` : nothing}
          <span class="actions">
            <button
              type="button"
              @mousedown=${(event: MouseEvent) => event.preventDefault() /* keep the reader's selection in the text */}
              @click=${() => fire(host, 'cr-annotation-place', { id: annotation.id })}
            >${msg('Place here')}</button>
            <button type="button" @click=${() => fire(host, 'cr-annotation-delete', { id: annotation.id })}>${msg('Delete')}</button>
          </span>
        </li>`,
      )}
    </ol>
    ${unplaced.length > listed
      ? html`<button type="button" class="more" @click=${more}>
          ${msg(str`Show ${formatCount(Math.min(unplaced.length - listed, LIST_PAGE))} more (${formatCount(unplaced.length - listed)} after these)`)}
        </button>`
      : nothing}
  </section>`;
}
