/**
 * The teacher's hand-in box (issue 18) against a real Community Solid Server, started once for this
 * file (test/support/solid-server.ts): the teacher sets up a box for an assignment (the folder
 * `close-reader/` made once and found again for a second assignment), whose access lets anyone add
 * a hand-in and no one else read or overwrite one; students, signed in nowhere, post real hand-in
 * files; the teacher collects them into this browser's stores (in memory here, as a browser without
 * IndexedDB keeps them), a second collecting reads only what is new, a file in the box that is no
 * hand-in is refused with its reason while the rest are received. Runs under node:test:
 *   node --import tsx --test test/app/assignments/online-box.node.test.ts
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { type BoxResource, collectFromBox, resourceName } from '../../../src/app/assignments/collect-from-box.js';
import { boxFolderUrl, boxSlug, plannedBoxUrl, setUpHandInBox } from '../../../src/app/assignments/hand-in-box-setup.js';
import { MemoryAssignmentPersistence } from '../../../src/app/assignments/memory-assignment-persistence.js';
import { updateAssignment } from '../../../src/app/assignments/teacher-assignments.js';
import type { ReceiveHandInDeps } from '../../../src/app/assignments/receive-hand-in.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { type FetchLike, LdpClient, ldpCode } from '../../../src/app/sync/ldp-client.js';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import type { Assignment } from '../../../src/model/assignments/assignment.js';
import type { AssignmentRecord } from '../../../src/model/assignments/assignment-record.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import { toHandOut } from '../../../src/model/assignments/hand-out.js';
import type { ArticleEntry, ArticleSource } from '../../../src/model/documents/library.js';
import type { Result } from '../../../src/model/result.js';
import { receivedSetId } from '../../../src/model/sets/annotation-set.js';
import { makeAnnotation } from '../../support/annotations.js';
import { ARTICLE_BLOCKS, ARTICLE_DIGEST, ARTICLE_TEXT, handOutDocument, makeAssignment, SCHEME, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { type SolidAccount, type SolidServer, accessToken, bearerFetch, createSolidAccount, startSolidServer } from '../../support/solid-server.js';

/** The value of `result`, or a test failure naming its problem. */
function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(result.problems.map((entry) => entry.message).join('\n'));
  return result.value;
}

/** The code and HTTP status of a failed result. */
function refusal(result: Result<unknown>): [string | undefined, unknown] {
  return [ldpCode(result), result.ok ? undefined : result.problems[0]?.params.status];
}

/** The test article, as this browser's library has it. */
const ENTRY: ArticleEntry = { id: '001', iri: 'tag:close-reader.app,2026:documents/001', title: 'Zweierlei Solidarität', titleSource: 'editorial', lang: 'de', digest: ARTICLE_DIGEST, wordCount: 14 };
const ARTICLES: ArticleSource = {
  entries: [ENTRY],
  entry: (id) => (id === ENTRY.id ? ENTRY : undefined),
  loadBody: (id) => (id === ENTRY.id ? Promise.resolve({ id, lang: 'de', blocks: ARTICLE_BLOCKS }) : Promise.reject(new Error(`no article ${id}`))),
};

/** A second assignment of the same title: another box in the same folder. */
const SECOND_ID = '0b5e7c1d-2a3f-4b6c-9d8e-7f6a5b4c3d2e';

/** A real hand-in file of `student` (two annotations, an emoji in the article), handed in at `handedIn`. */
function handInText(assignment: Assignment, student: string, handedIn: string): string {
  const annotations = [
    makeAnnotation({ id: '00000000-0000-4000-8000-000000000001', documentId: '001', ...describeRange(ARTICLE_TEXT, 0, 8), categoryIds: ['actor'] }),
    makeAnnotation({ id: '00000000-0000-4000-8000-000000000002', documentId: '001', ...describeRange(ARTICLE_TEXT, 27, 40), categoryIds: ['quote'], note: 'Wer ist „wir“? 🙂' }),
  ];
  const file = toHandIn({ assignment, document: { iri: ENTRY.iri, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT }, student, annotations, categories: SCHEME_CATEGORIES, handedIn });
  return JSON.stringify(file, null, 2);
}

/** Each resource as [name, outcome kind, student or first problem code], sorted by name (the server lists in its own order). */
function outcomes(resources: readonly BoxResource[]): string[][] {
  return resources
    .map(({ name, outcome }) => {
      switch (outcome.kind) {
        case 'stored':
        case 'not-newer':
          return [name, outcome.kind, outcome.received.student, String(outcome.received.annotations)];
        case 'broken':
          return [name, outcome.kind, ...outcome.problems.map((entry) => entry.code)];
        case 'unreadable':
          return [name, outcome.kind, outcome.code];
        default:
          return [name, outcome.kind];
      }
    })
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('box names', () => {
  it('the title as a slug and the first 8 characters of the id, in close-reader/ of the storage', () => {
    const assignment = makeAssignment({ title: 'Wer spricht? Größen & „Zitate“' });
    assert.equal(boxSlug(assignment), 'wer-spricht-grossen-zitate-6d1f3a2b');
    assert.equal(boxSlug(makeAssignment({ title: '中文' })), 'aufgabe-6d1f3a2b');
    assert.equal(boxFolderUrl('http://localhost:3000/teacher/'), 'http://localhost:3000/teacher/close-reader/');
    assert.equal(plannedBoxUrl({ storage: 'http://localhost:3000/teacher/' }, makeAssignment()), 'http://localhost:3000/teacher/close-reader/akteure-finden-6d1f3a2b/');
  });
  it('a resource shows under the last segment of its URL, decoded', () => {
    assert.equal(resourceName('http://localhost:3000/t/close-reader/box/Akteure%20finden_Lea%20M._2026-03-05.jsonld'), 'Akteure finden_Lea M._2026-03-05.jsonld');
  });
});

describe('a field saved on a page that began before the box was made', () => {
  it('keeps the box and the resources collected: a title save never erases them', async () => {
    const assignments = new MemoryAssignmentPersistence();
    const before: AssignmentRecord = { assignment: makeAssignment(), role: 'teacher', schemeId: 'default' };
    await assignments.putAssignment(before);
    const box = 'https://pod.example/teacher/close-reader/akteure-finden-6d1f3a2b/';
    await assignments.putAssignment({ ...before, assignment: { ...before.assignment, handInBox: box }, collectedFromBox: [`${box}lea.jsonld`] });
    const saved = value(await updateAssignment(assignments, before, { title: 'Akteure benennen' }, 'Aufgabe', '2026-03-04T10:00:00.000Z'));
    const stored = await assignments.getAssignment(before.assignment.id);
    assert.deepEqual(stored, saved);
    assert.deepEqual([stored?.assignment.title, stored?.assignment.handInBox, stored?.collectedFromBox], ['Akteure benennen', box, [`${box}lea.jsonld`]]);
  });
});

describe('the teacher\'s hand-in box on a real Community Solid Server', () => {
  let server: SolidServer;
  let teacherAccount: SolidAccount;
  let teacherFetch: FetchLike;
  let teacher: LdpClient;
  const anonymous = new LdpClient();
  const assignments = new MemoryAssignmentPersistence();
  const memory = new MemoryAnnotationPersistence();
  const deps: ReceiveHandInDeps = {
    classroom: { assignments, sets: memory },
    articles: ARTICLES,
    annotations: new AnnotationStore(memory, undefined, undefined, undefined, memory),
    categories: CategoryStore.defaults(),
  };
  const assignment = makeAssignment();
  const owner = () => ({ webId: teacherAccount.webId, storage: teacherAccount.podUrl });
  let box: string;
  const posted: Record<string, string> = {};

  before(async () => {
    server = await startSolidServer();
    teacherAccount = await createSolidAccount(server, 'teacher');
    teacherFetch = bearerFetch(await accessToken(server, teacherAccount));
    teacher = new LdpClient({ fetch: teacherFetch });
    console.log(`Community Solid Server answered ${server.startupMs} ms after it was spawned`);
    await assignments.putAssignment({ assignment, role: 'teacher', schemeId: 'default' });
    await assignments.putAssignment({ assignment: makeAssignment({ id: SECOND_ID }), role: 'teacher', schemeId: 'default' });
  });

  after(async () => {
    deps.annotations.close();
    await server?.stop();
  });

  it('signed in nowhere, no box is made and the assignment keeps none', async () => {
    const result = await setUpHandInBox({ client: anonymous, assignments }, assignment.id, owner(), 'Aufgabe');
    assert.deepEqual(refusal(result), ['ldp-refused', 401]);
    assert.equal((await assignments.getAssignment(assignment.id))?.assignment.handInBox, undefined);
  });

  it('the first box makes close-reader/ in the storage and is stored on the assignment', async () => {
    const made = value(await setUpHandInBox({ client: teacher, assignments }, assignment.id, owner(), 'Aufgabe', '2026-03-03T09:00:00.000Z'));
    box = made.url;
    assert.equal(box, `${teacherAccount.podUrl}close-reader/akteure-finden-6d1f3a2b/`);
    assert.equal(box, plannedBoxUrl(owner(), assignment));
    assert.equal(made.aclUrl, `${box}.acl`);
    const stored = await assignments.getAssignment(assignment.id);
    assert.deepEqual(stored, made.record);
    assert.equal(stored?.assignment.handInBox, box);
    assert.equal(stored?.assignment.modified, '2026-03-03T09:00:00.000Z');
    assert.deepEqual(value(await teacher.members(`${teacherAccount.podUrl}close-reader/`)), [box]);
  });

  it('a second assignment finds close-reader/ again and gets its own box beside the first', async () => {
    const second = value(await setUpHandInBox({ client: teacher, assignments }, SECOND_ID, owner(), 'Aufgabe'));
    assert.equal(second.url, `${teacherAccount.podUrl}close-reader/akteure-finden-0b5e7c1d/`);
    assert.deepEqual(value(await teacher.members(`${teacherAccount.podUrl}close-reader/`)).sort(), [box, second.url].sort());
    const folders = value(await teacher.members(teacherAccount.podUrl)).filter((url) => url.includes('close-reader'));
    assert.deepEqual(folders, [`${teacherAccount.podUrl}close-reader/`]);
  });

  it('anyone may post a hand-in to the box, but not list the box nor overwrite a hand-in', async () => {
    posted.lea = value(await anonymous.post(box, handInText(assignment, 'Lea M.', '2026-03-05T14:30:00.000Z'), { slug: 'lea.jsonld' })).url;
    posted.ben = value(await anonymous.post(box, handInText(assignment, 'Ben K.', '2026-03-05T15:00:00.000Z'), { slug: 'ben.jsonld' })).url;
    assert.deepEqual([posted.lea, posted.ben], [`${box}lea.jsonld`, `${box}ben.jsonld`]);
    assert.deepEqual(refusal(await anonymous.get(box)), ['ldp-refused', 401]);
    assert.deepEqual(refusal(await anonymous.members(box)), ['ldp-refused', 401]);
    assert.deepEqual(refusal(await anonymous.put(posted.lea, handInText(assignment, 'Mallory', '2026-03-06T00:00:00.000Z'))), ['ldp-refused', 401]);
    assert.match(value(await teacher.get(posted.lea)).body, /"Lea M\."/);
  });

  it('collecting the box receives both hand-ins as the students\' received sets and remembers them', async () => {
    const progress: string[] = [];
    const resources = value(await collectFromBox(teacherFetch, assignment.id, deps, (done, total) => progress.push(`${done}/${total}`)));
    assert.deepEqual(outcomes(resources), [
      ['ben.jsonld', 'stored', 'Ben K.', '2'],
      ['lea.jsonld', 'stored', 'Lea M.', '2'],
    ]);
    assert.deepEqual(progress, ['0/2', '1/2', '2/2']);
    const lea = await memory.listBySet(receivedSetId(assignment.id, 'Lea M.'));
    assert.deepEqual(lea.map((annotation) => [annotation.exact, annotation.categoryIds[0], annotation.note ?? '']).sort(), [
      ['Zweierle', 'actor', ''],
      ['ie Bürgermeis', 'quote', 'Wer ist „wir“? 🙂'],
    ].sort());
    assert.equal((await memory.getSet(receivedSetId(assignment.id, 'Ben K.')))?.modified, '2026-03-05T15:00:00.000Z');
    assert.deepEqual([...((await assignments.getAssignment(assignment.id))?.collectedFromBox ?? [])].sort(), [posted.ben, posted.lea].sort());
  });

  it('collecting again reads only the listing: 0 new, 2 already in', async () => {
    const requests: string[] = [];
    const counting: FetchLike = (input, init) => (requests.push(`${init?.method ?? 'GET'} ${input}`), teacherFetch(input, init));
    const resources = value(await collectFromBox(counting, assignment.id, deps));
    assert.deepEqual(outcomes(resources), [
      ['ben.jsonld', 'already-in'],
      ['lea.jsonld', 'already-in'],
    ]);
    assert.deepEqual(requests, [`GET ${box}`]);
  });

  it('a file in the box that is no hand-in is refused with its reason; the new hand-in beside it is received', async () => {
    const handOut = JSON.stringify(toHandOut(assignment, handOutDocument(true), SCHEME, SCHEME_CATEGORIES));
    posted.handOut = value(await anonymous.post(box, handOut, { slug: 'aufgabe.jsonld' })).url;
    posted.kim = value(await anonymous.post(box, handInText(assignment, 'Kim', '2026-03-06T08:00:00.000Z'), { slug: 'kim.jsonld' })).url;
    const resources = value(await collectFromBox(teacherFetch, assignment.id, deps));
    assert.deepEqual(outcomes(resources), [
      ['aufgabe.jsonld', 'broken', 'not-an-assignment-file'],
      ['ben.jsonld', 'already-in'],
      ['kim.jsonld', 'stored', 'Kim', '2'],
      ['lea.jsonld', 'already-in'],
    ]);
    // The refused file is not remembered: it is read (and refused) again next time.
    assert.deepEqual([...((await assignments.getAssignment(assignment.id))?.collectedFromBox ?? [])].sort(), [posted.ben, posted.kim, posted.lea].sort());
    assert.deepEqual(outcomes(value(await collectFromBox(teacherFetch, assignment.id, deps))).map(([name, kind]) => `${name} ${kind}`), [
      'aufgabe.jsonld broken',
      'ben.jsonld already-in',
      'kim.jsonld already-in',
      'lea.jsonld already-in',
    ]);
  });

  it('a hand-in dated after the server got it is refused, not stored over the student\'s real one, and not remembered', async () => {
    const real = await memory.getSet(receivedSetId(assignment.id, 'Lea M.'));
    const arrivedBefore = Date.now();
    // A classmate posts "Lea M." dated far ahead, which would outrank every later real hand-in of hers.
    posted.forged = value(await anonymous.post(box, handInText(assignment, 'Lea M.', '2099-01-01T00:00:00.000Z'), { slug: 'forged.jsonld' })).url;
    // A student's clock a little ahead of the server's (within 5 minutes) is no forgery.
    const ahead = new Date(Date.now() + 2 * 60 * 1000).toISOString();
    posted.ahead = value(await anonymous.post(box, handInText(assignment, 'Ada', ahead), { slug: 'ada.jsonld' })).url;
    const resources = value(await collectFromBox(teacherFetch, assignment.id, deps));
    const forged = resources.find((resource) => resource.name === 'forged.jsonld')!;
    assert.equal(forged.outcome.kind, 'dated-after-arrival');
    assert.ok(forged.outcome.kind === 'dated-after-arrival');
    assert.deepEqual([forged.outcome.student, forged.outcome.handedIn], ['Lea M.', '2099-01-01T00:00:00.000Z']);
    // The arrival is the server's time of the resource (Last-Modified, to the second).
    const arrived = Date.parse(forged.outcome.arrived);
    assert.ok(arrived >= Math.floor(arrivedBefore / 1000) * 1000 - 1000 && arrived <= Date.now(), `arrived ${forged.outcome.arrived}`);
    assert.equal(resources.find((resource) => resource.name === 'ada.jsonld')?.outcome.kind, 'stored');
    assert.deepEqual(await memory.getSet(receivedSetId(assignment.id, 'Lea M.')), real);
    assert.equal((await assignments.getAssignment(assignment.id))?.collectedFromBox?.includes(posted.forged), false);
  });

  it('signed in nowhere, the box cannot be listed: refused, nothing collected', async () => {
    const result = await collectFromBox((input, init) => fetch(input, init), assignment.id, deps);
    assert.deepEqual(refusal(result), ['ldp-refused', 401]);
    assert.equal(ldpCode(await collectFromBox(teacherFetch, 'no-such-assignment', deps)), 'box-missing');
  });

  it('with the server stopped, collecting is "unreachable" and the record keeps what it had', async () => {
    const before = await assignments.getAssignment(assignment.id);
    await server.stop();
    const result = await collectFromBox(teacherFetch, assignment.id, deps);
    assert.equal(ldpCode(result), 'ldp-unreachable');
    assert.deepEqual(await assignments.getAssignment(assignment.id), before);
  });
});
