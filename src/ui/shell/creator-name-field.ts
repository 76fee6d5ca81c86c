/**
 * <cr-creator-name-field>: the reader's name, set once and remembered, written as the creator of
 * every annotation they export (so a teacher knows whose hand-in is whose).
 */
import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { settingsContext } from '../shared/contexts.js';
import { consumeStore } from '../shared/store-consumer.js';
import { controlStyles } from '../shared/controls.styles.js';

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

  constructor() {
    super();
    updateWhenLocaleChanges(this);
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
        .value=${this.settings.value?.settings.creatorName ?? ''}
        @change=${(event: Event) => void this.settings.value?.setCreatorName((event.target as HTMLInputElement).value)}
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
