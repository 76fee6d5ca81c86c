/**
 * The Solid session for a sharing page (issue 18): loads it (and with it the sign-in library) when
 * the page connects, follows who is signed in, and gives the LDP client that talks with the
 * session's fetch (authenticated when signed in, anonymous otherwise). A test gives the page a
 * session of its own instead (`given`), one with a plain fetch, so that no sign-in library and no
 * server are needed to see the page's wording.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { LdpClient } from '../../app/sync/ldp-client.js';
import { solidSession, type SolidAccount, type SolidSession } from '../../app/sync/solid-session.js';

/** See the module comment. */
export class SolidSessionController implements ReactiveController {
  /** The session once loaded (or given). */
  session: SolidSession | undefined;
  private unsubscribe: (() => void) | undefined;
  private client: { session: SolidSession; client: LdpClient } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** A session to use instead of the tab's (tests). */
    private readonly given: () => SolidSession | undefined,
    /** Runs when the account changes (after the host is asked to render). */
    private readonly onAccountChange?: (account: SolidAccount | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.connect();
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Who is signed in, or undefined (also while the session loads). */
  get account(): SolidAccount | undefined {
    return this.session?.account();
  }

  /** The LDP client over the session's fetch; undefined while the session loads. */
  ldp(): LdpClient | undefined {
    const session = this.session;
    if (!session) return undefined;
    if (this.client?.session !== session) this.client = { session, client: new LdpClient({ fetch: session.fetch }) };
    return this.client.client;
  }

  private async connect(): Promise<void> {
    let session: SolidSession;
    try {
      session = this.given() ?? (await solidSession());
    } catch (error) {
      // The sign-in library could not load (a build replaced meanwhile): the page works anonymously.
      console.error(error);
      return;
    }
    this.session = session;
    this.unsubscribe?.();
    this.unsubscribe = session.onChange(() => {
      this.host.requestUpdate();
      this.onAccountChange?.(session.account());
    });
    this.host.requestUpdate();
    this.onAccountChange?.(session.account());
  }
}
