/**
 * The solution file (issue 16), in the whole app over real IndexedDB: the teacher's "Save the
 * solution file" downloads the model answer as a file parseSolution reads back; a student who
 * drops it on the app keeps it as the assignment's model answer and the assignment page shows
 * "Your work against the solution" with the comparison's figures and passages; a newer solution
 * replaces it; a solution of an assignment this browser lacks is refused in the import dialog, one
 * of another assignment on the page's own "Open the solution file…", and either stores nothing.
 * German first, no axe violation.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { type Assignment, parseSolution, toHandOut, toSolution } from '../../../src/model/assignments/assignments.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { modelSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
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
import '../../../src/ui/assignments/assignment-teacher.js';
import '../../../src/ui/assignments/assignment-view.js';
import '../../../src/ui/reader/reader-view.js';
import '../../../src/ui/shell/import-dialog.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/shell/app.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { annotationOn, quotedRange } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { CaughtDownloads } from '../../support/downloads.js';
import { TestDatabases } from '../../support/test-database.js';

const ARTICLE = 'zweierlei-solidaritaet';
const IRI = `tag:close-reader.app,2026:documents/${ARTICLE}`;
const MADE = '2026-03-12T10:00:00.000Z';

describe('the solution file: the teacher hands the model answer out, the student compares', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let app: CrApp;
  let classroom: Classroom;
  let annotations: AnnotationStore;
  let categories: CategoryStore;
  let text: string;
  let assignment: Assignment;
  const caught = new CaughtDownloads();
  const downloads = caught.files;
  const click = HTMLInputElement.prototype.click;

  beforeEach(async () => {
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
    await settings.setCreatorName('Kim');
    const library = await LibraryStore.load(articles, new DocumentRepository(db));
    app = await fixture<CrApp>(
      html`<cr-app .articles=${articles} .library=${library} .settings=${settings} .annotations=${annotations} .categories=${categories} .classroom=${classroom}></cr-app>`,
    );
  });

  afterEach(async () => {
    HTMLInputElement.prototype.click = click;
    caught.stop();
    location.hash = '';
    annotations.close();
    categories.close();
    await applyLocale('en');
    await databases.cleanUp();
  });

  /** The model answer: three actors and a quote. */
  const MODEL: readonly (readonly [string, string])[] = [['Stefanie Kron', 'actor'], ['Benjamin Barber', 'actor'], ['Bill Clinton', 'actor'], ['Italiens', 'policy']];

  /** The solution file of `of` with the model answer `passages`. */
  function solutionText(passages: readonly (readonly [string, string])[] = MODEL, of: Assignment = assignment, made = MADE): string {
    const model: Annotation[] = passages.map(([quote, category], index) =>
      annotationOn(text, quote, { id: `00000000-0000-4000-8000-00000000000${index}`, setId: 'model:t', documentId: ARTICLE, categoryIds: [category] }),
    );
    return JSON.stringify(toSolution({ assignment: of, document: { iri: IRI, digest: of.document.digest, text }, annotations: model, categories: SCHEME_CATEGORIES, made }));
  }

  function drop(content: string, name: string): void {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], name, { type: 'application/ld+json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true, bubbles: true }));
  }

  function dropHandOut(): void {
    drop(JSON.stringify(toHandOut(assignment, { iri: IRI, digest: assignment.document.digest, title: assignment.document.title, lang: 'de', bundled: true }, DEFAULT_SCHEME, SCHEME_CATEGORIES)), 'Akteure finden.jsonld');
  }

  /** The student's page with its article, after opening the hand-out; the work tagged: two actors found, one passage extra. */
  async function studentWithWork(): Promise<CrAssignmentStudent> {
    dropHandOut();
    await waitUntil(() => app.querySelector('cr-assignment-student .cr-article-mount .ProseMirror'), 'the student’s page is not shown', { timeout: 5000 });
    for (const [quote, category] of [['Kron', 'actor'], ['Benjamin Barber', 'actor'], ['Mittelmeer', 'policy']] as const) {
      await annotations.tag(ARTICLE, quotedRange(text, quote), category, undefined, studentSetId(assignment.id));
    }
    return app.querySelector('cr-assignment-student')!;
  }

  const words = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = (page: Element): string[] => [...page.querySelectorAll('.cr-comparison-table tbody tr, .cr-comparison-table tfoot tr')].map((row) => [...row.children].map((cell) => words(cell)).join(' | '));
  const comparison = async (page: CrAssignmentStudent): Promise<Element> => {
    await waitUntil(() => page.querySelector('.cr-student-solution cr-comparison-article .ProseMirror'), 'no comparison with the solution', { timeout: 8000 });
    return page.querySelector('.cr-student-solution')!;
  };

  it('the teacher saves the model answer as a solution file that reads back with its passages', async () => {
    await applyLocale('en');
    await classroom.assignments.putAssignment({ assignment, role: 'teacher', schemeId: 'default' });
    for (const [quote, category] of MODEL) await annotations.tag(ARTICLE, quotedRange(text, quote), category, undefined, modelSetId(assignment.id));
    location.hash = `#/assignment/${assignment.id}`;
    const button = () => [...app.querySelectorAll<HTMLButtonElement>('cr-teacher-model-answer button')].find((candidate) => words(candidate) === 'Save the solution file' && !candidate.disabled);
    await waitUntil(button, 'no "Save the solution file"', { timeout: 5000 });
    button()!.click();
    await waitUntil(() => downloads.length === 1, 'nothing was downloaded', { timeout: 8000 });
    const [file] = downloads;
    expect(file!.name).to.equal('Akteure finden – Solution.jsonld');
    const back = parseSolution(await file!.text, file!.name);
    if (!back.ok) throw new Error(back.problems.map((problem) => problem.message).join('\n'));
    expect([back.value.assignmentId, back.value.document.iri, back.value.annotations.map((item) => item.quote?.exact)]).to.deep.equal([
      assignment.id,
      IRI,
      ['Italiens', 'Stefanie Kron', 'Benjamin Barber', 'Bill Clinton'].sort((a, b) => text.indexOf(a) - text.indexOf(b)),
    ]);
    await waitUntil(() => words(app.querySelector('.cr-teacher-solution-saved')) !== '', 'nothing said', { timeout: 5000 });
    expect(words(app.querySelector('.cr-teacher-solution-saved'))).to.equal('Saved the solution file Akteure finden – Solution.jsonld. Give it to your students once they have handed in.');
  });

  it('the student drops the solution: it is kept as the model answer and the page shows the work against it', async () => {
    await applyLocale('en');
    const student = await studentWithWork();
    expect(student.querySelector('.cr-student-solution')).to.equal(null);
    drop(solutionText(), 'Akteure finden – Lösung.jsonld');
    const section = await comparison(student);
    const said = () => app.querySelector('[role=status][aria-live=polite]')!.textContent;
    await waitUntil(() => said() !== '', 'nothing said', { timeout: 5000 });
    expect(said()).to.equal('Opened the solution of “Akteure finden” (4 passages).');
    expect(location.hash).to.equal(`#/assignment/${assignment.id}`);
    expect(words(section.querySelector('h2'))).to.equal('Your work against the solution');
    expect(rows(section)).to.deep.equal([
      'Actor | 2 of 3 | 2 | 100% | 67% | 80% | 64%',
      'Policy | 0 of 1 | 1 | 0% | 0% | 0% | 0%',
      'Quote | 0 of 0 | 0 | –no figure | –no figure | –no figure | –no figure',
      'Statistic | 0 of 0 | 0 | –no figure | –no figure | –no figure | –no figure',
      'All categories | 2 of 4 | 3 | 67% | 50% | 57% | 49%',
    ]);
    expect([...section.querySelectorAll('[data-outcome=missed] li')].map((item) => words(item))).to.deep.equal(['“Bill Clinton” – Actor', '“Italiens” – Policy'].sort((a, b) => text.indexOf(a.slice(1, 8)) - text.indexOf(b.slice(1, 8))));
    const set = await classroom.sets.getSet(modelSetId(assignment.id));
    expect([set?.kind, set?.modified, (await annotations.load(ARTICLE, modelSetId(assignment.id))).length]).to.deep.equal(['model', MADE, 4]);
    // The student's own work is untouched.
    expect((await annotations.load(ARTICLE, studentSetId(assignment.id))).map((annotation) => annotation.exact)).to.have.members(['Kron', 'Benjamin Barber', 'Mittelmeer']);

    // A newer solution replaces the one kept.
    drop(solutionText([['Bill Clinton', 'actor']], assignment, '2026-03-13T10:00:00.000Z'), 'Akteure finden – Lösung (2).jsonld');
    await waitUntil(() => rows(section)[0] === 'Actor | 0 of 1 | 2 | 0% | 0% | 0% | 0%', 'the newer solution is not shown', { timeout: 5000 });
    expect((await annotations.load(ARTICLE, modelSetId(assignment.id))).map((annotation) => annotation.exact)).to.deep.equal(['Bill Clinton']);
  });

  it('refuses a solution of an assignment this browser does not have, and stores nothing', async () => {
    await applyLocale('en');
    drop(solutionText(), 'Akteure finden – Lösung.jsonld');
    const dialog = app.querySelector('cr-import-dialog')!;
    await waitUntil(() => dialog.state.kind === 'errors', 'no problem shown', { timeout: 8000 });
    expect(dialog.state.kind === 'errors' && dialog.state.errors).to.deep.equal([
      'Akteure finden – Lösung.jsonld: the solution of “Akteure finden”, an assignment this browser does not have. Open the assignment\'s hand-out first. Nothing was saved.',
    ]);
    expect([await db.getAll('assignments'), await db.getAll('annotationSets'), await db.getAll('annotations'), location.hash]).to.deep.equal([[], [], [], '#/']);
  });

  it('refuses, on the page, the solution of another assignment, and stores nothing (German)', async () => {
    await applyLocale('de');
    const student = await studentWithWork();
    const other = makeAssignment({ id: '11111111-2222-4333-8444-555555555555', title: 'Zahlen finden', document: assignment.document });
    HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
      const transfer = new DataTransfer();
      transfer.items.add(new File([solutionText(MODEL, other)], 'Zahlen finden – Lösung.jsonld', { type: 'application/ld+json' }));
      this.files = transfer.files;
      this.dispatchEvent(new Event('change'));
    };
    const button = [...student.querySelectorAll<HTMLButtonElement>('.cr-student-solution-open button')].find((candidate) => words(candidate) === 'Lösungsdatei öffnen …')!;
    button.click();
    await waitUntil(() => words(student.querySelector('#cr-student-problem')) !== '', 'no problem shown', { timeout: 8000 });
    expect(words(student.querySelector('#cr-student-problem'))).to.equal(
      'Zahlen finden – Lösung.jsonld: die Lösung zu „Zahlen finden“, nicht zur Aufgabe „Akteure finden“. Es wurde nichts gespeichert.',
    );
    expect([await classroom.sets.getSet(modelSetId(assignment.id)), await classroom.sets.getSet(modelSetId(other.id)), student.querySelector('.cr-student-solution')]).to.deep.equal([undefined, undefined, null]);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`has no axe violation with the work against the solution (${locale})`, async () => {
      await applyLocale(locale);
      const student = await studentWithWork();
      drop(solutionText(), 'Akteure finden – Lösung.jsonld');
      await comparison(student);
      if (locale === 'de') expect(words(student.querySelector('#cr-student-solution-heading'))).to.equal('Ihre Arbeit im Vergleich mit der Lösung');
      await expect(student).to.be.accessible();
    });
  }
});
