/**
 * What the reader's linking tests read back (issue 17): what the reader announced, waiting until it
 * says one thing, and the status line while a link is being made. `app` is the element the test
 * mounted the reader in.
 */
import { waitUntil } from '@open-wc/testing';

/** The reader's live region's text now. */
export function announcedIn(app: Element): string {
  return app.querySelector('cr-reader-view .visually-hidden[role="status"]')?.textContent ?? '';
}

/** Waits until the reader announces exactly `expected`; fails naming what it heard instead. */
export async function hearsIn(app: Element, expected: string): Promise<void> {
  await waitUntil(() => announcedIn(app) === expected, `expected to hear "${expected}"`, { timeout: 3000 }).catch(() => {
    throw new Error(`expected to hear "${expected}", heard "${announcedIn(app)}"`);
  });
}

/** The linking status line's text, spaces flattened ('' when there is none). */
export function linkStatusIn(app: Element): string {
  return app.querySelector('.cr-link-status')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
