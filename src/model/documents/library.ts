/**
 * The library: the manifest of shipped articles (documents/manifest.json) and the checks that
 * turn untyped JSON into typed entries and bodies, naming what is wrong instead of throwing.
 */
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

/** A parse result: the value, or every problem found, each naming where it is. */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly string[] };

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
  const errors: string[] = [];
  if (!isRecord(json) || !Array.isArray(json.documents)) {
    return { ok: false, errors: ['manifest: expected an object with a "documents" array'] };
  }
  const seen = new Set<string>();
  json.documents.forEach((entry: unknown, index: number) => {
    const where = `manifest.documents[${index}]`;
    if (!isRecord(entry)) {
      errors.push(`${where}: expected an object`);
      return;
    }
    for (const key of REQUIRED_STRINGS) {
      if (typeof entry[key] !== 'string' || entry[key] === '') errors.push(`${where}.${key}: expected a non-empty string`);
    }
    for (const key of OPTIONAL_STRINGS) {
      if (entry[key] !== undefined && typeof entry[key] !== 'string') errors.push(`${where}.${key}: expected a string`);
    }
    if (entry.titleSource !== 'text' && entry.titleSource !== 'editorial') {
      errors.push(`${where}.titleSource: expected "text" or "editorial"`);
    }
    if (typeof entry.wordCount !== 'number' || !Number.isInteger(entry.wordCount) || entry.wordCount < 0) {
      errors.push(`${where}.wordCount: expected a whole number`);
    }
    if (typeof entry.id === 'string') {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entry.id)) errors.push(`${where}.id: "${entry.id}" is not a slug`);
      if (seen.has(entry.id)) errors.push(`${where}.id: "${entry.id}" appears twice`);
      seen.add(entry.id);
    }
    if (typeof entry.date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(entry.date)) {
      errors.push(`${where}.date: "${entry.date}" is not YYYY-MM-DD`);
    }
    if (typeof entry.digest === 'string' && !/^sha256:[0-9a-f]{64}$/.test(entry.digest)) {
      errors.push(`${where}.digest: expected "sha256:" and 64 hex digits`);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: json as unknown as LibraryManifest };
}

/** Checks one documents/<file>.json body. */
export function parseArticleBody(json: unknown, file: string): Parsed<ArticleBody> {
  if (!isRecord(json)) return { ok: false, errors: [`${file}: expected an object`] };
  const errors: string[] = [];
  if (typeof json.id !== 'string') errors.push(`${file}.id: expected a string`);
  if (typeof json.lang !== 'string') errors.push(`${file}.lang: expected a string`);
  if (!Array.isArray(json.blocks) || json.blocks.length === 0) {
    errors.push(`${file}.blocks: expected a non-empty array`);
  } else {
    json.blocks.forEach((block: unknown, index: number) => {
      const where = `${file}.blocks[${index}]`;
      if (!isRecord(block)) {
        errors.push(`${where}: expected an object`);
        return;
      }
      if (!isBlockType(block.type)) errors.push(`${where}.type: unknown block type ${JSON.stringify(block.type)}`);
      if (typeof block.text !== 'string' || block.text.trim() === '') {
        errors.push(`${where}.text: expected non-empty text`);
      } else if (/\n/.test(block.text) || block.text !== block.text.trim()) {
        errors.push(`${where}.text: has a line break or whitespace at an end`);
      }
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { id: json.id as string, lang: json.lang as string, blocks: json.blocks as ArticleBlock[] } };
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
          if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
          return parsed.value;
        });
        body.catch(() => bodies.delete(id));
        bodies.set(id, body);
      }
      return body;
    },
  };
}
