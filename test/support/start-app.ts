/**
 * The built app (dist/) served under a sub-path and a headless Chromium to open it in: what every
 * end-to-end test and the README screenshot start from.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
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

/** Serves the built app and launches Chromium; call `close()` in a `finally` (tests use {@link useApp}). */
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
      try {
        await browser.close();
      } finally {
        await server.close();
      }
    },
  };
}

/** What {@link useApp} makes besides the app. */
export interface AppOptions {
  /** Opens one page in a new browser context with these options (locale, viewport, downloads) as `page`. */
  readonly page?: BrowserContextOptions;
  /** Makes an empty temporary folder whose name starts with this as `folder`, removed afterwards. */
  readonly folder?: string;
}

/** The app of one `describe` block (see {@link useApp}); its fields are there from the block's first `before` hook on. */
export interface AppUnderTest extends Omit<RunningApp, 'close'> {
  /** The page opened with the `page` option. */
  readonly page: Page;
  /** The temporary folder made with the `folder` option. */
  readonly folder: string;
}

/**
 * The one end-to-end set-up: call it first in a `describe` block. Its `before` hook serves the built
 * app, launches Chromium and makes what `options` asks for; its `after` hook closes the browser,
 * stops the server and removes the folder on every path: when a hook or a test fails, and when
 * closing the browser fails. The block's own `before` hooks run after this one, with the app up.
 */
export function useApp(options: AppOptions = {}): AppUnderTest {
  let running: RunningApp | undefined;
  let page: Page | undefined;
  let folder: string | undefined;
  before(async () => {
    if (options.folder !== undefined) folder = mkdtempSync(join(tmpdir(), options.folder));
    running = await startApp();
    if (options.page) page = await running.openPage(options.page);
  });
  after(async () => {
    try {
      await running?.close();
    } finally {
      if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
      running = undefined;
      page = undefined;
      folder = undefined;
    }
  });
  const there = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not there: useApp() makes it in its before hook, when asked for it`);
    return value;
  };
  return {
    get server() {
      return there(running, 'the app').server;
    },
    get browser() {
      return there(running, 'the app').browser;
    },
    openPage: (contextOptions) => there(running, 'the app').openPage(contextOptions),
    get page() {
      return there(page, 'the page (option "page")');
    },
    get folder() {
      return there(folder, 'the folder (option "folder")');
    },
  };
}
