/**
 * Importing an annotation file, as a use case apart from any dialog: read the file, parse it
 * (model/w3c), plan it against the library (which article each annotation is on, anchoring,
 * categories, what is already here), and, once the reader confirmed the summary, write it all in
 * one transaction. A bad file gives its problems and changes nothing. The import dialog, a class
 * view collecting many hand-ins, or a test drive the same two steps. A file that is no annotation
 * file at all (a PDF, a photo, a text document) is named for what it is (file-recognition.ts).
 * A file may carry own documents and no annotations (the export of a document not yet annotated):
 * importing it adds the documents. It adds, never replaces: carried documents are matched by IRI and
 * the digest of their text (model/w3c/carried-document-match.ts), never by id. The annotations go
 * into the reader's own reading, or, as the reader chooses, are kept apart as another reader's
 * (model/sets/import-target.ts).
 */
import { canonicalText } from '../../model/documents/article.js';
import type { ArticleSource } from '../../model/documents/library.js';
import type { OwnDocument } from '../../model/documents/own-documents.js';
import { type Failure, fail, failAll, ok, type Problem, type Result } from '../../model/result.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import { DEFAULT_SCHEME_ID } from '../../model/schemes/category.js';
import type { ImportableDocument, ImportContext, ImportPlan } from '../../model/w3c/import-plan.js';
import { relationTwinKey } from '../../model/w3c/import-relations.js';
import type { SourceAliasPersistence } from '../../model/documents/source-alias.js';
import { readCarriedDocuments } from '../../model/w3c/carried-documents.js';
import { type CarriedMatchCode, type KnownDocument, matchCarriedDocuments } from '../../model/w3c/carried-document-match.js';
import { textDigest } from '../library/text-digest.js';
import { fileCreator, type ImportTarget } from '../../model/sets/import-target.js';
import type { AnnotationStore } from '../annotations/annotation-store.js';
import type { LibraryStore } from '../library/library-store.js';
import type { CategoryStore } from '../schemes/category-store.js';
import { type SniffableFile, wrongKindByContent, wrongKindByName } from './file-recognition.js';

/** The biggest file an import reads: bad input gets a message, never a frozen tab. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/**
 * A file to import: a browser File, or anything with a name, a size and its text (and, to tell a
 * PDF or an image from a broken annotation file by its first bytes, `slice`).
 */
export interface ImportSource {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
  slice?: SniffableFile['slice'];
}

/**
 * What the reader may choose in the summary before confirming: an article (or skip) for each
 * source that is not in the library, keyed by aliasKey(source); the scheme new categories join.
 */
export interface ImportChoices {
  readonly assignments: ReadonlyMap<string, string | null>;
  readonly schemeId?: string;
  /** Where the annotations go: "add to my reading" (absent: the default) or "keep as <name>'s reading". */
  readonly target?: ImportTarget;
}

/** What the reader confirms: the plan, the titles of the articles it names, the documents it carries. */
export interface ImportSummary {
  readonly fileName: string;
  readonly plan: ImportPlan;
  /** The choices this plan was made with. */
  readonly choices: ImportChoices;
  /** The same file planned again with other choices (nothing is read or written again). */
  readonly replan: (choices: ImportChoices) => ImportSummary;
  /** The name the file gives its annotations' creator ('' when none): what "keep as <name>'s reading" starts with. */
  readonly creator: string;
  /** Titles by article id, for the summary's lines. */
  readonly titles: ReadonlyMap<string, string>;
  /**
   * Own documents the file carries that this library does not have, under the id and IRI they get
   * here: written with the annotations.
   */
  readonly documents: readonly OwnDocument[];
  /** What the summary must say of carried documents: added under a new id, or as a copy beside another text. */
  readonly documentNotices: readonly Problem<CarriedMatchCode>[];
}

/** The stores an import reads and writes. */
export interface ImportStores {
  /** Every article the annotations may be on (the library store, when there is one). */
  readonly articles: ArticleSource;
  /** The library store, when own documents can be added (a file may carry some). */
  readonly library?: LibraryStore | undefined;
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
  /** Sources assigned to articles by earlier imports (absent: none are remembered, as without storage). */
  readonly aliases?: SourceAliasPersistence | undefined;
}

/**
 * Reads, parses and plans `file`; writes nothing. A file over {@link MAX_IMPORT_BYTES} is refused
 * with the code `too-large` (params: file, megabytes), as the parser refuses a long text, before it
 * is read; a file of another kind (a PDF, an image, a text document) with its kind's code
 * (file-recognition.ts), by its first bytes, or by its name when its text is not JSON.
 */
export async function prepareImport(file: ImportSource, stores: ImportStores, now = new Date()): Promise<Result<ImportSummary>> {
  const refused = await refuseBeforeReading(file);
  if (refused) return refused;
  return planAnnotationImport(await file.text(), file.name, stores, now);
}

/**
 * What refuses a file before its text is read: its size (`too-large`), or its first bytes saying it
 * is a PDF, an image, an archive or another file that is no annotation file.
 */
export async function refuseBeforeReading(file: ImportSource): Promise<Failure | undefined> {
  if (file.size > MAX_IMPORT_BYTES) {
    const megabytes = Math.round(file.size / 1024 / 1024);
    return fail('too-large', { file: file.name, megabytes }, `${file.name}: the file is ${megabytes} MB; Close Reader imports files up to 50 MB.`);
  }
  const wrongKind = file.slice ? await wrongKindByContent({ name: file.name, size: file.size, slice: file.slice.bind(file) }, 'annotations') : undefined;
  return wrongKind ? failAll([wrongKind]) : undefined;
}

/** Parses and plans the text of an annotation file named `fileName`; writes nothing. */
export async function planAnnotationImport(text: string, fileName: string, stores: ImportStores, now = new Date()): Promise<Result<ImportSummary>> {
  // The parser and planner load with the first import: most visits never import.
  const [{ parseAnnotationFile }, { planImport }] = await Promise.all([import('../../model/w3c/w3c.js'), import('../../model/w3c/import-plan.js')]);
  const parsed = parseAnnotationFile(text, fileName);
  if (!parsed.ok) {
    // Not JSON, and named like a text document or an Office file: say what it is rather than where JSON broke.
    const wrongKind = parsed.problems.some((entry) => entry.code === 'not-json') ? wrongKindByName(fileName, 'annotations') : undefined;
    return wrongKind ? failAll([wrongKind]) : parsed;
  }
  const carried = readCarriedDocuments(JSON.parse(text), fileName);
  if (!carried.ok) return carried;
  const here = await documentsHere(stores.articles);
  // Carried documents are matched by IRI and text, never by id: a file adds, it never replaces.
  const match = stores.library
    ? matchCarriedDocuments(await Promise.all(carried.value.map(withDigest)), here, fileName)
    : { added: [], redirects: new Map<string, string>(), notices: [] };
  const documents: ImportableDocument[] = [
    ...here.flatMap((document) => (document.text === undefined ? [] : [{ ...document, text: document.text }])),
    ...match.added.map((document) => ({ id: document.id, iri: document.iri, title: document.title, text: canonicalText(document.blocks) })),
  ];
  // A file that carries documents is not empty for holding no annotations: it brings the documents.
  const warnings = carried.value.length > 0 ? parsed.warnings.filter((warning) => warning.code !== 'no-annotations') : parsed.warnings;
  const context: ImportContext = {
    fileName,
    documents,
    categories: stores.categories.categories,
    existingIds: await stores.annotations.allIds(),
    now: now.toISOString(),
    redirects: match.redirects,
    aliases: new Map((await stores.aliases?.listAliases())?.map((alias) => [alias.source, alias.documentId]) ?? []),
    // Where the stored annotations and relations are is read only for a file that has relations.
    ...(parsed.value.relations ? await relationsHere(stores.annotations) : {}),
  };
  const titles = new Map(documents.map((document) => [document.id, document.title]));
  const creator = fileCreator(parsed.value.annotations.map((annotation) => annotation.creator));
  const parsedFile = ok(parsed.value, warnings);
  const summarise = (choices: ImportChoices): ImportSummary => ({
    fileName,
    plan: planImport(parsedFile, {
      ...context,
      relationTypes: relationTypesFor(stores.categories, choices.schemeId ?? DEFAULT_SCHEME_ID),
      assignments: choices.assignments,
      ...(choices.schemeId ? { schemeId: choices.schemeId } : {}),
      ...(choices.target ? { target: choices.target } : {}),
    }),
    choices,
    replan: summarise,
    creator,
    titles,
    documents: match.added,
    documentNotices: match.notices,
  });
  return ok(summarise({ assignments: new Map() }));
}

/**
 * The relation types an import's relations are matched against (by IRI, else by label): those of
 * `schemeId` (the scheme the import goes into) first, then every other scheme's.
 */
export function relationTypesFor(categories: CategoryStore, schemeId: string): RelationType[] {
  const others = categories.schemes.filter((scheme) => scheme.id !== schemeId).flatMap((scheme) => categories.relationTypes(scheme.id));
  return [...categories.relationTypes(schemeId), ...others];
}

/** Where the stored annotations are (reading, article) and which relations are stored: what a file's relations are planned against. */
async function relationsHere(annotations: AnnotationStore): Promise<Pick<ImportContext, 'existingAnnotations' | 'existingRelationIds'>> {
  const [stored, relations] = await Promise.all([annotations.listAll(), annotations.listAllRelations()]);
  return {
    existingAnnotations: new Map(stored.map((annotation) => [annotation.id, { setId: annotation.setId, documentId: annotation.documentId }])),
    // By id and by what they link: a file's link stored under another id is no second link.
    existingRelationIds: new Set(relations.flatMap((relation) => [relation.id, relationTwinKey(relation)])),
  };
}

/**
 * Every document of the library with the digest of its text, and its text when it can be read. One
 * that cannot (a broken document in storage) takes no annotations, but its IRI stays taken: its
 * digest matches nothing, so a carried document with that IRI comes in as a copy.
 */
async function documentsHere(articles: ArticleSource): Promise<(KnownDocument & { readonly text: string | undefined })[]> {
  return Promise.all(
    articles.entries.map(async (entry) => {
      const known = { id: entry.id, iri: entry.iri, title: entry.title };
      try {
        const text = canonicalText((await articles.loadBody(entry.id)).blocks);
        return { ...known, text, digest: await textDigest(text) };
      } catch {
        return { ...known, text: undefined, digest: '' };
      }
    }),
  );
}

/** A carried document with the digest of its text as computed here: what the file says is not taken on trust. */
async function withDigest(document: OwnDocument): Promise<OwnDocument> {
  return { ...document, digest: await textDigest(canonicalText(document.blocks)) };
}

/**
 * Writes a confirmed import in one transaction (categories, annotations, relations, carried documents), then
 * tells the stores. Resolves to how many annotations were written; rejects, having written
 * nothing, when storage fails.
 */
export async function confirmImport(summary: ImportSummary, stores: ImportStores): Promise<number> {
  const { plan, documents } = summary;
  await stores.annotations.importAll({
    categories: plan.newCategories,
    annotations: plan.annotations,
    documents,
    aliases: plan.newAliases,
    sets: plan.sets,
    ...(plan.relations.length > 0 ? { relations: plan.relations } : {}),
  });
  stores.categories.addStored(plan.newCategories);
  stores.library?.addStored(documents);
  return plan.annotations.length;
}
