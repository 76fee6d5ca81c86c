/**
 * <cr-class-overview>: being built (issue 16). Replaced by its real component.
 */
import { LitElement, html } from 'lit';
import type { ClassData } from '../../app/class/class-data.js';
import type { NamesShown } from './student-label.js';

/** See the module comment. */
export class CrClassOverview extends LitElement {
  static override properties = { data: { attribute: false }, names: { attribute: false } };
  declare data: ClassData | undefined;
  declare names: NamesShown;

  protected override render() {
    return html``;
  }
}

customElements.define('cr-class-overview', CrClassOverview);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-overview': CrClassOverview;
  }
}
