/**
 * <cr-class-view> (`#/assignment/<id>/class`) as a teacher meets it, over real IndexedDB stores:
 * hand-ins received through receiveHandIn or collected on the page, a model answer stored in the
 * model set. The shell of the page: its heading and links, the number of hand-ins in English and
 * German, what it says while it reads and when it cannot, every part given the class's data; the
 * names toggle (off: no student's name anywhere in the page, letters instead); more hand-ins update
 * it, a burst of them reading the class at most twice; axe clean; and `…/present` shows the
 * presentation alone, with the app behind it inert.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { type HandInSource, type ReceiveHandInDeps, receiveHandIn } from '../../../src/app/assignments/receive-hand-in.js';
import type { ClassData } from '../../../src/app/class/class-data.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { type Assignment, assignmentIri } from '../../../src/model/assignments/assignment.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import { pseudonymLetters } from '../../../src/model/assignments/pseudonyms.js';
import type { ArticleSource } from '../../../src/model/documents/library.js';
import { modelSetId, receivedSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import '../../../src/ui/assignments/assignment-view.js';
import '../../../src/ui/class/class-view.js';
import type { CrClassView } from '../../../src/ui/class/class-view.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/shell/app.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { annotationOn } from '../../support/annotations.js';
import { SCHEME_CATEGORIES } from '../../support/assignments.js';
import { HAND_IN_DOC, HAND_IN_IRI, teacherClassroom } from '../../support/teacher-classroom.js';
import { TestDatabases } from '../../support/test-database.js';
import { StoresHost } from '../../support/teacher-stores-host.js';

const HANDED_IN = '2026-03-05T10:00:00.000Z';
/** The class: who tagged what (quote, category). */
const CLASS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  'Ada Lovelace': [['John Kelly', 'actor'], ['Rex Tillerson', 'actor'], ['elf Millionen', 'statistic']],
  'Bruno Ganz': [['John Kelly', 'actor'], ['Donald Trump', 'actor']],
  'Clara Zetkin': [['Rex Tillerson', 'policy']],
};
const NAMES = Object.keys(CLASS);
/** The page's own status and alert (the parts have live regions of their own). */
const SHELL_STATUS = ':scope > .cr-class > section > [role="status"], :scope > .cr-class > [role="status"], :scope > .cr-class > [role="alert"]';
const PARTS = ['cr-class-overview', 'cr-class-agreement', 'cr-class-heat', 'cr-class-comparison', 'cr-class-export'] as const;

/**
 * Every text of the page a person could meet: text nodes (but styles) and the labels and titles of
 * elements, inside shadow roots too, joined by newlines.
 */
function pageText(root: Node): string {
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      texts.push(node.textContent ?? '');
      return;
    }
    if (node instanceof Element) {
      if (node.localName === 'style') return;
      for (const name of ['aria-label', 'title', 'alt', 'aria-description', 'placeholder', 'value']) {
        const value = node.getAttribute(name);
        if (value) texts.push(value);
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return texts.join('\n');
}

describe('the class view', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let stores: ReceiveHandInDeps;
  let text: string;
  let assignment: Assignment;

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    ({ deps: stores, text, assignment } = await teacherClassroom(db));
    const model = modelSetId(assignment.id);
    await stores.annotations.importAll({
      categories: [],
      annotations: [
        annotationOn(text, 'John Kelly', { id: '00000000-0000-4000-8000-0000000000a1', setId: model, documentId: HAND_IN_DOC, categoryIds: ['actor'] }),
        annotationOn(text, 'Donald Trump', { id: '00000000-0000-4000-8000-0000000000a2', setId: model, documentId: HAND_IN_DOC, categoryIds: ['actor'] }),
      ],
      sets: [{ id: model, kind: 'model', documentId: HAND_IN_DOC, assignmentId: assignmentIri(assignment.id), modified: HANDED_IN }],
    });
  });

  afterEach(async () => {
    location.hash = '';
    await applyLocale('en');
    stores.annotations.close();
    await databases.cleanUp();
  });

  /** The hand-in file of `student` with their tags (CLASS, or `tags`). */
  async function handInFile(student: string, tags = CLASS[student]!): Promise<HandInSource> {
    const annotations = tags.map(([quote, category], index) =>
      annotationOn(text, quote, { id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`, setId: studentSetId(assignment.id), documentId: HAND_IN_DOC, categoryIds: [category] }),
    );
    const file = JSON.stringify(toHandIn({ assignment, document: { iri: HAND_IN_IRI, digest: await textDigest(text), text }, student, annotations, categories: SCHEME_CATEGORIES, handedIn: HANDED_IN }));
    return { text: file, name: `${student}.jsonld`, size: file.length };
  }

  /** Receives the hand-ins of `students` as the teacher's Import does. */
  async function receive(...students: string[]): Promise<void> {
    for (const student of students) {
      const received = await receiveHandIn(await handInFile(student), stores);
      expect(received.ok && received.value.outcome.kind, student).to.equal('saved');
    }
  }

  /** The class view in its host over `given` stores (the teacher's, or wrapped), once it has read or failed. */
  async function shown(given: Partial<ReceiveHandInDeps> = {}, presenting = false): Promise<CrClassView> {
    const record = { assignment, role: 'teacher' as const, schemeId: 'default' };
    const host = await fixture<StoresHost>(
      html`<test-stores-host .stores=${{ ...stores, ...given }} .content=${html`<cr-class-view .record=${record} .presenting=${presenting}></cr-class-view>`}></test-stores-host>`,
    );
    const view = host.querySelector('cr-class-view')!;
    await waitUntil(() => view.loaded.state !== 'loading', 'the class was read', { timeout: 8000 });
    await view.updateComplete;
    return view;
  }

  function count(view: CrClassView): string {
    return view.querySelector('section [role="status"]')?.textContent?.trim() ?? '';
  }

  function data(view: CrClassView): ClassData {
    if (view.loaded.state !== 'ready') throw new Error(`the class view is ${view.loaded.state}`);
    return view.loaded.data;
  }

  /** The page's own headings: its title and the heading of each section. */
  function headings(view: CrClassView): string[] {
    return [...view.querySelectorAll(':scope > .cr-class > h1, :scope > .cr-class > section > h2')].map((heading) => heading.textContent!.trim());
  }

  /** Resolves once no read of the class is due any more: longer than the page waits for changes to settle. */
  async function settled(view: CrClassView): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await view.updateComplete;
  }

  /** A classroom whose reads of an assignment's sets are counted: one per reading of the class. */
  function countingReads(): { classroom: Classroom; reads: () => number } {
    let reads = 0;
    const { sets } = stores.classroom;
    return {
      reads: () => reads,
      classroom: {
        assignments: stores.classroom.assignments,
        sets: {
          putSet: (set) => sets.putSet(set),
          getSet: (id) => sets.getSet(id),
          listSetsByDocument: (documentId) => sets.listSetsByDocument(documentId),
          listSetsByAssignment: (assignmentId) => {
            reads += 1;
            return sets.listSetsByAssignment(assignmentId);
          },
          deleteSet: (id) => sets.deleteSet(id),
        },
      },
    };
  }

  it('lists the hand-ins, in English and German, and gives every part the class read from storage', async () => {
    await receive(...NAMES);
    const view = await shown();
    expect(headings(view)).to.deep.equal(['Class view: Akteure finden', 'Hand-ins', 'Overview', 'Agreement', 'Where the class tagged', 'Against the model answer', 'Export']);
    expect([...view.querySelectorAll('.cr-class-nav a')].map((link) => [link.textContent!.trim(), link.getAttribute('href')])).to.deep.equal([
      ['Back to the assignment', `#/assignment/${assignment.id}`],
      ['Present on a projector', `#/assignment/${assignment.id}/present`],
      ['Statistics', `#/assignment/${assignment.id}/statistics`],
    ]);
    expect(count(view)).to.equal('3 hand-ins');
    const read = data(view);
    expect(read.handIns.map((handIn) => [handIn.name, handIn.annotations.map((annotation) => annotation.exact)])).to.deep.equal([
      ['Ada Lovelace', ['John Kelly', 'Rex Tillerson', 'elf Millionen']],
      ['Bruno Ganz', ['John Kelly', 'Donald Trump']],
      ['Clara Zetkin', ['Rex Tillerson']],
    ]);
    expect(read.model.map((annotation) => annotation.exact)).to.deep.equal(['John Kelly', 'Donald Trump']);
    for (const tag of PARTS) {
      const part = view.querySelector(tag)!;
      expect([part.data === read, part.names], tag).to.deep.equal([true, 'names']);
    }
    await applyLocale('de');
    await view.updateComplete;
    expect(count(view)).to.equal('3 Abgaben');
    expect(headings(view).slice(0, 2)).to.deep.equal(['Klassenansicht: Akteure finden', 'Abgaben']);
  });

  it('says how to begin when nothing is handed in yet, and shows no parts', async () => {
    const view = await shown();
    expect(count(view)).to.equal('No hand-ins yet: add the files your students handed in.');
    expect(PARTS.map((tag) => view.querySelector(tag))).to.deep.equal([null, null, null, null, null]);
    await receive('Bruno Ganz');
    await waitUntil(() => count(view) === '1 hand-in', `one hand-in, not "${count(view)}"`);
    await applyLocale('de');
    await view.updateComplete;
    expect(count(view)).to.equal('1 Abgabe');
  });

  it('says it is reading the hand-ins until it has, and why when the article cannot be read', async () => {
    await receive('Ada Lovelace');
    let open = (): void => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const slow: ArticleSource = { entries: stores.articles.entries, entry: (id) => stores.articles.entry(id), loadBody: async (id) => (await gate, stores.articles.loadBody(id)) };
    const record = { assignment, role: 'teacher' as const, schemeId: 'default' };
    const host = await fixture<StoresHost>(html`<test-stores-host .stores=${{ ...stores, articles: slow }} .content=${html`<cr-class-view .record=${record}></cr-class-view>`}></test-stores-host>`);
    const view = host.querySelector('cr-class-view')!;
    await view.updateComplete;
    const status = (): string[] => [...view.querySelectorAll(SHELL_STATUS)].map((element) => `${element.getAttribute('role')}: ${element.textContent!.trim()}`);
    expect(status()).to.deep.equal(['status: Reading the hand-ins…']);
    expect(view.querySelector('cr-class-overview')).to.equal(null);
    await applyLocale('de');
    await view.updateComplete;
    expect(status()).to.deep.equal(['status: Die Abgaben werden gelesen …']);
    await applyLocale('en');
    open();
    await waitUntil(() => view.loaded.state === 'ready', 'the class was read');
    await view.updateComplete;
    expect(status()).to.deep.equal(['status: 1 hand-in']);

    const broken: ArticleSource = { ...slow, loadBody: () => Promise.reject(new Error('kelly-keine-massenabschiebungen.json: not found (404)')) };
    const failed = await shown({ articles: broken });
    expect([...failed.querySelectorAll(SHELL_STATUS)].map((element) => `${element.getAttribute('role')}: ${element.textContent!.trim()}`)).to.deep.equal([
      'alert: The hand-ins could not be read: kelly-keine-massenabschiebungen.json: not found (404)',
    ]);
    await applyLocale('de');
    await failed.updateComplete;
    expect(failed.querySelector('[role="alert"]')!.textContent!.trim()).to.equal('Die Abgaben konnten nicht gelesen werden: kelly-keine-massenabschiebungen.json: not found (404)');
  });

  it('with "Show names" off, no student’s name is anywhere on the page, only "Student A"…; on, the names return', async () => {
    await receive(...NAMES);
    const view = await shown();
    const letters = pseudonymLetters(NAMES.map((name) => receivedSetId(assignment.id, name)));
    const labels = NAMES.map((name) => `Student ${letters.get(receivedSetId(assignment.id, name))!}`).sort();
    expect(labels).to.deep.equal(['Student A', 'Student B', 'Student C']);
    const toggle = view.querySelector<HTMLInputElement>('.cr-class-names input')!;
    expect([toggle.type, toggle.checked, toggle.closest('label')!.textContent!.trim()]).to.deep.equal(['checkbox', true, 'Show names']);
    /** Which names and labels the page shows, once every part has rendered. */
    const seen = async (): Promise<[string[], string[]]> => {
      await view.updateComplete;
      await Promise.all(PARTS.map((tag) => view.querySelector(tag)!.updateComplete));
      const all = pageText(view);
      return [NAMES.filter((name) => all.includes(name)), labels.filter((label) => all.includes(label))];
    };
    expect((await seen())[0]).to.deep.equal(NAMES);

    toggle.click();
    await view.updateComplete;
    expect(PARTS.map((tag) => view.querySelector(tag)!.names)).to.deep.equal(['letters', 'letters', 'letters', 'letters', 'letters']);
    expect(await seen()).to.deep.equal([[], labels]);
    // A student chosen for the comparison is shown by letter too.
    view.querySelector('cr-class-overview')!.dispatchEvent(new CustomEvent('cr-class-student', { detail: { setId: receivedSetId(assignment.id, 'Ada Lovelace') }, bubbles: true, composed: true }));
    await view.updateComplete;
    expect(view.querySelector('cr-class-comparison')!.setId).to.equal(receivedSetId(assignment.id, 'Ada Lovelace'));
    expect((await seen())[0]).to.deep.equal([]);

    toggle.click();
    expect((await seen())[0]).to.deep.equal(NAMES);
  });

  it('a class collected on the page updates the number and the parts, reading the class at most twice', async () => {
    await receive('Ada Lovelace');
    const { classroom, reads } = countingReads();
    const view = await shown({ classroom });
    expect([count(view), reads()]).to.deep.equal(['1 hand-in', 1]);
    const before = data(view);
    const names = ['Bruno Ganz', 'Clara Zetkin', 'Dora Maar', 'Emil Nolde', 'Frida Kahlo', 'Gustav Klimt'];
    const transfer = new DataTransfer();
    for (const name of names) {
      const file = await handInFile(name, [['John Kelly', 'actor']]);
      transfer.items.add(new File([file.text], file.name));
    }
    const collect = view.querySelector('cr-collect-hand-ins')!;
    collect.shadowRoot!.querySelector('.zone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, composed: true, cancelable: true }));
    await waitUntil(() => collect.state.kind === 'done' && count(view) === '7 hand-ins', `seven hand-ins, not "${count(view)}"`, { timeout: 10000 });
    await settled(view);
    const after = data(view);
    expect(after).not.to.equal(before);
    expect(after.handIns.map((handIn) => handIn.name)).to.deep.equal(['Ada Lovelace', ...names]);
    expect(PARTS.map((tag) => view.querySelector(tag)!.data === after)).to.deep.equal([true, true, true, true, true]);
    expect(reads() - 1, 'reads of the class after the first').to.be.within(1, 2);
  });

  it('hand-ins written in a burst through the stores read the class at most twice more', async () => {
    const { classroom, reads } = countingReads();
    const view = await shown({ classroom });
    expect([count(view), reads()]).to.deep.equal(['No hand-ins yet: add the files your students handed in.', 1]);
    await Promise.all(NAMES.map(async (name) => receiveHandIn(await handInFile(name), stores)));
    await waitUntil(() => count(view) === '3 hand-ins', `three hand-ins, not "${count(view)}"`);
    await settled(view);
    expect(reads() - 1, 'reads of the class after the first').to.be.within(1, 2);
    expect(PARTS.map((tag) => view.querySelector(tag)!.data === data(view))).to.deep.equal([true, true, true, true, true]);
  });

  it('is axe clean in English and German once every part has rendered', async function () {
    // axe over the whole page, twice: about 3 s alone, and three times that on a busy machine.
    this.timeout(30000);
    await receive(...NAMES);
    const view = await shown();
    await Promise.all(PARTS.map((tag) => view.querySelector(tag)!.updateComplete));
    await expect(view).to.be.accessible();
    view.querySelector<HTMLInputElement>('.cr-class-names input')!.click();
    await applyLocale('de');
    await view.updateComplete;
    await Promise.all(PARTS.map((tag) => view.querySelector(tag)!.updateComplete));
    await expect(view).to.be.accessible();
  });

  it('presenting shows the presentation alone, with no student’s name', async () => {
    await receive(...NAMES);
    const view = await shown({}, true);
    expect([...view.children].filter((child) => child.localName !== 'style').map((child) => child.localName)).to.deep.equal(['cr-class-presentation']);
    expect(view.querySelector('cr-class-presentation')!.data).to.equal(data(view));
    expect(pageText(view).includes('Ada Lovelace')).to.equal(false);
  });

  describe('in the app', () => {
    let app: CrApp;

    beforeEach(async () => {
      await receive(...NAMES);
      location.hash = `#/assignment/${assignment.id}/present`;
      const settings = await SettingsStore.load(new SettingsRepository(db));
      const library = await LibraryStore.load(stores.articles, new DocumentRepository(db));
      app = await fixture<CrApp>(
        html`<cr-app .articles=${stores.articles} .library=${library} .settings=${settings} .annotations=${stores.annotations} .categories=${stores.categories} .classroom=${stores.classroom}></cr-app>`,
      );
      await waitUntil(() => app.querySelector('cr-class-presentation .cr-present-exit'), 'the presentation showed', { timeout: 8000 });
    });


    it('while presenting, only the presentation is in reach; back on the class page, the app is in reach again', async () => {
      const presentation = app.querySelector('cr-class-presentation')!;
      const header = app.querySelector('.cr-app-header')!;
      expect([app.hasAttribute('presenting'), header.hasAttribute('inert'), app.querySelector('main')!.hasAttribute('inert')]).to.deep.equal([true, true, false]);
      // What Tab and a screen reader could reach: every control of the page not inside an inert part.
      // (Not pressed with real Tab keys: past the last control focus leaves the page for the browser's
      // own controls, and the test files after this one then got no focus events.)
      const controls = (root: ParentNode): Element[] =>
        [...root.querySelectorAll('*')].flatMap((element) => [
          ...(element.matches('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])') ? [element] : []),
          ...(element.shadowRoot ? controls(element.shadowRoot) : []),
        ]);
      const inReach = (element: Element): boolean => {
        for (let at: Node | null = element; at; at = at instanceof ShadowRoot ? at.host : at.parentNode) {
          if (at instanceof Element && at.hasAttribute('inert')) return false;
          // A closed dialog's controls are out of reach until it opens (on top of the presentation).
          if (at instanceof HTMLDialogElement && !at.open) return false;
        }
        return true;
      };
      const reached = [...new Set(controls(app).filter(inReach).map((at) => (presentation.contains(at) ? 'presentation' : `${at.localName}.${at.className}: ${at.textContent!.trim()}`)))];
      expect(reached).to.deep.equal(['presentation']);

      location.hash = `#/assignment/${assignment.id}/class`;
      await waitUntil(() => app.querySelector('cr-class-view .cr-class-nav'), 'the class page showed');
      await app.updateComplete;
      expect([app.hasAttribute('presenting'), header.hasAttribute('inert')]).to.deep.equal([false, false]);
    });

    it('leaving the presentation for another page gives the app back', async () => {
      location.hash = '#/';
      await waitUntil(() => app.querySelector('cr-library-view'), 'the library showed');
      await app.updateComplete;
      expect([app.hasAttribute('presenting'), app.querySelector('.cr-app-header')!.hasAttribute('inert')]).to.deep.equal([false, false]);
    });
  });
});
