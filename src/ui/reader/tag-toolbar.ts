/**
 * <cr-tag-toolbar>: the tools for tagging the current selection. A button per category (its
 * accessible name begins with the label and tells the key), undo and redo, and the "whole words"
 * setting. A category with a definition or an example (an assignment's scheme, SKOS
 * `skos:definition` / `skos:example`) shows them in a tooltip while its button is hovered or has
 * keyboard focus, tied to it with aria-describedby so that screen readers say it too; Escape
 * dismisses it (WCAG 1.4.13); `hide-definitions` (an assignment's rule) leaves them out. On a narrow screen (its own width, a container query) it packs tighter: the key hints go,
 * and undo and redo show as arrows (their names stay for screen readers).
 *
 * @slot - more tools at the end of the toolbar's last row (the reader puts its sidebar toggle there)
 * @fires cr-tag - detail `{ categoryId }`: tag the selection with this category
 * @fires cr-undo - undo the last action
 * @fires cr-redo - redo the last undone action
 * @fires cr-snap-change - detail `{ snapToWords }`: the whole-words setting changed
 * @cssproperty --cr-surface, --cr-border, --cr-focus - colours from the design tokens
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type Category, categoryLabel, localLabel } from '../../model/schemes/category.js';
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
    hideDefinitions: { type: Boolean, attribute: 'hide-definitions' },
    dismissed: { state: true },
  };

  declare categories: readonly Category[];
  declare canUndo: boolean;
  declare canRedo: boolean;
  declare snapToWords: boolean;
  /** Leave out the categories' definitions and examples (an assignment's rule: the class works them out). */
  declare hideDefinitions: boolean;
  /** The category whose tooltip Escape dismissed, until its button loses focus and hover. */
  declare dismissed: string | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.categories = [];
    this.canUndo = false;
    this.canRedo = false;
    this.snapToWords = true;
    this.hideDefinitions = false;
    this.dismissed = undefined;
  }

  protected override render() {
    const locale = currentLocale();
    return html`<div class="bar">
      <div class="categories" role="group" aria-label=${msg('Tag the selection')}>
        ${this.categories.map((category, index) => {
          const label = categoryLabel(category, locale);
          const definition = this.hideDefinitions ? '' : localLabel(category.definition ?? {}, locale);
          const example = this.hideDefinitions ? '' : localLabel(category.example ?? {}, locale);
          const tip = definition || example ? `category-definition-${index}` : undefined;
          const button = html`<button
            type="button"
            class="category"
            data-category=${category.id}
            style="--cr-hl-colour: ${category.colour}; --cr-hl-line: ${category.line}"
            aria-keyshortcuts=${category.key ?? ''}
            aria-describedby=${tip ?? nothing}
            @keydown=${(event: KeyboardEvent) => {
              if (event.key === 'Escape' && tip && this.dismissed !== category.id) {
                this.dismissed = category.id;
                event.stopPropagation();
              }
            }}
            @mousedown=${preventFocusSteal}
            @click=${() => fire(this, 'cr-tag', { categoryId: category.id })}
          >
            <span class="swatch" aria-hidden="true"></span>${label}${category.key
              ? html`<span class="visually-hidden">${msg(str`(key ${category.key})`)}</span><kbd aria-hidden="true">${category.key}</kbd>`
              : ''}
          </button>`;
          if (!tip) return button;
          return html`<span
            class="category-tip-anchor"
            ?data-dismissed=${this.dismissed === category.id}
            @focusout=${() => this.undismiss(category.id)}
            @mouseleave=${() => this.undismiss(category.id)}
            >${button}<span class="definition" role="tooltip" id=${tip}
              >${definition ? html`<span class="definition-text">${definition}</span>` : nothing}${example
                ? html`<span class="definition-example">${msg(str`Example: ${example}`)}</span>`
                : nothing}</span
            ></span
          >`;
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

  private undismiss(categoryId: string): void {
    if (this.dismissed === categoryId) this.dismissed = undefined;
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
