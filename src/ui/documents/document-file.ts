/**
 * Reading a reader's own document from a file they opened or dropped: which kind of text it is,
 * whether it is text at all, and in which encoding, with messages that say what went wrong in
 * words a reader can act on. Then the text as blocks, by kind. Browser-only (File, TextDecoder).
 * The messages are plain English strings; the view that shows them wraps them.
 */
import type { ArticleBlock } from '../../model/documents/article.js';
import { markdownToBlocks, plainTextToBlocks } from '../../model/text/text-to-blocks.js';
import { htmlToBlocks } from '../../editor/html-to-blocks.js';

/** The largest file Close Reader opens as a document: 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** How much of a file's start is looked at to tell text from binary. */
const SNIFF_BYTES = 64 * 1024;

/** The share of control characters above which a file is taken for binary. */
const MAX_CONTROL_SHARE = 0.05;

/** What kind of text a document is, which says how it becomes blocks. */
export type DocumentKind = 'txt' | 'md' | 'html';

/** A file read as a document's text, or why it could not be. */
export type DocumentFileResult =
  | { readonly ok: true; readonly text: string; readonly kind: DocumentKind; readonly notice?: string }
  | { readonly ok: false; readonly error: string };

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
  if (extension !== undefined) return KINDS_BY_EXTENSION[extension];
  return KINDS_BY_MIME[mediaType.split(';')[0]!.trim().toLowerCase()];
}

/**
 * Reads `file` as a document's text. Refused, before anything is read: a file of a kind Close Reader
 * does not open, over {@link MAX_DOCUMENT_BYTES}, or empty. Refused after looking at it: a file that
 * is not text (NUL bytes or many control characters in its first 64 KB). Decoded as UTF-8 (UTF-16
 * when it starts with a UTF-16 byte order mark); when that fails, as Windows-1252 (Latin-1), with a
 * notice saying so.
 */
export async function readDocumentFile(file: File): Promise<DocumentFileResult> {
  const name = file.name || 'The file';
  const kind = documentKindOf(file.name, file.type);
  if (!kind) return { ok: false, error: `${name}: Close Reader opens .txt, .md and .html files.` };
  if (file.size > MAX_DOCUMENT_BYTES) {
    const megabytes = Math.ceil((file.size / (1024 * 1024)) * 10) / 10;
    return { ok: false, error: `${name}: the file is ${megabytes} MB; Close Reader opens documents up to 20 MB.` };
  }
  if (file.size === 0) return { ok: false, error: `${name} is empty.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const decoded = decode(bytes);
  if (!decoded || looksBinary(decoded.text.slice(0, SNIFF_BYTES))) return { ok: false, error: `${name} is not a text file.` };
  if (decoded.text.trim() === '') return { ok: false, error: `${name} is empty.` };
  const notice = decoded.latin1 ? `${name} was not UTF-8; read as Latin-1 (Windows-1252).` : undefined;
  return notice ? { ok: true, text: decoded.text, kind, notice } : { ok: true, text: decoded.text, kind };
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

/** The blocks of a document's text, by its kind: plain text, Markdown or HTML. */
export function blocksFromDocumentText(text: string, kind: DocumentKind): ArticleBlock[] {
  switch (kind) {
    case 'txt':
      return plainTextToBlocks(text);
    case 'md':
      return markdownToBlocks(text);
    case 'html':
      return htmlToBlocks(text);
  }
}
