/**
 * The teacher's hand-in box on the page (issue 18): <cr-teacher-online-box> ("Collect online", on
 * the assignment's page) says what will be created where before anything is sent and words a
 * server that cannot be reached or refuses; once the assignment has a box it shows its address.
 * <cr-collect-from-box> (the class view) asks to sign in first, words a box that cannot be reached,
 * and after collecting counts and lists new, already in and refused resources. Real IndexedDB and
 * the real Community Solid Server of the run (test/support/solid-test-server.ts): boxes are made in
 * the teacher's pod, hand-ins posted to them anonymously, as a student does. The Solid session is an
 * object of the session's shape (the real sign-in is the lead's e2e test's); its fetch is a real one:
 * the teacher's (Bearer token), the browser's anonymous one, or the browser's to a closed port for a
 * server that cannot be reached. Each test that makes a box has an assignment of its own (a fresh id),
 * since the server is shared by the whole run. German first, axe clean.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { boxSlug, ensureBoxFolder } from '../../../src/app/assignments/hand-in-box-setup.js';
import { createHandInBox } from '../../../src/app/sync/hand-in-box.js';
import { type FetchLike, LdpClient } from '../../../src/app/sync/ldp-client.js';
import type { SolidAccount, SolidSession } from '../../../src/app/sync/solid-session.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import type { ReceiveHandInDeps } from '../../../src/app/assignments/receive-hand-in.js';
import type { Assignment } from '../../../src/model/assignments/assignment.js';
import type { AssignmentRecord } from '../../../src/model/assignments/assignment-record.js';
import type { Result } from '../../../src/model/result.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import { receivedSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import '../../../src/ui/assignments/collect-from-box.js';
import type { CrCollectFromBox } from '../../../src/ui/assignments/collect-from-box.js';
import '../../../src/ui/assignments/teacher-online-box.js';
import type { CrTeacherOnlineBox } from '../../../src/ui/assignments/teacher-online-box.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { annotationOn } from '../../support/annotations.js';
import { SCHEME_CATEGORIES } from '../../support/assignments.js';
import { type SolidTestServer, solidTestServer } from '../../support/solid-test-server.js';
import { HAND_IN_DOC, HAND_IN_IRI, teacherClassroom } from '../../support/teacher-classroom.js';
import type { StoresHost } from '../../support/teacher-stores-host.js';
import '../../support/teacher-stores-host.js';
import { TestDatabases } from '../../support/test-database.js';

/** A server no one listens on (port 9, "discard"): the browser's fetch fails at once. */
const CLOSED = 'http://localhost:9/';
const ACCOUNT: SolidAccount = { webId: `${CLOSED}teacher/profile/card#me`, issuer: CLOSED, storage: `${CLOSED}teacher/` };
const BOX = `${CLOSED}teacher/close-reader/akteure-finden-6d1f3a2b/`;

/** A session of the shape solidSession() gives: `account` signed in (or nobody), requests through `fetch`. */
function session(account: SolidAccount | undefined, fetch: FetchLike): SolidSession {
  return {
    account: () => account,
    fetch,
    signIn: () => Promise.reject(new Error('no sign-in in this test')),
    signOut: () => Promise.resolve(),
    onChange: () => () => {},
  };
}

/** The browser's own fetch, anonymous (no token, no cookies to another origin): a student's. */
const anonymousFetch: FetchLike = (input, init) => fetch(input, init);

/** The value of `result`, or an error naming its problems. */
function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.problems.map((entry) => entry.message).join('\n'));
  return result.value;
}

/** The text of `element`, its whitespace made single spaces. */
const words = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('the teacher\'s hand-in box on the page', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let deps: ReceiveHandInDeps;
  let text: string;
  let assignment: Assignment;
  /** The run's Solid server and the teacher's account on it. */
  let server: SolidTestServer;
  /** The teacher's account on it, as the session gives it. */
  let teacher: SolidAccount;
  /** Every request sent, as "METHOD url". */
  let sent: string[];
  /** The status of every answer, in the order they came. */
  let answered: number[];
  /** `base` (a real fetch), every request and answer counted. */
  const counting =
    (base: FetchLike): FetchLike =>
    async (input, init) => {
      sent.push(`${init?.method ?? 'GET'} ${input}`);
      const response = await base(input, init);
      answered.push(response.status);
      return response;
    };
  /** The browser's own fetch, counted. */
  const counted: FetchLike = counting(anonymousFetch);

  before(async function () {
    // The server starts with the test runner; the first file to ask may wait for it.
    this.timeout(60000);
    server = await solidTestServer();
    teacher = { webId: server.webId, issuer: server.baseUrl, storage: server.podUrl };
  });

  /** A new assignment of the teacher's (a fresh id, so a box of its own on the shared server), now `assignment`. */
  async function freshAssignment(): Promise<Assignment> {
    assignment = { ...assignment, id: crypto.randomUUID() };
    await deps.classroom.assignments.putAssignment({ assignment, role: 'teacher', schemeId: 'default' });
    return assignment;
  }

  beforeEach(async () => {
    await applyLocale('de');
    sessionStorage.clear();
    sent = [];
    answered = [];
    db = await databases.open();
    ({ deps, text, assignment } = await teacherClassroom(db));
  });

  afterEach(async () => {
    deps.annotations.close();
    await databases.cleanUp();
    await applyLocale('en');
  });

  async function teacherBox(solid: SolidSession, withBox = false): Promise<CrTeacherOnlineBox> {
    const record = (await deps.classroom.assignments.getAssignment(assignment.id))!;
    const shown = withBox ? { ...record, assignment: { ...record.assignment, handInBox: BOX } } : record;
    const host = await fixture<StoresHost>(html`<test-stores-host .stores=${deps} .content=${html`<cr-teacher-online-box .record=${shown} .session=${solid}></cr-teacher-online-box>`}></test-stores-host>`);
    const element = host.querySelector('cr-teacher-online-box')!;
    await element.updateComplete;
    return element;
  }

  async function open(element: CrTeacherOnlineBox): Promise<void> {
    element.querySelector('summary')!.click();
    await waitUntil(() => element.open && element.querySelector('.cr-online-box-plan') !== null, 'the section did not open');
  }

  it('is closed at first; opened, it says what will be created where, and nothing is sent before the button', async () => {
    const element = await teacherBox(session(ACCOUNT, counted));
    expect([words(element.querySelector('summary')), element.querySelector('details')!.open, element.querySelector('cr-solid-sign-in')]).to.deep.equal(['Online einsammeln', false, null]);
    await open(element);
    expect(words(element.querySelector('.cr-online-box-plan'))).to.equal(
      `Close Reader legt den Ordner ${BOX} auf ${CLOSED} an: Wer die Adresse kennt, kann eine Abgabe hineinlegen; lesen können sie nur Sie.`,
    );
    expect(element.querySelector('cr-solid-sign-in')!.getAttribute('return-to')).to.equal(`#/assignment/${assignment.id}`);
    expect([words(element.querySelector('.cr-online-box-create')), sent]).to.deep.equal(['Abgabebox anlegen', []]);
    // The section stays open across the sign-in's round trip.
    expect(JSON.parse(sessionStorage.getItem('close-reader.online-box-open')!)).to.deep.equal([assignment.id]);
  });

  it('a server that cannot be reached: said in German, naming the host; the assignment keeps no box', async () => {
    const element = await teacherBox(session(ACCOUNT, counted));
    await open(element);
    const button = element.querySelector<HTMLButtonElement>('.cr-online-box-create')!;
    button.focus();
    button.click();
    // While the box is made, the button keeps the focus and says it is busy; a second press does nothing.
    await element.updateComplete;
    expect([button.getAttribute('aria-disabled'), document.activeElement === button]).to.deep.equal(['true', true]);
    button.click();
    await waitUntil(() => element.querySelector('[role=alert]'), 'no failure shown');
    expect([button.getAttribute('aria-disabled'), document.activeElement === button]).to.deep.equal(['false', true]);
    expect(words(element.querySelector('[role=alert]'))).to.equal('localhost:9 war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es noch einmal; es wurde keine Box angelegt.');
    expect(sent).to.deep.equal([`GET ${CLOSED}teacher/close-reader/`]);
    expect((await deps.classroom.assignments.getAssignment(assignment.id))?.assignment.handInBox).to.equal(undefined);
    await expect(element).to.be.accessible();
  });

  it('a server that makes the box: the record with its address is stored and handed to the page', async () => {
    await applyLocale('en');
    const folder = `${server.podUrl}close-reader/`;
    const mine = await freshAssignment();
    const box = `${folder}akteure-finden-${mine.id.slice(0, 8)}/`;
    // The folder is made by the first box of the run (whichever test or file that is), found by every later one.
    const folderWasThere = (await server.teacherFetch(folder, { method: 'HEAD' })).ok;
    const element = await teacherBox(session(teacher, counting(server.teacherFetch)));
    await open(element);
    const stored: AssignmentRecord[] = [];
    element.addEventListener('cr-assignment-stored', (event) => stored.push(event.detail.record));
    await element.createBox();
    expect(words(element.querySelector('[role=alert]'))).to.equal('');
    expect(sent).to.deep.equal([`GET ${folder}`, ...(folderWasThere ? [] : [`POST ${server.podUrl}`]), `POST ${folder}`, `HEAD ${box}`, `PUT ${box}.acl`]);
    const record = await deps.classroom.assignments.getAssignment(mine.id);
    expect([record?.assignment.handInBox, stored]).to.deep.equal([box, [record]]);
    // The box is on the server: the teacher reads it; anyone else is refused.
    const [asTeacher, asAnyone] = await Promise.all([server.teacherFetch(box), anonymousFetch(box)]);
    expect([asTeacher.status, asAnyone.status]).to.deep.equal([200, 401]);
    element.record = record;
    await element.updateComplete;
    // The pressed button is gone: the focus is on the box's address, not lost to the page.
    expect([document.activeElement === element.querySelector('.cr-online-box-address'), words(document.activeElement)]).to.deep.equal([true, `Hand-in box: ${box}`]);
    expect(words(element.querySelector('.cr-online-box-note'))).to.equal('The hand-out now carries the box’s address; download it again if you handed out an older one.');
  });

  it('a server that refuses (401, signed in as nobody): said in English, with what to do', async () => {
    await applyLocale('en');
    const mine = await freshAssignment();
    // The account claims the teacher's pod, but the requests carry no token: the real server refuses.
    const element = await teacherBox(session(teacher, counting(anonymousFetch)));
    await open(element);
    await element.createBox();
    expect(words(element.querySelector('[role=alert]'))).to.equal(
      `${new URL(server.baseUrl).host} refused: the account you signed in with may not create folders there. Sign in with the account that owns the storage; no box was created.`,
    );
    expect([sent, answered]).to.deep.equal([[`GET ${server.podUrl}close-reader/`], [401]]);
    expect((await deps.classroom.assignments.getAssignment(mine.id))?.assignment.handInBox).to.equal(undefined);
  });

  it('signed in nowhere, it offers only the sign-in, not the button', async () => {
    const element = await teacherBox(session(undefined, counted));
    element.querySelector('summary')!.click();
    await waitUntil(() => element.querySelector('cr-solid-sign-in') !== null);
    expect([element.querySelector('.cr-online-box-plan'), element.querySelector('.cr-online-box-create')]).to.deep.equal([null, null]);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`with a box: open, its address and where hand-ins arrive; no axe violation (${locale})`, async () => {
      await applyLocale(locale);
      const element = await teacherBox(session(ACCOUNT, counted), true);
      expect([element.querySelector('details')!.open, words(element.querySelector('.cr-online-box-url'))]).to.deep.equal([true, BOX]);
      if (locale === 'en') expect(words(element.querySelector('details > p:nth-of-type(3)'))).to.equal('Hand-ins arrive there; collect them in the class view.');
      await expect(element).to.be.accessible();
    });
  }

  describe('collecting from the box in the class view', () => {
    /** A hand-in file of `student` tagging `quotes`. */
    async function handIn(student: string, handedIn: string, quotes: readonly string[]): Promise<string> {
      const annotations = quotes.map((quote, i) =>
        annotationOn(text, quote, { id: `00000000-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`, setId: studentSetId(assignment.id), documentId: HAND_IN_DOC, categoryIds: ['actor'] }),
      );
      return JSON.stringify(toHandIn({ assignment, document: { iri: HAND_IN_IRI, digest: await textDigest(text), text }, student, annotations, categories: SCHEME_CATEGORIES, handedIn }));
    }

    /**
     * A real box of `assignment` in the teacher's pod, made as the teacher, with `files` (name → text)
     * posted to it anonymously, as students send them. Gives the box's URL and each file's (the server's).
     */
    async function realBox(files: Record<string, string>): Promise<{ box: string; urls: Record<string, string> }> {
      const owner = new LdpClient({ fetch: server.teacherFetch });
      const folder = value(await ensureBoxFolder(owner, server.podUrl));
      const box = value(await createHandInBox(owner, folder.url, boxSlug(assignment), server.webId)).url;
      const student = new LdpClient({ fetch: anonymousFetch });
      const urls: Record<string, string> = {};
      for (const [name, file] of Object.entries(files)) urls[name] = value(await student.post(box, file, { slug: name })).url;
      return { box, urls };
    }

    /** <cr-collect-from-box> for `assignment`, its record given the box `box` first (none: null). */
    async function collector(solid: SolidSession, box: string | null = BOX): Promise<CrCollectFromBox> {
      const record = (await deps.classroom.assignments.getAssignment(assignment.id))!;
      if (box !== null) await deps.classroom.assignments.putAssignment({ ...record, assignment: { ...record.assignment, handInBox: box } });
      const stored = (await deps.classroom.assignments.getAssignment(assignment.id))!;
      const host = await fixture<StoresHost>(html`<test-stores-host .stores=${deps} .content=${html`<cr-collect-from-box .record=${stored} .session=${solid}></cr-collect-from-box>`}></test-stores-host>`);
      const element = host.querySelector('cr-collect-from-box')!;
      await element.updateComplete;
      return element;
    }

    it('shows nothing for an assignment without a box', async () => {
      const element = await collector(session(ACCOUNT, counted), null);
      expect(element.childElementCount).to.equal(0);
    });

    it('signed in nowhere: the sign-in, coming back to the class view, and no button', async () => {
      const element = await collector(session(undefined, counted));
      expect([
        words(element.querySelector('.cr-box-collect-hint')),
        element.querySelector('cr-solid-sign-in')!.getAttribute('return-to'),
        element.querySelector('.cr-box-collect-button'),
      ]).to.deep.equal(['Melden Sie sich beim Server der Box an, um aus ihr einzusammeln.', `#/assignment/${assignment.id}/class`, null]);
    });

    it('a box that cannot be reached: said in German, nothing collected', async () => {
      const element = await collector(session(ACCOUNT, counted));
      await element.collect();
      expect(words(element.querySelector('[role=alert]'))).to.equal('Die Box auf localhost:9 war nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es noch einmal; es wurde nichts eingesammelt.');
      expect(sent).to.deep.equal([`GET ${BOX}`]);
    });

    it('collects two hand-ins and refuses a file that is none; again: nothing new, two already in', async () => {
      await freshAssignment();
      const { box, urls } = await realBox({
        'lea.jsonld': await handIn('Lea', '2026-03-05T10:00:00.000Z', ['John Kelly']),
        'ben.jsonld': await handIn('Ben', '2026-03-05T11:00:00.000Z', ['John Kelly']),
        'notiz.jsonld': '{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation"}',
      });
      expect(Object.values(urls)).to.deep.equal([`${box}lea.jsonld`, `${box}ben.jsonld`, `${box}notiz.jsonld`]);
      const element = await collector(session(teacher, counting(server.teacherFetch)), box);
      await element.collect();
      expect(words(element.querySelector('[role=status]'))).to.equal('2 neue Abgaben, 1 abgelehnt.');
      expect([...element.querySelectorAll('h3')].map(words)).to.deep.equal(['Neu (2)', 'Abgelehnt (1)']);
      expect(words(element.querySelector('.cr-box-collect-refused li strong'))).to.equal('notiz.jsonld');
      expect((await deps.classroom.sets.getSet(receivedSetId(assignment.id, 'Lea')))?.modified).to.equal('2026-03-05T10:00:00.000Z');
      // The server lists the box in its own order.
      expect([...((await deps.classroom.assignments.getAssignment(assignment.id))?.collectedFromBox ?? [])].sort()).to.deep.equal([`${box}ben.jsonld`, `${box}lea.jsonld`]);

      sent = [];
      await element.collect();
      expect(words(element.querySelector('[role=status]'))).to.equal('Keine neuen Abgaben, 2 schon da, 1 abgelehnt.');
      expect(sent).to.deep.equal([`GET ${box}`, `GET ${box}notiz.jsonld`]);
      await expect(element).to.be.accessible();
    });

    it('refuses a hand-in dated after the server got it, saying so in German; the button keeps the focus while it reads', async () => {
      await freshAssignment();
      const { box } = await realBox({ 'lea.jsonld': await handIn('Lea', '2099-01-01T00:00:00.000Z', ['John Kelly']) });
      const element = await collector(session(teacher, server.teacherFetch), box);
      const button = element.querySelector<HTMLButtonElement>('.cr-box-collect-button')!;
      button.focus();
      button.click();
      await element.updateComplete;
      expect([button.getAttribute('aria-disabled'), document.activeElement === button]).to.deep.equal(['true', true]);
      await waitUntil(() => element.state.kind === 'done', 'the box was not collected', { timeout: 10_000 });
      expect([button.getAttribute('aria-disabled'), document.activeElement === button]).to.deep.equal(['false', true]);
      expect(words(element.querySelector('[role=status]'))).to.equal('Keine neuen Abgaben, 1 abgelehnt.');
      expect(words(element.querySelector('.cr-box-collect-refused li'))).to.match(
        /^lea\.jsonld: Abgelehnt: eine Abgabe unter dem Namen „Lea“, datiert auf .+, also nach ihrem Eingang \(.+\)\. Wer die Adresse der Box kennt, kann etwas hineinlegen; nichts wurde gespeichert\.$/,
      );
      expect(await deps.classroom.sets.getSet(receivedSetId(assignment.id, 'Lea'))).to.equal(undefined);
      await expect(element).to.be.accessible();
    });

    it('in English, with no axe violation', async () => {
      await applyLocale('en');
      await freshAssignment();
      const { box } = await realBox({ 'lea.jsonld': await handIn('Lea', '2026-03-05T10:00:00.000Z', ['John Kelly']) });
      const element = await collector(session(teacher, server.teacherFetch), box);
      await element.collect();
      expect(words(element.querySelector('[role=status]'))).to.equal('1 new hand-in.');
      expect(words(element.querySelector('.cr-box-collect-button'))).to.equal('Collect from the box');
      await expect(element).to.be.accessible();
    });
  });
});
