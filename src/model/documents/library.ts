/**
 * The library: the manifest of shipped articles (documents/manifest.json) and the checks that
 * turn untyped JSON into typed entries and bodies, naming what is wrong (the one Result of
 * result.ts) instead of throwing.
 */
import { type Problem, type Result, fail, failAll, ok, problem } from '../result.js';
import { type ArticleBlock, type ArticleBody, isBlockType } from './article.js';

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
  | 'wrong-type' | 'not-a-slug' | 'duplicate-id' | 'not-a-date' | 'not-a-digest' | 'unknown-block-type' | 'text-untrimmed';

/** A checked manifest, body or list of carried documents, or every problem found, each naming where it is. */
export type Parsed<T> = Result<T, DocumentCode>;

/** A field that is not what it should be ('wrong-type'): "`where`: expected `expected`". */
export function expected(where: string, what: string): Problem<DocumentCode> {
  return problem('wrong-type', { where, expected: what }, `${where}: expected ${what}`);
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

/** Checks one documents/<file>.json body. */
export function parseArticleBody(json: unknown, file: string): Parsed<ArticleBody> {
  if (!isRecord(json)) return fail('wrong-type', { where: file, expected: 'an object' }, `${file}: expected an object`);
  const errors: Problem<DocumentCode>[] = [];
  if (typeof json.id !== 'string') errors.push(expected(`${file}.id`, 'a string'));
  if (typeof json.lang !== 'string') errors.push(expected(`${file}.lang`, 'a string'));
  if (!Array.isArray(json.blocks) || json.blocks.length === 0) {
    errors.push(expected(`${file}.blocks`, 'a non-empty array'));
  } else {
    json.blocks.forEach((block: unknown, index: number) => {
      const where = `${file}.blocks[${index}]`;
      if (!isRecord(block)) {
        errors.push(expected(where, 'an object'));
        return;
      }
      if (!isBlockType(block.type)) {
        const found = JSON.stringify(block.type) ?? 'undefined';
        errors.push(problem('unknown-block-type', { where: `${where}.type`, found }, `${where}.type: unknown block type ${JSON.stringify(block.type)}`));
      }
      if (typeof block.text !== 'string' || block.text.trim() === '') {
        errors.push(expected(`${where}.text`, 'non-empty text'));
      } else if (/\n/.test(block.text) || block.text !== block.text.trim()) {
        errors.push(problem('text-untrimmed', { where: `${where}.text` }, `${where}.text: has a line break or whitespace at an end`));
      }
    });
  }
  if (errors.length > 0) return failAll(errors);
  return ok({ id: json.id as string, lang: json.lang as string, blocks: json.blocks as ArticleBlock[] });
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
          if (!parsed.ok) throw new Error(parsed.problems.map((entry) => entry.message).join('\n'));
          return parsed.value;
        });
        body.catch(() => bodies.delete(id));
        bodies.set(id, body);
      }
      return body;
    },
  };
}
