/**
 * A scheme's relation types (issue 17) over real IndexedDB: saved on the scheme record and read
 * back after a reload; written to the scheme file and imported into a fresh database unchanged;
 * pruned of a deleted category in the same transaction as the deletion; carried by a hand-out and
 * stored with its scheme when a student opens it; and a scheme started from the default keeps them.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import type { Classroom } from '../../../src/app/assignments/classroom.js';
import { openHandOut } from '../../../src/app/assignments/student-assignments.js';
import { confirmSchemeImport, prepareSchemeImport } from '../../../src/app/import/scheme-import.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { textDigest } from '../../../src/app/library/text-digest.js';
import { deleteCategoryAndAnnotations } from '../../../src/app/schemes/category-deletion.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { createNewScheme } from '../../../src/app/schemes/scheme-creation.js';
import { toHandOut } from '../../../src/model/assignments/assignments.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { DEFAULT_RELATION_TYPES, type RelationType, relationTypeIri } from '../../../src/model/relations/relation-type.js';
import type { Category, CategoryScheme } from '../../../src/model/schemes/category.js';
import { schemeWithRelationsToSkos } from '../../../src/model/schemes/skos.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { AnnotationSetRepository } from '../../../src/storage/annotation-set-repository.js';
import { AssignmentRepository } from '../../../src/storage/assignment-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { DocumentRepository } from '../../../src/storage/document-repository.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
import { quotedRange } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { makeAssignment } from '../../support/assignments.js';
import { TestDatabases } from '../../support/test-database.js';

const NOW = '2026-11-30T12:00:00.000Z';
const CIVICS: CategoryScheme = { id: 'civics', iri: 'tag:schule.example,2026:schemes/civics', label: { de: 'Politik', en: 'Civics' }, created: NOW, modified: NOW };
const civic = (id: string, order: number, de: string): Category => ({ id, label: { de, en: id }, colour: '#0072b2', line: 'solid', order, schemeId: 'civics' });
const CIVICS_CATEGORIES = [civic('speaker', 1, 'Sprecher'), civic('claim', 2, 'Behauptung'), civic('law', 3, 'Gesetz')];
const CIVICS_TYPES: readonly RelationType[] = [
  { id: 'claims', iri: relationTypeIri('civics', 'claims'), label: { de: 'behauptet', en: 'claims' }, from: ['speaker'], to: ['claim', 'law'], schemeId: 'civics' },
  { id: 'votes-for', iri: relationTypeIri('civics', 'votes-for'), label: { de: 'stimmt für', en: 'votes for' }, from: ['speaker'], to: ['law'], schemeId: 'civics' },
];

describe('relation types of a scheme', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let store: CategoryStore;

  const load = (on: CloseReaderDatabase): Promise<CategoryStore> => CategoryStore.load(new CategoryRepository(on), new SchemeRepository(on));

  beforeEach(async () => {
    db = await databases.open();
    await new SchemeRepository(db).saveScheme(CIVICS, CIVICS_CATEGORIES);
    store = await load(db);
  });

  afterEach(async () => {
    store.close();
    await databases.cleanUp();
  });

  /** The scheme's file, as the scheme editor's "Export scheme" writes it. */
  const exported = (from: CategoryStore, schemeId: string): string => {
    const scheme = from.schemes.find((s) => s.id === schemeId)!;
    return JSON.stringify(schemeWithRelationsToSkos(scheme, from.inScheme(schemeId), from.relationTypes(schemeId)), null, 2);
  };

  it('the default scheme of a fresh database has the three it ships; another scheme none', () => {
    expect(store.relationTypes('default')).to.equal(DEFAULT_RELATION_TYPES);
    expect(store.relationTypes('civics')).to.deep.equal([]);
    expect(store.relationTypes('nowhere')).to.deep.equal([]);
  });

  it('saves them on the scheme record; a reload reads the same types', async () => {
    await store.saveRelationTypes('civics', CIVICS_TYPES, NOW);
    expect((await db.get('schemes', 'civics'))?.relationTypes).to.deep.equal(CIVICS_TYPES);
    const again = await load(db);
    expect(again.relationTypes('civics')).to.deep.equal(CIVICS_TYPES);
    again.close();
  });

  it('round trip: saved, exported to a file, imported into a fresh database gives the same types', async () => {
    await store.saveRelationTypes('civics', CIVICS_TYPES, NOW);
    const renamed = DEFAULT_RELATION_TYPES.map((type) => (type.id === 'said-by' ? { ...type, label: { de: 'zitiert nach', en: 'quoted from' } } : type));
    await store.saveRelationTypes('default', renamed.slice(0, 2), NOW);
    const files = [exported(store, 'civics'), exported(store, 'default')];

    const freshDb = await databases.open();
    const fresh = await load(freshDb);
    for (const [i, text] of files.entries()) {
      const prepared = prepareSchemeImport(text, `scheme-${i}.jsonld`, fresh, new Date(NOW));
      expect(prepared.ok && prepared.value.warnings).to.deep.equal([]);
      if (prepared.ok) await confirmSchemeImport(prepared.value, fresh);
    }
    fresh.close();
    const reloaded = await load(freshDb);
    expect(reloaded.relationTypes('civics')).to.deep.equal(CIVICS_TYPES);
    expect(reloaded.relationTypes('default')).to.deep.equal(renamed.slice(0, 2));
    // Importing the same file again changes nothing.
    const twice = prepareSchemeImport(files[0]!, 'scheme-0.jsonld', reloaded, new Date(NOW));
    expect(twice.ok && twice.value.unchanged).to.equal(true);
    reloaded.close();
  });

  it('an import keeps stored types the file lacks, and a file without types leaves them as they were', async () => {
    await store.saveRelationTypes('civics', CIVICS_TYPES, NOW);
    const onlyClaims = JSON.parse(exported(store, 'civics')) as { '@graph': { '@id': string }[] };
    onlyClaims['@graph'] = onlyClaims['@graph'].filter((node) => node['@id'] !== CIVICS_TYPES[1]!.iri);
    const withClaims = prepareSchemeImport(JSON.stringify(onlyClaims), 'civics.jsonld', store, new Date(NOW));
    if (withClaims.ok) await confirmSchemeImport(withClaims.value, store);
    expect(store.relationTypes('civics')).to.deep.equal(CIVICS_TYPES);

    await store.saveRelationTypes('civics', [CIVICS_TYPES[0]!], NOW);
    const older = JSON.stringify(schemeWithRelationsToSkos(CIVICS, CIVICS_CATEGORIES, []));
    const prepared = prepareSchemeImport(older, 'older.jsonld', store, new Date(NOW));
    if (prepared.ok) await confirmSchemeImport(prepared.value, store);
    expect(store.relationTypes('civics')).to.deep.equal([CIVICS_TYPES[0]]);
  });

  it('reads past a broken relation type with a warning, keeping the others', async () => {
    const file = JSON.parse(JSON.stringify(schemeWithRelationsToSkos(CIVICS, CIVICS_CATEGORIES, CIVICS_TYPES))) as { '@graph': Record<string, unknown>[] };
    const votes = file['@graph'].find((node) => node['@id'] === CIVICS_TYPES[1]!.iri)!;
    votes['schema:rangeIncludes'] = [{ '@id': 'tag:elsewhere.example,2026:nothing' }];
    const prepared = prepareSchemeImport(JSON.stringify(file), 'civics.jsonld', await load(await databases.open()), new Date(NOW));
    expect(prepared.ok).to.equal(true);
    if (!prepared.ok) return;
    expect(prepared.value.warnings.map((w) => w.code)).to.deep.equal(['relation-type-category-not-found', 'relation-type-no-categories']);
    expect(prepared.value.merge.scheme.relationTypes?.map((type) => type.id)).to.deep.equal(['claims']);
  });

  it('deleting a category prunes the types in the same transaction: one side shrinks, a type left empty goes', async () => {
    await store.saveRelationTypes('civics', CIVICS_TYPES, NOW);
    const annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    await annotations.tag('doc-a', quotedRange('Das Gesetz gilt.', 'Gesetz'), 'law');
    const result = await deleteCategoryAndAnnotations({ annotations, categories: store }, 'law', { kind: 'delete' });
    expect(result.ok).to.equal(true);
    const pruned = [{ ...CIVICS_TYPES[0]!, to: ['claim'] }];
    expect(store.relationTypes('civics')).to.deep.equal(pruned);
    expect((await db.get('schemes', 'civics'))?.relationTypes).to.deep.equal(pruned);
    expect((await db.getAll('annotations')).length).to.equal(0);
    annotations.close();
  });

  it('deleting a default category prunes the three the default scheme ships (stored without a list of its own)', async () => {
    const annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    await deleteCategoryAndAnnotations({ annotations, categories: store }, 'quote', { kind: 'delete' });
    expect(store.relationTypes('default').map((type) => type.id)).to.deep.equal(['source-of', 'responsible-for']);
    const again = await load(db);
    expect(again.relationTypes('default')).to.deep.equal(DEFAULT_RELATION_TYPES.slice(1));
    again.close();
    annotations.close();
  });

  it('a scheme started from the default one keeps its types, naming the copied categories', async () => {
    const created = await createNewScheme(store, { label: { de: 'Klasse 9b', en: 'Class 9b' }, startFrom: 'default' }, NOW);
    expect(created.ok).to.equal(true);
    const types = (await load(db)).relationTypes('class-9b');
    expect(types.map((type) => [type.id, type.from, type.to])).to.deep.equal([
      ['said-by', ['quote-2'], ['actor-2']],
      ['source-of', ['statistic-2'], ['actor-2']],
      ['responsible-for', ['actor-2'], ['policy-2']],
    ]);
  });

  it('a hand-out carries the types, and opening it in a fresh browser stores them with its scheme', async () => {
    await store.saveRelationTypes('civics', CIVICS_TYPES, NOW);
    const articles = await loadShippedArticles();
    const article = 'zweierlei-solidaritaet';
    const iri = `tag:close-reader.app,2026:documents/${article}`;
    const digest = await textDigest(canonicalText((await articles.loadBody(article)).blocks));
    const assignment = makeAssignment({ document: { id: article, iri, digest, title: 'Zweierlei Solidarität' }, schemeIri: CIVICS.iri });
    const scheme = store.schemes.find((s) => s.id === 'civics')!;
    const json = JSON.stringify(toHandOut(assignment, { iri, digest, title: 'Zweierlei Solidarität', lang: 'de', bundled: true }, scheme, store.inScheme('civics')));

    const studentDb = await databases.open();
    const sets = new AnnotationSetRepository(studentDb);
    const classroom: Classroom = { assignments: new AssignmentRepository(studentDb), sets };
    const categories = await load(studentDb);
    const library = await LibraryStore.load(articles, new DocumentRepository(studentDb));
    const opened = await openHandOut({ text: json, name: 'hand-out.jsonld', size: json.length }, { library, categories, classroom });
    expect(opened.ok).to.equal(true);
    categories.close();
    const student = await load(studentDb);
    expect(student.relationTypes('civics')).to.deep.equal(CIVICS_TYPES);
    student.close();
  });
});
