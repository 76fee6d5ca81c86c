/**
 * Own documents carried inside an annotation export, so that a classmate who imports the file gets
 * the text the annotations are on. They travel as a top-level `closeReaderDocuments` array beside
 * the W3C collection's own properties. A JSON-LD processor drops a term its context does not
 * define, so a file that carries documents declares the term in a second `@context` entry
 * ({@link CARRIED_DOCUMENTS_CONTEXT}); the file stays a conforming AnnotationCollection for every
 * other tool.
 */
import { canonicalText } from '../documents/article.js';
import { type DocumentCode, countWords, expected, isSlug, parseArticleBody, type Parsed } from '../documents/library.js';
import type { OwnDocument } from '../documents/own-documents.js';
import { type Problem, failAll, ok, problem } from '../result.js';
import { ANNO_CONTEXT } from './w3c-types.js';

/** The property of an export that carries own documents. */
export const CARRIED_DOCUMENTS_KEY = 'closeReaderDocuments';

/**
 * The `@context` of an export that carries documents: the anno context, then our own entry that
 * declares {@link CARRIED_DOCUMENTS_KEY}. Its IRI is a `tag:` (RFC 4151) in our own namespace, so
 * it means the same on every machine and needs nothing fetched; `@type: @json` (JSON-LD 1.1) keeps
 * the carried blocks as one JSON literal, as they are, instead of reading them as linked data. The
 * W3C model allows a list when it holds the anno context (model 3.1, 5.1: only a single value MUST
 * be a string), which is what the suite's `contextValueInArrayFound` checks; the anno context
 * comes first so that ours is applied after it. Items of the collection keep the plain context.
 */
export const CARRIED_DOCUMENTS_CONTEXT: readonly [typeof ANNO_CONTEXT, { readonly [CARRIED_DOCUMENTS_KEY]: { readonly '@id': string; readonly '@type': '@json' } }] = [
  ANNO_CONTEXT,
  { [CARRIED_DOCUMENTS_KEY]: { '@id': 'tag:close-reader.app,2026:closeReaderDocuments', '@type': '@json' } },
];

/** The documents carried by a parsed export file (none when it carries none), checked field by field. */
export function readCarriedDocuments(json: unknown, fileName: string): Parsed<OwnDocument[]> {
  if (typeof json !== 'object' || json === null || !(CARRIED_DOCUMENTS_KEY in json)) return ok([]);
  const list = (json as Record<string, unknown>)[CARRIED_DOCUMENTS_KEY];
  if (!Array.isArray(list)) {
    const where = `${fileName}: ${CARRIED_DOCUMENTS_KEY}`;
    return failAll([problem('wrong-type', { where, expected: 'an array' }, `${where} must be an array`)]);
  }
  const errors: Problem<DocumentCode>[] = [];
  const documents: OwnDocument[] = [];
  list.forEach((item: unknown, index) => {
    const where = `${fileName}, ${CARRIED_DOCUMENTS_KEY}[${index}]`;
    const record = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    for (const key of ['id', 'iri', 'title', 'lang'] as const) {
      if (typeof record[key] !== 'string' || record[key] === '') errors.push(expected(`${where}.${key}`, 'a non-empty string'));
    }
    if (typeof record.id === 'string' && !isSlug(record.id)) {
      errors.push(problem('not-a-slug', { where: `${where}.id`, id: record.id }, `${where}.id: "${record.id}" is not a slug`));
    }
    const body = parseArticleBody({ id: record.id, lang: record.lang, blocks: record.blocks }, where);
    if (!body.ok) {
      errors.push(...body.problems);
      return;
    }
    if (errors.length > 0) return;
    const text = canonicalText(body.value.blocks);
    documents.push({
      id: record.id as string,
      iri: record.iri as string,
      title: record.title as string,
      lang: record.lang as string,
      blocks: body.value.blocks,
      digest: typeof record.digest === 'string' ? record.digest : '',
      wordCount: countWords(text),
      created: typeof record.created === 'string' ? record.created : new Date(0).toISOString(),
      origin: { kind: 'file', fileName },
    });
  });
  return errors.length > 0 ? failAll(errors) : ok(documents);
}

/** What an export carries of an own document: everything but where it came from. */
export function carriedForm(article: OwnDocument): Omit<OwnDocument, 'origin'> {
  const { origin: _origin, ...carried } = article;
  return carried;
}
