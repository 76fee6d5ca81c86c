/**
 * The teacher gives an assignment a hand-in box (issue 18, "collect online"): on their Solid server,
 * in the folder `close-reader/` of their storage (made the first time, found again for every later
 * assignment), a container for the assignment whose access lets anyone add a hand-in and only the
 * teacher read them (app/sync/hand-in-box.ts); its URL is then stored on the assignment, so the
 * hand-out built afterwards carries it. The folder's name is known before anything is sent
 * ({@link plannedBoxUrl}): the page shows it and asks first.
 */
import type { Assignment } from '../../model/assignments/assignment.js';
import type { AssignmentPersistence, AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { type Result, fail, ok } from '../../model/result.js';
import { slug } from '../../model/text/slug.js';
import { createHandInBox, type HandInBoxCode } from '../sync/hand-in-box.js';
import { type LdpClient, type LdpResult, ldpCode } from '../sync/ldp-client.js';
import { setHandInBox } from './teacher-assignments.js';

/** The folder in the teacher's storage that holds Close Reader's hand-in boxes. */
export const BOX_FOLDER = 'close-reader';

/** Who the box is for: the signed-in account's WebID and storage (the pod root, ending with '/'). */
export interface BoxOwner {
  readonly webId: string;
  readonly storage: string;
}

/**
 * Why no box was made: an LDP problem (the server unreachable, refusing…), an IRI an access
 * document cannot name, or `box-refused-by-assignment` (a box URL the hand-out would refuse; nothing stored).
 */
export type BoxSetupCode = HandInBoxCode | 'box-refused-by-assignment';

/** The URL of the folder that holds the boxes: `<storage>close-reader/`. */
export function boxFolderUrl(storage: string): string {
  return new URL(`${BOX_FOLDER}/`, storage).href;
}

/**
 * The name asked for an assignment's box: its title as a slug and the first 8 characters of its
 * id, so that two assignments of one title get two boxes and a student can still read whose it is
 * ("akteure-finden-6d1f3a2b").
 */
export function boxSlug(assignment: Pick<Assignment, 'id' | 'title'>): string {
  const title = slug(assignment.title, 40) || 'aufgabe';
  return `${title}-${assignment.id.slice(0, 8).toLowerCase()}`;
}

/** The URL the box will have (the server may choose another name if this one is taken meanwhile). */
export function plannedBoxUrl(owner: Pick<BoxOwner, 'storage'>, assignment: Pick<Assignment, 'id' | 'title'>): string {
  return `${boxFolderUrl(owner.storage)}${boxSlug(assignment)}/`;
}

/**
 * The folder `close-reader/` in `storage`: found (a GET) or made (a POST to the storage); gives its
 * URL, which is the server's choice when it made it under another name.
 */
export async function ensureBoxFolder(client: LdpClient, storage: string): Promise<LdpResult<{ url: string }>> {
  const url = boxFolderUrl(storage);
  const found = await client.get(url);
  if (found.ok) return ok({ url });
  if (ldpCode(found) !== 'ldp-not-found') return found;
  return client.createContainer(storage, BOX_FOLDER);
}

/** What a box set up gives: the stored record (its assignment carries the box) and the box's URLs. */
export interface BoxSetUp {
  readonly record: AssignmentRecord;
  readonly url: string;
  readonly aclUrl: string;
}

/** What setting up a box uses: the teacher's LDP client (their authenticated fetch) and the assignments. */
export interface BoxSetupDeps {
  readonly client: LdpClient;
  readonly assignments: AssignmentPersistence;
}

/**
 * Makes the hand-in box of the assignment `assignmentId` (the teacher's, stored here) for `owner`:
 * the folder `close-reader/` if missing, the box in it with its access, and the box's URL stored
 * on the assignment (`where` names the form in a problem). Nothing is stored when any step fails;
 * a box made whose URL the assignment refuses is deleted again.
 */
export async function setUpHandInBox(
  deps: BoxSetupDeps,
  assignmentId: string,
  owner: BoxOwner,
  where: string,
  now = new Date().toISOString(),
): Promise<Result<BoxSetUp, BoxSetupCode>> {
  const record = await deps.assignments.getAssignment(assignmentId);
  if (record?.role !== 'teacher') throw new Error(`setUpHandInBox: no assignment "${assignmentId}" of the teacher's here`);
  const folder = await ensureBoxFolder(deps.client, owner.storage);
  if (!folder.ok) return folder;
  const box = await createHandInBox(deps.client, folder.value.url, boxSlug(record.assignment), owner.webId);
  if (!box.ok) return box;
  const stored = await setHandInBox(deps.assignments, assignmentId, box.value.url, where, now);
  if (!stored.ok) {
    await deps.client.delete(box.value.url);
    const reason = stored.problems.map((entry) => entry.message).join(' ');
    return fail('box-refused-by-assignment', { url: box.value.url, reason }, `${box.value.url}: the assignment cannot carry this box (${reason})`);
  }
  return ok({ record: stored.value, url: box.value.url, aclUrl: box.value.aclUrl });
}
