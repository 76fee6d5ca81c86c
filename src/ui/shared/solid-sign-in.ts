/**
 * <cr-solid-sign-in>: signing in to a Solid server, where a page needs one (issue 18: the
 * teacher's hand-in box, collecting from it, a shared project). A field for the server's address
 * (kept as typed, filled with the last one), and before the tab leaves the app, what will happen:
 * "You go to <server> to sign in and come back here; nothing is sent before you say so." Signed
 * in: who and where, and "Sign out" (the library forgets the tokens). The library loads when the
 * reader presses "Sign in" and the server has answered as a Solid server, or with the return from
 * the server; never with the app. Light DOM, like the pages it sits in.
 *
 * Fires `cr-solid-account-change` when the account changes (signed in on return, signed out).
 */
import { LitElement, html, nothing } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { checkIssuer, issuerUrl, lastServer, rememberServer, SignInError, type SolidAccount, type SolidSession, solidSession, startedSession } from '../../app/sync/solid-session.js';
import { fire } from './events.js';

/** See the module comment. */
export class CrSolidSignIn extends LitElement {
  static override properties = {
    returnTo: { attribute: 'return-to' },
    server: { state: true },
    account: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  /** The hash route to come back to after signing in, e.g. `#/assignment/<id>`. */
  declare returnTo: string;
  /** The server address as typed. */
  declare server: string;
  /** Who is signed in, once known. */
  declare account: SolidAccount | undefined;
  /** Why the sign-in did not start, in the reader's language. */
  declare problem: string | undefined;
  /** True from "Sign in" until the tab leaves (the server is asked, the library loads) or a problem shows. */
  declare busy: boolean;

  private session: SolidSession | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.returnTo = '#/';
    this.server = lastServer();
    this.account = undefined;
    this.problem = undefined;
    this.busy = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.connect();
  }

  override disconnectedCallback(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    super.disconnectedCallback();
  }

  /** Follows the account of the session this tab has started, if any (loading nothing otherwise). */
  private async connect(): Promise<void> {
    const started = startedSession();
    if (started === undefined) return;
    this.follow(await started);
  }

  /** Shows the account of `session` and every change of it. */
  private follow(session: SolidSession): void {
    if (!this.isConnected || this.session === session) return;
    this.session = session;
    const follow = (): void => {
      const before = this.account;
      this.account = session.account();
      if (before !== this.account) fire(this, 'cr-solid-account-change', { account: this.account });
    };
    this.unsubscribe?.();
    this.unsubscribe = session.onChange(follow);
    follow();
  }

  private onInput(event: Event): void {
    this.server = (event.target as HTMLInputElement).value;
    this.problem = undefined;
    rememberServer(this.server);
  }

  private async signIn(event: Event): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const issuer = issuerUrl(this.server);
    if (issuer === undefined) {
      this.problem = msg('Enter the address of your Solid server, such as https://solid.school.example/.');
      return;
    }
    this.busy = true;
    try {
      await checkIssuer(issuer);
      const session = await solidSession();
      this.follow(session);
      await session.signIn(issuer, this.returnTo);
    } catch (error) {
      this.busy = false;
      this.problem = error instanceof SignInError && error.code === 'not-solid'
        ? msg(str`${issuer} is not a Solid server one can sign in at. Check the address.`)
        : msg(str`${issuer} could not be reached. Check the address and your connection.`);
    }
  }

  private async signOut(): Promise<void> {
    await this.session?.signOut();
  }

  protected override render() {
    if (this.account) {
      return html`<p class="cr-solid-account">
        ${msg(str`Signed in as ${this.account.webId} at ${this.account.issuer}.`)}
        <button type="button" class="cr-button" @click=${() => void this.signOut()}>${msg('Sign out')}</button>
      </p>`;
    }
    const issuer = issuerUrl(this.server);
    return html`<form class="cr-solid-sign-in" @submit=${(event: Event) => void this.signIn(event)}>
      <label for="cr-solid-server">${msg('Your Solid server')}</label>
      <input id="cr-solid-server" type="url" inputmode="url" autocomplete="url" .value=${this.server}
        aria-describedby="cr-solid-server-hint" aria-invalid=${this.problem ? 'true' : 'false'}
        @input=${(event: Event) => this.onInput(event)} />
      <p id="cr-solid-server-hint" class="cr-solid-hint">
        ${issuer
          ? msg(str`You go to ${issuer} to sign in, then come back here. Nothing is sent before you say so.`)
          : msg('You go to your server to sign in, then come back here. Nothing is sent before you say so.')}
      </p>
      <button type="submit" class="cr-button" aria-disabled=${this.busy ? 'true' : 'false'}>${msg('Sign in')}</button>
      ${this.problem ? html`<p class="cr-solid-problem" role="alert">${this.problem}</p>` : nothing}
    </form>`;
  }
}

customElements.define('cr-solid-sign-in', CrSolidSignIn);

declare global {
  interface HTMLElementTagNameMap {
    'cr-solid-sign-in': CrSolidSignIn;
  }
}
