/**
 * Signing in to a Solid server (issue 18): the teacher who creates a hand-in box and collects from
 * it, the researcher who shares a project. Solid-OIDC in the browser is done by Inrupt's client
 * library (`@inrupt/solid-client-authn-browser`, maintained, the one Solid apps use), loaded on
 * the first call of {@link solidSession} — only the pages that talk to a server ever load it. The
 * library keeps the tokens (in memory, out of reach of our code and of storage); signing out makes
 * it forget them. We keep only what is no secret: the address to come back to during the sign-in
 * round trip (sessionStorage), and the server the reader typed last (localStorage, so the field is
 * filled next time).
 *
 * The sign-in leaves the app for the server's login page and comes back to the app's address with
 * `?code=…&state=…`; {@link isSignInReturn} tells the shell so, which then calls
 * {@link solidSession} to finish it and go back to the hash route the reader started from.
 */
import type { Session } from '@inrupt/solid-client-authn-browser';
import type { FetchLike } from './ldp-client.js';
import { LdpClient } from './ldp-client.js';

/** Who is signed in. */
export interface SolidAccount {
  /** The WebID, e.g. `https://pod.example/teacher/profile/card#me`. */
  readonly webId: string;
  /** The server (OpenID issuer) signed in at, as the reader typed it, made absolute. */
  readonly issuer: string;
  /** The root of the account's storage (the profile's `pim:storage`, else next to the profile); ends with a slash. */
  readonly storage: string;
}

/** The sign-in state of this tab. */
export interface SolidSession {
  /** The account signed in now, or undefined. */
  account(): SolidAccount | undefined;
  /** The authenticated fetch when signed in, else an anonymous one. */
  readonly fetch: FetchLike;
  /**
   * Starts the sign-in at `issuer`: the tab leaves the app for the server's login page and comes
   * back to `returnTo` (a hash route such as `#/assignment/<id>`). Rejects with an Error naming
   * the problem when the server is no Solid sign-in server or cannot be reached.
   */
  signIn(issuer: string, returnTo: string): Promise<void>;
  /** Signs out: the library forgets the tokens, account() becomes undefined. */
  signOut(): Promise<void>;
  /** Calls `listener` on every change of account(); gives the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** sessionStorage: the hash route to return to, and the server, while a sign-in is under way. */
const PENDING_KEY = 'close-reader.solid-sign-in';
/** localStorage: the server typed last, to fill the field next time (no secret). */
const LAST_SERVER_KEY = 'close-reader.solid-server';

/** The PIM storage predicate (https://www.w3.org/ns/pim/space#storage). */
const PIM_STORAGE = 'http://www.w3.org/ns/pim/space#storage';

/**
 * A start that runs once and is shared while it runs or once it succeeded, but is forgotten when it
 * fails: a failed start (the library's chunk did not load offline, the token endpoint was down on
 * the return) is tried again on the next call instead of failing every sign-in until a reload.
 */
export class StartOnce<T> {
  private current: Promise<T> | undefined;

  constructor(private readonly start: () => Promise<T>) {}

  /** The started value: the start shared by every caller, begun again after a failure. */
  get(): Promise<T> {
    this.current ??= this.start().catch((error: unknown) => {
      this.current = undefined;
      throw error;
    });
    return this.current;
  }

  /** The start under way or done, else undefined (after a failure too), without starting. */
  started(): Promise<T> | undefined {
    return this.current;
  }
}

const tabSession = new StartOnce(() => startSession());

/** The one session of this tab; the first call loads the library and finishes a sign-in that came back. */
export function solidSession(): Promise<SolidSession> {
  return tabSession.get();
}

/**
 * The session when this tab has started one (a sign-in came back, or a page asked), else undefined
 * without loading the library: nobody is signed in in a tab that never asked, since a sign-in does
 * not outlive its tab.
 */
export function startedSession(): Promise<SolidSession> | undefined {
  return tabSession.started();
}

/** Whether this page load is the return from a sign-in this tab started (the shell then calls {@link solidSession}). */
export function isSignInReturn(): boolean {
  const query = new URLSearchParams(location.search);
  return (query.has('code') || query.has('error')) && query.has('state') && sessionStorage.getItem(PENDING_KEY) !== null;
}

/** The server the reader signed in at last, or '' (fills the server field). */
export function lastServer(): string {
  try {
    return localStorage.getItem(LAST_SERVER_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the server the reader typed (as they type: nothing typed is lost). */
export function rememberServer(server: string): void {
  try {
    localStorage.setItem(LAST_SERVER_KEY, server);
  } catch {
    // A browser that refuses storage only loses the prefill.
  }
}

/**
 * The server address as a sign-in needs it: absolute http(s), with a trailing slash on a bare
 * host. Undefined when `typed` is no such address. `http:` is allowed (a school's server on
 * the local network, the tests' server); the browser flow works over both.
 */
export function issuerUrl(typed: string): string | undefined {
  const trimmed = typed.trim();
  // "mailto:…" names a scheme and is refused below; "localhost:3000" is a host and its port.
  const withScheme = /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  if (!URL.canParse(withScheme)) return undefined;
  const url = new URL(withScheme);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return undefined;
  return url.href;
}

/** Starts the session: loads the library, finishes a returning sign-in, reads the account. */
async function startSession(): Promise<SolidSession> {
  const { Session } = await import('@inrupt/solid-client-authn-browser');
  const session = new Session();
  const listeners = new Set<() => void>();
  let account: SolidAccount | undefined;
  const changed = (): void => listeners.forEach((listener) => listener());

  const pending = readPending();
  if (pending && isSignInReturn()) {
    sessionStorage.removeItem(PENDING_KEY);
    try {
      await session.handleIncomingRedirect(location.href);
    } finally {
      // The code and state leave the address bar; the reader is back where they started.
      history.replaceState(history.state, '', `${location.pathname}${pending.returnTo}`);
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    }
    const webId = session.info.webId;
    if (session.info.isLoggedIn && webId) account = await readAccount(session, webId, pending.issuer);
  }

  return {
    account: () => account,
    fetch: (input, init) => session.fetch(input, init),
    async signIn(issuer: string, returnTo: string): Promise<void> {
      await checkIssuer(issuer);
      // The two keys are written only now: a failed check leaves no sign-in pending.
      sessionStorage.setItem(PENDING_KEY, JSON.stringify({ returnTo, issuer }));
      rememberServer(issuer);
      await session.login({
        oidcIssuer: issuer,
        redirectUrl: `${location.origin}${location.pathname}`,
        clientName: 'Close Reader',
      });
    },
    async signOut(): Promise<void> {
      await session.logout({ logoutType: 'app' });
      account = undefined;
      changed();
    },
    onChange(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The sign-in under way in this tab (set before leaving for the server), if any. */
function readPending(): { returnTo: string; issuer: string } | undefined {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
    if (typeof value !== 'object' || value === null) return undefined;
    const { returnTo, issuer } = value as Record<string, unknown>;
    return typeof returnTo === 'string' && returnTo.startsWith('#') && typeof issuer === 'string' ? { returnTo, issuer } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Refuses a server that is no OpenID provider before the tab leaves the app (and before the
 * library loads): its discovery document must answer. Throws a {@link SignInError} that says which
 * of the two went wrong; {@link SolidSession.signIn} checks again.
 */
export async function checkIssuer(issuer: string): Promise<void> {
  const discovery = new URL('.well-known/openid-configuration', issuer.endsWith('/') ? issuer : `${issuer}/`).href;
  let response: Response;
  try {
    response = await fetch(discovery, { signal: AbortSignal.timeout(20_000) });
  } catch {
    throw new SignInError('unreachable', issuer);
  }
  await response.body?.cancel();
  if (!response.ok) throw new SignInError('not-solid', issuer);
}

/** Why a sign-in could not start: the server could not be reached, or it is no Solid sign-in server. */
export class SignInError extends Error {
  constructor(readonly code: 'unreachable' | 'not-solid', readonly issuer: string) {
    super(code === 'unreachable' ? `${issuer} could not be reached` : `${issuer} is not a Solid sign-in server`);
    this.name = 'SignInError';
  }
}

/** The account of `webId`: its storage read from the profile (`pim:storage`), else the folder above the profile's. */
async function readAccount(session: Session, webId: string, issuer: string): Promise<SolidAccount> {
  const client = new LdpClient({ fetch: (input, init) => session.fetch(input, init) });
  const profile = await client.get(webId.split('#')[0]!);
  const stored = profile.ok ? storageOf(profile.value.body, webId) : undefined;
  return { webId, issuer, storage: stored ?? new URL('../', webId).href };
}

/** The `pim:storage` of `webId` in a JSON-LD profile, or undefined. Exported for tests. */
export function storageOf(jsonLd: string, webId: string): string | undefined {
  let json: unknown;
  try {
    json = JSON.parse(jsonLd);
  } catch {
    return undefined;
  }
  const nodes: unknown[] = Array.isArray(json) ? json : typeof json === 'object' && json !== null && Array.isArray((json as Record<string, unknown>)['@graph']) ? ((json as Record<string, unknown>)['@graph'] as unknown[]) : [json];
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null || (node as Record<string, unknown>)['@id'] !== webId) continue;
    const value = (node as Record<string, unknown>)[PIM_STORAGE];
    const first: unknown = Array.isArray(value) ? value[0] : value;
    const id = typeof first === 'object' && first !== null ? (first as Record<string, unknown>)['@id'] : first;
    if (typeof id === 'string' && URL.canParse(id)) {
      const href = new URL(id).href;
      return href.endsWith('/') ? href : `${href}/`;
    }
  }
  return undefined;
}
