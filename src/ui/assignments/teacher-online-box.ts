/**
 * <cr-teacher-online-box>: the "Collect online" section of the teacher's page (issue 18): a
 * collapsed, optional part (the file hand-in stays the default) where the teacher signs in to their
 * Solid server (<cr-solid-sign-in>, loaded only once the section is opened) and, shown what will
 * happen before anything is sent — the folder's address, who may add and who may read — creates the
 * assignment's hand-in box (app/assignments/hand-in-box-setup.ts). Once the assignment has a box:
 * its address, that hand-ins arrive there, and that the hand-out carries it now. A failure is worded
 * by its code (online-box-messages.ts). Whether the section is open survives the sign-in's round
 * trip to the server (sessionStorage), so the teacher comes back to where they were.
 *
 * Light DOM, like the teacher's page and the sign-in element inside.
 *
 * @fires cr-assignment-stored - with the record once the box's address is stored on the assignment
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { plannedBoxUrl, setUpHandInBox } from '../../app/assignments/hand-in-box-setup.js';
import { LdpClient } from '../../app/sync/ldp-client.js';
import { type SolidSession, solidSession } from '../../app/sync/solid-session.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { Announcer } from '../shared/announcer.js';
import { classroomContext } from '../shared/contexts.js';
import { fire } from '../shared/events.js';
import { describeFailure } from '../shared/failure-message.js';
import { routeHash } from '../shared/hash-route.js';
import { boxSetupFailure } from './online-box-messages.js';
import '../shared/solid-sign-in.js';

/** sessionStorage: the assignments whose section is open (kept across the sign-in's round trip). */
const OPEN_KEY = 'close-reader.online-box-open';

/** The ids of the assignments whose section is open. */
function openIds(): string[] {
  try {
    const ids: unknown = JSON.parse(sessionStorage.getItem(OPEN_KEY) ?? '[]');
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Remembers whether the section of assignment `id` is open. */
function rememberOpen(id: string, open: boolean): void {
  try {
    const ids = openIds().filter((each) => each !== id);
    sessionStorage.setItem(OPEN_KEY, JSON.stringify(open ? [...ids, id] : ids));
  } catch {
    // Storage refused (a private mode): the section is closed after the sign-in, nothing else is lost.
  }
}

/** See the module comment. */
export class CrTeacherOnlineBox extends LitElement {
  static override properties = {
    record: { attribute: false },
    session: { attribute: false },
    open: { state: true },
    busy: { state: true },
    failure: { state: true },
    created: { state: true },
  };

  /** The assignment (the teacher's), as the page holds it. */
  declare record: AssignmentRecord | undefined;
  /** The Solid session: this tab's (loaded when the section opens), or one a test gives. */
  declare session: SolidSession | undefined;
  /** Whether the section is open. */
  declare open: boolean;
  /** True while the box is being made. */
  declare busy: boolean;
  /** Why the last try made no box, in the reader's language. */
  declare failure: string | undefined;
  /** Whether the box was made on this page (then the hand-out has to be handed out again). */
  declare created: boolean;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true });
  private readonly announcer = new Announcer(this);
  private unsubscribe: (() => void) | undefined;
  private followed: SolidSession | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.record = undefined;
    this.session = undefined;
    this.open = false;
    this.busy = false;
    this.failure = undefined;
    this.created = false;
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
    if (changed.has('record') && this.record && this.record.assignment.id !== changed.get('record')?.assignment.id) {
      const { assignment } = this.record;
      this.open = assignment.handInBox !== undefined || openIds().includes(assignment.id);
      this.failure = undefined;
      this.created = false;
    }
    // A session that could not start is said by the sign-in when the teacher tries; here it is only logged.
    if (this.open && this.record?.assignment.handInBox === undefined) this.follow().catch(console.error);
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

  protected override updated(changed: PropertyValues<this>): void {
    // The button pressed is gone once the box is made: focus goes to the box's address, not to the page's body.
    const before = changed.get('record');
    if (changed.has('record') && this.created && before?.assignment.handInBox === undefined && this.record?.assignment.handInBox !== undefined) {
      this.querySelector<HTMLElement>('.cr-online-box-address')?.focus();
    }
  }

  private toggled(event: Event): void {
    const open = (event.target as HTMLDetailsElement).open;
    if (open === this.open) return;
    this.open = open;
    if (this.record) rememberOpen(this.record.assignment.id, open);
  }

  /** Makes the box, stores its address on the assignment and tells the page the stored record. */
  async createBox(): Promise<void> {
    const [record, classroom, session] = [this.record, this.classroom.value, this.session];
    const account = session?.account();
    if (!record || !classroom || !session || !account || this.busy) return;
    this.busy = true;
    this.failure = undefined;
    try {
      const client = new LdpClient({ fetch: session.fetch });
      const result = await setUpHandInBox({ client, assignments: classroom.assignments }, record.assignment.id, account, msg('Assignment'));
      if (result.ok) {
        this.created = true;
        fire(this, 'cr-assignment-stored', { record: result.value.record });
        this.announcer.announce(msg('The hand-in box is made. The hand-out now carries its address.'));
      } else {
        this.failure = result.problems.map(boxSetupFailure).join(' ');
      }
    } catch (error) {
      this.failure = describeFailure(error);
    } finally {
      this.busy = false;
    }
  }

  protected override render() {
    const record = this.record;
    if (!record) return nothing;
    const box = record.assignment.handInBox;
    return html`<details class="cr-online-box" ?open=${this.open} @toggle=${this.toggled}>
        <summary>${msg('Collect online')}</summary>
        <p>
          ${msg('Students can send their hand-in to a folder on your Solid server instead of handing in a file; handing in files still works.')}
        </p>
        ${box !== undefined ? this.renderBox(box) : this.open ? this.renderSetUp(record) : nothing}
      </details>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>`;
  }

  private renderBox(box: string) {
    return html`<p class="cr-online-box-address" tabindex="-1">${msg('Hand-in box:')} <code class="cr-online-box-url">${box}</code></p>
      <p>${msg('Hand-ins arrive there; collect them in the class view.')}</p>
      <p class=${this.created ? 'cr-online-box-note' : 'cr-teacher-hint'}>
        ${msg('The hand-out now carries the box’s address; download it again if you handed out an older one.')}
      </p>`;
  }

  private renderSetUp(record: AssignmentRecord) {
    const account = this.session?.account();
    return html`<cr-solid-sign-in return-to=${routeHash({ name: 'assignment', id: record.assignment.id })}></cr-solid-sign-in>
      ${account
        ? html`<p class="cr-online-box-plan">
              ${msg(str`Close Reader will create the folder ${plannedBoxUrl(account, record.assignment)} on ${account.issuer}: anyone who knows the address may add a hand-in to it; only you can read them.`)}
            </p>
            <button type="button" class="cr-button cr-online-box-create" aria-disabled=${this.busy ? 'true' : 'false'} @click=${() => void this.createBox()}>
              ${this.busy ? msg('Creating the hand-in box…') : msg('Create the hand-in box')}
            </button>`
        : nothing}
      ${this.failure ? html`<p class="cr-failure" role="alert">${this.failure}</p>` : nothing}`;
  }
}

customElements.define('cr-teacher-online-box', CrTeacherOnlineBox);

declare global {
  interface HTMLElementTagNameMap {
    'cr-teacher-online-box': CrTeacherOnlineBox;
  }
}
