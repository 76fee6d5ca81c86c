/**
 * The student's side of an assignment (issue 15, "The student: open, annotate, hand in"), in the
 * whole app over real IndexedDB: a hand-out dropped anywhere on the app opens the student's page
 * (title, due date, instructions, the name prefilled from the app's name field, the article in the
 * student's own set with the assignment's scheme); Hand in downloads a hand-in that parseHandIn reads
 * back and says when, and "changed since" after more work; without a name it asks for one; the
 * name typed is kept; a bad hand-out is refused in the dialog and nothing is stored; the rule
 * "hide the definitions" reaches the tag toolbar. German first, no axe violation.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { type Assignment, parseHandIn, toHandOut } from '../../../src/model/assignments/assignments.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { studentSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import type { CrAssignmentStudent } from '../../../src/ui/assignments/assignment-student.js';
import '../../../src/ui/assignments/assignment-student.js';
import '../../../src/ui/assignments/assignment-view.js';
import '../../../src/ui/reader/reader-view.js';
import '../../../src/ui/shell/import-dialog.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/shell/app.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { quotedRange } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { CaughtDownloads } from '../../support/downloads.js';
import { TestDatabases } from '../../support/test-database.js';

const ARTICLE = 'zweierlei-solidaritaet';
const IRI = `tag:close-reader.app,2026:documents/${ARTICLE}`;

describe('the student: open a hand-out, annotate, hand in', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let app: CrApp;
  let classroom: Classroom;
  let annotations: AnnotationStore;
  let categories: CategoryStore;
  let text: string;
  let assignment: Assignment;
  /** Files the page handed to the browser as downloads: name and text. */
  const caught = new CaughtDownloads();
  const downloads = caught.files;

  async function start(creatorName: string): Promise<void> {
    location.hash = '#/';
    caught.start();
    db = await databases.open();
    const articles = await loadShippedArticles();
    text = canonicalText((await articles.loadBody(ARTICLE)).blocks);
    assignment = makeAssignment({ document: { id: ARTICLE, iri: IRI, digest: await textDigest(text), title: 'Zweierlei Solidarität' } });
    const sets = new AnnotationSetRepository(db);
    classroom = { assignments: new AssignmentRepository(db), sets };
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined, undefined, sets);
    categories = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    const settings = await SettingsStore.load(new SettingsRepository(db));
    if (creatorName) await settings.setCreatorName(creatorName);
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

  /** Drops the hand-out of `of` onto the window, as a student drags the file in. */
  function drop(of: Assignment = assignment, name = 'Akteure finden.jsonld'): void {
    const file = JSON.stringify(toHandOut(of, { iri: IRI, digest: of.document.digest, title: of.document.title, lang: 'de', bundled: true }, DEFAULT_SCHEME, SCHEME_CATEGORIES));
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], name, { type: 'application/ld+json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
  }

  /** The student's page with its article shown. */
  async function page(): Promise<CrAssignmentStudent> {
    await waitUntil(() => app.querySelector('cr-assignment-student .cr-article-mount .ProseMirror'), 'the student’s page with its article is not shown', { timeout: 5000 });
    return app.querySelector('cr-assignment-student')!;
  }

  const words = (element: Element | null | undefined): string => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

  it('opens a dropped hand-out: title, due date, instructions, the name, the article in the student’s set', async () => {
    await start('Kim');
    await applyLocale('en');
    drop();
    const student = await page();
    expect(location.hash).to.equal(`#/assignment/${assignment.id}`);
    expect(words(student.querySelector('h1'))).to.equal('Akteure finden');
    expect(words(student.querySelector('.cr-student-due'))).to.equal('Due: March 9, 2026');
    const details = student.querySelector('details')!;
    expect([details.open, words(details.querySelector('summary'))]).to.deep.equal([true, 'Instructions']);
    expect(words(details.querySelector('cr-instructions')!.shadowRoot!.querySelector('h2'))).to.equal('Aufgabe');
    expect(student.querySelector<HTMLInputElement>('#cr-student-name')!.value).to.equal('Kim');
    const reader = student.querySelector('cr-reader-view')!;
    expect([reader.documentId, reader.setId, reader.assignedSchemeId, reader.hideDefinitions]).to.deep.equal([ARTICLE, studentSetId(assignment.id), 'default', false]);
    // The reader's own Export and "Create assignment" are not the student's: Hand in is.
    expect(student.querySelectorAll('.cr-student-own-categories')).to.have.length(0);
    expect(reader.querySelectorAll('.cr-reader-toolbar > button, .cr-reader-toolbar > cr-create-assignment')).to.have.length(0);
    expect(words(student.querySelector('.cr-student-progress'))).to.equal('Not started');
    expect(app.querySelector('[role=status][aria-live=polite]')!.textContent).to.equal('Opened the assignment “Akteure finden”.');
  });

  it('hands in a file that reads back with the work and the name, says when, and "changed since" after more work', async () => {
    await start('Kim');
    await applyLocale('en');
    drop();
    const student = await page();
    const set = studentSetId(assignment.id);
    for (const quote of ['Zweierlei Solidarität', 'Stefanie Kron', 'Benjamin Barber', 'Bill Clinton', 'Das 20. Jahrhundert', 'Italiens']) {
      await annotations.tag(ARTICLE, quotedRange(text, quote), 'actor', undefined, set);
    }
    await student.updateComplete;
    expect(words(student.querySelector('.cr-student-progress'))).to.equal('In progress, not handed in yet');
    student.querySelector<HTMLButtonElement>('.cr-student-hand-in button')!.click();
    await waitUntil(() => downloads.length === 1, 'nothing was downloaded');
    const [file] = downloads;
    expect(file!.name).to.match(/^Akteure finden_Kim_\d{4}-\d{2}-\d{2}\.jsonld$/);
    const back = parseHandIn(await file!.text, file!.name);
    if (!back.ok) throw new Error(back.problems.map((problem) => problem.message).join('\n'));
    expect([back.value.student, back.value.assignmentId, back.value.annotations.length]).to.deep.equal(['Kim', assignment.id, 6]);
    const record = (await classroom.assignments.getAssignment(assignment.id))!;
    expect([record.student, record.handedIn]).to.deep.equal(['Kim', back.value.handedIn]);
    await waitUntil(() => words(student.querySelector('.cr-student-progress')).startsWith('Handed in at '), 'the page does not say it was handed in');
    expect(words(student.querySelector('.cr-student-progress'))).to.match(new RegExp(`^Handed in at .+ \\(${file!.name.replace(/[.()]/g, '\\$&')}\\)$`));
    await annotations.tag(ARTICLE, quotedRange(text, 'Mittelmeer'), 'policy', undefined, set);
    await waitUntil(() => words(student.querySelector('.cr-student-progress')).endsWith('; changed since'), 'the page does not say the work changed since');
  });

  it('asks for a name or pseudonym before handing in, in the field, and hands nothing in', async () => {
    await start('');
    await applyLocale('de');
    drop();
    const student = await page();
    student.querySelector<HTMLButtonElement>('.cr-student-hand-in button')!.click();
    await student.updateComplete;
    expect(document.activeElement?.id).to.equal('cr-student-name');
    expect(words(student.querySelector('#cr-student-problem'))).to.equal('Geben Sie zuerst einen Namen oder ein Pseudonym ein: Ihre Lehrkraft sieht ihn bei Ihrer Abgabe.');
    expect(downloads).to.deep.equal([]);
    expect((await classroom.assignments.getAssignment(assignment.id))!.handedIn).to.equal(undefined);
  });

  it('keeps the name typed for the assignment, and opening the hand-out again returns to it', async () => {
    await start('Kim');
    drop();
    const student = await page();
    const field = student.querySelector<HTMLInputElement>('#cr-student-name')!;
    field.value = 'Fuchs';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await waitUntil(async () => (await classroom.assignments.getAssignment(assignment.id))?.student === 'Fuchs', 'the name was not kept');
    location.hash = '#/';
    await waitUntil(() => !app.querySelector('cr-assignment-student'));
    drop();
    expect((await page()).querySelector<HTMLInputElement>('#cr-student-name')!.value).to.equal('Fuchs');
  });

  it('refuses a hand-out with HTML in its instructions in the dialog, and stores nothing', async () => {
    await start('Kim');
    await applyLocale('en');
    drop({ ...assignment, instructions: '<script>window.__xss = 1</script>' });
    const dialog = app.querySelector('cr-import-dialog')!;
    await waitUntil(() => dialog.state.kind === 'errors', 'no problem shown');
    expect(dialog.state.kind === 'errors' && dialog.state.errors).to.deep.equal([
      'Akteure finden.jsonld: the instructions contains HTML (<script>). Close Reader takes plain text here, so nothing was opened or saved.',
    ]);
    expect([await db.getAll('assignments'), await db.getAll('annotationSets'), location.hash]).to.deep.equal([[], [], '#/']);
    expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
  });

  it('passes "hide the definitions" on to the tag toolbar', async () => {
    await start('Kim');
    drop({ ...assignment, rules: { hideDefinitions: true, studentsMayAddCategories: false } });
    const toolbar = (await page()).querySelector('cr-tag-toolbar')!;
    await toolbar.updateComplete;
    expect([toolbar.hideDefinitions, toolbar.shadowRoot!.querySelectorAll('[role=tooltip]').length]).to.deep.equal([true, 0]);
  });

  it('points to the category schemes only when the assignment lets students add categories', async () => {
    await start('Kim');
    await applyLocale('en');
    drop();
    drop({ ...assignment, rules: { hideDefinitions: false, studentsMayAddCategories: true } });
    const links = [...(await page()).querySelectorAll('.cr-student-own-categories a')].map((link) => `${link.textContent} ${link.getAttribute('href')}`);
    expect(links).to.deep.equal(['Category schemes #/schemes']);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`has no axe violation (${locale})`, async () => {
      await start('');
      await applyLocale(locale);
      drop();
      const student = await page();
      student.querySelector<HTMLButtonElement>('.cr-student-hand-in button')!.click();
      await student.updateComplete;
      if (locale === 'de') expect(words(student.querySelector('summary'))).to.equal('Arbeitsauftrag');
      await expect(student).to.be.accessible();
    });
  }
});
