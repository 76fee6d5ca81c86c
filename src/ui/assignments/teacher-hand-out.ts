/**
 * <cr-teacher-hand-out>: the "Download hand-out" button of the teacher's page (issue 15, "Hand-out
 * file"). Builds the hand-out of the assignment as it is stored (app/assignments/teacher-assignments.ts
 * `buildHandOut`: the assignment, the article, the scheme, never the model answer) and downloads it,
 * or shows what a student's browser would refuse in it (a category named with HTML, say) and
 * downloads nothing. Light DOM, a button like the page's others (styles/base.css).
 */
import { LitElement, html, nothing } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { buildHandOut, handOutDocument } from '../../app/assignments/teacher-assignments.js';
import { EXPORT_MEDIA_TYPE } from '../../app/export/export-file.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { Announcer } from '../shared/announcer.js';
import { articleSourceContext, categoryStoreContext } from '../shared/contexts.js';
import { download } from '../shared/download.js';
import { describeFailure } from '../shared/failure-message.js';
import { describeProblems } from '../shared/problem-messages.js';

/** See the module comment. */
export class CrTeacherHandOut extends LitElement {
  static override properties = { record: { attribute: false }, prepare: { attribute: false }, refusal: { state: true } };

  declare record: AssignmentRecord | undefined;
  /**
   * Called before the hand-out is built: stores what waits (typed, not yet saved) and resolves to
   * the record as stored, or to undefined while a field is refused (then nothing is handed out).
   */
  declare prepare: (() => Promise<AssignmentRecord | undefined>) | undefined;
  /** Why the last try downloaded nothing, in the reader's language: a sentence and its reasons. */
  declare refusal: { readonly lead: string; readonly reasons: readonly string[] } | undefined;

  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true });
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });
  private readonly announcer = new Announcer(this);

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.refusal = undefined;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Builds, checks and downloads the hand-out; resolves to its file name, or undefined when refused. */
  async downloadHandOut(): Promise<string | undefined> {
    const [articles, categories] = [this.articles.value, this.categories.value];
    if (!articles || !categories) return undefined;
    this.refusal = undefined;
    try {
      const record = this.prepare ? await this.prepare() : this.record;
      if (!record) {
        this.refusal = { lead: msg('The hand-out was not saved: a field above is refused. Correct it first, so that the hand-out has what you see.'), reasons: [] };
        return undefined;
      }
      const scheme = categories.schemes.find((each) => each.id === record.schemeId);
      if (!scheme) throw new Error(`the category scheme "${record.schemeId}" is not in this browser`);
      const doc = await handOutDocument(articles, record.assignment.document.id);
      const built = buildHandOut(record.assignment, doc, scheme, categories.inScheme(scheme.id));
      if (!built.ok) {
        this.refusal = { lead: msg('The hand-out was not saved: students could not open it.'), reasons: describeProblems(built.problems) };
        return undefined;
      }
      download(built.value, EXPORT_MEDIA_TYPE);
      this.announcer.announce(msg(str`Hand-out saved as ${built.value.fileName}`));
      return built.value.fileName;
    } catch (error) {
      this.refusal = { lead: describeFailure(error), reasons: [] };
      return undefined;
    }
  }

  protected override render() {
    return html`
      <button type="button" class="cr-button" @click=${() => void this.downloadHandOut()}>${msg('Download hand-out')}</button>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
      ${this.refusal
        ? html`<div class="cr-failure" role="alert">
            <p>${this.refusal.lead}</p>
            ${this.refusal.reasons.length > 0 ? html`<ul>${this.refusal.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>` : nothing}
          </div>`
        : nothing}
    `;
  }
}

customElements.define('cr-teacher-hand-out', CrTeacherHandOut);

declare global {
  interface HTMLElementTagNameMap {
    'cr-teacher-hand-out': CrTeacherHandOut;
  }
}
