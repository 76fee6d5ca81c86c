/**
 * The browser sign-in at a real Community Solid Server, driven as a reader does it (issue 18): on
 * a page of the app with <cr-solid-sign-in>, type the server's address and press "Sign in"; on the
 * server's own pages, log in with email and password and authorize Close Reader; back in the app,
 * wait until it says who is signed in. For the end-to-end tests.
 */
import type { Page } from 'playwright-core';
import type { SolidAccount, SolidServer } from './solid-server.js';

/** How long the round trip may take: two page loads at the server, one of the app (cold start of the library). */
const ROUND_TRIP_MS = 60_000;

/**
 * Signs `account` in at `server` from the sign-in element on `page` (the page the element is on is
 * where the app comes back to). The page's language may be German or English.
 */
export async function signInAtServer(page: Page, server: SolidServer, account: SolidAccount): Promise<void> {
  const form = page.locator('cr-solid-sign-in');
  await form.getByLabel(/^(Your Solid server|Ihr Solid-Server)$/).fill(server.baseUrl);
  await form.getByRole('button', { name: /^(Sign in|Anmelden)$/ }).click();
  // The server's login page (its own, in English).
  await page.waitForURL((url) => url.href.startsWith(server.baseUrl), { timeout: ROUND_TRIP_MS });
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  // Its consent page: Close Reader asks to act for the WebID.
  await page.getByRole('button', { name: 'Authorize' }).click({ timeout: ROUND_TRIP_MS });
  await page.waitForURL((url) => !url.href.startsWith(server.baseUrl), { timeout: ROUND_TRIP_MS });
  await page.locator('cr-solid-sign-in .cr-solid-account').getByText(account.webId).first().waitFor({ timeout: ROUND_TRIP_MS });
}
