/**
 * <cr-online-hand-in>: the student's hand-in to the teacher's box (issue 18), on the student's
 * page: before anything leaves the browser, the consent panel (the box's URL as the teacher gave
 * it, a warning when it is plain http to another computer, the file, how many annotations and under which name) with "Send to the teacher's box" and
 * "Download instead"; when sending failed, why (the box's host could not be reached, the box
 * refused, another answer), that nothing is lost, "Download the hand-in" (focused) and "Send
 * again"; and the receipt of the last hand-in sent ("Sent at <time>: <URL>"), kept with the
 * assignment. It only shows and asks: <cr-assignment-student> sends (app/assignments/send-hand-in.ts)
 * and downloads, and says the outcome through the page's announcer (with {@link onlineFailureMessage}).
 *
 * Light DOM, inside the student's page (its styles in student-styles.ts).
 *
 * @fires cr-hand-in-send - the student agreed to send (or to send again)
 * @fires cr-hand-in-download - the student wants the file instead
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { OnlineReceipt } from '../../model/assignments/assignment-record.js';
import { fire } from '../shared/events.js';
import { formatDateTime } from '../shared/format-date-time.js';

/** What the hand-in holds, as the consent panel says it. */
export interface OnlineHandInContent {
  readonly fileName: string;
  readonly annotations: number;
  readonly student: string;
}

/** Where the online hand-in stands: nothing asked, asking (or sending), or failed with the LDP client's code and the HTTP status if any. */
export type OnlineHandInStep =
  | { readonly kind: 'closed' }
  | { readonly kind: 'consent'; readonly content: OnlineHandInContent; readonly sending: boolean }
  | { readonly kind: 'failed'; readonly content: OnlineHandInContent; readonly code: string; readonly status?: number };

/** The step with nothing asked. */
export const ONLINE_CLOSED: OnlineHandInStep = { kind: 'closed' };

/** The hosts of this computer: a plain-http box there never crosses a network. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether a hand-in to `box` would cross the network unencrypted: plain http to a host other than this computer. */
export function isUnencryptedBox(box: string): boolean {
  if (!URL.canParse(box)) return false;
  const url = new URL(box);
  return url.protocol === 'http:' && !LOOPBACK.has(url.hostname);
}

/** The host (and port) of the box, as the student may recognise it; the URL as it is when it is none. */
function hostOf(box: string): string {
  try {
    return new URL(box).host;
  } catch {
    return box;
  }
}

/**
 * Why the hand-in did not reach the box at `box`, and what to do, in the reader's language:
 * 'ldp-unreachable' names the box's host, 'ldp-refused' says the box does not accept hand-ins,
 * any other code (or a status) says the box did not take it.
 */
export function onlineFailureMessage(box: string, code: string, status?: number): string {
  const host = hostOf(box);
  if (code === 'ldp-unreachable') {
    return msg(str`The teacher’s box at ${host} could not be reached. Nothing is lost: download the file and hand it in another way, or send again later.`);
  }
  if (code === 'ldp-refused') {
    return msg('The teacher’s box does not accept hand-ins (refused). Nothing is lost: download the file and hand it in another way.');
  }
  return status === undefined
    ? msg(str`The teacher’s box at ${host} did not take the hand-in. Nothing is lost: download the file and hand it in another way, or send again later.`)
    : msg(str`The teacher’s box at ${host} did not take the hand-in (the server answered ${status}). Nothing is lost: download the file and hand it in another way, or send again later.`);
}

/** The receipt's words: when the hand-in was sent and the URL the box gave it. */
export function receiptMessage(receipt: OnlineReceipt): string {
  return msg(str`Sent at ${formatDateTime(receipt.at)}: ${receipt.url}`);
}

/** See the module comment. */
export class CrOnlineHandIn extends LitElement {
  static override properties = {
    box: {},
    step: { attribute: false },
    receipt: { attribute: false },
  };

  /** The box's URL, as the hand-out carries it (the teacher's). */
  declare box: string;
  declare step: OnlineHandInStep;
  /** The receipt of the last hand-in sent online, if any. */
  declare receipt: OnlineReceipt | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.box = '';
    this.step = ONLINE_CLOSED;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override updated(changed: PropertyValues<this>): void {
    const before = changed.get('step');
    if (!changed.has('step') || before === undefined) return;
    // Focus follows the question and its outcome, so that a keyboard or screen reader user is where the next choice is.
    if (this.step.kind === 'failed') this.querySelector<HTMLElement>('.cr-online-download')?.focus();
    else if (this.step.kind === 'consent' && before.kind !== 'consent') this.querySelector<HTMLElement>('#cr-online-heading')?.focus();
    else if (this.step.kind === 'closed' && before.kind === 'consent' && changed.has('receipt') && this.receipt) this.querySelector<HTMLElement>('.cr-online-receipt')?.focus();
  }

  protected override render() {
    return html`${this.renderStep()}${this.receipt && this.step.kind !== 'consent'
      ? html`<p class="cr-online-receipt" tabindex="-1">${receiptMessage(this.receipt)}</p>`
      : nothing}`;
  }

  private renderStep() {
    const step = this.step;
    if (step.kind === 'closed') return nothing;
    if (step.kind === 'failed') {
      return html`<div class="cr-online-panel cr-online-failed">
        <p class="cr-online-failure">${onlineFailureMessage(this.box, step.code, step.status)}</p>
        <p class="cr-online-actions">
          <button type="button" class="cr-button cr-online-download" @click=${() => fire(this, 'cr-hand-in-download')}>${msg('Download the hand-in')}</button>
          <button type="button" class="cr-button" @click=${() => fire(this, 'cr-hand-in-send')}>${msg('Send again')}</button>
        </p>
      </div>`;
    }
    const { content, sending } = step;
    const what =
      content.annotations === 1
        ? msg(str`The file ${content.fileName} with 1 annotation, under the name “${content.student}”.`)
        : msg(str`The file ${content.fileName} with ${content.annotations} annotations, under the name “${content.student}”.`);
    return html`<section class="cr-online-panel" aria-labelledby="cr-online-heading">
      <h2 id="cr-online-heading" tabindex="-1">${msg('Send your hand-in to your teacher’s box?')}</h2>
      <p>${msg('It goes to this address, as your teacher gave it:')}</p>
      <p class="cr-online-box"><code>${this.box}</code></p>
      ${isUnencryptedBox(this.box)
        ? html`<p class="cr-online-unencrypted">${msg('This address is not encrypted: others on the network could read your hand-in.')}</p>`
        : nothing}
      <p class="cr-online-what">${what}</p>
      <p class="cr-online-actions">
        <button
          type="button"
          class="cr-button cr-online-send"
          aria-disabled=${sending ? 'true' : 'false'}
          @click=${() => {
            if (!sending) fire(this, 'cr-hand-in-send');
          }}
        >
          ${sending ? msg('Sending…') : msg('Send to the teacher’s box')}
        </button>
        <button type="button" class="cr-button cr-online-instead" @click=${() => fire(this, 'cr-hand-in-download')}>${msg('Download instead')}</button>
      </p>
    </section>`;
  }
}

customElements.define('cr-online-hand-in', CrOnlineHandIn);

declare global {
  interface HTMLElementTagNameMap {
    'cr-online-hand-in': CrOnlineHandIn;
  }
}
