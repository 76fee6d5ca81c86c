/**
 * <cr-help-panel>: the keys of Close Reader in one table: the category keys of the scheme the open
 * article is read with (or of the default scheme), selecting, stepping through annotations, opening
 * and closing a card, linking two annotations, undo and redo, and this help. A modal <dialog>: the "?" button of the header
 * or the `?` key opens it (anywhere but in a field one types in), Escape or Close closes it, and
 * focus goes back where it was.
 *
 * Find in the article has no key of its own (Ctrl+F stays the browser's), so none is listed.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type Category, categoryLabel, DEFAULT_SCHEME_ID } from '../../model/schemes/category.js';
import { categoryStoreContext } from '../shared/contexts.js';
import { currentLocale } from '../shared/localization.js';
import { consumeStore } from '../shared/store-consumer.js';
import { helpPanelStyles } from './help-panel.styles.js';

/** A key or a chord, as the keys to press in order (`['Ctrl', 'Z']`). */
type Chord = readonly string[];

/** The key that opens the help. */
export const HELP_KEY = '?';

/** The help panel. Call `open()` (the header's "?" button does); the `?` key opens it too. */
export class CrHelpPanel extends LitElement {
  static override styles = helpPanelStyles;

  static override properties = {
    documentId: { attribute: 'document-id' },
    schemeId: { state: true },
  };

  /** The article open in the reader, '' elsewhere: its scheme's keys are the ones listed. */
  declare documentId: string;
  /** The scheme whose keys are listed (found when the panel opens). */
  declare schemeId: string;

  private readonly categories = consumeStore(this, categoryStoreContext);
  /** Where focus was when the panel opened, to go back to when it closes. */
  private returnFocus: HTMLElement | undefined;
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== HELP_KEY || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    if (this.isOpen || isTypingTarget(event.composedPath()[0])) return;
    event.preventDefault();
    void this.open();
  };

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.documentId = '';
    this.schemeId = DEFAULT_SCHEME_ID;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKeyDown);
    super.disconnectedCallback();
  }

  /** Whether the panel is showing. */
  get isOpen(): boolean {
    return this.renderRoot.querySelector('dialog')?.open ?? false;
  }

  /** Opens the panel with the keys of the open article's scheme, and remembers where focus was. */
  async open(): Promise<void> {
    if (this.isOpen) return;
    this.returnFocus = deepActiveElement();
    const store = this.categories.value;
    this.schemeId = store && this.documentId ? await store.schemeFor(this.documentId) : DEFAULT_SCHEME_ID;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Closes the panel (focus goes back where it was). */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another article (or none): its scheme is looked up again on the next open.
    if (changed.has('documentId') && !this.isOpen) this.schemeId = DEFAULT_SCHEME_ID;
  }

  protected override render() {
    return html`<dialog aria-labelledby="help-title" @close=${this.onClose}>
      <div class="top">
        <h2 id="help-title">${msg('Keyboard shortcuts')}</h2>
        <button type="button" @click=${() => this.close()}>${msg('Close')}</button>
      </div>
      <p>${msg('Tab moves from control to control; the first, “Skip to the text”, takes you straight into the article. In the text, the arrow keys move the caret.')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">${msg('Keys')}</th>
            <th scope="col">${msg('What they do')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.renderCategoryKeys()}
          ${this.row([[msg('Shift'), '← →'], [msg('Ctrl'), msg('Shift'), '← →']], msg('Select text from the caret, letter by letter or word by word'))}
          ${this.row([['J'], ['Alt', '↓']], msg('Go to the next annotation'))}
          ${this.row([['K'], ['Alt', '↑']], msg('Go to the previous annotation'))}
          ${this.row([[msg('Enter')]], msg('Open the card of the highlight at the caret'))}
          ${this.row([['L']], msg('Link the annotation at the caret or in the open card to another: J/K or ↓/↑ choose, Enter links, Esc cancels'))}
          ${this.row([[msg('Esc')]], msg('Close the card, or this help'))}
          ${this.row([[msg('Ctrl'), 'Z']], msg('Undo'))}
          ${this.row([[msg('Ctrl'), msg('Shift'), 'Z'], [msg('Ctrl'), 'Y']], msg('Redo'))}
          ${this.row([[HELP_KEY]], msg('Show this help'))}
        </tbody>
      </table>
    </dialog>`;
  }

  /** One row per category of the scheme that has a key: the key tags the selection with it. */
  private renderCategoryKeys() {
    const store = this.categories.value;
    const keyed = (store?.inScheme(this.schemeId) ?? []).filter((category): category is Category & { key: string } => !!category.key);
    if (keyed.length === 0) return html`<tr><td colspan="2">${msg('The categories of this scheme have no keys; tag with the toolbar’s buttons.')}</td></tr>`;
    const locale = currentLocale();
    return keyed.map((category) =>
      this.row(
        [[category.key]],
        html`<span class="swatch" style="--cr-hl-colour: ${category.colour}" aria-hidden="true"></span>${msg(
            str`Tag the selection as ${categoryLabel(category, locale)}`,
          )}`,
      ),
    );
  }

  /** A row: its chords (alternatives, "or" between them), then what they do. */
  private row(chords: readonly Chord[], what: string | TemplateResult) {
    return html`<tr>
      <th scope="row">
        ${chords.map(
          (chord, i) =>
            html`${i > 0 ? html` ${msg('or')} ` : nothing}<span class="chord">${chord.map((key, j) => html`${j > 0 ? '+' : nothing}<kbd>${key}</kbd>`)}</span>`,
        )}
      </th>
      <td>${what}</td>
    </tr>`;
  }

  private onClose(): void {
    const target = this.returnFocus;
    this.returnFocus = undefined;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }
}

/**
 * Whether a key pressed at `target` types into a field (a text input, a text area, a select's
 * type-ahead, an editable text): there `?` is a character, not a request for help. The article's
 * text is contenteditable for its caret but read-only (aria-readonly), so `?` there opens help.
 */
function isTypingTarget(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable && target.closest('[aria-readonly="true"]') === null;
}

/** The focused element, looking into shadow roots (a button inside a component, not the component). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

customElements.define('cr-help-panel', CrHelpPanel);

declare global {
  interface HTMLElementTagNameMap {
    'cr-help-panel': CrHelpPanel;
  }
}
