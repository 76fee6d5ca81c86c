/**
 * <cr-font-size-control>: makes the article text smaller or larger in steps, shows the size, and
 * remembers it across visits (reader settings).
 */
import { LitElement, css, html } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { DEFAULT_FONT_SCALE, FONT_SCALES, stepFontScale } from '../../model/settings/reader-settings.js';
import { settingsContext } from '../shared/contexts.js';
import { consumeStore } from '../shared/store-consumer.js';
import { currentLocale } from '../shared/localization.js';
import { controlStyles } from '../shared/controls.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/** Text size buttons for the reader's toolbar. */
export class CrFontSizeControl extends LitElement {
  static override styles = [
    visuallyHiddenStyles,
    controlStyles,
    css`
      :host {
        display: inline-block;
      }
      [role='group'] {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
      }
      button {
        min-width: 2.5rem;
        min-height: 2.25rem;
      }
      button:disabled {
        opacity: 0.5;
      }
      output {
        min-width: 4ch;
        text-align: center;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  private readonly settings = consumeStore(this, settingsContext);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  protected override render() {
    const scale = this.settings.value?.settings.fontScale ?? DEFAULT_FONT_SCALE;
    const percent = new Intl.NumberFormat(currentLocale(), { style: 'percent' }).format(scale);
    return html`
      <div role="group" aria-label=${msg('Text size')}>
        <button type="button" title=${msg('Smaller text')} ?disabled=${scale <= Math.min(...FONT_SCALES)} @click=${() => this.step(-1)}>
          <span aria-hidden="true">A−</span><span class="visually-hidden">${msg('Smaller text')}</span>
        </button>
        <output aria-live="polite" aria-label=${msg(str`Text size ${percent}`)}>${percent}</output>
        <button type="button" title=${msg('Larger text')} ?disabled=${scale >= Math.max(...FONT_SCALES)} @click=${() => this.step(1)}>
          <span aria-hidden="true">A+</span><span class="visually-hidden">${msg('Larger text')}</span>
        </button>
      </div>
    `;
  }

  private step(direction: 1 | -1): void {
    const store = this.settings.value;
    if (!store) return;
    void store.setFontScale(stepFontScale(store.settings.fontScale, direction));
  }
}

customElements.define('cr-font-size-control', CrFontSizeControl);

declare global {
  interface HTMLElementTagNameMap {
    'cr-font-size-control': CrFontSizeControl;
  }
}
