/**
 * Handing in online (issue 18, src/app/assignments/send-hand-in.ts) against a real Community Solid
 * Server (test/support/solid-server.ts), started once for this file: the teacher makes a hand-in box
 * in their pod with their Bearer token; the student, signed in nowhere, sends their work; the
 * teacher's listing holds the URL of the receipt, and reading it gives the very file the download
 * (handIn) builds at the same moment; the public may not read it; a box that refuses the public
 * is "refused"; with the server stopped, sending is "unreachable". Whenever sending fails, the
 * record stays as it was. The stores are the app's own, over memory persistence and the shipped
 * articles read from disk. Runs under node:test:
 *   node --import tsx --test test/app/assignments/send-hand-in.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { MemoryAssignmentPersistence } from '../../../src/app/assignments/memory-assignment-persistence.js';
import { sendHandIn, type SendHandInServices, slugOf } from '../../../src/app/assignments/send-hand-in.js';
import { handIn } from '../../../src/app/assignments/student-assignments.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { createHandInBox } from '../../../src/app/sync/hand-in-box.js';
import { LdpClient, ldpCode } from '../../../src/app/sync/ldp-client.js';
import type { AssignmentRecord } from '../../../src/model/assignments/assignment-record.js';
import { parseHandIn } from '../../../src/model/assignments/assignments.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { createArticleSource, parseManifest } from '../../../src/model/documents/library.js';
import type { Result } from '../../../src/model/result.js';
import { DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { studentSetId } from '../../../src/model/sets/annotation-set.js';
import { quotedRange } from '../../support/annotations.js';
import { makeAssignment } from '../../support/assignments.js';
import { type SolidAccount, type SolidServer, accessToken, bearerFetch, createSolidAccount, isRunning, startSolidServer } from '../../support/solid-server.js';

const ARTICLE = 'zweierlei-solidaritaet';
const DOCUMENTS = new URL('../../../documents/', import.meta.url);
const NOW = new Date('2026-03-04T09:30:00.000Z');

/** The value of `result`, or a test failure naming its problem. */
function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(result.problems.map((entry) => entry.message).join('\n'));
  return result.value;
}

/** The student's stores, as the app builds them when nothing can be stored (main.ts), over the shipped articles on disk. */
async function studentServices(): Promise<SendHandInServices & { classroom: Classroom; annotations: AnnotationStore; text: string; digest: string }> {
  const manifest = value(parseManifest(JSON.parse(await readFile(new URL('manifest.json', DOCUMENTS), 'utf8'))));
  const articles = createArticleSource(manifest, async (file) => JSON.parse(await readFile(new URL(file, DOCUMENTS), 'utf8')) as unknown);
  const memory = new MemoryAnnotationPersistence();
  const text = canonicalText((await articles.loadBody(ARTICLE)).blocks);
  return {
    library: await LibraryStore.load(articles, undefined),
    categories: CategoryStore.defaults(),
    // No channel: nothing to tell other tabs, and nothing that keeps node running.
    annotations: new AnnotationStore(memory, undefined, ''),
    classroom: { assignments: new MemoryAssignmentPersistence(), sets: memory },
    text,
    digest: await textDigest(text),
  };
}

describe('a student hands in online to the teacher’s box on a real Community Solid Server', () => {
  let server: SolidServer;
  let teacherAccount: SolidAccount;
  let teacher: LdpClient;
  let box: string;
  let services: Awaited<ReturnType<typeof studentServices>>;
  let record: AssignmentRecord;
  let receiptUrl: string;

  before(async () => {
    server = await startSolidServer();
    teacherAccount = await createSolidAccount(server, 'teacher');
    teacher = new LdpClient({ fetch: bearerFetch(await accessToken(server, teacherAccount)) });
    box = value(await createHandInBox(teacher, teacherAccount.podUrl, 'akteure-finden', teacherAccount.webId)).url;
    services = await studentServices();
    const assignment = makeAssignment({ document: { id: ARTICLE, iri: `tag:close-reader.app,2026:documents/${ARTICLE}`, digest: services.digest, title: 'Zweierlei Solidarität' }, handInBox: box });
    record = { assignment, role: 'student', schemeId: DEFAULT_SCHEME.id, student: 'Zoë B. 🙂' };
    await services.classroom.assignments.putAssignment(record);
    for (const [quote, category] of [['Stefanie Kron', 'actor'], ['Bill Clinton', 'actor']] as const) {
      await services.annotations.tag(ARTICLE, quotedRange(services.text, quote), category, undefined, studentSetId(assignment.id));
    }
  });

  after(async () => {
    services?.annotations.close();
    services?.categories.close();
    await server?.stop();
    assert.equal(isRunning(server.pid), false, `the Solid server (pid ${server.pid}) is still running`);
  });

  it('a file name becomes a Slug of printable ASCII: the rest percent-encoded as UTF-8', () => {
    assert.equal(slugOf('Akteure finden_Zoë B. 🙂_2026-03-04.jsonld'), 'Akteure finden_Zo%C3%AB B. %F0%9F%99%82_2026-03-04.jsonld');
    assert.equal(slugOf('100% sicher.jsonld'), '100%25 sicher.jsonld');
  });

  it('sends the very file the download builds; the teacher’s box lists it; the record keeps the receipt', async () => {
    const sent = value(await sendHandIn(record, services, NOW));
    receiptUrl = sent.receipt.url;
    const handedIn = NOW.toISOString();
    assert.deepEqual(sent.receipt, { at: handedIn, url: receiptUrl, box });
    // The server took the name the Slug asked for (decoded, kept in UTF-8): the teacher sees whose it is.
    assert.equal(receiptUrl, `${box}Akteure%20finden_Zo%C3%AB%20B.%20%F0%9F%99%82_2026-03-04.jsonld`);
    assert.equal(sent.annotations, 2);
    assert.deepEqual(await services.classroom.assignments.getAssignment(record.assignment.id), { ...record, handedIn, sentOnline: { at: handedIn, url: receiptUrl, box } });

    assert.deepEqual(value(await teacher.members(box)), [receiptUrl]);
    const stored = value(await teacher.get(receiptUrl));
    // What the download would have given at the same moment, byte for byte (handIn writes to its own classroom here).
    const downloaded = value(await handIn(record, { ...services, classroom: { assignments: new MemoryAssignmentPersistence(), sets: services.classroom.sets } }, NOW));
    assert.equal(stored.body, downloaded.file.json);
    assert.equal(stored.body, sent.file.json);
    const back = value(parseHandIn(stored.body, sent.file.fileName));
    assert.deepEqual([back.student, back.assignmentId, back.handedIn, back.annotations.map((annotation) => annotation.quote?.exact)], [
      'Zoë B. 🙂', record.assignment.id, handedIn, ['Stefanie Kron', 'Bill Clinton'],
    ]);
  });

  it('the public may not read the hand-in it sent (401)', async () => {
    const read = await new LdpClient().get(receiptUrl);
    assert.deepEqual([ldpCode(read), read.ok ? undefined : read.problems[0]?.params.status], ['ldp-refused', 401]);
  });

  it('a container that does not take hand-ins from the public is "refused", and the record stays as it was', async () => {
    const kept = await services.classroom.assignments.getAssignment(record.assignment.id);
    const closed = { ...record, assignment: { ...record.assignment, handInBox: teacherAccount.podUrl } };
    const refused = await sendHandIn(closed, services, new Date('2026-03-05T10:00:00.000Z'));
    assert.deepEqual([ldpCode(refused), refused.ok ? undefined : refused.problems[0]?.params.status], ['ldp-refused', 401]);
    assert.deepEqual(await services.classroom.assignments.getAssignment(record.assignment.id), kept);
    assert.deepEqual(value(await teacher.members(box)), [receiptUrl]);
  });

  it('an assignment without a box that is an http(s) container sends nothing', async () => {
    const { handInBox: _box, ...withoutBox } = record.assignment;
    const cases = [withoutBox, { ...record.assignment, handInBox: 'ftp://pod.example/box/' }];
    const results = await Promise.all(cases.map((assignment) => sendHandIn({ ...record, assignment }, services, NOW)));
    assert.deepEqual(results.map(ldpCode), ['assignment-box-invalid', 'assignment-box-invalid']);
    assert.deepEqual(value(await teacher.members(box)), [receiptUrl]);
  });

  it('with the server stopped, sending is "unreachable" and the record stays as it was', async () => {
    await server.stop();
    assert.equal(isRunning(server.pid), false);
    const kept = await services.classroom.assignments.getAssignment(record.assignment.id);
    const result = await sendHandIn(kept!, services, new Date('2026-03-06T10:00:00.000Z'));
    assert.equal(ldpCode(result), 'ldp-unreachable');
    assert.deepEqual(await services.classroom.assignments.getAssignment(record.assignment.id), kept);
  });
});
