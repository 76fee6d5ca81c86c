/**
 * <cr-collect-hand-ins>: the teacher picks several files (hand-ins, a ZIP) or drops them on the
 * zone, and is told in one sentence what became of them, with each file listed under its outcome;
 * in German and English, axe clean. Real IndexedDB, files made here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { strToU8, zipSync } from 'fflate';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { type Assignment, assignmentIri } from '../../../src/model/assignments/assignment.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { ArticleSource } from '../../../src/model/documents/library.js';
import { studentSetId } from '../../../src/model/sets/annotation-set.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import '../../../src/ui/assignments/collect-hand-ins.js';
import type { CrCollectHandIns } from '../../../src/ui/assignments/collect-hand-ins.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, classroomContext } from '../../../src/ui/shared/contexts.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { annotationOn } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { TestDatabases } from '../../support/test-database.js';

const DOC = 'kelly-keine-massenabschiebungen';
const IRI = `tag:close-reader.app,2026:documents/${DOC}`;
const T1 = '2026-03-05T10:00:00.000Z';

/** <test-collect-host>: gives the stores collecting needs to what `content` renders, as <cr-app> does. */
class CollectHost extends LitElement {
  static override properties = { stores: { attribute: false }, content: { attribute: false } };
  declare stores: { classroom: Classroom; annotations: AnnotationStore; articles: ArticleSource; categories: CategoryStore };
  declare content: TemplateResult;
  private readonly providers = {
    classroom: new ContextProvider(this, { context: classroomContext }),
    annotations: new ContextProvider(this, { context: annotationStoreContext }),
    articles: new ContextProvider(this, { context: articleSourceContext }),
    categories: new ContextProvider(this, { context: categoryStoreContext }),
  };

  protected override willUpdate(): void {
    this.providers.classroom.setValue(this.stores.classroom);
    this.providers.annotations.setValue(this.stores.annotations);
    this.providers.articles.setValue(this.stores.articles);
    this.providers.categories.setValue(this.stores.categories);
  }

  protected override render() {
    return html`${this.content}`;
  }
}
customElements.define('test-collect-host', CollectHost);

describe('collecting hand-ins on the teacher page', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let stores: CollectHost['stores'];
  let text: string;
  let assignment: Assignment;
  const click = HTMLInputElement.prototype.click;

  beforeEach(async () => {
    db = await databases.open();
    const articles = await loadShippedArticles();
    text = canonicalText((await articles.loadBody(DOC)).blocks);
    const classroom: Classroom = { assignments: new AssignmentRepository(db), sets: new AnnotationSetRepository(db) };
    stores = { classroom, articles, annotations: new AnnotationStore(new AnnotationRepository(db), undefined, undefined), categories: await CategoryStore.load(new CategoryRepository(db)) };
    assignment = makeAssignment({ document: { id: DOC, iri: IRI, digest: await textDigest(text), title: 'Kelly' } });
    await classroom.assignments.putAssignment({ assignment, role: 'teacher', schemeId: 'default' });
  });

  afterEach(async () => {
    HTMLInputElement.prototype.click = click;
    await applyLocale('en');
    stores.annotations.close();
    await databases.cleanUp();
  });

  async function handIn(student: string): Promise<string> {
    const annotations = [annotationOn(text, 'John Kelly', { id: '00000000-0000-4000-8000-000000000001', setId: studentSetId(assignment.id), documentId: DOC, categoryIds: ['actor'] })];
    return JSON.stringify(toHandIn({ assignment, document: { iri: IRI, digest: await textDigest(text), text }, student, annotations, categories: SCHEME_CATEGORIES, handedIn: T1 }));
  }

  /** The class's files: a Moodle ZIP of two hand-ins and a PDF, one loose hand-in and a broken file. */
  async function classFiles(): Promise<File[]> {
    const zip = zipSync({ 'Ada_1_assignsubmission_file_/ada.jsonld': strToU8(await handIn('Ada')), 'Ben_2_assignsubmission_file_/ben.jsonld': strToU8(await handIn('Ben')), 'Ben_2_assignsubmission_file_/notes.pdf': strToU8('%PDF') });
    return [new File([zip], 'abgaben.zip'), new File([await handIn('Kim')], 'kim.jsonld'), new File(['{'], 'kaputt.json')];
  }

  async function shown(): Promise<CrCollectHandIns> {
    const host = await fixture<CollectHost>(html`<test-collect-host .stores=${stores} .content=${html`<cr-collect-hand-ins .record=${{ assignment, role: 'teacher', schemeId: 'default' }}></cr-collect-hand-ins>`}></test-collect-host>`);
    return host.shadowRoot!.querySelector('cr-collect-hand-ins')!;
  }

  /** The status sentence, then each group's heading and files. */
  function seen(element: CrCollectHandIns): string[] {
    const root = element.shadowRoot!;
    const groups = [...root.querySelectorAll('section')].flatMap((section) => [section.querySelector('h3')!.textContent!.trim(), ...[...section.querySelectorAll('li strong')].map((name) => name.textContent!)]);
    return [root.querySelector('[role=status]')!.textContent!.trim(), ...groups];
  }

  it('picking several files and a ZIP stores the hand-ins and shows what became of each file, in English and German', async () => {
    const files = await classFiles();
    HTMLInputElement.prototype.click = function (this: HTMLInputElement) {
      expect([this.type, this.multiple, this.accept]).to.deep.equal(['file', true, '.json,.jsonld,.zip,application/ld+json,application/json,application/zip']);
      const transfer = new DataTransfer();
      for (const file of files) transfer.items.add(file);
      this.files = transfer.files;
      this.dispatchEvent(new Event('change'));
    };
    const element = await shown();
    // Told once, when every file is read: then the stored hand-ins are all there (the class view reads the class then).
    const told: string[][] = [];
    element.addEventListener('cr-hand-ins-collected', () => {
      void stores.classroom.sets.listSetsByAssignment(assignmentIri(assignment.id)).then((sets) => told.push(sets.map((set) => set.author ?? '').sort()));
    });
    element.shadowRoot!.querySelector('button')!.click();
    await waitUntil(() => element.state.kind === 'done', 'the files were collected', { timeout: 10000 });
    await element.updateComplete;
    await waitUntil(() => told.length > 0, 'the collection was told');
    expect(told).to.deep.equal([['Ada', 'Ben', 'Kim']]);
    expect(seen(element)).to.deep.equal([
      '3 hand-ins stored, 1 broken, 1 file skipped.',
      'Stored (3)', 'abgaben.zip/Ada_1_assignsubmission_file_/ada.jsonld', 'abgaben.zip/Ben_2_assignsubmission_file_/ben.jsonld', 'kim.jsonld',
      'Broken (1)', 'kaputt.json',
      'Skipped (1)', 'abgaben.zip/Ben_2_assignsubmission_file_/notes.pdf',
    ]);
    expect((await stores.classroom.sets.listSetsByAssignment(assignmentIri(assignment.id))).map((set) => set.author).sort()).to.deep.equal(['Ada', 'Ben', 'Kim']);
    await expect(element).to.be.accessible();
    await applyLocale('de');
    await element.updateComplete;
    expect(seen(element).slice(0, 2)).to.deep.equal(['3 Abgaben gespeichert, 1 beschädigt, 1 Datei übersprungen.', 'Gespeichert (3)']);
    expect(element.shadowRoot!.querySelector('.skipped li')!.textContent).to.equal('abgaben.zip/Ben_2_assignsubmission_file_/notes.pdf: Keine Abgabedatei.');
    expect(element.shadowRoot!.querySelector('button')!.textContent).to.equal('Abgaben hinzufügen …');
    await expect(element).to.be.accessible();
  });

  it('files dropped on the zone are collected there and not by the app-wide import', async () => {
    const element = await shown();
    let reachedWindow = false;
    const onWindow = (): void => void (reachedWindow = true);
    window.addEventListener('drop', onWindow);
    const transfer = new DataTransfer();
    transfer.items.add(new File([await handIn('Kim')], 'kim.jsonld'));
    element.shadowRoot!.querySelector('.zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }));
    await waitUntil(() => element.state.kind === 'done', 'the files were collected', { timeout: 10000 });
    window.removeEventListener('drop', onWindow);
    await element.updateComplete;
    expect(seen(element)).to.deep.equal(['1 hand-in stored.', 'Stored (1)', 'kim.jsonld']);
    expect(reachedWindow).to.equal(false);
  });
});
