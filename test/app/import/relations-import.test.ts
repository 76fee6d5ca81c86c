/**
 * Relations through export and import (issue 17), over real IndexedDB and without any component:
 * a reading tagged and linked in one profile, exported (buildExport) and imported into a fresh
 * profile (planAnnotationImport, confirmImport), has the same relations there (type, and source
 * and target by their text); a RecogitoJS-shaped file's relation is stored between the ids its
 * annotations get here; a relation to an annotation the file does not have is skipped and counted;
 * a teacher who receives a hand-in keeps the student's relations in the hand-in's set.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { receiveHandIn } from '../../../src/app/assignments/receive-hand-in.js';
import { makeSolutionFile } from '../../../src/app/assignments/solution-file.js';
import { parseSolution } from '../../../src/model/assignments/solution.js';
import { buildExport } from '../../../src/app/export/annotation-export.js';
import { confirmImport, type ImportStores, planAnnotationImport, type ImportSummary } from '../../../src/app/import/annotation-import.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { ArticleSource } from '../../../src/model/documents/library.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { DEFAULT_RELATION_TYPES } from '../../../src/model/relations/relation-type.js';
import { messages } from '../../../src/model/result.js';
import { mineSetId, modelSetId, studentSetId } from '../../../src/model/sets/annotation-set.js';
import { stableUuid } from '../../../src/model/w3c/stable-uuid.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { annotationOn, quotedRange } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { SCHEME_CATEGORIES } from '../../support/assignments.js';
import { HAND_IN_DOC, HAND_IN_IRI, teacherClassroom } from '../../support/teacher-classroom.js';
import { TestDatabases } from '../../support/test-database.js';

const DOC = 'sanctuary-cities-gegen-trump';
/** Passages of the article, each unique in its text, with the category a reader would give it. */
const PASSAGES: readonly (readonly [string, string])[] = [
  ['Bürgermeister Ed Lee', 'actor'],
  ['Wir sind und bleiben eine Sanctuary City.', 'quote'],
  ['elf Millionen Einwanderer ohne Aufenthaltsrecht', 'statistic'],
  ['in Angst leben', 'quote'],
];

/** A profile: its stores over a database of its own. */
async function profile(databases: TestDatabases, articles: ArticleSource): Promise<ImportStores & { db: CloseReaderDatabase }> {
  const db = await databases.open();
  const annotations = databases.track(new AnnotationStore(new AnnotationRepository(db), undefined, undefined));
  const categories = await CategoryStore.load(new CategoryRepository(db));
  databases.track(categories);
  return { db, articles, annotations, categories };
}

/** The relations of `setId` read from storage afresh, as "type: source text → target text", sorted. */
async function storedLinks(stores: { readonly db: CloseReaderDatabase }, setId: string): Promise<string[]> {
  const store = new AnnotationStore(new AnnotationRepository(stores.db), undefined, undefined);
  try {
    const annotations = await store.load(DOC, setId);
    return readLinks(store.relations(DOC, setId), annotations);
  } finally {
    store.close();
  }
}

function readLinks(relations: readonly Relation[], annotations: readonly Annotation[]): string[] {
  const exact = new Map(annotations.map((annotation) => [annotation.id, annotation.exact]));
  return relations.map((relation) => `${relation.typeId}: ${exact.get(relation.sourceId)} → ${exact.get(relation.targetId)}`).sort();
}

async function summaryOf(json: string, fileName: string, stores: ImportStores): Promise<ImportSummary> {
  const planned = await planAnnotationImport(json, fileName, stores);
  if (!planned.ok) throw new Error(messages(planned.problems).join('\n'));
  return planned.value;
}

describe('relations exported and imported', () => {
  const databases = new TestDatabases();
  let articles: ArticleSource;
  let text: string;

  before(async () => {
    articles = await loadShippedArticles();
    text = canonicalText((await articles.loadBody(DOC)).blocks);
  });

  afterEach(() => databases.cleanUp());

  it('property: a reading with relations, exported and imported into a fresh profile, has the same relations there', async () => {
    const links = fc.uniqueArray(
      fc.record({ type: fc.constantFrom(...DEFAULT_RELATION_TYPES.map((type) => type.id)), source: fc.nat({ max: PASSAGES.length - 1 }), target: fc.nat({ max: PASSAGES.length - 1 }) }).filter((link) => link.source !== link.target),
      { minLength: 1, maxLength: 5, selector: (link) => `${link.type} ${link.source} ${link.target}` },
    );
    await fc.assert(
      fc.asyncProperty(links, fc.constantFrom('de' as const, 'en' as const), async (drawn, locale) => {
        const from = await profile(databases, articles);
        const tagged: Annotation[] = [];
        for (const [passage, category] of PASSAGES) tagged.push((await from.annotations.tag(DOC, quotedRange(text, passage), category)).annotation);
        for (const link of drawn) {
          const made = await from.annotations.relate(DOC, { typeId: link.type, sourceId: tagged[link.source]!.id, targetId: tagged[link.target]!.id });
          expect(made.outcome).to.equal('created');
        }
        const expected = readLinks(from.annotations.relations(DOC), from.annotations.annotations(DOC));
        expect(expected).to.have.length(drawn.length);

        const file = await buildExport({
          annotations: await from.annotations.load(DOC, mineSetId(DOC)),
          relations: from.annotations.relations(DOC, mineSetId(DOC)),
          articles,
          categories: from.categories,
          locale,
          creatorName: '',
          scope: DOC,
          label: 'Close Reader: Sanctuary',
        });
        const into = await profile(databases, articles);
        const summary = await summaryOf(file.json, file.fileName, into);
        expect([summary.plan.annotations.length, summary.plan.relations.length, summary.plan.skipped.length]).to.deep.equal([PASSAGES.length, drawn.length, 0]);
        await confirmImport(summary, into);
        expect(await storedLinks(into, mineSetId(DOC))).to.deep.equal(expected);
        await databases.cleanUp();
      }),
      { numRuns: 4 },
    );
  });

  it("a RecogitoJS-shaped file: its relation is stored between the ids its annotations get here, the one of an unknown type skipped", async () => {
    const into = await profile(databases, articles);
    const file = (await (await fetch('/test/fixtures/real/recogito.json')).json()) as Record<string, unknown>[];
    const QUOTE_ID = '#1d6e2b8f-4c30-4f72-8b9e-6a5d4c3b2f1e';
    const LEE_ID = '#0c5d1a7e-3b2f-4e61-9a8d-5f4c3b2a1e0d';
    file.push({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: '#9b0c1d2e', motivation: 'linking', body: [{ type: 'TextualBody', value: 'said by', purpose: 'tagging' }], target: [{ id: QUOTE_ID }, { id: LEE_ID }] });
    const first = await summaryOf(JSON.stringify(file), 'recogito.json', into);
    // RecogitoJS names no page: the reader assigns its annotations to the article.
    const summary = first.replan({ assignments: new Map([['', DOC]]) });
    expect(summary.plan.skipped.map((group) => [group.reason, group.count])).to.deep.equal([['relation-type-unknown', 1], ['relation', 1]]);
    await confirmImport(summary, into);
    expect(await storedLinks(into, mineSetId(DOC))).to.deep.equal(['said-by: Wir sind und bleiben eine Sanctuary City. → Bürgermeister Ed Lee']);
    const [stored] = await into.annotations.listAllRelations();
    expect([stored?.sourceId, stored?.targetId]).to.deep.equal([stableUuid('w3c-array', `\u0000${QUOTE_ID}`), stableUuid('w3c-array', `\u0000${LEE_ID}`)]);
  });

  it('a relation to an annotation the file does not have is skipped and counted; the annotations come, no relation is stored', async () => {
    const from = await profile(databases, articles);
    const [lee, quote] = [
      (await from.annotations.tag(DOC, quotedRange(text, 'Bürgermeister Ed Lee'), 'actor')).annotation,
      (await from.annotations.tag(DOC, quotedRange(text, 'Wir sind und bleiben eine Sanctuary City.'), 'quote')).annotation,
    ];
    await from.annotations.relate(DOC, { typeId: 'said-by', sourceId: quote.id, targetId: lee.id });
    const file = await buildExport({ annotations: from.annotations.annotations(DOC), relations: from.annotations.relations(DOC), articles, categories: from.categories, locale: 'de', creatorName: '', scope: DOC, label: 'x' });
    // The file as another tool might cut it: Lee's annotation left out, the link to it kept.
    const json = JSON.parse(file.json) as { total: number; first: { items: { id: string }[] } };
    json.first.items = json.first.items.filter((item) => item.id !== `urn:uuid:${lee.id}`);
    json.total = json.first.items.length;
    const into = await profile(databases, articles);
    const summary = await summaryOf(JSON.stringify(json), 'cut.jsonld', into);
    expect(summary.plan.skipped.map((group) => [group.reason, group.count, group.example.index])).to.deep.equal([['relation-annotation-missing', 1, 1]]);
    await confirmImport(summary, into);
    expect((await into.annotations.listAll()).map((annotation) => annotation.exact)).to.deep.equal([quote.exact]);
    expect(await into.annotations.listAllRelations()).to.deep.equal([]);
  });

  it("a teacher receives a hand-in: the student's relations are kept in the hand-in's set, between the received annotations", async () => {
    const db = await databases.open();
    const { deps, text: article, assignment } = await teacherClassroom(db);
    databases.track(deps.annotations);
    const set = studentSetId(assignment.id);
    const [quote, speaker] = [
      annotationOn(article, 'Es wird keine', { id: '00000000-0000-4000-8000-000000000001', setId: set, documentId: HAND_IN_DOC, categoryIds: ['quote'] }),
      annotationOn(article, 'John Kelly', { id: '00000000-0000-4000-8000-000000000002', setId: set, documentId: HAND_IN_DOC, categoryIds: ['actor'] }),
    ];
    const relation: Relation = { id: '00000000-0000-4000-8000-0000000000aa', setId: set, documentId: HAND_IN_DOC, typeId: 'said-by', sourceId: quote.id, targetId: speaker.id, created: '2026-03-05T09:00:00.000Z', modified: '2026-03-05T09:00:00.000Z' };
    const handIn = toHandIn({
      assignment,
      document: { iri: HAND_IN_IRI, digest: await textDigest(article), text: article },
      student: 'Kim',
      annotations: [quote, speaker],
      relations: [relation],
      relationTypes: DEFAULT_RELATION_TYPES,
      categories: SCHEME_CATEGORIES,
      handedIn: '2026-03-05T10:00:00.000Z',
    });
    const json = JSON.stringify(handIn);
    const received = await receiveHandIn({ text: json, name: 'akteure_kim.jsonld', size: json.length }, deps);
    expect(received.ok && [received.value.annotations, received.value.skipped]).to.deep.equal([2, 0]);
    const setId = received.ok ? received.value.setId : '';
    const annotations = await deps.annotations.load(HAND_IN_DOC, setId);
    expect(readLinks(deps.annotations.relations(HAND_IN_DOC, setId), annotations)).to.deep.equal(['said-by: Es wird keine → John Kelly']);
    const [stored] = deps.annotations.relations(HAND_IN_DOC, setId);
    expect([stored?.setId, stored?.id]).to.deep.equal([setId, stableUuid('close-reader:received', `${setId}\u0000${relation.id}`)]);
  });

  it("the teacher's solution file carries the model answer's relations after its annotations, and reads back with them", async () => {
    const db = await databases.open();
    const { deps, text: article, assignment } = await teacherClassroom(db);
    databases.track(deps.annotations);
    const set = modelSetId(assignment.id);
    const quote = (await deps.annotations.tag(HAND_IN_DOC, quotedRange(article, 'Es wird keine'), 'quote', undefined, set)).annotation;
    const speaker = (await deps.annotations.tag(HAND_IN_DOC, quotedRange(article, 'John Kelly'), 'actor', undefined, set)).annotation;
    const made = await deps.annotations.relate(HAND_IN_DOC, { typeId: 'said-by', sourceId: quote.id, targetId: speaker.id }, set);
    expect(made.outcome).to.equal('created');
    const file = await makeSolutionFile({ assignment, role: 'teacher', schemeId: 'default' }, deps, new Date('2026-03-06T10:00:00.000Z'));
    const items = (JSON.parse(file.json) as { first: { items: { motivation: unknown }[] } }).first.items;
    expect(items.map((item) => item.motivation)).to.deep.equal(['classifying', 'classifying', 'linking']);
    const read = parseSolution(file.json, file.fileName);
    expect(read.ok && read.value.relations?.map((relation) => [relation.label, relation.source, relation.target])).to.deep.equal([
      ['gesagt von', `urn:uuid:${quote.id}`, `urn:uuid:${speaker.id}`],
    ]);
  });
});
