/**
 * <cr-class-comparison>: one student against the model answer on the class view (issue 16): a
 * select of the hand-ins (`setId` preselects one, as the overview asks with 'cr-class-student'),
 * and for the student chosen the figures per category, the article with found, missed, extra and
 * wrong category each marked by its own cue, and the passages by outcome
 * (<cr-comparison-report>). Without a model answer it says so and where to make one. Picking a
 * student here changes only this part: nothing is fired.
 *
 * Light DOM, like the class view around it (the article inside is a ProseMirror view).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ClassData, ClassHandIn } from '../../app/class/class-data.js';
import { type NamesShown, studentLabel } from './student-label.js';
import './comparison-report.js';

const SELECT_ID = 'cr-class-comparison-student';

/** See the module comment. */
export class CrClassComparison extends LitElement {
  static override properties = {
    data: { attribute: false },
    names: { attribute: false },
    setId: { attribute: false },
    chosen: { state: true },
  };

  declare data: ClassData | undefined;
  declare names: NamesShown;
  /** The hand-in (set id) to show first; the select changes what is shown, not this. */
  declare setId: string | undefined;
  /** The hand-in shown (set id), chosen here or given by `setId`. */
  declare chosen: string | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.data = undefined;
    this.names = 'names';
    this.setId = undefined;
    this.chosen = undefined;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('setId') && this.setId !== undefined) this.chosen = this.setId;
  }

  /** The hand-in shown: the one chosen while it is there, else the first. */
  private get handIn(): ClassHandIn | undefined {
    const handIns = this.data?.handIns ?? [];
    return handIns.find((handIn) => handIn.set.id === this.chosen) ?? handIns[0];
  }

  protected override render() {
    const data = this.data;
    if (!data) return nothing;
    if (data.model.length === 0) {
      const page = `#/assignment/${encodeURIComponent(data.record.assignment.id)}`;
      return html`<p class="cr-class-comparison-none">
          ${msg('There is no model answer for this assignment yet, so there is nothing to compare with. To make one, choose “Edit the model answer” on the assignment page and tag the article as you expect it.')}
        </p>
        <p><a href=${page}>${msg('Go to the assignment page')}</a></p>`;
    }
    const handIn = this.handIn;
    if (!handIn) return html`<p class="cr-class-comparison-none">${msg('No hand-ins yet: there is nobody to compare.')}</p>`;
    const whose = studentLabel(handIn, this.names);
    return html`
      <p class="cr-class-comparison-pick">
        <label for=${SELECT_ID}>${msg('Student')}</label>
        <select id=${SELECT_ID} @change=${(event: Event) => (this.chosen = (event.target as HTMLSelectElement).value)}>
          ${data.handIns.map((option) => html`<option value=${option.set.id} ?selected=${option === handIn}>${studentLabel(option, this.names)}</option>`)}
        </select>
      </p>
      <cr-comparison-report .blocks=${data.blocks} .categories=${data.categories} .model=${data.model} .work=${handIn.annotations} .whose=${whose}></cr-comparison-report>
    `;
  }
}

customElements.define('cr-class-comparison', CrClassComparison);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-comparison': CrClassComparison;
  }
}
