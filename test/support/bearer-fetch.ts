/**
 * A fetch that sends an access token as a Bearer token with every request: how a test acts as a
 * Solid account's owner without the browser sign-in (issue 18). Usable in node and in the browser.
 */
import type { FetchLike } from '../../src/app/sync/ldp-client.js';

/** `fetch` with `authorization: Bearer <token>` added to every request. */
export function bearerFetch(token: string): FetchLike {
  return (input, init = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    return fetch(input, { ...init, headers });
  };
}
