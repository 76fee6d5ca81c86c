/**
 * <cr-creator-name-field>: the reader's name, set once and remembered, written as the creator of
 * every annotation they export (so a teacher knows whose hand-in is whose). Saved as the reader
 * types (after a pause, and at once when the page is hidden or left or the field loses focus).
 * While the field has the focus it shows what was typed, not the stored (trimmed) name, so a
 * space typed between two names is not taken away under the reader's fingers.
 */
import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { settingsContext } from '../shared/contexts.js';
import { consumeStore } from '../shared/store-consumer.js';
import { controlStyles } from '../shared/controls.styles.js';
import { SaveWhileTyping } from '../shared/save-while-typing.js';

/** The name field in the app header. */
export class CrCreatorNameField extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.4em;
      }
      input {
        width: 11em;
      }
    `,
  ];

  private readonly settings = consumeStore(this, settingsContext);
  private readonly saver = new SaveWhileTyping<'name'>(this, (_field, name) => void this.settings.value?.setCreatorName(name));
  /** What the reader typed, while the field has the focus. */
  private draft: string | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  /** Saves what waits at once; once it is kept, the field shows the stored name (trimmed). */
  private async onBlur(): Promise<void> {
    const name = this.saver.take('name');
    if (name !== undefined) await this.settings.value?.setCreatorName(name);
    if (this.shadowRoot?.activeElement) return; // back in the field meanwhile: still typing
    this.draft = undefined;
    this.requestUpdate();
  }

  protected override render() {
    return html`
      <label for="name">${msg('Your name')}</label>
      <input
        id="name"
        type="text"
        autocomplete="name"
        maxlength="200"
        placeholder=${msg('written into exports')}
        .value=${this.draft ?? this.settings.value?.settings.creatorName ?? ''}
        @input=${(event: Event) => {
          this.draft = (event.target as HTMLInputElement).value;
          this.saver.typed('name', this.draft);
        }}
        @blur=${() => void this.onBlur()}
      />
    `;
  }
}

customElements.define('cr-creator-name-field', CrCreatorNameField);

declare global {
  interface HTMLElementTagNameMap {
    'cr-creator-name-field': CrCreatorNameField;
  }
}
