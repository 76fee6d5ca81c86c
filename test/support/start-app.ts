/**
 * The one end-to-end set-up: `useApp()` gives a `describe` block the built app (dist/) served under
 * a sub-path and a headless Chromium to open it in. All blocks of a test file share one Chromium and
 * one server (shared-browser.ts); each block gets browser contexts of its own (isolated storage,
 * service workers, downloads), closed when the block ends.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { openLoggedPage } from './running-app.js';
import { closeShared, sharedBrowser, sharedServer } from './shared-browser.js';
import type { StaticServer } from './static-server.js';

export { startApp, type RunningApp } from './running-app.js';

// A hook of the file's root (this module is imported at the top of a test file): after the file's
// last test, on every path, the shared browser closes and the server stops.
after(closeShared);

/** What {@link useApp} makes besides the app. */
export interface AppOptions {
  /** Opens one page in a new browser context with these options (locale, viewport, downloads) as `page`. */
  readonly page?: BrowserContextOptions;
  /** Makes an empty temporary folder whose name starts with this as `folder`, removed afterwards. */
  readonly folder?: string;
}

/** The app of one `describe` block (see {@link useApp}); its fields are there from the block's first `before` hook on. */
export interface AppUnderTest {
  /** The server of the built app; `close()` takes it away (the next block gets a new one). */
  readonly server: StaticServer;
  /** The file's Chromium: make contexts with `newContext`; those left open close when the block ends. */
  readonly browser: Browser;
  /**
   * A page in a new browser context with `options` (locale, viewport, colour scheme), whose
   * uncaught errors are logged to the test output. Closed when the block ends.
   */
  openPage(options: BrowserContextOptions): Promise<Page>;
  /** The page opened with the `page` option. */
  readonly page: Page;
  /** The temporary folder made with the `folder` option. */
  readonly folder: string;
}

/**
 * Call it first in a `describe` block. Its `before` hook takes the file's browser and server
 * (starting them for the first block) and makes what `options` asks for; its `after` hook closes
 * every browser context opened during the block and removes the folder on every path: when a hook
 * or a test fails, and when closing a context fails. The block's own `before` hooks run after this
 * one, with the app up.
 */
export function useApp(options: AppOptions = {}): AppUnderTest {
  let running: { browser: Browser; server: StaticServer } | undefined;
  let earlier: ReadonlySet<BrowserContext> = new Set();
  let page: Page | undefined;
  let folder: string | undefined;
  before(async () => {
    if (options.folder !== undefined) folder = mkdtempSync(join(tmpdir(), options.folder));
    const browser = await sharedBrowser();
    running = { browser, server: await sharedServer() };
    earlier = new Set(browser.contexts());
    if (options.page) page = await openLoggedPage(browser, options.page);
  });
  after(async () => {
    try {
      const opened = running?.browser.contexts().filter((context) => !earlier.has(context)) ?? [];
      const closed = await Promise.allSettled(opened.map((context) => context.close()));
      const failed = closed.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    } finally {
      if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
      running = undefined;
      page = undefined;
      folder = undefined;
      earlier = new Set();
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
    openPage: (contextOptions) => openLoggedPage(there(running, 'the app').browser, contextOptions),
    get page() {
      return there(page, 'the page (option "page")');
    },
    get folder() {
      return there(folder, 'the folder (option "folder")');
    },
  };
}
