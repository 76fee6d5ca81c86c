/**
 * What the teacher is told about their hand-in box (issue 18), in the reader's language: why a box
 * could not be made (app/assignments/hand-in-box-setup.ts), why the box could not be listed, why one
 * of its resources could not be read, and, after collecting (app/assignments/collect-from-box.ts),
 * one sentence counting the outcomes ("2 new hand-ins, 1 already in.") and, per resource, why it
 * came out so. Each LDP problem is worded by its code, naming the server by its host.
 */
import { msg, str } from '@lit/localize';
import type { BoxOutcome, BoxResource, CollectFromBoxCode } from '../../app/assignments/collect-from-box.js';
import type { BoxSetupCode } from '../../app/assignments/hand-in-box-setup.js';
import type { LdpCode } from '../../app/sync/ldp-client.js';
import type { Problem } from '../../model/result.js';
import { formatDateTime } from '../shared/format-date-time.js';
import { formatCount, plural } from '../shared/plural.js';
import { collectedReason } from './collected-hand-ins-message.js';
import { handInReceivedMessage } from './hand-in-received-message.js';

/** The host (and port) of `url`, or `url` itself when it is none. */
export function hostOf(url: unknown): string {
  const text = typeof url === 'string' ? url : '';
  return URL.canParse(text) ? new URL(text).host : text;
}

/** The HTTP status of a problem, as text ('' when it has none). */
function statusOf(problem: Problem): string {
  const status = problem.params.status;
  return status === undefined ? '' : String(status);
}

/** Why the box could not be made, with what to do: one sentence per code. */
export function boxSetupFailure(problem: Problem<BoxSetupCode>): string {
  const host = hostOf(problem.params.url);
  switch (problem.code) {
    case 'ldp-unreachable':
      return msg(str`${host} could not be reached. Check your connection and try again; no box was created.`);
    case 'ldp-refused':
      return msg(str`${host} refused: the account you signed in with may not create folders there. Sign in with the account that owns the storage; no box was created.`);
    case 'ldp-not-found':
      return msg(str`${host} has no folder at ${String(problem.params.url)}. Check your server's address; no box was created.`);
    case 'ldp-changed-meanwhile':
      return msg(str`The folder on ${host} changed while the box was made. Try again; no box was created.`);
    case 'ldp-status':
      return msg(str`${host} answered with the error ${statusOf(problem)}. Try again later; no box was created.`);
    case 'ldp-bad-response':
      return msg(str`${host} answered in a way Close Reader cannot use (it may not control access per folder). No box was created.`);
    case 'box-bad-iri':
      return msg(str`The access rules of a box cannot name “${String(problem.params.iri)}”. No box was created.`);
    case 'box-refused-by-assignment':
      return msg(str`The server gave the box an address the hand-out cannot carry (${String(problem.params.url)}). It was removed again.`);
  }
}

/** Why the box could not be listed: nothing was collected. */
export function boxListFailure(problem: Problem<CollectFromBoxCode>): string {
  const host = hostOf(problem.params.url);
  switch (problem.code) {
    case 'ldp-unreachable':
      return msg(str`The box on ${host} could not be reached. Check your connection and try again; nothing was collected.`);
    case 'ldp-refused':
      return msg(str`${host} refused to list the box. Sign in with the account that made the box; nothing was collected.`);
    case 'ldp-not-found':
      return msg(str`The box is no longer on ${host}. Nothing was collected.`);
    case 'ldp-changed-meanwhile':
    case 'ldp-status':
      return msg(str`${host} answered with the error ${statusOf(problem)}. Try again later; nothing was collected.`);
    case 'ldp-bad-response':
      return msg(str`${host} listed the box in a way Close Reader cannot read. Nothing was collected.`);
    case 'box-missing':
      return msg('This assignment has no hand-in box.');
  }
}

/** Why one resource of the box could not be read. */
export function unreadableReason(code: LdpCode, status: number | undefined): string {
  switch (code) {
    case 'ldp-unreachable':
      return msg('The server could not be reached while it was read. It is read again next time.');
    case 'ldp-refused':
      return msg('Refused: your account may not read it. It is read again next time.');
    case 'ldp-not-found':
      return msg('Gone from the box while it was read.');
    default:
      return msg(str`The server answered with the error ${status === undefined ? '' : String(status)}. It is read again next time.`);
  }
}

/** How the outcomes of a collecting are grouped, in the order they are listed. */
export type BoxGroup = 'new' | 'already-in' | 'older' | 'refused';

/** The groups, in the order they are listed. */
export const BOX_GROUP_ORDER: readonly BoxGroup[] = ['new', 'already-in', 'older', 'refused'];

/** The group of one outcome: a hand-in saved now is new; collected before, or this very one kept, is already in. */
export function boxGroup(outcome: BoxOutcome): BoxGroup {
  switch (outcome.kind) {
    case 'stored':
      return 'new';
    case 'already-in':
      return 'already-in';
    case 'not-newer':
      return outcome.received.outcome.kind === 'older' ? 'older' : 'already-in';
    default:
      return 'refused';
  }
}

/** The heading of a group. */
export function boxGroupHeading(group: BoxGroup): string {
  switch (group) {
    case 'new':
      return msg('New');
    case 'already-in':
      return msg('Already in');
    case 'older':
      return msg('Older than the hand-in kept');
    case 'refused':
      return msg('Refused');
  }
}

/** The sentence counting the outcomes: "2 new hand-ins, 1 already in." (and older, refused when there are any). */
export function boxCollectedSummary(resources: readonly BoxResource[]): string {
  const count = (group: BoxGroup): number => resources.filter((resource) => boxGroup(resource.outcome) === group).length;
  if (resources.length === 0) return msg('The box is empty: no hand-ins yet.');
  const parts = [
    plural(count('new'), { zero: () => msg('No new hand-ins'), one: () => msg('1 new hand-in'), other: (n) => msg(str`${n} new hand-ins`) }),
    count('already-in') ? msg(str`${formatCount(count('already-in'))} already in`) : '',
    count('older') ? msg(str`${formatCount(count('older'))} older than the ones kept`) : '',
    count('refused') ? msg(str`${formatCount(count('refused'))} refused`) : '',
  ];
  return `${parts.filter(Boolean).join(', ')}.`;
}

/** Why one resource came out as it did. */
export function boxReason(outcome: BoxOutcome): string {
  switch (outcome.kind) {
    case 'already-in':
      return msg('Collected before.');
    case 'unreadable':
      return unreadableReason(outcome.code, outcome.status);
    case 'dated-after-arrival':
      return msg(
        str`Refused: a hand-in named “${outcome.student}”, dated ${formatDateTime(outcome.handedIn)}, after it arrived (${formatDateTime(outcome.arrived)}). Anyone who knows the box’s address can add to it; nothing was stored.`,
      );
    case 'stored':
    case 'not-newer':
      return handInReceivedMessage(outcome.received);
    default:
      return collectedReason(outcome);
  }
}
