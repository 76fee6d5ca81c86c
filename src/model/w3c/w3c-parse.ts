/**
 * Parse: any annotation file Close Reader accepts, turned into what an import needs. Accepts W3C
 * Web Annotation JSON-LD (a collection with its pages embedded, a page, an array of annotations
 * with or without their own `@context`, one annotation: ours, Recogito's, text-annotator's,
 * Hypothesis's JSON-LD and others'), the Hypothesis client's export and the Hypothesis API's
 * search response or single row. Never throws. A file is refused only when it is not annotation
 * data at all; otherwise each annotation is judged on its own: read, or skipped with a reason
 * ({@link SkipReason}), while what is read past comes back as warnings. Whether a position fits
 * the article's text, and whether the article is in the library, the importer checks (import-plan.ts).
 *
 * This file finds the annotations in a file and says what it was; w3c-parse-reader.ts reads each
 * annotation (with w3c-parse-target.ts, w3c-parse-bodies.ts and w3c-parse-hypothesis.ts),
 * w3c-parse-json.ts holds the small JSON checks they share.
 */
import type { AnnotationLink } from '../annotations/annotation.js';
import type { BlockType } from '../documents/article.js';
import type { JsonDepthCode } from '../json-depth.js';
import { MAX_FILE_BYTES, parseJsonFile } from '../json-file.js';
import { type Failure, type Problem, type Result, fail, failAll, ok, problem } from '../result.js';
import type { FileRelation } from './relation-parse.js';
import { hypothesisRows } from './w3c-parse-hypothesis.js';
import { AnnotationReader } from './w3c-parse-reader.js';
import { asArray, checkContext, describe, isJson, type Json, wrongType } from './w3c-parse-json.js';

/** Longest file text accepted, checked before JSON.parse: 50 MB (UTF-16 units ≤ UTF-8 bytes; json-file.ts). */
export const MAX_IMPORT_CHARS = MAX_FILE_BYTES;
/** Most annotations accepted from one file. */
export const MAX_IMPORT_ANNOTATIONS = 100_000;

/**
 * Why a file is refused as a whole: it is not annotation data at all (not JSON, too large, too
 * deep, no annotation shape anywhere, only the address of its pages). Everything else is judged
 * annotation by annotation ({@link SkipReason}) or read past with a warning: 'more-pages',
 * 'no-annotations', 'not-a-date', 'date-without-offset', 'selectors-ignored', 'several-targets',
 * 'position-ignored' (a TextPositionSelector whose start or end is not a whole number ≥ 0, or whose
 * end is before its start: the quote places the passage), 'link-too-large' (a link body over 4 KB
 * of JSON: only its IRI is kept). `params.where` names the file, the annotation and the field.
 */
export type W3cParseCode =
  | 'too-large' | 'not-json' | JsonDepthCode | 'too-many-annotations' | 'unknown-format' | 'wrong-type' | 'context-missing' | 'context-wrong'
  | 'total-without-first' | 'page-not-embedded'
  | 'more-pages' | 'no-annotations' | 'not-a-date' | 'date-without-offset' | 'selectors-ignored' | 'several-targets' | 'position-ignored'
  | 'link-too-large';

/**
 * Why one annotation of a file is skipped while the others are imported:
 * - 'not-an-annotation': the item is not an object, or its `type` does not include "Annotation";
 * - 'reply': it answers another annotation (Hypothesis `references`, motivation `replying`) and marks no passage;
 * - 'relation': it links annotations (motivation `linking`, or targets that are annotations) but
 *   cannot be read as a relation (no type, a target that names no annotation, a link to itself);
 *   those that can are in {@link ParsedImport.relations}, and the import plans them
 *   (import-relations.ts), which may skip them as:
 * - 'relation-type-unknown': a relation whose type the scheme does not have;
 * - 'relation-annotation-missing': a relation one of whose annotations is neither imported nor
 *   here (or the two are in different readings);
 * - 'no-target': it has no target, or an empty list of them;
 * - 'page-note': it names a page but no passage (no TextQuoteSelector, no usable TextPositionSelector);
 * - 'bad-selector': its only text selector is broken (a TextQuoteSelector without `exact` text);
 * - 'source-not-in-library', 'source-skipped': decided by the plan (import-plan.ts), not the parser.
 */
export type SkipReason =
  | 'not-an-annotation' | 'reply' | 'relation' | 'relation-type-unknown' | 'relation-annotation-missing' | 'no-target' | 'page-note' | 'bad-selector'
  | 'source-not-in-library' | 'source-skipped';

/** An annotation left out of an import, with why and where (for the dialog's one example per reason). */
export interface SkippedAnnotation {
  /** Position in the file (0-based). */
  readonly index: number;
  readonly reason: SkipReason;
  /** The annotation's id as the file wrote it, if any. */
  readonly id?: string;
  /** The page or IRI it annotates, if the file says. */
  readonly source?: string;
  /** Names the file, the annotation (1-based, with its id) and the field, in English, for logs and tests. */
  readonly where: string;
}

/** A tag of an incoming annotation: a category named by IRI, by label, or both. */
export interface IncomingTag {
  readonly iri?: string;
  readonly label?: string;
  /** The BCP 47 language of `label`, when the file says. */
  readonly language?: string;
}

/** One annotation of a file, as far as the file can say it; the importer places and stores it. */
export interface IncomingAnnotation {
  /** Position in the file (0-based). */
  readonly index: number;
  /** Our UUID when the id is `urn:uuid:…`, else the id as it was (so a second import is recognised). */
  readonly id?: string;
  /**
   * The annotation's own IRI in another tool, kept as `via` (W3C 3.3.7): an absolute id that is not
   * ours (`https://hypothes.is/a/…`, a Hypothesis row's `links.html`, a `urn:` of another tool).
   */
  readonly via?: string;
  /** The target's source IRI or URL; absent when the file names none (RecogitoJS). */
  readonly source?: string;
  /**
   * Further names of the target's source: its `via` and `canonical` (ours write the pages an article
   * was assigned to as the target's `via`); the plan tries them when `source` is unknown.
   */
  readonly sourceAliases?: readonly string[];
  readonly quote?: { readonly exact: string; readonly prefix?: string; readonly suffix?: string };
  /** In code points, as in the file: whole numbers, 0 ≤ start ≤ end (others are ignored with 'position-ignored'). */
  readonly position?: { readonly start: number; readonly end: number };
  /**
   * The kinds of page debris the passage sat in where it was exported (a caption, a tweet), read
   * from the target's `scope` (w3c-export.ts); absent when the file names none.
   */
  readonly blockKinds?: readonly BlockType[];
  readonly tags: readonly IncomingTag[];
  /** The text of the bodies that are neither tags nor links, joined by a blank line. */
  readonly note?: string;
  /** IRI bodies and External Web Resources, as the file had them (annotation.ts, AnnotationLink). */
  readonly links?: readonly AnnotationLink[];
  /** The creator's name (an agent's `name`/`nickname`, a Hypothesis display name). */
  readonly creator?: string;
  /** The creator's IRI (`acct:…`, `https:…`), when the file gives one. */
  readonly creatorId?: string;
  /** ISO 8601 in UTC with `Z` (normalised from any offset). */
  readonly created?: string;
  readonly modified?: string;
}

/** A parsed file: what it was, its annotations, and those it skips (what was read past is in the result's warnings). */
export interface ParsedImport {
  readonly format: 'w3c-collection' | 'w3c-page' | 'w3c-array' | 'w3c-annotation' | 'hypothesis' | 'hypothesis-api';
  readonly annotations: readonly IncomingAnnotation[];
  readonly skipped: readonly SkippedAnnotation[];
  /**
   * The relations among the skipped items (skip reason 'relation') that read as one
   * (relation-parse.ts: ours and RecogitoJS's), for an import that stores relations (issue 17);
   * absent when there is none.
   */
  readonly relations?: readonly FileRelation[];
}

/** The parsed file with what was read past, or every problem with it. */
export type ParseResult = Result<ParsedImport, W3cParseCode>;

type Format = ParsedImport['format'];
type Found = { ok: true; format: Format; items: readonly unknown[]; warnings: Problem<W3cParseCode>[] } | Failure<W3cParseCode>;

/** Reads an annotation file's text. `fileName` only goes into messages. */
export function parseAnnotationFile(text: string, fileName: string): ParseResult {
  const read = parseJsonFile(text, fileName);
  if (!read.ok) return read;
  const json = read.value;
  const found = findAnnotations(json, fileName);
  if (!found.ok) return found;
  if (found.items.length > MAX_IMPORT_ANNOTATIONS) {
    const count = found.items.length;
    const message = `${fileName}: ${count.toLocaleString('en')} annotations; Close Reader imports at most 100,000 from one file`;
    return fail('too-many-annotations', { file: fileName, count, max: MAX_IMPORT_ANNOTATIONS }, message);
  }
  const ids = new Set(found.items.flatMap((item) => (isJson(item) && typeof item.id === 'string' && item.id !== '' ? [item.id] : [])));
  const reader = new AnnotationReader(fileName, found.format, ids);
  found.items.forEach((item, index) => reader.read(item, index));
  const warnings = [...found.warnings, ...reader.warnings()];
  if (found.items.length === 0) warnings.push(problem('no-annotations', { file: fileName }, `${fileName}: the file holds no annotations`));
  const relations = reader.relations.length > 0 ? { relations: reader.relations } : {};
  return ok({ format: found.format, annotations: reader.annotations, skipped: reader.skipped, ...relations }, warnings);
}

/** Which format the file is in, and the list of its annotations (not yet read). */
function findAnnotations(json: unknown, file: string): Found {
  const found = (format: Format, items: readonly unknown[], warnings: Problem<W3cParseCode>[] = []): Found => ({ ok: true, format, items, warnings });
  if (Array.isArray(json)) return found('w3c-array', json);
  if (!isJson(json)) return failAll([wrongType(file, 'a W3C Web Annotation document or a Hypothesis export', json)]);
  const hypothesis = hypothesisRows(json);
  if (hypothesis) return found(hypothesis.format, hypothesis.rows);
  const types = asArray(json.type);
  const known = ['Annotation', 'AnnotationPage', 'AnnotationCollection'].some((type) => types.includes(type));
  if (json['@context'] === undefined && !known) {
    const message = `${file}: neither a W3C Web Annotation document (no "@context" and "type") nor a Hypothesis export (no "annotations" list)`;
    return fail('unknown-format', { file }, message);
  }
  const contextProblem = checkContext(json['@context'], file);
  if (contextProblem) return failAll([contextProblem]);
  if (types.includes('Annotation')) return found('w3c-annotation', [json]);
  if (types.includes('AnnotationPage')) {
    if (!Array.isArray(json.items)) return failAll([wrongType(`${file}: items`, 'a list of annotations', json.items)]);
    return pages(json, 'next', file, 'w3c-page');
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
  return pages(first, 'first.next', file, 'w3c-collection');
}

/**
 * The items of `page` and of every page embedded after it through `next` (5.2: `next` may hold the
 * page itself, not only its address); a `next` that is only an address gives the warning
 * 'more-pages', since only the pages in the file can be read (no fetch).
 */
function pages(page: Json, field: string, file: string, format: Format): Found {
  const items: unknown[] = [...(page.items as unknown[])];
  let current = page;
  let path = field;
  while (isJson(current.next) && Array.isArray(current.next.items)) {
    current = current.next;
    items.push(...(current.items as unknown[]));
    path += '.next';
  }
  if (current.next === undefined || current.next === null) return { ok: true, format, items, warnings: [] };
  const message = `${file}: ${path}: the collection has further pages that are not in the file; only this page's annotations are imported`;
  return { ok: true, format, items, warnings: [problem('more-pages', { file, field: path }, message)] };
}
