/**
 * The real Community Solid Server of the browser tests (issue 18), from the browser's side: asks
 * the test runner (test/support/solid-server-plugin.mjs) for it — started with the runner, shared
 * by every file of the run — and gives its address, the teacher's pod and WebID, and a fetch that
 * acts as the teacher (a fresh Bearer token). Requests without it are anonymous, as a student's.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { FetchLike } from '../../src/app/sync/ldp-client.js';
import { bearerFetch } from './bearer-fetch.js';

/** The server and the teacher's account on it. */
export interface SolidTestServer {
  readonly baseUrl: string;
  readonly podUrl: string;
  readonly webId: string;
  /** Requests as the teacher. */
  readonly teacherFetch: FetchLike;
}

/** The run's server (it starts with the test runner; the first call may wait for it). */
export async function solidTestServer(): Promise<SolidTestServer> {
  type Answer = { baseUrl: string; podUrl: string; webId: string; token: string };
  let answer: Answer | undefined;
  // The runner gives a command 20 s; the server may still be starting at the first ask: ask again.
  for (let attempt = 1; answer === undefined; attempt++) {
    try {
      answer = await executeServerCommand<Answer, undefined>('solid-server');
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  return { baseUrl: answer.baseUrl, podUrl: answer.podUrl, webId: answer.webId, teacherFetch: bearerFetch(answer.token) };
}
