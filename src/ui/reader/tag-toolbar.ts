/**
 * <cr-tag-toolbar>: the tools for tagging the current selection. A button per category (its
 * accessible name begins with the label and tells the key), undo and redo, and the "whole words"
 * setting. On a narrow screen (its own width, a container query) it packs tighter: the key hints go,
 * and undo and redo show as arrows (their names stay for screen readers).
 *
 * @slot - more tools at the end of the toolbar's last row (the reader puts its sidebar toggle there)
 * @fires cr-tag - detail `{ categoryId }`: tag the selection with this category
 * @fires cr-undo - undo the last action
 * @fires cr-redo - redo the last undone action
 * @fires cr-snap-change - detail `{ snapToWords }`: the whole-words setting changed
 * @cssproperty --cr-surface, --cr-border, --cr-focus - colours from the design tokens
 */
import { LitElement, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import { fire } from '../shared/events.js';
import { currentLocale } from '../shared/localization.js';
import { tagToolbarStyles } from './tag-toolbar.styles.js';

/** Detail of `cr-tag`. */
export interface TagRequest {
  readonly categoryId: string;
}

/** The tagging toolbar above the article. */
export class CrTagToolbar extends LitElement {
  static override styles = tagToolbarStyles;

  static override properties = {
    categories: { attribute: false },
    canUndo: { type: Boolean, attribute: 'can-undo' },
    canRedo: { type: Boolean, attribute: 'can-redo' },
    snapToWords: { type: Boolean, attribute: 'snap-to-words' },
  };

  declare categories: readonly Category[];
  declare canUndo: boolean;
  declare canRedo: boolean;
  declare snapToWords: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.categories = [];
    this.canUndo = false;
    this.canRedo = false;
    this.snapToWords = true;
  }

  protected override render() {
    const locale = currentLocale();
    return html`<div class="bar">
      <div class="categories" role="group" aria-label=${msg('Tag the selection')}>
        ${this.categories.map((category) => {
          const label = categoryLabel(category, locale);
          return html`<button
            type="button"
            class="category"
            data-category=${category.id}
            style="--cr-hl-colour: ${category.colour}; --cr-hl-line: ${category.line}"
            aria-keyshortcuts=${category.key ?? ''}
            @mousedown=${preventFocusSteal}
            @click=${() => fire(this, 'cr-tag', { categoryId: category.id })}
          >
            <span class="swatch" aria-hidden="true"></span>${label}${category.key
              ? html`<span class="visually-hidden">${msg(str`(key ${category.key})`)}</span><kbd aria-hidden="true">${category.key}</kbd>`
              : ''}
          </button>`;
        })}
      </div>
      <div class="history" role="group" aria-label=${msg('History')}>
        <button type="button" ?disabled=${!this.canUndo} aria-keyshortcuts="Control+Z" @mousedown=${preventFocusSteal} @click=${() => fire(this, 'cr-undo')}>
          <span class="icon" aria-hidden="true">↶</span><span class="label">${msg('Undo')}</span>
        </button>
        <button type="button" ?disabled=${!this.canRedo} aria-keyshortcuts="Control+Shift+Z Control+Y" @mousedown=${preventFocusSteal} @click=${() => fire(this, 'cr-redo')}>
          <span class="icon" aria-hidden="true">↷</span><span class="label">${msg('Redo')}</span>
        </button>
      </div>
      <label class="snap">
        <input type="checkbox" .checked=${this.snapToWords} @change=${this.onSnapChange} />
        ${msg('Whole words')}
      </label>
      <slot></slot>
    </div>`;
  }

  private onSnapChange(event: Event): void {
    fire(this, 'cr-snap-change', { snapToWords: (event.target as HTMLInputElement).checked });
  }
}

/**
 * A mouse press on a tool must not move focus out of the text: the selection the reader just made
 * would be hidden, and keyboard work would have to start over. Keyboard users still tab to tools.
 */
function preventFocusSteal(event: MouseEvent): void {
  event.preventDefault();
}

customElements.define('cr-tag-toolbar', CrTagToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'cr-tag-toolbar': CrTagToolbar;
  }
}
