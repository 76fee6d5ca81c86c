/**
 * Parse: any annotation file Close Reader accepts, turned into what an import needs. Accepts W3C
 * Web Annotation JSON-LD (a collection with its first page embedded, a page, an array of
 * annotations, one annotation: ours, Recogito's and others') and the Hypothesis client's export.
 * Never throws: the result (result.ts) is the annotations with warnings, or every problem found,
 * each with a code and naming the file, the annotation (1-based, with its id) and the field.
 * Whether a position fits the article's text, and whether the article is in the library, the
 * importer checks (import-plan.ts).
 *
 * This file finds the annotations in a file and says what it was; w3c-parse-reader.ts reads each
 * annotation, w3c-parse-hypothesis.ts the fields of the Hypothesis export, w3c-parse-json.ts holds
 * the small JSON checks they share.
 */
import type { BlockType } from '../documents/article.js';
import { type JsonDepthCode, tooDeep } from '../json-depth.js';
import { type Failure, type Problem, type Result, fail, failAll, ok, problem } from '../result.js';
import { hypothesisRows } from './w3c-parse-hypothesis.js';
import { AnnotationReader } from './w3c-parse-reader.js';
import { asArray, checkContext, describe, isJson, type Json, wrongType } from './w3c-parse-json.js';

/** Longest file text accepted, checked before JSON.parse: 50 MB (UTF-16 units ≤ UTF-8 bytes). */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
/** Most annotations accepted from one file. */
export const MAX_IMPORT_ANNOTATIONS = 100_000;

/**
 * What can be wrong with an annotation file (each refuses it), and what is read past (warnings:
 * 'more-pages', 'no-annotations', 'not-a-date', 'selectors-ignored', 'several-targets',
 * 'replies-left-out'). `params.where` names the file, the annotation and the field.
 */
export type W3cParseCode =
  | 'too-large' | 'not-json' | JsonDepthCode | 'too-many-annotations' | 'unknown-format' | 'wrong-type' | 'context-missing' | 'context-wrong'
  | 'total-without-first' | 'page-not-embedded' | 'target-missing' | 'target-empty' | 'no-text-selector'
  | 'end-before-start' | 'empty-range' | 'offset-negative' | 'more-problems'
  | 'more-pages' | 'no-annotations' | 'not-a-date' | 'selectors-ignored' | 'several-targets' | 'replies-left-out';

/** A tag of an incoming annotation: a category named by IRI, by label, or both. */
export interface IncomingTag {
  readonly iri?: string;
  readonly label?: string;
}

/** One annotation of a file, as far as the file can say it; the importer places and stores it. */
export interface IncomingAnnotation {
  /** Position in the file (0-based). */
  readonly index: number;
  /** Our UUID when the id is `urn:uuid:…`, else the id as it was (so a second import is recognised). */
  readonly id?: string;
  /** The target's source IRI or URL. */
  readonly source?: string;
  readonly quote?: { readonly exact: string; readonly prefix?: string; readonly suffix?: string };
  /** In code points, as in the file. */
  readonly position?: { readonly start: number; readonly end: number };
  /**
   * The kinds of page debris the passage sat in where it was exported (a caption, a tweet), read
   * from the target's `scope` (w3c-export.ts); absent when the file names none.
   */
  readonly blockKinds?: readonly BlockType[];
  readonly tags: readonly IncomingTag[];
  readonly note?: string;
  readonly creator?: string;
  readonly created?: string;
  readonly modified?: string;
}

/** A parsed file: what it was and its annotations (what was read past is in the result's warnings). */
export interface ParsedImport {
  readonly format: 'w3c-collection' | 'w3c-page' | 'w3c-array' | 'w3c-annotation' | 'hypothesis';
  readonly annotations: readonly IncomingAnnotation[];
}

/** The parsed file with what was read past, or every problem with it. */
export type ParseResult = Result<ParsedImport, W3cParseCode>;

type Format = ParsedImport['format'];
type Found = { ok: true; format: Format; items: readonly unknown[]; warnings: Problem<W3cParseCode>[] } | Failure<W3cParseCode>;

/** Reads an annotation file's text. `fileName` only goes into messages. */
export function parseAnnotationFile(text: string, fileName: string): ParseResult {
  if (text.length > MAX_IMPORT_CHARS) {
    const megabytes = Math.ceil(text.length / 2 ** 20);
    return fail('too-large', { file: fileName, megabytes }, `${fileName}: the file is ${megabytes} MB; Close Reader imports files up to 50 MB`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail('not-json', { file: fileName, reason }, `${fileName}: not JSON: ${reason}`);
  }
  const deep = tooDeep(json, fileName);
  if (deep) return failAll([deep]);
  const found = findAnnotations(json, fileName);
  if (!found.ok) return found;
  if (found.items.length > MAX_IMPORT_ANNOTATIONS) {
    const count = found.items.length;
    const message = `${fileName}: ${count.toLocaleString('en')} annotations; Close Reader imports at most 100,000 from one file`;
    return fail('too-many-annotations', { file: fileName, count, max: MAX_IMPORT_ANNOTATIONS }, message);
  }
  const reader = new AnnotationReader(fileName, found.format);
  const annotations: IncomingAnnotation[] = [];
  found.items.forEach((item, index) => {
    const incoming = reader.annotation(item, index);
    if (incoming) annotations.push(incoming);
  });
  const errors = reader.errors();
  if (errors.length > 0) return failAll(errors);
  const warnings = [...found.warnings, ...reader.warnings()];
  if (found.items.length === 0) warnings.push(problem('no-annotations', { file: fileName }, `${fileName}: the file holds no annotations`));
  return ok({ format: found.format, annotations }, warnings);
}

/** Which format the file is in, and the list of its annotations (not yet read). */
function findAnnotations(json: unknown, file: string): Found {
  const found = (format: Format, items: readonly unknown[], warnings: Problem<W3cParseCode>[] = []): Found => ({ ok: true, format, items, warnings });
  if (Array.isArray(json)) return found('w3c-array', json);
  if (!isJson(json)) return failAll([wrongType(file, 'a W3C Web Annotation document or a Hypothesis export', json)]);
  const rows = hypothesisRows(json);
  if (rows) return found('hypothesis', rows);
  if (json['@context'] === undefined && json.type === undefined) {
    const message = `${file}: neither a W3C Web Annotation document (no "@context" and "type") nor a Hypothesis export (no "annotations" list)`;
    return fail('unknown-format', { file }, message);
  }
  const contextProblem = checkContext(json['@context'], file);
  if (contextProblem) return failAll([contextProblem]);
  const types = asArray(json.type);
  if (types.includes('Annotation')) return found('w3c-annotation', [json]);
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(json.items)) return failAll([wrongType(`${file}: items`, 'a list of annotations', json.items)]);
    return found('w3c-page', json.items, morePages(json, 'next', file));
  }
  if (!types.includes('AnnotationCollection')) {
    return failAll([wrongType(`${file}: type`, '"Annotation", "AnnotationPage" or "AnnotationCollection"', json.type)]);
  }
  const first = json.first;
  if (first === undefined) {
    // Not the model's shape, but some tools put the items on the collection itself.
    if (Array.isArray(json.items)) return found('w3c-collection', json.items);
    if (typeof json.total === 'number' && json.total > 0) {
      return fail('total-without-first', { file, total: json.total }, `${file}: first: missing, although total is ${json.total}`);
    }
    return found('w3c-collection', []);
  }
  if (typeof first === 'string') {
    const message = `${file}: first: the annotations are not in the file, only the address of their page ("${first}")`;
    return fail('page-not-embedded', { file, address: first }, message);
  }
  if (!isJson(first) || !Array.isArray(first.items)) {
    const where = `${file}: first.items`;
    return fail('wrong-type', { where, expected: 'a list of annotations', found: describe(isJson(first) ? first.items : first) }, `${where}: expected a list of annotations`);
  }
  return found('w3c-collection', first.items, morePages(first, 'first.next', file));
}

/** A warning when the page names a next page: only the pages in the file can be read. */
function morePages(page: Json, field: string, file: string): Problem<W3cParseCode>[] {
  if (page.next === undefined) return [];
  const message = `${file}: ${field}: the collection has further pages that are not in the file; only this page's annotations are imported`;
  return [problem('more-pages', { file, field }, message)];
}
