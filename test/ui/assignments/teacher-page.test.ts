/**
 * The teacher's side of an assignment (issue 15, "The teacher: make an assignment"), in the whole
 * app over real IndexedDB: "Create assignment" in the reader stores the teacher's record and the
 * model answer's set and opens the assignment's page; the page's fields are stored as the teacher
 * types and are there when the page is opened again; HTML in the title is refused beside the field
 * and nothing is stored; the hand-out downloaded reads back (parseHandOut) as the stored assignment
 * and holds no annotation, even when the model answer has some. German first, no axe violation.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { assignmentIri, handOutFileName, parseHandOut } from '../../../src/model/assignments/assignments.js';
import type { AssignmentRecord } from '../../../src/model/assignments/assignment-record.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { createCategory } from '../../../src/model/schemes/category-factory.js';
import { createScheme } from '../../../src/model/schemes/scheme-ids.js';
import { DEFAULT_SCHEME } from '../../../src/model/schemes/category.js';
import { modelSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import type { CrAssignmentTeacher } from '../../../src/ui/assignments/assignment-teacher.js';
import '../../../src/ui/assignments/assignment-teacher.js';
import '../../../src/ui/assignments/assignment-view.js';
import '../../../src/ui/reader/reader-view.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/shell/app.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { loadShippedArticles } from '../../support/articles.js';
import { CaughtDownloads } from '../../support/downloads.js';
import { TestDatabases } from '../../support/test-database.js';

const ARTICLE = 'zweierlei-solidaritaet';

describe('the teacher: make an assignment, its page, the model answer, the hand-out', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let app: CrApp;
  let classroom: Classroom;
  let annotations: AnnotationStore;
  let categories: CategoryStore;
  /** Files the page handed to the browser as downloads: name and text. */
  const caught = new CaughtDownloads();
  const downloads = caught.files;

  beforeEach(async () => {
    await applyLocale('en');
    location.hash = '#/';
    caught.start();
    db = await databases.open();
    const articles = await loadShippedArticles();
    const sets = new AnnotationSetRepository(db);
    classroom = { assignments: new AssignmentRepository(db), sets };
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined, undefined, sets);
    categories = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    const settings = await SettingsStore.load(new SettingsRepository(db));
    await settings.setCreatorName('Frau Lehmann');
    const library = await LibraryStore.load(articles, new DocumentRepository(db));
    app = await fixture<CrApp>(
      html`<cr-app .articles=${articles} .library=${library} .settings=${settings} .annotations=${annotations} .categories=${categories} .classroom=${classroom}></cr-app>`,
    );
  });

  afterEach(async () => {
    caught.stop();
    location.hash = '';
    annotations.close();
    categories.close();
    await applyLocale('en');
    await databases.cleanUp();
  });

  /** Opens the article and presses "Create assignment"; resolves to the record stored. */
  async function createFromReader(): Promise<AssignmentRecord> {
    location.hash = `#/doc/${ARTICLE}`;
    await waitUntil(() => app.querySelector('cr-create-assignment button'), 'the reader has no "Create assignment"');
    app.querySelector<HTMLButtonElement>('cr-create-assignment button')!.click();
    await waitUntil(() => location.hash.startsWith('#/assignment/'), 'the assignment page did not open');
    const [record] = await classroom.assignments.listAssignments();
    return record!;
  }

  /** The teacher's page, once shown. */
  async function page(): Promise<CrAssignmentTeacher> {
    await waitUntil(() => app.querySelector('cr-assignment-teacher h1'), 'the teacher’s page is not shown');
    return app.querySelector('cr-assignment-teacher')!;
  }

  /** Types `value` into the control `selector` and leaves it. */
  function type(teacher: CrAssignmentTeacher, selector: string, value: string): void {
    const control = teacher.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true }));
    control.dispatchEvent(new FocusEvent('blur'));
  }

  function change(teacher: CrAssignmentTeacher, selector: string, value: string | boolean): void {
    const control = teacher.querySelector<HTMLInputElement>(selector)!;
    if (typeof value === 'boolean') control.checked = value;
    else control.value = value;
    control.dispatchEvent(new Event('change', { bubbles: true }));
  }

  const words = (element: Element | null | undefined): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('creates an assignment from the reader: the teacher’s record, the empty model answer, and its page', async () => {
    const entry = (await loadShippedArticles()).entry(ARTICLE)!;
    const record = await createFromReader();
    const { assignment } = record;
    expect(location.hash).to.equal(`#/assignment/${assignment.id}`);
    expect(assignment.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect({ ...record, assignment: { ...assignment, id: 'ID', created: 'T', modified: 'T' } }).to.deep.equal({
      role: 'teacher',
      schemeId: 'default',
      assignment: {
        id: 'ID',
        title: entry.title,
        instructions: '',
        document: { id: ARTICLE, iri: entry.iri, digest: entry.digest, title: entry.title },
        schemeIri: DEFAULT_SCHEME.iri,
        created: 'T',
        modified: 'T',
        rules: { hideDefinitions: false, studentsMayAddCategories: false },
      },
    });
    expect(await classroom.sets.getSet(modelSetId(assignment.id))).to.deep.equal({
      id: modelSetId(assignment.id),
      kind: 'model',
      documentId: ARTICLE,
      assignmentId: assignmentIri(assignment.id),
      author: 'Frau Lehmann',
      modified: assignment.created,
    });
    const teacher = await page();
    expect(words(teacher.querySelector('h1'))).to.equal(entry.title);
    await waitUntil(() => words(teacher.querySelector('.cr-teacher-count')) !== '', 'the model answer is not counted');
    expect(words(teacher.querySelector('.cr-teacher-count'))).to.equal('The model answer has 0 annotations.');
  });

  it('stores what the teacher types and chooses, and shows it when the page is opened again', async () => {
    const { assignment } = await createFromReader();
    let teacher = await page();
    type(teacher, '#cr-teacher-title', 'Wer hilft wem?');
    type(teacher, '#cr-teacher-instructions', '# Aufgabe\n\nMarkieren Sie **alle Akteure**.');
    change(teacher, '#cr-teacher-due', '2026-12-14');
    change(teacher, '.cr-teacher-rules input[type=checkbox]', true);
    await teacher.saved();
    // The preview shows the Markdown as students will see it.
    await waitUntil(() => teacher.querySelector('cr-instructions')?.shadowRoot?.querySelector('strong'), 'no preview');
    expect(words(teacher.querySelector('cr-instructions')!.shadowRoot!.querySelector('h4'))).to.equal('Aufgabe');
    expect(words(teacher.querySelector('h1'))).to.equal('Wer hilft wem?');

    const stored = (await classroom.assignments.getAssignment(assignment.id))!.assignment;
    expect([stored.title, stored.instructions, stored.due, stored.rules]).to.deep.equal([
      'Wer hilft wem?',
      '# Aufgabe\n\nMarkieren Sie **alle Akteure**.',
      '2026-12-14',
      { hideDefinitions: true, studentsMayAddCategories: false },
    ]);
    expect(stored.modified > assignment.modified).to.equal(true);

    location.hash = '#/';
    await waitUntil(() => !app.querySelector('cr-assignment-teacher'), 'the page did not close');
    location.hash = `#/assignment/${assignment.id}`;
    teacher = await page();
    const value = (selector: string) => teacher.querySelector<HTMLInputElement>(selector)!.value;
    expect([value('#cr-teacher-title'), value('#cr-teacher-instructions'), value('#cr-teacher-due')]).to.deep.equal([
      'Wer hilft wem?',
      '# Aufgabe\n\nMarkieren Sie **alle Akteure**.',
      '2026-12-14',
    ]);
    expect([...teacher.querySelectorAll<HTMLInputElement>('.cr-teacher-rules input')].map((box) => box.checked)).to.deep.equal([true, false]);
  });

  it('reads the assignment with another of the reader’s schemes when the teacher chooses it', async () => {
    const made = createScheme({ de: 'Rhetorik', en: 'Rhetoric' }, categories.schemes, '2026-12-01T00:00:00.000Z');
    if (!made.ok) throw new Error('no scheme');
    await categories.saveScheme(made.value, [createCategory(categories.categories, { schemeId: made.value.id, label: { de: 'Metapher', en: 'Metaphor' } })]);
    const { assignment } = await createFromReader();
    const teacher = await page();
    await applyLocale('de');
    await teacher.updateComplete;
    const options = [...teacher.querySelectorAll<HTMLOptionElement>('#cr-teacher-scheme option')].map((option) => words(option));
    expect(options).to.deep.equal([DEFAULT_SCHEME.label.de, 'Rhetorik']);
    change(teacher, '#cr-teacher-scheme', made.value.id);
    await teacher.saved();
    const stored = (await classroom.assignments.getAssignment(assignment.id))!;
    expect([stored.schemeId, stored.assignment.schemeIri]).to.deep.equal([made.value.id, made.value.iri]);
  });

  it('refuses HTML in the title beside the field and stores nothing until it is fixed', async () => {
    const { assignment } = await createFromReader();
    const teacher = await page();
    type(teacher, '#cr-teacher-title', 'Akteure <b>finden</b>');
    await teacher.saved();
    const title = teacher.querySelector('#cr-teacher-title')!;
    expect(words(teacher.querySelector('#cr-teacher-title-problems'))).to.equal(
      'Assignment: the title contains HTML (<b>). Close Reader takes plain text here, so nothing was opened or saved.',
    );
    expect(title.getAttribute('aria-invalid')).to.equal('true');
    expect(teacher.querySelector<HTMLInputElement>('#cr-teacher-title')!.value).to.equal('Akteure <b>finden</b>');
    expect(await classroom.assignments.getAssignment(assignment.id)).to.deep.equal({ assignment, role: 'teacher', schemeId: 'default' });
    expect(words(teacher.querySelector('h1'))).to.equal(assignment.title);

    type(teacher, '#cr-teacher-title', 'Akteure finden');
    await teacher.saved();
    expect(words(teacher.querySelector('#cr-teacher-title-problems'))).to.equal('');
    expect((await classroom.assignments.getAssignment(assignment.id))!.assignment.title).to.equal('Akteure finden');
  });

  it('downloads a hand-out that reads back as the assignment, without the model answer', async () => {
    const { assignment } = await createFromReader();
    const teacher = await page();
    type(teacher, '#cr-teacher-instructions', 'Markieren Sie jede Zahl.');
    await teacher.saved();
    // The model answer gets an annotation, tagged in the reader embedded in the page.
    teacher.querySelector<HTMLButtonElement>('cr-teacher-model-answer button')!.click();
    await waitUntil(() => teacher.querySelector('cr-reader-view .ProseMirror'), 'the model answer’s article did not open');
    const body = await (await loadShippedArticles()).loadBody(ARTICLE);
    const exact = body.blocks[1]!.text.slice(0, 12);
    const start = canonicalText(body.blocks).indexOf(exact);
    await annotations.tag(ARTICLE, { start, end: start + exact.length, exact, prefix: '', suffix: '' }, 'actor', 'Frau Lehmann');
    const model = annotations.annotations(ARTICLE);
    expect(model.map((each) => each.setId)).to.deep.equal([modelSetId(assignment.id)]);
    await waitUntil(() => words(teacher.querySelector('.cr-teacher-count')) === 'The model answer has 1 annotation.', 'the count is not 1');

    teacher.querySelector<HTMLButtonElement>('cr-teacher-hand-out button')!.click();
    await waitUntil(() => downloads.length === 1, 'nothing was downloaded');
    const stored = (await classroom.assignments.getAssignment(assignment.id))!.assignment;
    expect(downloads[0]!.name).to.equal(handOutFileName(stored.title));
    const text = await downloads[0]!.text;
    const read = parseHandOut(text, downloads[0]!.name);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
    expect(read.value.assignment).to.deep.equal(stored);
    expect(read.value.document).to.deep.include({ bundled: true, iri: stored.document.iri, digest: stored.document.digest });
    const json = JSON.parse(text) as Record<string, unknown>;
    expect([json['type'], json['total'], text.includes(model[0]!.id), text.includes('Frau Lehmann')]).to.deep.equal(['AnnotationCollection', 0, false, false]);
    await waitUntil(() => words(teacher.querySelector('cr-teacher-hand-out [role=status]')) !== '', 'nothing announced');
    expect(words(teacher.querySelector('cr-teacher-hand-out [role=status]'))).to.equal(`Hand-out saved as ${downloads[0]!.name}`);
  });

  it('hands out what was just typed, and nothing while a field is refused', async () => {
    await createFromReader();
    const teacher = await page();
    const instructions = teacher.querySelector<HTMLTextAreaElement>('#cr-teacher-instructions')!;
    instructions.value = 'Gerade getippt.';
    instructions.dispatchEvent(new Event('input', { bubbles: true }));
    teacher.querySelector<HTMLButtonElement>('cr-teacher-hand-out button')!.click();
    await waitUntil(() => downloads.length === 1, 'nothing was downloaded');
    const read = parseHandOut(await downloads[0]!.text, downloads[0]!.name);
    expect(read.ok && read.value.assignment.instructions).to.equal('Gerade getippt.');

    type(teacher, '#cr-teacher-title', '<em>Neu</em>');
    teacher.querySelector<HTMLButtonElement>('cr-teacher-hand-out button')!.click();
    await waitUntil(() => teacher.querySelector('cr-teacher-hand-out [role=alert]'), 'no problem shown');
    expect(words(teacher.querySelector('cr-teacher-hand-out [role=alert]'))).to.equal(
      'The hand-out was not saved: a field above is refused. Correct it first, so that the hand-out has what you see.',
    );
    expect(downloads.length).to.equal(1);
  });

  it('downloads nothing when a category is named with HTML, and says why', async () => {
    await createFromReader();
    const teacher = await page();
    const [first, ...rest] = categories.inScheme('default');
    await categories.saveScheme(DEFAULT_SCHEME, [{ ...first!, label: { de: '<i>Akteur</i>', en: '<i>Actor</i>' } }, ...rest]);
    teacher.querySelector<HTMLButtonElement>('cr-teacher-hand-out button')!.click();
    await waitUntil(() => teacher.querySelector('cr-teacher-hand-out [role=alert]'), 'no problem shown');
    expect(words(teacher.querySelector('cr-teacher-hand-out [role=alert] p'))).to.equal('The hand-out was not saved: students could not open it.');
    expect(words(teacher.querySelector('cr-teacher-hand-out [role=alert] li'))).to.contain('contains HTML (<i>)');
    expect(downloads).to.deep.equal([]);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`has no axe violation (${locale})`, async () => {
      await applyLocale(locale);
      await createFromReader();
      const teacher = await page();
      type(teacher, '#cr-teacher-title', '<b>');
      await teacher.saved();
      await teacher.updateComplete;
      expect(teacher.querySelector('#cr-teacher-title-problems')!.textContent).not.to.equal('');
      if (locale === 'de') expect(words(teacher.querySelector('#cr-teacher-model-heading'))).to.equal('Musterlösung');
      await expect(teacher).to.be.accessible();
      // With the model answer's article open too.
      teacher.querySelector<HTMLButtonElement>('cr-teacher-model-answer button')!.click();
      await waitUntil(() => teacher.querySelector('cr-reader-view .ProseMirror'), 'the model answer’s article did not open');
      await expect(teacher).to.be.accessible();
    });
  }
});
