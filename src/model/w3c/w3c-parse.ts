/**
 * Parse: any annotation file Close Reader accepts, turned into what an import needs. Accepts W3C
 * Web Annotation JSON-LD (a collection with its first page embedded, a page, an array of
 * annotations, one annotation: ours, Recogito's and others') and the Hypothesis client's export.
 * Never throws: the result is the annotations with warnings, or every problem found, each naming
 * the file, the annotation (1-based, with its id) and the field. Whether a position fits the
 * article's text, and whether the article is in the library, the importer checks (import-plan.ts).
 *
 * This file finds the annotations in a file and says what it was; w3c-parse-reader.ts reads each
 * annotation, w3c-parse-hypothesis.ts the fields of the Hypothesis export, w3c-parse-json.ts holds
 * the small JSON checks they share.
 */
import { hypothesisRows } from './w3c-parse-hypothesis.js';
import { AnnotationReader } from './w3c-parse-reader.js';
import { asArray, checkContext, describe, isJson, type Json } from './w3c-parse-json.js';

/** Longest file text accepted, checked before JSON.parse: 50 MB (UTF-16 units ≤ UTF-8 bytes). */
export const MAX_IMPORT_CHARS = 50 * 1024 * 1024;
/** Most annotations accepted from one file. */
export const MAX_IMPORT_ANNOTATIONS = 100_000;

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
  readonly tags: readonly IncomingTag[];
  readonly note?: string;
  readonly creator?: string;
  readonly created?: string;
  readonly modified?: string;
}

/** A parsed file: what it was, its annotations, and what was read past. */
export interface ParsedImport {
  readonly format: 'w3c-collection' | 'w3c-page' | 'w3c-array' | 'w3c-annotation' | 'hypothesis';
  readonly annotations: readonly IncomingAnnotation[];
  readonly warnings: readonly string[];
}

/** The parsed file, or every problem with it. */
export type ParseResult = { readonly ok: true; readonly value: ParsedImport } | { readonly ok: false; readonly errors: readonly string[] };

type Format = ParsedImport['format'];
type Found = { ok: true; format: Format; items: readonly unknown[]; warnings: string[] } | { ok: false; errors: string[] };

/** Reads an annotation file's text. `fileName` only goes into messages. */
export function parseAnnotationFile(text: string, fileName: string): ParseResult {
  if (text.length > MAX_IMPORT_CHARS) {
    return { ok: false, errors: [`${fileName}: the file is ${Math.ceil(text.length / 2 ** 20)} MB; Close Reader imports files up to 50 MB`] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${fileName}: not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const found = findAnnotations(json, fileName);
  if (!found.ok) return found;
  if (found.items.length > MAX_IMPORT_ANNOTATIONS) {
    return { ok: false, errors: [`${fileName}: ${found.items.length.toLocaleString('en')} annotations; Close Reader imports at most 100,000 from one file`] };
  }
  const reader = new AnnotationReader(fileName, found.format);
  const annotations: IncomingAnnotation[] = [];
  found.items.forEach((item, index) => {
    const incoming = reader.annotation(item, index);
    if (incoming) annotations.push(incoming);
  });
  const errors = reader.errors();
  if (errors.length > 0) return { ok: false, errors };
  const warnings = [...found.warnings, ...reader.warnings()];
  if (found.items.length === 0) warnings.push(`${fileName}: the file holds no annotations`);
  return { ok: true, value: { format: found.format, annotations, warnings } };
}

/** Which format the file is in, and the list of its annotations (not yet read). */
function findAnnotations(json: unknown, file: string): Found {
  const fail = (message: string): Found => ({ ok: false, errors: [`${file}: ${message}`] });
  if (Array.isArray(json)) return { ok: true, format: 'w3c-array', items: json, warnings: [] };
  if (!isJson(json)) return fail(`expected a W3C Web Annotation document or a Hypothesis export, found ${describe(json)}`);
  const rows = hypothesisRows(json);
  if (rows) return { ok: true, format: 'hypothesis', items: rows, warnings: [] };
  if (json['@context'] === undefined && json.type === undefined) {
    return fail('neither a W3C Web Annotation document (no "@context" and "type") nor a Hypothesis export (no "annotations" list)');
  }
  const contextProblem = checkContext(json['@context']);
  if (contextProblem) return fail(contextProblem);
  const types = asArray(json.type);
  if (types.includes('Annotation')) return { ok: true, format: 'w3c-annotation', items: [json], warnings: [] };
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(json.items)) return fail(`items: expected a list of annotations, found ${describe(json.items)}`);
    return { ok: true, format: 'w3c-page', items: json.items, warnings: morePages(json, 'next', file) };
  }
  if (!types.includes('AnnotationCollection')) {
    return fail(`type: expected "Annotation", "AnnotationPage" or "AnnotationCollection", found ${describe(json.type)}`);
  }
  const first = json.first;
  if (first === undefined) {
    // Not the model's shape, but some tools put the items on the collection itself.
    if (Array.isArray(json.items)) return { ok: true, format: 'w3c-collection', items: json.items, warnings: [] };
    if (typeof json.total === 'number' && json.total > 0) return fail(`first: missing, although total is ${json.total}`);
    return { ok: true, format: 'w3c-collection', items: [], warnings: [] };
  }
  if (typeof first === 'string') return fail(`first: the annotations are not in the file, only the address of their page ("${first}")`);
  if (!isJson(first) || !Array.isArray(first.items)) return fail(`first.items: expected a list of annotations`);
  return { ok: true, format: 'w3c-collection', items: first.items, warnings: morePages(first, 'first.next', file) };
}

/** A warning when the page names a next page: only the pages in the file can be read. */
function morePages(page: Json, field: string, file: string): string[] {
  if (page.next === undefined) return [];
  return [`${file}: ${field}: the collection has further pages that are not in the file; only this page's annotations are imported`];
}
