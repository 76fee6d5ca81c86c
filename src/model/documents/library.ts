/**
 * The library: the manifest of shipped articles (documents/manifest.json) and the checks that
 * turn untyped JSON into typed entries and bodies, naming what is wrong (the one Result of
 * result.ts) instead of throwing.
 */
import { type Problem, type Result, fail, failAll, ok, problem } from '../result.js';
import { type ArticleBlock, type ArticleBody, type InlineMark, isBlockType } from './article.js';
import { DocumentProblemsError } from './document-problems-error.js';

/** What the manifest says of one article. Facts the text does not state are left out. */
export interface ArticleEntry {
  /** A slug, stable forever: it is in URLs (#/doc/<id>) and in stored annotations. */
  readonly id: string;
  /**
   * The W3C target `source` of every annotation on this article. The same on every machine and
   * deployment, so it is not derived from the URL the app is served from.
   */
  readonly iri: string;
  readonly title: string;
  /** `text` when the title is the article's own headline, `editorial` when we supplied it. */
  readonly titleSource: 'text' | 'editorial';
  readonly outlet?: string;
  readonly author?: string;
  /** ISO 8601 date (YYYY-MM-DD), only where the text states it. */
  readonly date?: string;
  readonly lang: string;
  /** `sha256:` and the hex SHA-256 of the canonical text's UTF-8: it changes when the text does. */
  readonly digest: string;
  /** Words of the canonical text (see {@link countWords}). */
  readonly wordCount: number;
  /** The body's file name inside documents/ (shipped articles). */
  readonly file?: string;
  /** The raw seed text this article was made from (test/fixtures/seeds/; shipped articles). */
  readonly seed?: string;
  /** True for a reader's own document (stored in the browser, deletable). */
  readonly own?: boolean;
}

/** The parsed manifest. */
export interface LibraryManifest {
  readonly documents: readonly ArticleEntry[];
}

/**
 * What can be wrong with a manifest, an article body or a carried document; `params.where` names
 * the file and the field.
 */
export type DocumentCode =
  | 'wrong-type' | 'not-a-slug' | 'duplicate-id' | 'not-a-date' | 'not-a-digest' | 'unknown-block-type' | 'text-untrimmed'
  | 'unknown-mark-type' | 'mark-out-of-range';

/** A checked manifest, body or list of carried documents, or every problem found, each naming where it is. */
export type Parsed<T> = Result<T, DocumentCode>;

/**
 * A field that is not what it should be ('wrong-type'): "`where`: expected `expected`", and what it
 * held instead when `found` is given (see {@link describeFound}).
 */
export function expected(where: string, what: string, ...found: [unknown?]): Problem<DocumentCode> {
  if (found.length === 0) return problem('wrong-type', { where, expected: what }, `${where}: expected ${what}`);
  const described = describeFound(found[0]);
  return problem('wrong-type', { where, expected: what, found: described }, `${where}: expected ${what}, found ${described}`);
}

/**
 * What a field held, in the words problem-messages.ts knows ('nothing', 'a list', 'an object') or
 * as JSON, cut to 60 characters (as the annotation parser says it, w3c-parse-json.ts `describe`).
 */
function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Counts words as a reader would: runs of letters or digits, with inner hyphens, dots or apostrophes. */
export function countWords(text: string): number {
  return splitWords(text).length;
}

/**
 * The words of a text in order. Punctuation and quotation marks are not words; "US-Präsident" and
 * "500.000" are one word each. Used for word counts and for comparing an article with its seed.
 */
export function splitWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[-.'’@/][\p{L}\p{N}]+)*/gu) ?? [];
}

const REQUIRED_STRINGS = ['id', 'iri', 'title', 'lang', 'digest', 'file', 'seed'] as const;
const OPTIONAL_STRINGS = ['outlet', 'author', 'date'] as const;

/** Checks documents/manifest.json. */
export function parseManifest(json: unknown): Parsed<LibraryManifest> {
  const errors: Problem<DocumentCode>[] = [];
  if (!isRecord(json) || !Array.isArray(json.documents)) return failAll([expected('manifest', 'an object with a "documents" array')]);
  const seen = new Set<string>();
  json.documents.forEach((entry: unknown, index: number) => {
    const where = `manifest.documents[${index}]`;
    if (!isRecord(entry)) {
      errors.push(expected(where, 'an object'));
      return;
    }
    for (const key of REQUIRED_STRINGS) {
      if (typeof entry[key] !== 'string' || entry[key] === '') errors.push(expected(`${where}.${key}`, 'a non-empty string'));
    }
    for (const key of OPTIONAL_STRINGS) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') errors.push(expected(`${where}.${key}`, 'a string'));
    }
    if (entry.titleSource !== 'text' && entry.titleSource !== 'editorial') {
      errors.push(expected(`${where}.titleSource`, '"text" or "editorial"'));
    }
    if (typeof entry.wordCount !== 'number' || !Number.isInteger(entry.wordCount) || entry.wordCount < 0) {
      errors.push(expected(`${where}.wordCount`, 'a whole number'));
    }
    if (typeof entry.id === 'string') {
      const { id } = entry;
      if (!isSlug(id)) errors.push(problem('not-a-slug', { where: `${where}.id`, id }, `${where}.id: "${id}" is not a slug`));
      if (seen.has(id)) errors.push(problem('duplicate-id', { where: `${where}.id`, id }, `${where}.id: "${id}" appears twice`));
      seen.add(id);
    }
    if (typeof entry.date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) {
      errors.push(problem('not-a-date', { where: `${where}.date`, found: entry.date }, `${where}.date: "${entry.date}" is not YYYY-MM-DD`));
    }
    if (typeof entry.digest === 'string' && !/^sha256:[0-9a-f]{64}$/.test(entry.digest)) {
      errors.push(problem('not-a-digest', { where: `${where}.digest` }, `${where}.digest: expected "sha256:" and 64 hex digits`));
    }
  });
  if (errors.length > 0) return failAll(errors);
  return ok(json as unknown as LibraryManifest);
}

/** Whether `id` is a slug as ids of documents are: lower-case letters and digits in runs joined by single hyphens. */
export function isSlug(id: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id);
}

/**
 * Checks one documents/<file>.json body, or a document a file carries or IndexedDB holds: every
 * field the reader's document builder (editor/article-doc.ts) reads, so that a body it accepts
 * always opens. Blocks come back with their known fields only (type, text, marks).
 */
export function parseArticleBody(json: unknown, file: string): Parsed<ArticleBody> {
  if (!isRecord(json)) return fail('wrong-type', { where: file, expected: 'an object' }, `${file}: expected an object`);
  const errors: Problem<DocumentCode>[] = [];
  if (typeof json.id !== 'string') errors.push(expected(`${file}.id`, 'a string'));
  if (typeof json.lang !== 'string') errors.push(expected(`${file}.lang`, 'a string'));
  const blocks: ArticleBlock[] = [];
  if (!Array.isArray(json.blocks) || json.blocks.length === 0) {
    errors.push(expected(`${file}.blocks`, 'a non-empty array'));
  } else {
    json.blocks.forEach((block: unknown, index: number) => {
      const checked = checkBlock(block, `${file}.blocks[${index}]`, errors);
      if (checked) blocks.push(checked);
    });
  }
  if (errors.length > 0) return failAll(errors);
  return ok({ id: json.id as string, lang: json.lang as string, blocks });
}

/** One block, checked, with its known fields only; undefined (and `errors` added to) when it is broken. */
function checkBlock(block: unknown, where: string, errors: Problem<DocumentCode>[]): ArticleBlock | undefined {
  if (!isRecord(block)) {
    errors.push(expected(where, 'an object', block));
    return undefined;
  }
  const before = errors.length;
  if (!isBlockType(block.type)) {
    const found = JSON.stringify(block.type) ?? 'undefined';
    errors.push(problem('unknown-block-type', { where: `${where}.type`, found }, `${where}.type: unknown block type ${JSON.stringify(block.type)}`));
  }
  const text = block.text;
  if (typeof text !== 'string' || text.trim() === '') {
    errors.push(expected(`${where}.text`, 'non-empty text'));
  } else if (/\n/.test(text) || text !== text.trim()) {
    errors.push(problem('text-untrimmed', { where: `${where}.text` }, `${where}.text: has a line break or whitespace at an end`));
  }
  const marks = block.marks === undefined ? undefined : checkMarks(block.marks, typeof text === 'string' ? text.length : 0, `${where}.marks`, errors);
  if (errors.length > before || !isBlockType(block.type) || typeof text !== 'string') return undefined;
  return marks ? { type: block.type, text, marks } : { type: block.type, text };
}

/**
 * A block's emphasis, checked: a list of `{ type: 'em' | 'strong', start, end }` with whole-number
 * offsets inside its text (`0 <= start < end <= length`, UTF-16 units). Undefined when it is broken.
 */
function checkMarks(marks: unknown, length: number, where: string, errors: Problem<DocumentCode>[]): InlineMark[] | undefined {
  if (!Array.isArray(marks)) {
    errors.push(expected(where, 'an array', marks));
    return undefined;
  }
  const checked: InlineMark[] = [];
  const before = errors.length;
  marks.forEach((mark: unknown, index) => {
    const at = `${where}[${index}]`;
    if (!isRecord(mark)) {
      errors.push(expected(at, 'an object', mark));
      return;
    }
    if (mark.type !== 'em' && mark.type !== 'strong') {
      const found = JSON.stringify(mark.type) ?? 'undefined';
      errors.push(problem('unknown-mark-type', { where: `${at}.type`, found }, `${at}.type: unknown mark type ${found} (expected "em" or "strong")`));
    }
    const { start, end } = mark;
    for (const [key, value] of [['start', start], ['end', end]] as const) {
      if (!Number.isInteger(value)) errors.push(expected(`${at}.${key}`, 'a whole number', value));
    }
    if (!Number.isInteger(start) || !Number.isInteger(end)) return;
    const [from, to] = [start as number, end as number];
    if (from < 0 || from >= to || to > length) {
      const message = `${at}: ${from}–${to} is no range of the block's text (${length} characters)`;
      errors.push(problem('mark-out-of-range', { where: at, start: from, end: to, length }, message));
      return;
    }
    if (mark.type === 'em' || mark.type === 'strong') checked.push({ type: mark.type, start: from, end: to });
  });
  return errors.length > before ? undefined : checked;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Where the app gets its articles: the manifest's entries, and each body on demand. */
export interface ArticleSource {
  readonly entries: readonly ArticleEntry[];
  /** The entry with this id, or undefined. */
  entry(id: string): ArticleEntry | undefined;
  /** The checked body of an article; rejects with a message naming the file and what is wrong. */
  loadBody(id: string): Promise<ArticleBody>;
}

/**
 * An {@link ArticleSource} over a parsed manifest and a loader that fetches a body file's JSON.
 * Bodies are parsed once and kept: they never change while the app runs.
 */
export function createArticleSource(manifest: LibraryManifest, loadFile: (file: string) => Promise<unknown>): ArticleSource {
  const bodies = new Map<string, Promise<ArticleBody>>();
  const byId = new Map(manifest.documents.map((entry) => [entry.id, entry]));
  return {
    entries: manifest.documents,
    entry: (id) => byId.get(id),
    loadBody(id) {
      const entry = byId.get(id);
      if (!entry) return Promise.reject(new Error(`No article with id "${id}" in the library`));
      let body = bodies.get(id);
      if (!body) {
        const file = entry.file ?? `${entry.id}.json`;
        body = loadFile(file).then((json) => {
          const parsed = parseArticleBody(json, file);
          if (!parsed.ok) throw new DocumentProblemsError(parsed.problems);
          return parsed.value;
        });
        body.catch(() => bodies.delete(id));
        bodies.set(id, body);
      }
      return body;
    },
  };
}
