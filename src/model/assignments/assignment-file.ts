/**
 * What the assignment files share (the hand-out, the hand-in and the solution file; issues 15 and
 * 16, docs/assignment-files.md): the property that carries our assignment data beside the W3C
 * collection, its `@context` entry, the format version, and the first steps of reading any of them
 * (size before parsing, JSON, depth, the assignment entry and its version), each refusing with a
 * Problem that names the file and field.
 */
import { MAX_FILE_BYTES, parseJsonFile } from '../json-file.js';
import { type Problem, type Result, fail, ok, problem } from '../result.js';
import { CARRIED_DOCUMENTS_KEY } from '../w3c/carried-documents.js';
import { ANNO_CONTEXT } from '../w3c/w3c-types.js';
import type { AssignmentCode } from './assignment.js';

/** The property of a hand-out or hand-in that holds our assignment data (a JSON literal). */
export const ASSIGNMENT_KEY = 'closeReaderAssignment';
/** The property of a hand-out that holds the embedded SKOS scheme (a JSON literal). */
export const SCHEME_KEY = 'closeReaderScheme';
/** The version of the file format this code writes and reads. */
export const ASSIGNMENT_FORMAT = 1;
/** Largest assignment file read, in bytes, checked before JSON.parse: 50 MB (json-file.ts). */
export const MAX_ASSIGNMENT_FILE_BYTES = MAX_FILE_BYTES;

/**
 * The `@context` of both files: the anno context first, then our terms, each a `tag:` IRI in our
 * namespace (means the same on every machine, nothing fetched) of `@type: @json` (JSON-LD 1.1: a
 * JSON literal, kept as it is), as carried-documents.ts declares `closeReaderDocuments`; `dcterms`
 * for the hand-in's `dcterms:isPartOf`. The W3C model allows a list that holds the anno context.
 */
export const ASSIGNMENT_CONTEXT = [
  ANNO_CONTEXT,
  {
    dcterms: 'http://purl.org/dc/terms/',
    [ASSIGNMENT_KEY]: { '@id': `tag:close-reader.app,2026:${ASSIGNMENT_KEY}`, '@type': '@json' },
    [SCHEME_KEY]: { '@id': `tag:close-reader.app,2026:${SCHEME_KEY}`, '@type': '@json' },
    [CARRIED_DOCUMENTS_KEY]: { '@id': `tag:close-reader.app,2026:${CARRIED_DOCUMENTS_KEY}`, '@type': '@json' },
  },
] as const;

/** The property of a hand-out that holds the teacher's hand-in box (issue 18): the container's URL, an IRI. */
export const HAND_IN_BOX_KEY = 'handInBox';

/**
 * The `@context` of a hand-out that names a hand-in box: {@link ASSIGNMENT_CONTEXT} with one more
 * term, `handInBox`, of `@type: @id`, so that a JSON-LD reader sees the box as a link to the
 * container (`tag:close-reader.app,2026:vocab#handInBox`, in the vocabulary the SKOS export names
 * `cr:`), not as text. The box stands beside `closeReaderAssignment`, on the collection that is the
 * assignment (its `id` is the assignment's `urn:uuid:`): inside that JSON literal no term means
 * anything to JSON-LD. A hand-out without a box keeps {@link ASSIGNMENT_CONTEXT}, byte for byte.
 */
export const HAND_OUT_WITH_BOX_CONTEXT = [
  ASSIGNMENT_CONTEXT[0],
  { ...ASSIGNMENT_CONTEXT[1], [HAND_IN_BOX_KEY]: { '@id': 'tag:close-reader.app,2026:vocab#handInBox', '@type': '@id' } },
] as const;

/** Which file: what the teacher hands out, what a student hands in, the model answer handed out later (solution.ts). */
export type AssignmentFileKind = 'hand-out' | 'hand-in' | 'solution';

/** The codes of reading either file: the assignment's, and the shared file codes. */
export type AssignmentFileCode = AssignmentCode | 'too-large' | 'not-json' | 'too-deep' | 'wrong-type';

/** A JSON object whose fields are not known yet. */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a JSON object (not null, not a list). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The file's JSON and its assignment entry, once it is no larger than 50 MB (`bytes`, the file's
 * size, checked before anything is parsed), JSON, nested no deeper than 100, an object with an
 * {@link ASSIGNMENT_KEY} entry of `kind` in a format this code knows.
 */
export function readAssignmentFile(
  text: string,
  fileName: string,
  bytes: number,
  kind: AssignmentFileKind,
): Result<{ json: JsonObject; entry: JsonObject }, AssignmentFileCode> {
  const read = parseJsonFile(text, fileName, bytes);
  if (!read.ok) return read;
  const json = read.value;
  const entry = isObject(json) ? json[ASSIGNMENT_KEY] : undefined;
  const found = isObject(entry) && typeof entry.kind === 'string' ? entry.kind : '';
  if (!isObject(json) || !isObject(entry) || found !== kind) {
    const what = kind === 'hand-out' ? 'an assignment hand-out' : kind === 'hand-in' ? 'a hand-in of an assignment' : 'the solution of an assignment';
    return fail('not-an-assignment-file', { file: fileName, expected: kind, found }, `${fileName}: not ${what}${found ? ` (it is a ${found})` : ''}`);
  }
  if (entry.format !== ASSIGNMENT_FORMAT) {
    const version = typeof entry.format === 'number' || typeof entry.format === 'string' ? entry.format : '';
    const message = `${fileName}: format version ${String(version)}; this Close Reader reads version ${ASSIGNMENT_FORMAT}`;
    return fail('assignment-format-unknown', { file: fileName, version, known: ASSIGNMENT_FORMAT }, message);
  }
  return ok({ json, entry });
}

/** Reads fields of one object, collecting a problem per missing, wrong or tag-holding field. */
export class FieldReader {
  constructor(
    private readonly object: JsonObject,
    private readonly where: string,
    readonly problems: Problem[],
  ) {}

  /** The string at `key`: required non-empty unless `optional`; '' (with a problem) when wrong. */
  string(key: string, optional = false): string {
    const value = this.object[key];
    if (value === undefined && optional) return '';
    if (typeof value === 'string' && (value.trim() !== '' || optional)) return value;
    const where = `${this.where}.${key}`;
    const found = value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 60) ?? 'nothing';
    this.problems.push(problem('wrong-type', { where, expected: 'a non-empty string', found }, `${where}: expected a non-empty string, found ${found}`));
    return '';
  }

  /** The boolean at `key`, `fallback` when absent; a problem when it is something else. */
  boolean(key: string, fallback: boolean): boolean {
    const value = this.object[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    const where = `${this.where}.${key}`;
    this.problems.push(problem('wrong-type', { where, expected: 'true or false', found: String(JSON.stringify(value)).slice(0, 60) }, `${where}: expected true or false`));
    return fallback;
  }

  /** The object at `key`; an empty one (with a problem) when it is none. */
  child(key: string): JsonObject {
    const value = this.object[key];
    if (isObject(value)) return value;
    const where = `${this.where}.${key}`;
    const found = value === undefined ? 'nothing' : Array.isArray(value) ? 'a list' : String(JSON.stringify(value)).slice(0, 60);
    this.problems.push(problem('wrong-type', { where, expected: 'an object', found }, `${where}: expected an object, found ${found}`));
    return {};
  }
}
