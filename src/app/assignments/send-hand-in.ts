/**
 * Handing in online (issue 18, "Hand-in box"): the student's browser POSTs the very hand-in file
 * that the download would give (buildHandIn, student-assignments.ts) to the teacher's hand-in box,
 * the LDP container the hand-out names (Assignment.handInBox), without signing in: the box lets
 * anyone append and only the teacher read (app/sync/hand-in-box.ts). Only when the server has
 * created the resource does the record keep `handedIn` and the receipt (`sentOnline`: when, the
 * resource's URL, the box); when it could not be reached, refused or failed, nothing is kept and
 * the result names why in the LDP client's code, so that the page can offer the download instead.
 */
import type { AssignmentRecord, OnlineReceipt } from '../../model/assignments/assignment-record.js';
import { handInBoxProblem, isHandInBoxUrl } from '../../model/assignments/assignments.js';
import { type Result, failAll, ok } from '../../model/result.js';
import { LdpClient } from '../sync/ldp-client.js';
import { buildHandIn, type HandedIn, type HandInServices } from './student-assignments.js';

/** What sending needs: what handing in needs, and the LDP client to send with (default: anonymous, the global fetch). */
export interface SendHandInServices extends HandInServices {
  readonly client?: LdpClient;
}

/** A hand-in sent: the file as sent, the record as kept (with `handedIn` and `sentOnline`) and the receipt. */
export interface SentHandIn extends HandedIn {
  readonly receipt: OnlineReceipt;
}

/**
 * Sends the work to the record's hand-in box at `now` (see the module comment): the file named and
 * built as {@link buildHandIn} does, POSTed as JSON-LD with the file name as `Slug`. Refused,
 * sending nothing, when the assignment has no box that is an http(s) container URL
 * ('assignment-box-invalid') or the name is missing or holds markup; an LDP problem
 * ('ldp-unreachable', 'ldp-refused', 'ldp-status', …) when the box did not take it. Either way
 * nothing is written.
 */
export async function sendHandIn(
  record: AssignmentRecord,
  services: SendHandInServices,
  now = new Date(),
  locale: 'de' | 'en' = 'de',
): Promise<Result<SentHandIn>> {
  const box = record.assignment.handInBox;
  if (box === undefined || !isHandInBoxUrl(box)) return failAll([handInBoxProblem(record.assignment.title, box ?? '')]);
  const built = await buildHandIn(record, services, now, locale);
  if (!built.ok) return built;
  return sendBuiltHandIn(built.value, services);
}

/**
 * Sends a hand-in already built ({@link buildHandIn}) to the box its record names: exactly that
 * file, so that what the student was shown before agreeing is what leaves the browser. Keeps
 * `handedIn` and the receipt only once the server created the resource; refused or failed as
 * {@link sendHandIn} is.
 */
export async function sendBuiltHandIn(built: HandedIn, services: Pick<SendHandInServices, 'classroom' | 'client'>): Promise<Result<SentHandIn>> {
  const { file, record } = built;
  const box = record.assignment.handInBox;
  if (box === undefined || !isHandInBoxUrl(box)) return failAll([handInBoxProblem(record.assignment.title, box ?? '')]);
  const client = services.client ?? new LdpClient();
  const posted = await client.post(box, file.json, { slug: slugOf(file.fileName) });
  if (!posted.ok) return posted;
  const receipt: OnlineReceipt = { at: record.handedIn!, url: posted.value.url, box };
  const saved: AssignmentRecord = { ...record, sentOnline: receipt };
  await services.classroom.assignments.putAssignment(saved);
  return ok({ ...built, record: saved, receipt });
}

/**
 * A file name as a `Slug` header (RFC 5023, section 9.7: printable ASCII, the rest percent-encoded
 * as UTF-8, and the server decodes it). A header holds no other characters: `fetch` refuses a
 * name such as "Zoë 🙂" raw, which would look like an unreachable server.
 */
export function slugOf(fileName: string): string {
  return fileName.replace(/[^\x20-\x24\x26-\x7e]/gu, (character) => encodeURIComponent(character));
}
