/**
 * <cr-create-assignment>: the reader's "Create assignment" button (issue 15, "The teacher: make an
 * assignment"). Makes an assignment on the article with the scheme it is read with
 * (app/assignments/teacher-assignments.ts `createAssignment`, which also keeps the model answer's
 * empty set) and goes to the assignment's page. Light DOM: it is one button of the reader's toolbar
 * and looks like the others (styles/base.css).
 */
import { LitElement, html } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import { createAssignment } from '../../app/assignments/teacher-assignments.js';
import { articleSourceContext, categoryStoreContext, classroomContext, settingsContext } from '../shared/contexts.js';
import { routeHash } from '../shared/hash-route.js';
import { describeFailure } from '../shared/failure-message.js';

/** See the module comment. */
export class CrCreateAssignment extends LitElement {
  static override properties = { documentId: { attribute: 'document-id' }, failure: { state: true }, busy: { state: true } };

  /** The article the assignment is on. */
  declare documentId: string;
  /** Why the last try made nothing, shown beside the button. */
  declare failure: string;
  declare busy: boolean;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true });
  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true });
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });
  private readonly settings = new ContextConsumer(this, { context: settingsContext, subscribe: true });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.documentId = '';
    this.failure = '';
    this.busy = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  /** Makes the assignment and opens its page; says why when it cannot. */
  async create(): Promise<void> {
    const [classroom, articles, categories] = [this.classroom.value, this.articles.value, this.categories.value];
    if (!classroom || !articles || !categories || this.busy) return;
    this.busy = true;
    this.failure = '';
    try {
      const schemeId = await categories.schemeFor(this.documentId);
      const scheme = categories.schemes.find((each) => each.id === schemeId) ?? categories.schemes[0];
      if (!scheme) throw new Error('no category scheme');
      const author = this.settings.value?.settings.creatorName ?? '';
      const record = await createAssignment({ articles, ...classroom }, { documentId: this.documentId, scheme, author });
      location.hash = routeHash({ name: 'assignment', id: record.assignment.id });
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    return html`<button type="button" class="cr-button" ?disabled=${this.busy} @click=${() => void this.create()}>${msg('Create assignment')}</button>${this.failure
        ? html` <span class="cr-failure" role="alert">${this.failure}</span>`
        : ''}`;
  }
}

customElements.define('cr-create-assignment', CrCreateAssignment);

declare global {
  interface HTMLElementTagNameMap {
    'cr-create-assignment': CrCreateAssignment;
  }
}
