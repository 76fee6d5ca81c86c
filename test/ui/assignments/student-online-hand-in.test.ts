/**
 * Handing in online from the student's page (issue 18, <cr-online-hand-in> in
 * <cr-assignment-student>), in the whole app over real IndexedDB: with a hand-in box in the
 * hand-out, "Hand in" first shows what goes where (the box's URL as the teacher gave it, the file,
 * how many annotations, the name) and sends nothing; a box that cannot be reached (a closed port)
 * says so naming its host, focuses "Download the hand-in" and keeps nothing, and that button
 * downloads the file; a folder that refuses says so; a box that takes the hand-in leaves a receipt
 * that the page shows again when it is opened again, and the teacher finds the very file in the box;
 * a hand-out whose box is no http(s) container URL is refused in German naming file and field.
 * The boxes are real: made in the teacher's pod on the run's Community Solid Server
 * (test/support/solid-test-server.ts), each test its own; the page sends with the browser's own
 * fetch, signed in nowhere, as a student does. German first, no axe violation in de or en.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { ensureBoxFolder } from '../../../src/app/assignments/hand-in-box-setup.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { createHandInBox } from '../../../src/app/sync/hand-in-box.js';
import { LdpClient, ldpCode } from '../../../src/app/sync/ldp-client.js';
import { type Assignment, parseHandIn, toHandOut } from '../../../src/model/assignments/assignments.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { Result } from '../../../src/model/result.js';
import { DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { studentSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import type { CrAssignmentStudent } from '../../../src/ui/assignments/assignment-student.js';
import '../../../src/ui/assignments/assignment-student.js';
import '../../../src/ui/assignments/assignment-view.js';
import '../../../src/ui/reader/reader-view.js';
import '../../../src/ui/shell/import-dialog.js';
import { formatDateTime } from '../../../src/ui/shared/format-date-time.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/shell/app.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { quotedRange } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { CaughtDownloads } from '../../support/downloads.js';
import { type SolidTestServer, solidTestServer } from '../../support/solid-test-server.js';
import { TestDatabases } from '../../support/test-database.js';

const ARTICLE = 'zweierlei-solidaritaet';
const IRI = `tag:close-reader.app,2026:documents/${ARTICLE}`;
/** Port 9 (discard): nothing listens there, and a browser does not even try it. */
const CLOSED_BOX = 'http://localhost:9/box/';

/** The value of `result`, or an error naming its problems. */
function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.problems.map((entry) => entry.message).join('\n'));
  return result.value;
}

describe('the student hands in online to the teacher’s box', () => {
  const databases = new TestDatabases();
  let app: CrApp;
  let classroom: Classroom;
  let annotations: AnnotationStore;
  let categories: CategoryStore;
  let text: string;
  let assignment: Assignment;
  const caught = new CaughtDownloads();
  const downloads = caught.files;
  /** The run's Solid server; `teacher` acts as the teacher who owns the pod. */
  let server: SolidTestServer;
  let teacher: LdpClient;

  before(async function () {
    // The server starts with the test runner; the first file to ask may wait for it.
    this.timeout(60000);
    server = await solidTestServer();
    teacher = new LdpClient({ fetch: server.teacherFetch });
  });

  /** A real hand-in box in the teacher's pod (anyone may add, only the teacher read), of a name no other test uses. */
  async function realBox(): Promise<string> {
    const folder = value(await ensureBoxFolder(teacher, server.podUrl));
    return value(await createHandInBox(teacher, folder.url, `akteure-finden-${crypto.randomUUID().slice(0, 8)}`, server.webId)).url;
  }

  async function start(box: string): Promise<void> {
    location.hash = '#/';
    caught.start();
    const db = await databases.open();
    const articles = await loadShippedArticles();
    text = canonicalText((await articles.loadBody(ARTICLE)).blocks);
    assignment = makeAssignment({ document: { id: ARTICLE, iri: IRI, digest: await textDigest(text), title: 'Zweierlei Solidarität' }, handInBox: box });
    const sets = new AnnotationSetRepository(db);
    classroom = { assignments: new AssignmentRepository(db), sets };
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined, undefined, sets);
    categories = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    const settings = await SettingsStore.load(new SettingsRepository(db));
    await settings.setCreatorName('Kim');
    const library = await LibraryStore.load(articles, new DocumentRepository(db));
    app = await fixture<CrApp>(
      html`<cr-app .articles=${articles} .library=${library} .settings=${settings} .annotations=${annotations} .categories=${categories} .classroom=${classroom}></cr-app>`,
    );
  }

  afterEach(async () => {
    caught.stop();
    location.hash = '';
    annotations.close();
    categories.close();
    await applyLocale('en');
    await databases.cleanUp();
  });

  /** Drops the hand-out onto the window and waits for the student's page with its article; tags `quotes` in the student's set. */
  async function open(...quotes: string[]): Promise<CrAssignmentStudent> {
    const file = JSON.stringify(toHandOut(assignment, { iri: IRI, digest: assignment.document.digest, title: assignment.document.title, lang: 'de', bundled: true }, DEFAULT_SCHEME, SCHEME_CATEGORIES));
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], 'Akteure finden.jsonld', { type: 'application/ld+json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
    await waitUntil(() => app.querySelector('cr-assignment-student .cr-article-mount .ProseMirror'), 'the student’s page with its article is not shown', { timeout: 5000 });
    for (const quote of quotes) await annotations.tag(ARTICLE, quotedRange(text, quote), 'actor', undefined, studentSetId(assignment.id));
    return app.querySelector('cr-assignment-student')!;
  }

  /** Clicks "Hand in" and waits for the consent panel. */
  async function handIn(student: CrAssignmentStudent): Promise<HTMLElement> {
    student.querySelector<HTMLButtonElement>('.cr-student-hand-in button')!.click();
    await waitUntil(() => student.querySelector('.cr-online-panel'), 'no question before sending');
    return student.querySelector<HTMLElement>('.cr-online-panel')!;
  }

  const words = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const announced = (student: CrAssignmentStudent): string => words(student.querySelector('[role=status][aria-live=polite]'));
  const fileName = (day: Date): string => `Akteure finden_Kim_${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}.jsonld`;

  it('shows the box’s URL, the file, how many annotations and the name before anything is sent', async () => {
    const box = await realBox();
    await start(box);
    await applyLocale('en');
    const student = await open('Stefanie Kron', 'Bill Clinton', 'Benjamin Barber');
    const panel = await handIn(student);
    expect(words(panel.querySelector('h2'))).to.equal('Send your hand-in to your teacher’s box?');
    expect(document.activeElement).to.equal(panel.querySelector('h2'));
    expect(words(panel.querySelector('.cr-online-box'))).to.equal(box);
    expect(words(panel.querySelector('.cr-online-what'))).to.equal(`The file ${fileName(new Date())} with 3 annotations, under the name “Kim”.`);
    expect([...panel.querySelectorAll('button')].map(words)).to.deep.equal(['Send to the teacher’s box', 'Download instead']);
    // Nothing left the browser (the box is still empty), nothing was downloaded or kept as handed in.
    expect([value(await teacher.members(box)), downloads.length, (await classroom.assignments.getAssignment(assignment.id))!.handedIn]).to.deep.equal([[], 0, undefined]);
  });

  it('says a box that cannot be reached by its host, focuses the download, keeps nothing; the download hands in', async () => {
    await start(CLOSED_BOX);
    await applyLocale('en');
    const student = await open('Stefanie Kron');
    expect(words((await handIn(student)).querySelector('.cr-online-what'))).to.equal(`The file ${fileName(new Date())} with 1 annotation, under the name “Kim”.`);
    student.querySelector<HTMLButtonElement>('.cr-online-send')!.click();
    await waitUntil(() => student.querySelector('.cr-online-failure'), 'no message that the box could not be reached', { timeout: 5000 });
    const message = 'The teacher’s box at localhost:9 could not be reached. Nothing is lost: download the file and hand it in another way, or send again later.';
    expect(words(student.querySelector('.cr-online-failure'))).to.equal(message);
    const download = student.querySelector<HTMLButtonElement>('.cr-online-download')!;
    expect([words(download), document.activeElement === download]).to.deep.equal(['Download the hand-in', true]);
    await waitUntil(() => announced(student) === message, 'the page does not announce it');
    expect([downloads.length, (await classroom.assignments.getAssignment(assignment.id))!.handedIn]).to.deep.equal([0, undefined]);

    download.click();
    await waitUntil(() => downloads.length === 1, 'nothing was downloaded');
    const back = parseHandIn(await downloads[0]!.text, downloads[0]!.name);
    expect(back.ok && [back.value.student, back.value.annotations.length]).to.deep.equal(['Kim', 1]);
    const record = (await classroom.assignments.getAssignment(assignment.id))!;
    expect([record.handedIn, record.sentOnline, student.querySelector('.cr-online-panel')]).to.deep.equal([back.ok && back.value.handedIn, undefined, null]);
  });

  it('a box that takes the hand-in: the receipt is shown, announced, kept, and shown again when the page is opened again', async () => {
    const box = await realBox();
    await start(box);
    await applyLocale('en');
    const student = await open('Stefanie Kron', 'Bill Clinton');
    await handIn(student);
    student.querySelector<HTMLButtonElement>('.cr-online-send')!.click();
    await waitUntil(() => student.querySelector('.cr-online-receipt'), 'no receipt', { timeout: 5000 });
    const record = (await classroom.assignments.getAssignment(assignment.id))!;
    // The server named the resource by the Slug, the file's name (its space percent-encoded in the URL).
    const url = `${box}${encodeURIComponent(fileName(new Date(record.handedIn!)))}`;
    expect(record.sentOnline).to.deep.equal({ at: record.handedIn, url, box });
    const receipt = `Sent at ${formatDateTime(record.handedIn!)}: ${url}`;
    expect(words(student.querySelector('.cr-online-receipt'))).to.equal(receipt);
    expect([student.querySelector('.cr-online-panel'), document.activeElement === student.querySelector('.cr-online-receipt')]).to.deep.equal([null, true]);
    await waitUntil(() => announced(student) === receipt, 'the page does not announce the receipt');
    expect(words(student.querySelector('.cr-student-progress'))).to.equal(`Handed in at ${formatDateTime(record.handedIn!)} (${fileName(new Date(record.handedIn!))})`);
    // What arrived in the box: the one hand-in file, which the teacher reads as it was sent.
    expect(value(await teacher.members(box))).to.deep.equal([url]);
    const sent = parseHandIn(value(await teacher.get(url)).body, 'sent.jsonld');
    expect(sent.ok && [sent.value.student, sent.value.annotations.length, sent.value.handedIn]).to.deep.equal(['Kim', 2, record.handedIn]);

    location.hash = '#/';
    await waitUntil(() => !app.querySelector('cr-assignment-student'));
    location.hash = `#/assignment/${assignment.id}`;
    await waitUntil(() => app.querySelector('cr-assignment-student .cr-online-receipt'), 'the receipt is not shown again');
    expect(words(app.querySelector('cr-assignment-student .cr-online-receipt'))).to.equal(receipt);
  });

  it('a double click on "Send" sends once: one resource in the box', async () => {
    const box = await realBox();
    await start(box);
    const student = await open('Stefanie Kron');
    await handIn(student);
    const send = student.querySelector<HTMLButtonElement>('.cr-online-send')!;
    send.click();
    send.click();
    await waitUntil(() => student.querySelector('.cr-online-receipt'), 'no receipt', { timeout: 5000 });
    const record = (await classroom.assignments.getAssignment(assignment.id))!;
    expect(value(await teacher.members(box))).to.deep.equal([record.sentOnline!.url]);
  });

  it('sends exactly what the panel shows: a name typed and a passage tagged while it asks are shown before they are sent', async () => {
    const box = await realBox();
    await start(box);
    await applyLocale('en');
    const student = await open('Stefanie Kron');
    const panel = await handIn(student);
    const field = student.querySelector<HTMLInputElement>('#cr-student-name')!;
    field.focus();
    field.value = 'Lea M.';
    field.dispatchEvent(new Event('input'));
    await annotations.tag(ARTICLE, quotedRange(text, 'Bill Clinton'), 'actor', undefined, studentSetId(assignment.id));
    // The file is named for the new name too (the dot is no part of a file name).
    const shown = `The file ${fileName(new Date()).replace('_Kim_', '_Lea M_')} with 2 annotations, under the name “Lea M.”.`;
    await waitUntil(() => words(panel.querySelector('.cr-online-what')) === shown, 'the panel does not show the new name and work');
    // The panel was rebuilt where it is: the focus stayed in the name field.
    expect(document.activeElement).to.equal(field);
    student.querySelector<HTMLButtonElement>('.cr-online-send')!.click();
    await waitUntil(() => student.querySelector('.cr-online-receipt'), 'no receipt', { timeout: 5000 });
    const [url] = value(await teacher.members(box));
    const sent = parseHandIn(value(await teacher.get(url!)).body, 'sent.jsonld');
    expect(sent.ok && [sent.value.student, sent.value.annotations.length]).to.deep.equal(['Lea M.', 2]);
    expect((await classroom.assignments.getAssignment(assignment.id))!.student).to.equal('Lea M.');
  });

  it('says that a plain-http box on another computer is not encrypted (de); a box on this computer or over https is not flagged', async () => {
    await start('http://pod.schule.example/box/');
    await applyLocale('de');
    const panel = await handIn(await open('Stefanie Kron'));
    expect(words(panel.querySelector('.cr-online-unencrypted'))).to.equal(
      'Diese Adresse ist nicht verschlüsselt: Andere im Netzwerk könnten Ihre Abgabe mitlesen.',
    );
    await expect(panel).to.be.accessible();
    const { isUnencryptedBox } = await import('../../../src/ui/assignments/online-hand-in.js');
    expect(['http://localhost:3000/box/', 'http://127.0.0.1/box/', 'http://[::1]:3000/box/', 'https://pod.schule.example/box/', 'http://10.0.0.5/box/'].map(isUnencryptedBox)).to.deep.equal([
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('a folder that refuses (401, no hand-in box): says the box does not accept hand-ins, focuses the download, keeps nothing', async () => {
    // A folder of the teacher's without a box's access: it keeps the pod's (the teacher alone), so the server refuses a student.
    const folder = value(await teacher.createContainer(server.podUrl, `kein-abgabeordner-${crypto.randomUUID().slice(0, 8)}`)).url;
    await start(folder);
    await applyLocale('en');
    const student = await open('Stefanie Kron');
    await handIn(student);
    student.querySelector<HTMLButtonElement>('.cr-online-send')!.click();
    await waitUntil(() => student.querySelector('.cr-online-failure'), 'no message that the box refused', { timeout: 5000 });
    expect(words(student.querySelector('.cr-online-failure'))).to.equal(
      'The teacher’s box does not accept hand-ins (refused). Nothing is lost: download the file and hand it in another way.',
    );
    expect(document.activeElement).to.equal(student.querySelector('.cr-online-download'));
    expect([downloads.length, (await classroom.assignments.getAssignment(assignment.id))!.handedIn]).to.deep.equal([0, undefined]);
    // The real server's answer to a student's POST there, and nothing arrived.
    const probe = await new LdpClient().post(folder, '{}', { slug: 'probe.jsonld' });
    expect([ldpCode(probe), !probe.ok && probe.problems[0]?.params.status, value(await teacher.members(folder))]).to.deep.equal(['ldp-refused', 401, []]);
  });

  it('in German: the question, the message, the buttons', async () => {
    await start(CLOSED_BOX);
    await applyLocale('de');
    const student = await open('Stefanie Kron', 'Bill Clinton');
    const panel = await handIn(student);
    expect([words(panel.querySelector('h2')), words(panel.querySelector('.cr-online-what')), ...[...panel.querySelectorAll('button')].map(words)]).to.deep.equal([
      'Ihre Abgabe an die Abgabebox Ihrer Lehrkraft senden?',
      `Die Datei ${fileName(new Date())} mit 2 Annotationen, unter dem Namen „Kim“.`,
      'An die Abgabebox der Lehrkraft senden',
      'Stattdessen herunterladen',
    ]);
    student.querySelector<HTMLButtonElement>('.cr-online-send')!.click();
    await waitUntil(() => student.querySelector('.cr-online-failure'), 'no message', { timeout: 5000 });
    expect([words(student.querySelector('.cr-online-failure')), ...[...student.querySelectorAll('.cr-online-failed button')].map(words)]).to.deep.equal([
      'Die Abgabebox der Lehrkraft auf localhost:9 war nicht erreichbar. Es geht nichts verloren: Laden Sie die Datei herunter und geben Sie sie auf anderem Weg ab, oder senden Sie sie später noch einmal.',
      'Abgabe herunterladen',
      'Noch einmal senden',
    ]);
  });

  it('refuses a hand-out whose box is no http(s) container URL, naming file and field in German, and stores nothing', async () => {
    await start('ftp://pod.schule.example/box/');
    await applyLocale('de');
    const file = JSON.stringify(toHandOut(assignment, { iri: IRI, digest: assignment.document.digest, title: assignment.document.title, lang: 'de', bundled: true }, DEFAULT_SCHEME, SCHEME_CATEGORIES));
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], 'Akteure finden.jsonld', { type: 'application/ld+json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
    const dialog = app.querySelector('cr-import-dialog')!;
    await waitUntil(() => dialog.state.kind === 'errors', 'no problem shown');
    expect(dialog.state.kind === 'errors' && dialog.state.errors).to.deep.equal([
      'Akteure finden.jsonld: Die Abgabebox „ftp://pod.schule.example/box/“ ist keine Webadresse einer Box (http:// oder https://, am Ende „/“). Nichts wurde geöffnet oder gespeichert.',
    ]);
    expect([await classroom.assignments.listAssignments(), location.hash]).to.deep.equal([[], '#/']);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`has no axe violation, asking and after a failure (${locale})`, async () => {
      await start(CLOSED_BOX);
      await applyLocale(locale);
      const student = await open('Stefanie Kron');
      await handIn(student);
      await expect(student).to.be.accessible();
      student.querySelector<HTMLButtonElement>('.cr-online-send')!.click();
      await waitUntil(() => student.querySelector('.cr-online-failure'), 'no message', { timeout: 5000 });
      await expect(student).to.be.accessible();
    });
  }
});
