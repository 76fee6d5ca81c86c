/**
 * A real Community Solid Server for the browser tests (issue 18), run as a child of the
 * web-test-runner's node process by test/support/solid-server-plugin.mjs: starts the server
 * (test/support/solid-server.ts, in memory, WAC) and one teacher account, then answers each line
 * on stdin with one JSON line on stdout: the server's base URL, the account (pod, WebID) and a
 * fresh Bearer token for it. Ends, stopping the server by pid, when stdin closes or on SIGTERM.
 *   node --import tsx test/support/solid-server-cli.ts
 */
import { createInterface } from 'node:readline';
import { accessToken, createSolidAccount, startSolidServer } from './solid-server.js';

const server = await startSolidServer();
const account = await createSolidAccount(server, 'teacher');
const lines = createInterface({ input: process.stdin });
// One answer per question, in the order asked.
let answered = Promise.resolve();
lines.on('line', () => {
  answered = answered.then(async () => {
    const token = await accessToken(server, account);
    process.stdout.write(`${JSON.stringify({ baseUrl: server.baseUrl, podUrl: account.podUrl, webId: account.webId, token })}\n`);
  });
});
lines.once('close', () => void server.stop());
