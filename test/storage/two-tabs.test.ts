/**
 * Two tabs on one database (issue 12, "Two tabs"): two annotation stores and two category stores,
 * each over its own connection to one real IndexedDB database, talking over a BroadcastChannel of
 * the test's own. What one tab adds, the other never silently replaces or undoes, and each tab is
 * told and shows what the other wrote.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../src/app/schemes/category-store.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../src/storage/database.js';
import { SchemeRepository } from '../../src/storage/scheme-repository.js';
import { mineSetId, receivedSetId } from '../../src/model/sets/annotation-set.js';
import { annotationOn, quotedRange } from '../support/annotations.js';
import { TestDatabases } from '../support/test-database.js';

const TEXT = 'San Francisco werde es nicht zulassen, sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const DOC = 'sanctuary-cities-gegen-trump';
const LEE = quotedRange(TEXT, 'Ed Lee');

describe('two tabs on one database', () => {
  const databases = new TestDatabases();
  const closing: { close(): void }[] = [];
  let first: CloseReaderDatabase;
  let second: CloseReaderDatabase;
  let channel: string;

  beforeEach(async () => {
    first = await databases.open();
    second = await databases.open(first.name);
    channel = `test-${crypto.randomUUID()}`;
  });

  afterEach(async () => {
    for (const store of closing.splice(0)) store.close();
    await databases.cleanUp();
  });

  /** An annotation store per tab, each with its own clock and ids, both with `DOC` loaded. */
  async function annotationTabs(): Promise<[AnnotationStore, AnnotationStore]> {
    const tabs = ['a', 'b'].map((tab, i) => {
      let n = 0;
      const clock = { now: () => `2026-11-23T12:00:${String(n++).padStart(2, '0')}.00${i}Z`, newId: () => `${tab}-${n}` };
      const store = new AnnotationStore(new AnnotationRepository(i === 0 ? first : second), clock, channel);
      closing.push(store);
      return store;
    }) as [AnnotationStore, AnnotationStore];
    await Promise.all(tabs.map((tab) => tab.load(DOC)));
    return tabs;
  }

  /** The categories of the annotations on `Ed Lee`, as stored. */
  async function storedOnLee(): Promise<string[][]> {
    const stored = await first.getAllFromIndex('annotations', 'byDocument', DOC);
    return stored.filter((a) => a.start === LEE.start && a.end === LEE.end).map((a) => [...a.categoryIds]);
  }

  /** Waits until `tab` shows the annotation on `Ed Lee` with exactly `categoryIds`. */
  async function shows(tab: AnnotationStore, categoryIds: string[]): Promise<void> {
    const seen = () => JSON.stringify(tab.annotations(DOC).filter((a) => a.start === LEE.start).map((a) => a.categoryIds));
    await waitUntil(() => seen() === JSON.stringify([categoryIds]), `the tab shows ${seen()}, not ${JSON.stringify([categoryIds])}`);
  }

  it('keeps both categories when both tabs add one to the same passage at the same moment', async () => {
    const [tabA, tabB] = await annotationTabs();
    await tabA.tag(DOC, LEE, 'actor');
    await shows(tabB, ['actor']);
    const [quote, policy] = await Promise.all([tabA.tag(DOC, LEE, 'quote'), tabB.tag(DOC, LEE, 'policy')]);
    expect([quote.outcome, policy.outcome]).to.deep.equal(['category-added', 'category-added']);
    expect(await storedOnLee()).to.deep.equal([['actor', 'quote', 'policy']]);
    await shows(tabA, ['actor', 'quote', 'policy']);
    await shows(tabB, ['actor', 'quote', 'policy']);
  });

  it('makes one annotation with both categories when both tabs tag a fresh passage at the same moment', async () => {
    const [tabA, tabB] = await annotationTabs();
    await Promise.all([tabA.tag(DOC, LEE, 'actor'), tabB.tag(DOC, LEE, 'quote')]);
    expect(await storedOnLee()).to.deep.equal([['actor', 'quote']]);
    await shows(tabB, ['actor', 'quote']);
    await shows(tabA, ['actor', 'quote']);
  });

  it("undoes one tab's note and keeps the category the other tab added after it", async () => {
    const [tabA, tabB] = await annotationTabs();
    const { annotation } = await tabA.tag(DOC, LEE, 'actor');
    await tabA.edit(DOC, annotation.id, { note: 'Bürgermeister' }, { typingSession: 's1' });
    await shows(tabB, ['actor']);
    await tabB.tag(DOC, LEE, 'policy');
    await tabA.undo();
    const stored = await first.get('annotations', annotation.id);
    expect([stored?.categoryIds, stored?.note]).to.deep.equal([['actor', 'policy'], undefined]);
    await shows(tabB, ['actor', 'policy']);
    await waitUntil(() => tabB.find(DOC, annotation.id)?.note === undefined, 'the other tab still shows the note');
  });

  it("undoes one tab's tag and keeps the annotation with the category the other tab added", async () => {
    const [tabA, tabB] = await annotationTabs();
    await tabA.tag(DOC, LEE, 'actor');
    await shows(tabB, ['actor']);
    await tabB.tag(DOC, LEE, 'quote');
    await shows(tabA, ['actor', 'quote']);
    await tabA.undo();
    expect(await storedOnLee()).to.deep.equal([['quote']]);
    await shows(tabB, ['quote']);
    await tabA.redo();
    expect(await storedOnLee()).to.deep.equal([['quote', 'actor']]);
  });

  it("changes a category in a tab that has not heard of the other tab's change yet, and keeps both", async () => {
    const [tabA, tabB] = await annotationTabs();
    const { annotation } = await tabA.tag(DOC, LEE, 'actor');
    await shows(tabB, ['actor']);
    // Tab A adds Quote; tab B, at the same moment, takes in the card it shows: Actor and Statistic.
    await Promise.all([
      tabA.edit(DOC, annotation.id, { categoryIds: ['actor', 'quote'] }),
      tabB.edit(DOC, annotation.id, { categoryIds: ['actor', 'statistic'] }),
    ]);
    expect(await storedOnLee()).to.deep.equal([['actor', 'quote', 'statistic']]);
  });

  describe('a tab with a class loaded', () => {
    const ASSIGNMENT = 'a1';
    const STUDENTS = ['Kim', 'Lena', 'Mo'];
    const sets = STUDENTS.map((student) => receivedSetId(ASSIGNMENT, student));
    const [, LENA] = sets as [string, string, string];

    /**
     * Tab A (the import, the reader) and tab B, which has every student's set and the reader's
     * own reading loaded (the class view open) and counts the sets it reads from storage.
     */
    async function classTabs(): Promise<{ tabA: AnnotationStore; tabB: AnnotationStore; reads: string[] }> {
      const tabA = new AnnotationStore(new AnnotationRepository(first), undefined, channel);
      await tabA.importAll({ categories: [], annotations: sets.map((setId, i) => annotationOn(TEXT, 'Ed Lee', { id: `old-${i}`, setId, documentId: DOC, categoryIds: ['actor'] })) });
      const repository = new AnnotationRepository(second);
      const reads: string[] = [];
      const listBySet = repository.listBySet.bind(repository);
      repository.listBySet = (setId) => (reads.push(setId), listBySet(setId));
      const tabB = new AnnotationStore(repository, undefined, channel);
      closing.push(tabA, tabB);
      for (const setId of [...sets, mineSetId(DOC)]) await tabB.load(DOC, setId);
      reads.length = 0;
      return { tabA, tabB, reads };
    }

    /** Waits until `tab` shows `setId` with exactly the annotations `ids`, then until it has done what it heard so far. */
    async function showsSet(tab: AnnotationStore, setId: string, ids: string[]): Promise<void> {
      const seen = () => JSON.stringify(tab.annotations(DOC, setId).map((a) => a.id));
      await waitUntil(() => seen() === JSON.stringify(ids), `the tab shows ${seen()}, not ${JSON.stringify(ids)}`);
      // Undo with nothing to undo waits its turn after every message heard before.
      await tab.undo();
    }

    it('reads again only the set another tab imported (a newer hand-in), once', async () => {
      const { tabA, tabB, reads } = await classTabs();
      await tabA.importAll({ categories: [], replaceSets: [LENA], annotations: [annotationOn(TEXT, 'Sanctuary City', { id: 'new', setId: LENA, documentId: DOC, categoryIds: ['quote'] })] });
      await showsSet(tabB, LENA, ['new']);
      expect(reads).to.deep.equal([LENA]);
    });

    it('reads again only the set another tab tagged in, once', async () => {
      const { tabA, tabB, reads } = await classTabs();
      await tabA.load(DOC, LENA);
      const { annotation } = await tabA.tag(DOC, quotedRange(TEXT, 'Sanctuary City'), 'quote', undefined, LENA);
      await showsSet(tabB, LENA, ['old-1', annotation.id]);
      expect(reads).to.deep.equal([LENA]);
    });

    it('reads again every loaded set of the article when a tab of the older version names no sets', async () => {
      const { tabB, reads } = await classTabs();
      const older = new BroadcastChannel(channel);
      older.postMessage({ documentIds: [DOC] });
      older.close();
      await waitUntil(() => reads.length === sets.length + 1, `the tab read ${JSON.stringify(reads)}`);
      await tabB.undo();
      expect([...reads].sort()).to.deep.equal([...sets, mineSetId(DOC)].sort());
    });
  });

  /** A category store per tab over the two connections. */
  async function categoryTabs(): Promise<[CategoryStore, CategoryStore]> {
    const tabs = await Promise.all(
      [first, second].map((db) => CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db), channel)),
    );
    closing.push(...tabs);
    return tabs as [CategoryStore, CategoryStore];
  }

  it("keeps a category renamed in one tab's scheme editor when the other tab saves the scheme", async () => {
    const [tabA, tabB] = await categoryTabs();
    const scheme = tabA.schemes[0]!;
    await tabA.saveScheme(scheme, tabA.inScheme('default').map((c) => (c.id === 'actor' ? { ...c, label: { ...c.label, en: 'Speaker' } } : c)));
    // Tab B saves what its editor computed from what it knew: Quote in a new colour, Actor as it was.
    const stale = tabB.inScheme('default');
    await tabB.saveScheme(scheme, stale.map((c) => (c.id === 'quote' ? { ...c, colour: '#d55e00' } : c)));
    const stored = new Map((await first.getAll('categories')).map((c) => [c.id, c]));
    expect([stored.get('actor')?.label.en, stored.get('quote')?.colour]).to.deep.equal(['Speaker', '#d55e00']);
    for (const tab of [tabA, tabB]) {
      await waitUntil(() => tab.get('actor')?.label.en === 'Speaker' && tab.get('quote')?.colour === '#d55e00', 'a tab shows the old category');
    }
  });

  it("shows in one tab's scheme editor a category the other tab added, without a reload", async () => {
    const [tabA, tabB] = await categoryTabs();
    let told = 0;
    tabB.subscribe(() => (told += 1));
    const court = { id: 'court', label: { de: 'Gericht', en: 'Court' }, colour: '#cc79a7', line: 'wavy' as const, order: 5 };
    await tabA.saveScheme(tabA.schemes[0]!, [court]);
    await waitUntil(() => tabB.get('court') !== undefined, 'the other tab never heard of the new category');
    expect(tabB.get('court')).to.deep.equal({ ...court, schemeId: 'default' });
    expect(told).to.be.greaterThan(0);
  });
});
