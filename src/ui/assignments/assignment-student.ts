/**
 * <cr-assignment-student>: placeholder, replaced by the student's page of an assignment (issue 15).
 */
import { LitElement, html } from 'lit';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';

/** See the module comment. */
export class CrAssignmentStudent extends LitElement {
  static override properties = { record: { attribute: false } };
  declare record: AssignmentRecord | undefined;

  protected override render() {
    return html`<h1>${this.record?.assignment.title ?? ''}</h1>`;
  }
}

customElements.define('cr-assignment-student', CrAssignmentStudent);

declare global {
  interface HTMLElementTagNameMap {
    'cr-assignment-student': CrAssignmentStudent;
  }
}
