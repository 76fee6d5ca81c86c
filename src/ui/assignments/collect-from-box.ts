/**
 * <cr-collect-from-box>: the class view's "Collect from the box" (issue 18), beside collecting
 * files, for an assignment with a hand-in box: the teacher signs in to their Solid server
 * (<cr-solid-sign-in>, coming back to the class view) and collects; the box's resources not
 * collected before are read and received as hand-in files are (app/assignments/collect-from-box.ts).
 * While they are read it counts "Reading 2 of 5 …" (live); afterwards one sentence counts the
 * outcomes ("2 new hand-ins, 1 already in.") and the resources are listed grouped as new, already
 * in, older than the one kept and refused, each with its reason. A box that cannot be listed is
 * worded by its code (online-box-messages.ts). Renders nothing for an assignment without a box.
 *
 * Light DOM, like the class view and the sign-in element inside.
 *
 * @fires cr-hand-ins-collected - when every resource of the box is read (the class view reads the class then)
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { BoxResource } from '../../app/assignments/collect-from-box.js';
import { type SolidSession, solidSession } from '../../app/sync/solid-session.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, classroomContext } from '../shared/contexts.js';
import { fire } from '../shared/events.js';
import { describeFailure } from '../shared/failure-message.js';
import { routeHash } from '../shared/hash-route.js';
import { formatCount } from '../shared/plural.js';
import { BOX_GROUP_ORDER, boxCollectedSummary, boxGroup, boxGroupHeading, boxListFailure, boxReason } from './online-box-messages.js';
import '../shared/solid-sign-in.js';

/** What the element shows: nothing yet, the reading's progress, the outcome, or why nothing was collected. */
type BoxState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'reading'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly resources: readonly BoxResource[] }
  | { readonly kind: 'failed'; readonly message: string };

/** See the module comment. */
export class CrCollectFromBox extends LitElement {
  static override properties = { record: { attribute: false }, session: { attribute: false }, state: { state: true } };

  /** The assignment (the teacher's); the element shows only when it has a box. */
  declare record: AssignmentRecord | undefined;
  /** The Solid session: this tab's (loaded when the assignment has a box), or one a test gives. */
  declare session: SolidSession | undefined;
  /** What is shown. */
  declare state: BoxState;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true });
  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true });
  private readonly annotations = new ContextConsumer(this, { context: annotationStoreContext, subscribe: true });
  private readonly categories = new ContextConsumer(this, { context: categoryStoreContext, subscribe: true });
  private unsubscribe: (() => void) | undefined;
  private followed: SolidSession | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.record = undefined;
    this.session = undefined;
    this.state = { kind: 'idle' };
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.followed = undefined;
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record') && this.record?.assignment.id !== changed.get('record')?.assignment.id) this.state = { kind: 'idle' };
    // A session that could not start is said by the sign-in when the teacher tries; here it is only logged.
    if (this.record?.assignment.handInBox !== undefined) this.follow().catch(console.error);
  }

  /** Loads this tab's session when none is given, and re-renders on every change of its account. */
  private async follow(): Promise<void> {
    const session = this.session ?? (await solidSession());
    if (this.followed === session || !this.isConnected) return;
    this.unsubscribe?.();
    this.followed = session;
    this.unsubscribe = session.onChange(() => this.requestUpdate());
    if (this.session === undefined) this.session = session;
    this.requestUpdate();
  }

  /** Collects the box: reads what is new, receives it, shows the progress and then the outcome. */
  async collect(): Promise<void> {
    const [record, session, classroom, articles, annotations, categories] = [
      this.record,
      this.session,
      this.classroom.value,
      this.articles.value,
      this.annotations.value,
      this.categories.value,
    ];
    if (!record || !session?.account() || !classroom || !articles || !annotations || !categories || this.state.kind === 'reading') return;
    this.state = { kind: 'reading', done: 0, total: 0 };
    try {
      // The collecting (and the parser with it) loads with the first box collected.
      const { collectFromBox } = await import('../../app/assignments/collect-from-box.js');
      const result = await collectFromBox(session.fetch, record.assignment.id, { classroom, articles, annotations, categories }, (done, total) => {
        this.state = { kind: 'reading', done, total };
      });
      this.state = result.ok ? { kind: 'done', resources: result.value } : { kind: 'failed', message: result.problems.map(boxListFailure).join(' ') };
    } catch (error) {
      this.state = { kind: 'failed', message: describeFailure(error) };
    }
    fire(this, 'cr-hand-ins-collected');
  }

  protected override render() {
    const record = this.record;
    const box = record?.assignment.handInBox;
    if (!record || box === undefined) return nothing;
    const { state } = this;
    const signedIn = this.session?.account() !== undefined;
    return html`<div class="cr-box-collect">
      <p>${msg('Hand-ins sent online arrive in the box')} <code>${box}</code></p>
      <cr-solid-sign-in return-to=${routeHash({ name: 'class', id: record.assignment.id })}></cr-solid-sign-in>
      ${signedIn
        ? html`<button type="button" class="cr-button cr-box-collect-button" aria-disabled=${state.kind === 'reading' ? 'true' : 'false'} @click=${() => void this.collect()}>${msg('Collect from the box')}</button>`
        : html`<p class="cr-box-collect-hint">${msg('Sign in to the server of the box to collect from it.')}</p>`}
      <p role="status" aria-live="polite">
        ${state.kind === 'reading'
          ? msg(str`Reading ${formatCount(state.done)} of ${formatCount(state.total)} …`)
          : state.kind === 'done'
            ? boxCollectedSummary(state.resources)
            : nothing}
      </p>
      ${state.kind === 'failed' ? html`<p class="cr-failure" role="alert">${state.message}</p>` : nothing}
      ${state.kind === 'done' ? this.renderResources(state.resources) : nothing}
    </div>`;
  }

  private renderResources(resources: readonly BoxResource[]) {
    return BOX_GROUP_ORDER.map((group) => {
      const members = resources.filter((resource) => boxGroup(resource.outcome) === group);
      if (members.length === 0) return nothing;
      return html`<section class="cr-box-collect-${group}">
        <h3>${boxGroupHeading(group)} (${formatCount(members.length)})</h3>
        <ul>
          ${members.map((resource) => html`<li><strong title=${resource.url}>${resource.name}</strong>: ${boxReason(resource.outcome)}</li>`)}
        </ul>
      </section>`;
    });
  }
}

customElements.define('cr-collect-from-box', CrCollectFromBox);

declare global {
  interface HTMLElementTagNameMap {
    'cr-collect-from-box': CrCollectFromBox;
  }
}
