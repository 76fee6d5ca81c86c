/**
 * A web-test-runner plugin that gives browser tests a real Community Solid Server (issue 18;
 * never a stand-in): test/support/solid-server-cli.ts starts with the test server — from this
 * node binary, not npx, in the background, so that its 10–15 s start overlaps the first test
 * files — and the command `solid-server` (`executeServerCommand` of `@web/test-runner-commands`)
 * answers with the server's base URL, the teacher's pod and WebID, and a fresh Bearer token. The
 * child (and with it the server) is stopped by pid when the test server stops, and on this
 * process's exit.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function solidServerPlugin() {
  /** @type {import('node:child_process').ChildProcess | undefined} */
  let child;
  /** @type {AsyncIterator<string> | undefined} */
  let answers;
  /** Answers are read one at a time, in the order the questions were written. */
  let queue = Promise.resolve();
  const stop = () => {
    if (child && child.exitCode === null) child.kill('SIGTERM');
  };
  return {
    name: 'close-reader-solid-server',
    serverStart() {
      child = spawn(process.execPath, ['--import', 'tsx', 'test/support/solid-server-cli.ts'], { stdio: ['pipe', 'pipe', 'inherit'] });
      answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      process.once('exit', stop);
    },
    async executeCommand({ command }) {
      if (command !== 'solid-server' || !child || !answers) return undefined;
      child.stdin.write('token\n');
      const next = queue.then(() => answers.next());
      queue = next.then(() => undefined, () => undefined);
      const answer = await next;
      if (answer.done) throw new Error('the Solid server for the browser tests exited');
      return JSON.parse(answer.value);
    },
    serverStop() {
      stop();
    },
  };
}
