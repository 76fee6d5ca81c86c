/**
 * The teacher collects the hand-ins of an assignment's hand-in box (issue 18): lists the box on the
 * teacher's Solid server (with their signed-in fetch), reads the resources not collected before
 * and receives each exactly as a hand-in file is received (collect-hand-ins.ts `collectOne`: the
 * same checks, one transaction each, one refused file never stops the rest). The URLs received are
 * remembered on the teacher's record (`collectedFromBox`), so a second collecting reads only what
 * is new and counts the rest as already in. The box lets anyone who knows its address add a
 * resource, so the name and time in a file are the sender's claim: a hand-in dated later than the
 * server got it (its Last-Modified) is refused, since it would otherwise outrank every later real
 * hand-in of that name. The outcome per resource is for the UI to word (ui/assignments/collect-from-box.ts).
 */
import type { AssignmentPersistence, AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { parseHandIn } from '../../model/assignments/hand-in.js';
import { type Result, fail, ok } from '../../model/result.js';
import { type FetchLike, LdpClient, type LdpCode } from '../sync/ldp-client.js';
import { type CollectedOutcome, type CollectProgress, collectOne } from './collect-hand-ins.js';
import { type ReceiveHandInDeps, ReceivingArticles } from './receive-hand-in.js';

/**
 * What became of one resource of the box: received as a file is ({@link CollectedOutcome}:
 * 'stored', 'not-newer', 'other-assignment', 'broken'), 'already-in' (collected before: not read
 * again), 'unreadable' (the server would not give it: `code`, and the HTTP `status` when it answered),
 * or 'dated-after-arrival' (a hand-in of `student` whose `handedIn` is later than the server's time of
 * the resource, `arrived`, by more than {@link CLOCK_TOLERANCE_MS}: refused, not stored).
 */
export type BoxOutcome =
  | CollectedOutcome
  | { readonly kind: 'already-in' }
  | { readonly kind: 'dated-after-arrival'; readonly student: string; readonly handedIn: string; readonly arrived: string }
  | { readonly kind: 'unreadable'; readonly code: LdpCode; readonly status?: number };

/** One resource of the box and its outcome; `name` is the last segment of its URL, decoded. */
export interface BoxResource {
  readonly url: string;
  readonly name: string;
  readonly outcome: BoxOutcome;
}

/** How far a student's clock may run ahead of the server's: a hand-in dated later than its arrival by more is refused. */
export const CLOCK_TOLERANCE_MS = 5 * 60 * 1000;

/** Why nothing was collected: the box could not be listed (an {@link LdpCode}), or the assignment has no box. */
export type CollectFromBoxCode = LdpCode | 'box-missing';

/** The name a resource is shown and received under: the last segment of its URL, decoded. */
export function resourceName(url: string): string {
  const segment = new URL(url).pathname.replace(/\/$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(segment) || url;
  } catch {
    return segment || url;
  }
}

/** Whether the hand-in in `outcome` is in this browser now (received now or before): its URL is remembered. */
function isIn(outcome: BoxOutcome): boolean {
  return outcome.kind === 'already-in' || outcome.kind === 'stored' || outcome.kind === 'not-newer';
}

/**
 * `fetch`, noting when the server got each resource it answers for (its Last-Modified, a header
 * any origin may read), by the URL asked.
 */
function notingArrival(fetch: FetchLike, arrived: Map<string, number>): FetchLike {
  return async (input, init) => {
    const response = await fetch(input, init);
    const at = Date.parse(response.headers.get('last-modified') ?? '');
    if (response.ok && !Number.isNaN(at)) arrived.set(input, at);
    return response;
  };
}

/**
 * Collects the box of the assignment `assignmentId` (the teacher's record here) through `fetch`
 * (which must act as the teacher): every member not collected before is read and received, one
 * after another, in the order the box lists them; the members collected before are 'already-in'.
 * Stores the URLs now in on the record (only those still in the box). Resolves to each resource's
 * outcome, or to the problem when the box cannot be listed (nothing read, nothing stored); never
 * rejects for one resource.
 */
export async function collectFromBox(
  fetch: FetchLike,
  assignmentId: string,
  deps: ReceiveHandInDeps,
  onProgress: CollectProgress = () => {},
): Promise<Result<BoxResource[], CollectFromBoxCode>> {
  const record = await deps.classroom.assignments.getAssignment(assignmentId);
  const box = record?.role === 'teacher' ? record.assignment.handInBox : undefined;
  if (box === undefined) return fail('box-missing', { assignment: assignmentId }, `the assignment ${assignmentId} has no hand-in box here`);
  const arrived = new Map<string, number>();
  const client = new LdpClient({ fetch: notingArrival(fetch, arrived) });
  const members = await client.members(box);
  if (!members.ok) return members;

  const before = new Set(record?.collectedFromBox ?? []);
  const fresh = members.value.filter((url) => !before.has(url));
  const articles = new ReceivingArticles(deps.articles);
  const resources: BoxResource[] = [];
  let done = 0;
  onProgress(done, fresh.length);
  for (const url of members.value) {
    const name = resourceName(url);
    if (before.has(url)) {
      resources.push({ url, name, outcome: { kind: 'already-in' } });
      continue;
    }
    resources.push({ url, name, outcome: await receiveResource(client, url, name, assignmentId, deps, articles, arrived) });
    onProgress(++done, fresh.length);
  }
  await remember(deps.classroom.assignments, assignmentId, resources.filter((resource) => isIn(resource.outcome)).map((resource) => resource.url));
  return ok(resources);
}

/** Reads one resource of the box and receives it as a hand-in file, unless it is dated after it arrived. */
async function receiveResource(
  client: LdpClient,
  url: string,
  name: string,
  assignmentId: string,
  deps: ReceiveHandInDeps,
  articles: ReceivingArticles,
  arrived: ReadonlyMap<string, number>,
): Promise<BoxOutcome> {
  const read = await client.get(url);
  if (!read.ok) {
    const [first] = read.problems;
    const status = first?.params.status;
    return { kind: 'unreadable', code: first?.code ?? 'ldp-bad-response', ...(typeof status === 'number' ? { status } : {}) };
  }
  const text = read.value.body;
  const size = new TextEncoder().encode(text).length;
  const at = arrived.get(url);
  const parsed = at === undefined ? undefined : parseHandIn(text, name, size);
  if (at !== undefined && parsed?.ok && Date.parse(parsed.value.handedIn) > at + CLOCK_TOLERANCE_MS) {
    const { student, handedIn } = parsed.value;
    return { kind: 'dated-after-arrival', student, handedIn, arrived: new Date(at).toISOString() };
  }
  return collectOne({ name, size, read: () => Promise.resolve(text) }, assignmentId, deps, articles);
}

/** Stores `urls` as the box's resources collected, on the record as stored now (nothing else of it changed). */
async function remember(assignments: AssignmentPersistence, assignmentId: string, urls: readonly string[]): Promise<void> {
  const record = await assignments.getAssignment(assignmentId);
  if (!record) return;
  const known = record.collectedFromBox ?? [];
  if (known.length === urls.length && urls.every((url, index) => known[index] === url)) return;
  const updated: AssignmentRecord = { ...record, collectedFromBox: urls };
  await assignments.putAssignment(updated);
}
