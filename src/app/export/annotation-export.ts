/**
 * Export: the annotations of one article, or of the whole library, as a W3C AnnotationCollection
 * (JSON-LD) the reader downloads. The conversion is model/w3c's; this gathers what it needs (each
 * article's canonical text, for code point positions, and the own documents the file carries);
 * src/ui/shared/download.ts hands the file to the browser. An own document travels with its text
 * whether or not it has annotations yet: exporting a document just added is how a teacher hands it
 * out, and importing that file into another browser adds the document. The annotations are written
 * in export order (export-order.ts); each article's source aliases go out as its target's `via`.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { Relation } from '../../model/relations/relation.js';
import { relationsWith } from '../../model/w3c/relation-export.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import { canonicalText } from '../../model/documents/article.js';
import { CARRIED_DOCUMENTS_CONTEXT, CARRIED_DOCUMENTS_KEY, carriedForm } from '../../model/w3c/carried-documents.js';
import type { ArticleSource } from '../../model/documents/library.js';
import type { OwnDocument } from '../../model/documents/own-documents.js';
import type { CategoryStore } from '../schemes/category-store.js';
import type { ExportedDocument } from '../../model/w3c/w3c-export.js';
import type { SourceAliasPersistence } from '../../model/documents/source-alias.js';
import { exportOrder } from './export-order.js';
import type { ExportFile } from './export-file.js';

export { EXPORT_MEDIA_TYPE, type ExportFile } from './export-file.js';

/** What an export is of, and who makes it. */
export interface ExportRequest {
  readonly annotations: readonly Annotation[];
  readonly articles: ArticleSource;
  readonly categories: CategoryStore;
  readonly locale: 'de' | 'en';
  readonly creatorName: string;
  /** The article's slug, or "library". */
  readonly scope: string;
  /** The collection's label, e.g. "Close Reader: Zweierlei Solidarität". */
  readonly label: string;
  readonly now?: Date;
  /** The stored form of an own document, so the export can carry its text. */
  readonly ownDocument?: (id: string) => OwnDocument | undefined;
  /**
   * The documents the export is of (the article's id, or every id of the library): an own document
   * among them is carried even when it has no annotations. Documents of `annotations` are carried anyway.
   */
  readonly documentIds?: readonly string[];
  /** The stored source aliases; each article's are written as its target's `via`. */
  readonly aliases?: SourceAliasPersistence | undefined;
  /**
   * The relations of the exported sets (issue 17), written after the annotations: those whose two
   * annotations are both in the file go out, the others are left out (a link to nothing would not
   * read back). Absent: the file has no relations.
   */
  readonly relations?: readonly Relation[];
}

/** Builds the export file: `<scope>-annotations-<YYYY-MM-DD>.jsonld`. */
export async function buildExport(request: ExportRequest): Promise<ExportFile> {
  const now = request.now ?? new Date();
  const documents = new Map<string, ExportedDocument>();
  const carried: Omit<OwnDocument, 'origin'>[] = [];
  const annotated = new Set(request.annotations.map((annotation) => annotation.documentId));
  const aliases = await aliasesByDocument(request.aliases);
  for (const documentId of new Set([...annotated, ...(request.documentIds ?? [])])) {
    const entry = request.articles.entry(documentId);
    if (!entry) continue;
    if (annotated.has(documentId)) {
      const body = await request.articles.loadBody(documentId);
      const via = aliases.get(documentId);
      documents.set(documentId, { iri: entry.iri, text: canonicalText(body.blocks), blocks: body.blocks, ...(via ? { aliases: via } : {}) });
    }
    // A reader's own document goes with the file, annotated or not: whoever imports it gets the text.
    const own = entry.own ? request.ownDocument?.(documentId) : undefined;
    if (own) carried.push(carriedForm(own));
  }
  const exportable = exportOrder(
    request.annotations.filter((annotation) => documents.has(annotation.documentId)),
    request.articles.entries.map((entry) => entry.id),
  );
  const relations = relationsWith(exportable, request.relations ?? []);
  const relationTypes = await relationTypesOf(relations, request.categories);
  const { toW3CCollection } = await import('../../model/w3c/w3c-export.js');
  const collection = toW3CCollection(exportable, {
    ...(relations.length > 0 ? { relations, relationTypes } : {}),
    documents,
    categories: new Map(request.categories.categories.map((category) => [category.id, category])),
    locale: request.locale,
    ...(request.creatorName ? { creatorName: request.creatorName } : {}),
    now: now.toISOString(),
    collectionId: `urn:uuid:${crypto.randomUUID()}`,
    label: request.label,
  });
  return {
    fileName: `${request.scope}-annotations-${now.toISOString().slice(0, 10)}.jsonld`,
    // Our term is declared in the collection's own @context (carried-documents.ts) only when it is used.
    json: `${JSON.stringify(carried.length > 0 ? { ...collection, '@context': CARRIED_DOCUMENTS_CONTEXT, [CARRIED_DOCUMENTS_KEY]: carried } : collection, null, 2)}\n`,
  };
}

/**
 * The stored aliases by article, each list ordered by source. An alias whose source is no absolute
 * IRI (the empty source that stands for files naming none, model/documents/source-alias.ts) is
 * left out: `via` must hold IRIs (W3C model 3.3.7).
 */
async function aliasesByDocument(persistence: SourceAliasPersistence | undefined): Promise<Map<string, string[]>> {
  const byDocument = new Map<string, string[]>();
  for (const { source, documentId } of await (persistence?.listAliases() ?? Promise.resolve([]))) {
    if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(source)) continue;
    byDocument.set(documentId, [...(byDocument.get(documentId) ?? []), source]);
  }
  for (const sources of byDocument.values()) sources.sort();
  return byDocument;
}

/**
 * By article, the relation types by id that name each relation's type in the file: its scheme's
 * types, and for a type its scheme no longer has (the article changed scheme since), another
 * scheme's type of that id, the default scheme's first.
 */
async function relationTypesOf(relations: readonly Relation[], categories: CategoryStore): Promise<Map<string, ReadonlyMap<string, RelationType>>> {
  if (relations.length === 0) return new Map();
  const anyScheme = [...categories.schemes].reverse().flatMap((scheme) => categories.relationTypes(scheme.id).map((type) => [type.id, type] as const));
  const byDocument = new Map<string, ReadonlyMap<string, RelationType>>();
  for (const documentId of new Set(relations.map((relation) => relation.documentId))) {
    const own = categories.relationTypes(await categories.schemeFor(documentId));
    byDocument.set(documentId, new Map([...anyScheme, ...own.map((type) => [type.id, type] as const)]));
  }
  return byDocument;
}
