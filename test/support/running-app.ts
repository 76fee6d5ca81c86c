/**
 * The built app (dist/) served under a sub-path and a headless Chromium of its own to open it in:
 * what a script outside the test runner starts from (the README screenshot). End-to-end tests use
 * `useApp()` from start-app.ts instead, which shares one browser and one server per test file.
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

/**
 * A page in a new context of `browser` with `options`, whose uncaught errors are logged: one
 * place for how every test page is opened.
 */
export async function openLoggedPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const page = await (await browser.newContext(options)).newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return page;
}

/** Serves the built app and launches Chromium; call `close()` in a `finally`. */
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
    openPage: (options) => openLoggedPage(browser, options),
    async close() {
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}
