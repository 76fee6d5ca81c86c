/**
 * <cr-find-bar>: find in the article. A search field, the number of matches and which one is
 * current, previous and next (Enter and Shift+Enter in the field too), and whether case and
 * accents must match. The current match is selected in the text, so a category button or key
 * tags it directly.
 *
 * @fires cr-find - detail `{ query, matchCaseAndAccents }`: search (again)
 * @fires cr-find-step - detail `{ direction }`: 1 for the next match, -1 for the previous
 */
import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { controlStyles } from '../shared/controls.styles.js';
import { fire } from '../shared/events.js';
import { formatCount, plural } from '../shared/plural.js';

/** The find bar above the article. */
export class CrFindBar extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 0.75rem;
        font-family: var(--cr-font-sans);
        font-size: 0.9rem;
      }
      .field {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem;
      }
      input[type='search'] {
        padding: 0.25rem 0.4rem;
        width: 14rem;
        max-width: 60vw;
      }
      button {
        padding: 0.2rem 0.5rem;
      }
      output {
        color: var(--cr-text-muted);
        font-variant-numeric: tabular-nums;
        min-width: 6ch;
      }
      .option {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
      }
    `,
  ];

  static override properties = {
    count: { type: Number },
    current: { type: Number },
    query: {},
    matchCaseAndAccents: { type: Boolean, attribute: 'match-case-and-accents' },
  };

  /** Number of matches. */
  declare count: number;
  /** Index of the current match, or -1. */
  declare current: number;
  declare query: string;
  declare matchCaseAndAccents: boolean;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.count = 0;
    this.current = -1;
    this.query = '';
    this.matchCaseAndAccents = false;
  }

  protected override render() {
    const current = formatCount(this.current + 1);
    const status =
      this.query.trim() === ''
        ? ''
        : plural(this.count, {
            zero: () => msg('No matches'),
            one: () => msg(str`${current} of 1 match`),
            other: (count) => msg(str`${current} of ${count} matches`),
          });
    return html`
      <div class="field" role="search" aria-label=${msg('Find in the article')}>
        <label for="find">${msg('Find')}</label>
        <input id="find" type="search" .value=${this.query} @input=${this.onInput} @keydown=${this.onKeyDown} />
        <output for="find" aria-live="polite">${status}</output>
        <button type="button" ?disabled=${this.count === 0} @click=${() => this.step(-1)}>${msg('Previous')}</button>
        <button type="button" ?disabled=${this.count === 0} @click=${() => this.step(1)}>${msg('Next')}</button>
      </div>
      <label class="option">
        <input type="checkbox" .checked=${this.matchCaseAndAccents} @change=${this.onOption} />
        ${msg('Match case and accents')}
      </label>
    `;
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    this.search();
  }

  private onOption(event: Event): void {
    this.matchCaseAndAccents = (event.target as HTMLInputElement).checked;
    this.search();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.step(event.shiftKey ? -1 : 1);
  }

  private search(): void {
    fire(this, 'cr-find', { query: this.query, matchCaseAndAccents: this.matchCaseAndAccents });
  }

  private step(direction: 1 | -1): void {
    fire(this, 'cr-find-step', { direction });
  }
}

customElements.define('cr-find-bar', CrFindBar);

declare global {
  interface HTMLElementTagNameMap {
    'cr-find-bar': CrFindBar;
  }
}
