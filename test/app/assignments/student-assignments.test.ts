/**
 * The student's side of an assignment (src/app/assignments/student-assignments.ts), over real
 * IndexedDB and without any component: opening a hand-out stores the assignment's record, the
 * student's set and the scheme (and an article the file carries); opening it again returns to the
 * same work; a hand-out of a bundled article with another text, with HTML in the instructions, cut
 * off, or of 50 MB is refused with its problem and writes nothing; handing in makes a hand-in file
 * that parseHandIn reads back with every annotation and the student's name, and without a name it
 * is refused. Header's Import tells an assignment file from an annotation file before reading it.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { handIn, openHandOut, saveStudentName, type OpenHandOutServices } from '../../../src/app/assignments/student-assignments.js';
import { assignmentFileKind, prepareFileImport } from '../../../src/app/import/file-import.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { assignmentIri, type HandOutDocument, parseHandIn, toHandOut } from '../../../src/model/assignments/assignments.js';
import type { Assignment } from '../../../src/model/assignments/assignment.js';
import { MAX_ASSIGNMENT_FILE_BYTES } from '../../../src/model/assignments/assignment-file.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { Category, CategoryScheme } from '../../../src/model/schemes/category.js';
import { studentSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { describeProblems } from '../../../src/ui/shared/problem-messages.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { quotedRange } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { ARTICLE_BLOCKS, makeAssignment } from '../../support/assignments.js';
import { TestDatabases } from '../../support/test-database.js';

const ARTICLE = 'zweierlei-solidaritaet';
const IRI = `tag:close-reader.app,2026:documents/${ARTICLE}`;
const NOW = new Date('2026-03-04T09:30:00.000Z');
/** The class's own scheme: not in a fresh profile, so opening the hand-out installs it. */
const SCHEME: CategoryScheme = { id: 'klasse-9b', iri: 'tag:schule.example,2026:schemes/9b', label: { de: 'Klasse 9b', en: 'Class 9b' }, created: '2026-03-01T00:00:00.000Z', modified: '2026-03-01T00:00:00.000Z' };
const CATEGORIES: readonly Category[] = [
  { id: 'sprecher', label: { de: 'Sprecher', en: 'Speaker' }, colour: '#1f77b4', line: 'solid', key: '1', order: 0, schemeId: SCHEME.id, definition: { de: 'Wer spricht.', en: 'Who speaks.' } },
  { id: 'zahl', label: { de: 'Zahl', en: 'Number' }, colour: '#d62728', line: 'dashed', key: '2', order: 1, schemeId: SCHEME.id },
];

describe('the student: open a hand-out, hand in', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let services: OpenHandOutServices & { annotations: AnnotationStore };
  let text: string;
  let assignment: Assignment;

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    const articles = await loadShippedArticles();
    const sets = new AnnotationSetRepository(db);
    const classroom: Classroom = { assignments: new AssignmentRepository(db), sets };
    text = canonicalText((await articles.loadBody(ARTICLE)).blocks);
    services = {
      library: await LibraryStore.load(articles, new DocumentRepository(db)),
      categories: await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db)),
      classroom,
      annotations: databases.track(new AnnotationStore(new AnnotationRepository(db), undefined, undefined, undefined, sets)),
    };
    assignment = makeAssignment({ document: { id: ARTICLE, iri: IRI, digest: await textDigest(text), title: 'Zweierlei Solidarität' }, schemeIri: SCHEME.iri });
  });

  afterEach(async () => {
    services.categories.close();
    await applyLocale('en');
    await databases.cleanUp();
  });

  /** The hand-out file of `of` on the bundled article (or `doc`), as a file would come. */
  function handOut(of: Assignment = assignment, doc?: HandOutDocument, name = 'Akteure finden.jsonld'): { text: string; name: string; size: number } {
    const target = doc ?? { iri: IRI, digest: of.document.digest, title: of.document.title, lang: 'de', bundled: true };
    const json = JSON.stringify(toHandOut(of, target, SCHEME, CATEGORIES));
    return { text: json, name, size: json.length };
  }

  /** Everything the profile stores, to show that a refused file wrote nothing. */
  async function everything(): Promise<unknown[]> {
    return Promise.all((['assignments', 'annotationSets', 'schemes', 'categories', 'documents', 'annotations'] as const).map((store) => db.getAll(store)));
  }

  it('stores the record, the student’s set and the scheme, and opens the same work again', async () => {
    const first = await openHandOut(handOut(), services, NOW);
    expect(first).to.deep.equal({ ok: true, value: { assignmentId: assignment.id, title: 'Akteure finden', kind: 'new' }, warnings: [] });
    const record = (await services.classroom.assignments.getAssignment(assignment.id))!;
    // The scheme gets an id of this browser (from its name); the record names it.
    expect(record).to.deep.equal({ assignment, role: 'student', schemeId: 'class-9b' });
    expect(await db.getAll('annotationSets')).to.deep.equal([
      { id: studentSetId(assignment.id), kind: 'student', documentId: ARTICLE, assignmentId: assignmentIri(assignment.id), modified: NOW.toISOString() },
    ]);
    expect((await db.get('schemes', 'class-9b'))?.iri).to.equal(SCHEME.iri);
    expect(services.categories.inScheme('class-9b').map((category) => [category.id, category.definition])).to.deep.equal([
      ['sprecher', { de: 'Wer spricht.', en: 'Who speaks.' }],
      ['zahl', undefined],
    ]);

    await saveStudentName(record, 'Kim', services.classroom);
    expect((await db.get('annotationSets', studentSetId(assignment.id)))?.author).to.equal('Kim');
    await services.annotations.tag(ARTICLE, quotedRange(text, 'Solidarität'), 'sprecher', undefined, studentSetId(assignment.id));
    const before = await everything();
    const again = await openHandOut(handOut(), services, new Date('2026-03-05T09:30:00.000Z'));
    expect(again.ok && again.value.kind).to.equal('again');
    expect(await everything()).to.deep.equal(before);
  });

  it('adds an article the hand-out carries, under an id of its own when its id is taken', async () => {
    const own = makeAssignment({ document: { id: ARTICLE, iri: 'urn:uuid:0b7c3f3e-1d2a-4b5c-8d9e-0f1a2b3c4d5e', digest: await textDigest(canonicalText(ARTICLE_BLOCKS)), title: 'Unser Text' }, schemeIri: SCHEME.iri });
    const doc: HandOutDocument = { iri: own.document.iri, digest: own.document.digest, title: 'Unser Text', lang: 'de', bundled: false, blocks: ARTICLE_BLOCKS };
    const opened = await openHandOut(handOut(own, doc), services, NOW);
    expect(opened.ok && opened.value.addedDocument).to.equal('Unser Text');
    const [stored, ...more] = await db.getAll('documents');
    expect(more).to.deep.equal([]);
    expect([stored!.iri, stored!.title, stored!.digest, stored!.id === ARTICLE]).to.deep.equal([own.document.iri, 'Unser Text', own.document.digest, false]);
    expect((await services.classroom.assignments.getAssignment(own.id))!.assignment.document.id).to.equal(stored!.id);
    expect((await db.getAll('annotationSets')).map((set) => set.documentId)).to.deep.equal([stored!.id]);
  });

  const refused: readonly (readonly [string, () => Promise<{ text: string; name: string; size: number }>, string])[] = [
    [
      'a bundled article with another text',
      async () => handOut({ ...assignment, document: { ...assignment.document, digest: `sha256:${'0'.repeat(64)}` } }),
      'Akteure finden.jsonld: the article “Zweierlei Solidarität” has a different text here than where the assignment was made, so the passages would not match. Ask your teacher for a new hand-out. Nothing was opened.',
    ],
    [
      'HTML in the instructions',
      async () => handOut({ ...assignment, instructions: 'Lies <img src=x onerror="window.__xss=1">' }),
      'Akteure finden.jsonld: the instructions contains HTML (<img src=x onerror="window.__xss=1">). Close Reader takes plain text here, so nothing was opened or saved.',
    ],
    [
      'a file cut off on the way',
      async () => {
        const whole = handOut();
        return { ...whole, text: whole.text.slice(0, 500), size: 500 };
      },
      "Akteure finden.jsonld: this is not JSON (Expected ':' after property name in JSON at position 500 (line 1 column 501)).",
    ],
    ['a file of 50 MB', async () => ({ ...handOut(), size: MAX_ASSIGNMENT_FILE_BYTES + 1 }), 'Akteure finden.jsonld: the file is 51 MB; Close Reader imports files up to 50 MB.'],
  ];
  for (const [name, file, message] of refused) {
    it(`refuses ${name}, says so and writes nothing`, async () => {
      const before = await everything();
      const opened = await openHandOut(await file(), services, NOW);
      expect(opened.ok).to.equal(false);
      if (!opened.ok) expect(describeProblems(opened.problems)).to.deep.equal([message]);
      expect(await everything()).to.deep.equal(before);
      expect((window as { __xss?: unknown }).__xss).to.equal(undefined);
    });
  }

  it('leaves a record of the teacher’s own assignment as it is', async () => {
    await services.classroom.assignments.putAssignment({ assignment, role: 'teacher', schemeId: 'default' });
    const before = await everything();
    const opened = await openHandOut(handOut(), services, NOW);
    expect(opened.ok && opened.value.kind).to.equal('teacher');
    expect(await everything()).to.deep.equal(before);
  });

  it('hands in every annotation of the student’s set with the name, and keeps when', async () => {
    await openHandOut(handOut(), services, NOW);
    const record = await saveStudentName((await services.classroom.assignments.getAssignment(assignment.id))!, '  Kim 🙂 ', services.classroom);
    const quotes = ['Zweierlei Solidarität', 'Stefanie Kron', 'Benjamin Barber', 'Bill Clinton', 'Das 20. Jahrhundert', 'Italiens'].filter((quote) => text.includes(quote));
    expect(quotes.length).to.equal(6);
    for (const [index, quote] of quotes.entries()) {
      await services.annotations.tag(ARTICLE, quotedRange(text, quote), index % 2 ? 'zahl' : 'sprecher', undefined, studentSetId(assignment.id));
    }
    // The reader's own reading of the article is not handed in.
    await services.annotations.tag(ARTICLE, quotedRange(text, 'Mittelmeer'), 'sprecher');
    const handed = await handIn(record, services, NOW);
    if (!handed.ok) throw new Error(describeProblems(handed.problems).join('\n'));
    expect(handed.value.file.fileName).to.match(/^Akteure finden_Kim 🙂_2026-03-0[45]\.jsonld$/);
    const back = parseHandIn(handed.value.file.json, handed.value.file.fileName);
    if (!back.ok) throw new Error(describeProblems(back.problems).join('\n'));
    expect([back.value.assignmentId, back.value.student, back.value.handedIn, back.value.document]).to.deep.equal([
      assignment.id,
      'Kim 🙂',
      NOW.toISOString(),
      { iri: IRI, digest: assignment.document.digest },
    ]);
    expect(back.value.annotations.map((annotation) => annotation.quote?.exact).sort()).to.deep.equal([...quotes].sort());
    expect((await services.classroom.assignments.getAssignment(assignment.id))!.handedIn).to.equal(NOW.toISOString());
  });

  it('asks for a name before handing in, and writes nothing', async () => {
    await openHandOut(handOut(), services, NOW);
    const record = (await services.classroom.assignments.getAssignment(assignment.id))!;
    const before = await everything();
    const handed = await handIn({ ...record, student: '  ' }, services, NOW);
    expect(handed.ok).to.equal(false);
    if (!handed.ok) expect(describeProblems(handed.problems)).to.deep.equal(['Akteure finden: the name is empty. Nothing was opened or saved.']);
    expect(await everything()).to.deep.equal(before);
  });

  it('tells an assignment file from annotations before reading it, a cut one too', async () => {
    const whole = handOut().text;
    expect([assignmentFileKind(whole), assignmentFileKind(whole.slice(0, 300)), assignmentFileKind('{"type": "AnnotationCollection"}')]).to.deep.equal(['hand-out', 'hand-out', undefined]);
    const prepared = await prepareFileImport(new File([whole], 'Akteure finden.jsonld'), { articles: services.library, annotations: services.annotations, categories: services.categories });
    expect(prepared.ok && prepared.value.kind).to.equal('hand-out');
  });
});
