/**
 * A real Community Solid Server for the node tests (issue 18): started in the background from
 * node and the package's own bin script (not npx or npm run, whose wrappers leave the server running
 * when they are killed), with the in-memory configuration with Web Access Control in
 * test/fixtures/solid/memory-wac.json, on a free port; stopped by its pid on every path: `stop()`,
 * a failed start, this process's exit or a signal, and, should this process die without a word
 * (SIGKILL), by the server itself, which exits when its parent is gone.
 *
 * The teacher's account, pod and client credentials are made through the server's own account API
 * (https://communitysolidserver.github.io/CommunitySolidServer/latest/usage/account/json-api/), and
 * an access token through the client-credentials grant of its OpenID provider, so a test acts as
 * the teacher without a browser (a Bearer token: the server accepts it for a WebID on localhost).
 *
 * Usage: `const server = await startSolidServer(); after(() => server.stop());`
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** The server's bin script, run by this very node. */
const SERVER_BIN = fileURLToPath(new URL('../../node_modules/@solid/community-server/bin/server.js', import.meta.url));
/** The configuration: everything in memory, WAC, accounts, pods and client credentials. */
export const SOLID_CONFIG = fileURLToPath(new URL('../fixtures/solid/memory-wac.json', import.meta.url));
/** How long the server may take to answer: its cold start is about 10 s on two cores. */
const START_TIMEOUT_MS = 60_000;
/** How long it may take to exit on SIGTERM before it is killed. */
const STOP_TIMEOUT_MS = 5_000;

/**
 * Loaded into the server's process before its own code: it exits when its parent (this test
 * process) is gone, so that a test runner killed with SIGKILL leaves no server behind.
 */
const ORPHAN_GUARD =
  'const parent = process.ppid; setInterval(() => { if (process.ppid !== parent) process.exit(0); }, 500).unref();';

/** A running server. */
export interface SolidServer {
  /** Its base URL, `http://localhost:<port>/` (a WebID on localhost may be plain HTTP). */
  readonly baseUrl: string;
  readonly port: number;
  /** The server process's id. */
  readonly pid: number;
  /** Milliseconds from spawning the process to its first answer. */
  readonly startupMs: number;
  /** Stops the server (SIGTERM, then SIGKILL) and resolves when the process has exited; again is a no-op. */
  stop(): Promise<void>;
  /** The server's last lines of output (warnings and errors): what a failing test prints. */
  log(): string;
}

/** A port no one listens on right now, on the loopback interface. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Whether the process `pid` is still running (signal 0 only asks). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The file-backed configuration (WAC, accounts, pods): what a restart keeps, as a school's server does. */
export const SOLID_FILE_CONFIG = fileURLToPath(new URL('../fixtures/solid/file-wac.json', import.meta.url));

/** Where and how to start: a given port (a restart answers where the old one did), a folder for the file-backed configuration. */
export interface SolidServerOptions {
  readonly port?: number;
  readonly rootFilePath?: string;
}

/**
 * Starts the server with `config` on `options.port` (else a free port; with `options.rootFilePath` for a
 * file-backed configuration) and waits until it answers. Rejects with the
 * server's output when it exits or does not answer within a minute; the process is stopped then.
 * CSS 7 has no option to listen on one interface: it listens on every interface of that port,
 * for as long as the test runs.
 */
export async function startSolidServer(config: string = SOLID_CONFIG, options: SolidServerOptions = {}): Promise<SolidServer> {
  const port = options.port ?? (await freePort());
  const baseUrl = `http://localhost:${port}/`;
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--import', `data:text/javascript,${encodeURIComponent(ORPHAN_GUARD)}`, SERVER_BIN,
      '-c', config, '-p', String(port), '-b', baseUrl, '-l', 'warn',
      ...(options.rootFilePath !== undefined ? ['-f', options.rootFilePath] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('the Solid server could not be spawned');

  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  // The server never keeps this process alive: should a test forget to stop it, this process
  // still ends, and its exit handler below kills the server.
  child.unref();
  for (const stream of [child.stdout, child.stderr]) (stream as unknown as { unref?: () => void }).unref?.();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => {
    running = false;
  });

  // Every way this process ends takes the server with it.
  const killNow = () => {
    if (running) process.kill(pid, 'SIGKILL');
  };
  const onSignal = (signal: NodeJS.Signals) => {
    killNow();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.on('exit', killNow);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      if (running) {
        process.kill(pid, 'SIGTERM');
        const timer = setTimeout(killNow, STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      process.off('exit', killNow);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    })();
    return stopping;
  };
  const log = () => lines.join('\n');

  try {
    await waitUntilAnswering(baseUrl, () => running);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- server output ---\n${log()}`);
  }
  return { baseUrl, port, pid, startupMs: Math.round(performance.now() - started), stop, log };
}

/** Polls `baseUrl` every 100 ms until it answers with any status. */
async function waitUntilAnswering(baseUrl: string, running: () => boolean): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (!running()) throw new Error('the Solid server exited before it answered');
    try {
      const response = await fetch(baseUrl, { method: 'HEAD', signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`the Solid server did not answer at ${baseUrl} within ${START_TIMEOUT_MS / 1000} s`);
}

/** An account on the server with a password login, a pod, and client credentials for its WebID. */
export interface SolidAccount {
  readonly email: string;
  readonly password: string;
  /** The pod's root container, `<baseUrl><name>/`. */
  readonly podUrl: string;
  readonly webId: string;
  /** The client-credentials pair the token endpoint takes (CSS's "tokens" for scripts). */
  readonly clientId: string;
  readonly clientSecret: string;
}

/** The URLs of the account API that a response's `controls` name. */
interface AccountControls {
  readonly account?: { readonly create?: string; readonly pod?: string; readonly clientCredentials?: string };
  readonly password?: { readonly create?: string };
}

/** POSTs `body` as JSON to the account API, or GETs without one (with the account's token, once there is one); gives the JSON answer. */
async function accountApi(url: string, body: unknown, token?: string): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (token !== undefined) headers.authorization = `CSS-Account-Token ${token}`;
  const response = await fetch(url, body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`account API ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** A URL the controls must name, or a clear error. */
function control(url: string | undefined, what: string): string {
  if (url === undefined) throw new Error(`the account API names no URL to ${what}: is the feature off in the configuration?`);
  return url;
}

/**
 * Makes an account on `server` through its account API: a new account, an email and password
 * login (`<name>@example.org`, what the browser sign-in will use), a pod named `name` with its
 * WebID, and client credentials for that WebID.
 */
export async function createSolidAccount(server: SolidServer, name: string): Promise<SolidAccount> {
  const index = await accountApi(`${server.baseUrl}.account/`, undefined);
  const createUrl = control((index.controls as AccountControls).account?.create, 'create an account');
  const token = (await accountApi(createUrl, {})).authorization as string;
  const controls = (await accountApi(`${server.baseUrl}.account/`, undefined, token)).controls as AccountControls;
  const email = `${name}@example.org`;
  const password = `${name}-password-1234`;
  await accountApi(control(controls.password?.create, 'add a password login'), { email, password }, token);
  const pod = await accountApi(control(controls.account?.pod, 'create a pod'), { name }, token);
  const webId = pod.webId as string;
  const credentials = await accountApi(control(controls.account?.clientCredentials, 'create client credentials'), { name: `${name}-tests`, webId }, token);
  return { email, password, podUrl: pod.pod as string, webId, clientId: credentials.id as string, clientSecret: credentials.secret as string };
}

/**
 * An access token for `account`'s WebID from the server's token endpoint (OAuth client-credentials
 * grant, scope `webid`, the client's id and secret as HTTP Basic credentials). A Bearer token,
 * valid for ten minutes.
 */
export async function accessToken(server: SolidServer, account: SolidAccount): Promise<string> {
  const discovery = (await (await fetch(`${server.baseUrl}.well-known/openid-configuration`)).json()) as { token_endpoint: string };
  const basic = Buffer.from(`${encodeURIComponent(account.clientId)}:${encodeURIComponent(account.clientSecret)}`).toString('base64');
  const response = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&scope=webid',
  });
  const json = (await response.json()) as { access_token?: string; error_description?: string };
  if (!response.ok || json.access_token === undefined) throw new Error(`token endpoint: ${response.status} ${json.error_description ?? ''}`);
  return json.access_token;
}

export { bearerFetch } from './bearer-fetch.js';
