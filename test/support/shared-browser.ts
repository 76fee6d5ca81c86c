/**
 * One headless Chromium and one static server per test process, shared by every `useApp()` block
 * of an end-to-end file (node --test runs each file in a process of its own). Launching Chromium
 * costs seconds on these machines; a new browser context costs milliseconds and isolates storage,
 * service workers and cache just as well. start-app.ts stops both after the file's last test; on
 * any other way out of the process (a crash, a signal, a hook that never ran) the browser is
 * killed by its pid, so no Chromium outlives its test file.
 */
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.js';
import { serveBuiltApp, type StaticServer } from './static-server.js';

/** How long a browser may take to close before it is killed. */
const CLOSE_TIMEOUT_MS = 15_000;

let browser: Browser | undefined;
let browserPid: number | undefined;
let server: StaticServer | undefined;

/**
 * Kills the shared browser's process if it is still ours: alive and a child of this process (so a
 * pid the system has handed on to another process is never killed). Synchronous, for `exit`.
 */
function killBrowser(): void {
  const pid = browserPid;
  browserPid = undefined;
  if (pid === undefined) return;
  try {
    // /proc/<pid>/stat: "pid (name) state ppid ..."; the name may hold spaces, so read after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (parent !== process.pid) return;
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone (or no /proc): nothing to kill.
  }
}
process.on('exit', killBrowser);
// Playwright closes its browsers on SIGTERM but leaves the process running (a hanging test would
// keep it alive); a test process told to stop stops, as it would without Playwright. SIGINT
// Playwright already ends with code 130.
for (const [signal, code] of [['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    killBrowser();
    process.exit(code);
  });
}

/** Launches Chromium and learns its pid (from Chromium itself: Playwright does not say it). */
async function launch(): Promise<Browser> {
  const launched = await launchChromium();
  try {
    const cdp = await launched.newBrowserCDPSession();
    const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
    browserPid = processInfo.find((info) => info.type === 'browser')?.id;
    await cdp.detach();
  } catch (error) {
    await launched.close();
    throw error;
  }
  return launched;
}

/** The process's Chromium, launched on first use, and again if the last one crashed or was closed. */
export async function sharedBrowser(): Promise<Browser> {
  if (browser?.isConnected()) return browser;
  killBrowser();
  browser = undefined;
  browser = await launch();
  return browser;
}

/**
 * The process's server of the built app, started on first use. Its `close()` really stops it (a
 * test may take the server away to go offline); the next caller then gets a new one.
 */
export async function sharedServer(): Promise<StaticServer> {
  if (server) return server;
  const started = await serveBuiltApp();
  const handle: StaticServer = {
    url: started.url,
    async close() {
      if (server === handle) server = undefined;
      await started.close();
    },
  };
  server = handle;
  return handle;
}

/** Closes the shared browser (killing it if it does not close in time), then stops the server. */
export async function closeShared(): Promise<void> {
  const [closing, serving] = [browser, server];
  browser = undefined;
  try {
    if (closing) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, fail) => {
        timer = setTimeout(() => fail(new Error(`Chromium did not close within ${CLOSE_TIMEOUT_MS} ms; killed`)), CLOSE_TIMEOUT_MS);
      });
      try {
        await Promise.race([closing.close(), late]);
        browserPid = undefined;
      } finally {
        clearTimeout(timer);
      }
    }
  } finally {
    killBrowser();
    await serving?.close();
  }
}
