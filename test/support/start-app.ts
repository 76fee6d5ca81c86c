/**
 * The built app (dist/) served under a sub-path and a headless Chromium to open it in: what every
 * end-to-end test and the README screenshot start from.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './browser.js';
import { serveBuiltApp, type StaticServer } from './static-server.js';

/** The served app and the browser; `close()` stops both. */
export interface RunningApp {
  readonly server: StaticServer;
  readonly browser: Browser;
  /**
   * A page in a new browser context with `options` (locale, viewport, colour scheme), whose
   * uncaught errors are logged to the test output. Closed with the browser.
   */
  openPage(options: BrowserContextOptions): Promise<Page>;
  /** Closes the browser, then stops the server. */
  close(): Promise<void>;
}

/** Serves the built app and launches Chromium; call `close()` in an `after` hook (or `finally`). */
export async function startApp(): Promise<RunningApp> {
  const server = await serveBuiltApp();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    server,
    browser,
    async openPage(options) {
      const page = await (await browser.newContext(options)).newPage();
      page.on('pageerror', (error) => console.error('page error:', error.message));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
