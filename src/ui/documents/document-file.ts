/**
 * Reading a reader's own document from a file they opened or dropped: which kind of text it is,
 * whether it is text at all (a PDF, a Word document or a photo is named for what it is, by
 * src/app/import/file-recognition.ts), and in which encoding. What is wrong comes as problems with
 * codes (model/result.ts) that ui/shared/problem-messages.ts says in the reader's language. Then
 * the text as blocks, by kind. Browser-only (File, TextDecoder).
 */
import type { ArticleBlock } from '../../model/documents/article.js';
import { type Result, fail, failAll, ok, problem } from '../../model/result.js';
import { markdownToBlocks, plainTextToBlocks } from '../../model/text/text-to-blocks.js';
import { type HtmlReadingOptions, readHtml } from '../../editor/html-to-blocks.js';
import { type FileKindCode, notText, unknownDocumentKind, wrongKindByContent, wrongKindByName } from '../../app/import/file-recognition.js';
import { ownEntry } from '../../model/own-entry.js';

/** The largest file Close Reader opens as a document: 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** How much of a file's start is looked at to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;

/** The share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.05;

/** What kind of text a document is, which says how it becomes blocks. */
export type DocumentKind = 'txt' | 'md' | 'html';

/** A document file's text and kind. */
export interface DocumentText {
  readonly text: string;
  readonly kind: DocumentKind;
}

/**
 * Why a file cannot be a document, besides its being of another kind (FileKindCode): over 20 MB
 * ('document-too-large', params: file, megabytes) or without text ('document-empty', params: file).
 * A file that was not UTF-8 is read as Windows-1252 with the warning 'read-as-latin1' (params: file).
 */
export type DocumentFileCode = FileKindCode | 'document-too-large' | 'document-empty' | 'read-as-latin1';

/** A file read as a document's text (with a warning when it was not UTF-8), or why it could not be. */
export type DocumentFileResult = Result<DocumentText, DocumentFileCode>;

/** A document's text read as blocks, with the title it offers and what was left out of it. */
export interface DocumentReading {
  readonly blocks: ArticleBlock[];
  /** The title the text offers (an HTML page's <title> or first heading); '' when it offers none. */
  readonly title: string;
  /** How many parts of an HTML page were left out as its navigation, headers, footers and captions. */
  readonly leftOut: number;
}

const KINDS_BY_EXTENSION: Readonly<Record<string, DocumentKind>> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
};

const KINDS_BY_MIME: Readonly<Record<string, DocumentKind>> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/html': 'html',
};

/**
 * The kind of a file by its extension (.txt, .md or .markdown, .html or .htm); for a name without
 * an extension, by its media type. Undefined for anything else.
 */
export function documentKindOf(fileName: string, mediaType = ''): DocumentKind | undefined {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== undefined) return ownEntry(KINDS_BY_EXTENSION, extension);
  return ownEntry(KINDS_BY_MIME, mediaType.split(';')[0]!.trim().toLowerCase());
}

/**
 * Reads `file` as a document's text. Refused before anything is read: a file over
 * {@link MAX_DOCUMENT_BYTES}, or empty. Refused after a look at its first bytes: a PDF, an Office
 * document, an image, an archive or another format that is not text (whatever its name says); then
 * a file of a kind Close Reader does not open, by its name. Refused after reading it: a file that
 * is not text (NUL bytes or many control characters in its first 64 KB). Decoded as UTF-8 (UTF-16
 * when it starts with a UTF-16 byte order mark); when that fails, as Windows-1252 (Latin-1), with a
 * warning saying so.
 */
export async function readDocumentFile(file: File): Promise<DocumentFileResult> {
  const name = file.name || 'The file';
  if (file.size > MAX_DOCUMENT_BYTES) {
    const megabytes = Math.ceil((file.size / (1024 * 1024)) * 10) / 10;
    return fail('document-too-large', { file: name, megabytes }, `${name}: the file is ${megabytes} MB; Close Reader opens documents up to 20 MB.`);
  }
  if (file.size === 0) return fail('document-empty', { file: name }, `${name} is empty.`);
  const wrongKind = await wrongKindByContent(file, 'documents');
  if (wrongKind) return failAll([wrongKind]);
  const kind = documentKindOf(file.name, file.type);
  if (!kind) return failAll([wrongKindByName(file.name, 'documents') ?? unknownDocumentKind(file.name)]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decode(bytes);
  if (!decoded || looksBinary(decoded.text.slice(0, SNIFF_BYTES))) return failAll([notText(file.name, 'documents')]);
  if (decoded.text.trim() === '') return fail('document-empty', { file: name }, `${name} is empty.`);
  if (!decoded.latin1) return ok({ text: decoded.text, kind });
  return ok({ text: decoded.text, kind }, [problem('read-as-latin1', { file: name }, `${name} was not UTF-8; read as Latin-1 (Windows-1252).`)]);
}

/**
 * The text of `bytes`: UTF-16 after its byte order mark, else UTF-8, else Windows-1252 (which
 * decodes any bytes; `latin1` says it was needed). Undefined for UTF-16 that does not decode, and
 * for bytes with a NUL in their first 64 KB, which no text file of ours has (UTF-16 aside).
 */
function decode(bytes: Uint8Array): { text: string; latin1: boolean } | undefined {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : undefined;
  try {
    if (utf16) return { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), latin1: false };
  } catch {
    return undefined;
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return undefined;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), latin1: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), latin1: true };
  }
}

/**
 * Whether a text's start looks like binary data read as text: a NUL, or more than 5% control
 * characters other than tab, line feed, carriage return and form feed (C1 controls count: they are
 * what Windows-1252's unassigned bytes decode to).
 */
function looksBinary(start: string): boolean {
  if (start.includes('\u0000')) return true;
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = start.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g)?.length ?? 0;
  return controls > start.length * MAX_CONTROL_SHARE;
}

/** The blocks of a document's text, by its kind: plain text, Markdown or HTML (its page chrome left out). */
export function blocksFromDocumentText(text: string, kind: DocumentKind): ArticleBlock[] {
  switch (kind) {
    case 'txt':
      return plainTextToBlocks(text);
    case 'md':
      return markdownToBlocks(text);
    case 'html':
      return readHtml(text).blocks;
  }
}

/**
 * An HTML document's blocks, the title it offers and how many parts of the page were left out;
 * with `keepPageChrome`, its navigation, headers, footers and captions kept (html-to-blocks.ts).
 */
export function readHtmlDocument(text: string, options: HtmlReadingOptions = {}): DocumentReading {
  return readHtml(text, options);
}
