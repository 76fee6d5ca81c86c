/**
 * <cr-received-hand-ins>: placeholder, replaced by the list of hand-ins the teacher received for an
 * assignment (issue 15).
 */
import { LitElement, html } from 'lit';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';

/** See the module comment. */
export class CrReceivedHandIns extends LitElement {
  static override properties = { record: { attribute: false } };
  declare record: AssignmentRecord | undefined;

  protected override render() {
    return html``;
  }
}

customElements.define('cr-received-hand-ins', CrReceivedHandIns);

declare global {
  interface HTMLElementTagNameMap {
    'cr-received-hand-ins': CrReceivedHandIns;
  }
}
