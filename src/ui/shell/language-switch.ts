/**
 * <cr-language-switch>: chooses the interface language (English, Deutsch). The choice is applied at
 * once and remembered in the reader's settings.
 *
 * @csspart select - the native select
 */
import { LitElement, css, html } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { LOCALES, isLocale } from '../../model/settings/reader-settings.js';
import { settingsContext } from '../shared/contexts.js';
import { controlStyles } from '../shared/controls.styles.js';
import { LOCALE_NAMES } from '../shared/locale-names.js';
import { applyLocale, currentLocale } from '../shared/localization.js';
import { consumeStore } from '../shared/store-consumer.js';

/** The language picker in the app header. */
export class CrLanguageSwitch extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-flex;
        align-items: center;
        gap: 0.4em;
      }
    `,
  ];

  private readonly settings = consumeStore(this, settingsContext);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    const active = currentLocale();
    return html`
      <label for="language">${msg('Language')}</label>
      <select id="language" part="select" @change=${this.onChange}>
        ${LOCALES.map(
          (locale) => html`<option value=${locale} lang=${locale} ?selected=${locale === active}>${LOCALE_NAMES[locale]}</option>`,
        )}
      </select>
    `;
  }

  private async onChange(event: Event): Promise<void> {
    const value = (event.target as HTMLSelectElement).value;
    if (!isLocale(value)) return;
    await applyLocale(value);
    await this.settings.value?.setLocale(value);
  }
}

customElements.define('cr-language-switch', CrLanguageSwitch);

declare global {
  interface HTMLElementTagNameMap {
    'cr-language-switch': CrLanguageSwitch;
  }
}
