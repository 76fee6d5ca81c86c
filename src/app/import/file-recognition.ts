/**
 * A file of the wrong kind, recognised before it is read as what it is not: a PDF, a Word document
 * or a photo dropped on Import (which reads W3C annotation files and category schemes) or on "add a
 * document" (which reads .txt, .md and .html). Instead of "not JSON" or "not a text file" the
 * reader is told what the file is and what to do instead, and nothing changes. The bytes are told
 * apart in file-signature.ts; this reads them from the file and says it as a problem (result.ts)
 * whose code and parameters ui/shared/problem-messages.ts words in the reader's language.
 */
import { type Problem, problem } from '../../model/result.js';
import { type FileFormat, type FormatFamily, SIGNATURE_BYTES, extensionOf, formatByExtension, formatBySignature } from './file-signature.js';

/** What the page that was given the file reads: annotation files (Import) or documents (add a document). */
export type ExpectedFiles = 'annotations' | 'documents';

/**
 * A file of the wrong kind: 'file-is-pdf', 'file-is-word', 'file-is-spreadsheet',
 * 'file-is-presentation', 'file-is-image', 'file-is-archive', 'file-is-binary' (params: file,
 * format, extension, expected); on Import, a text document ('file-is-text'); on "add a document", a
 * data file ('file-is-data') or a file of a kind it does not open ('file-kind-unknown').
 */
export type FileKindCode = `file-is-${FormatFamily}` | 'file-is-text' | 'file-is-data' | 'file-kind-unknown';

/** The bytes of a file this module reads: a browser File, or anything that can be sliced like one. */
export interface SniffableFile {
  readonly name: string;
  readonly size: number;
  slice(start?: number, end?: number): Blob;
}

/** What the reader is told a page reads, in English (problem-messages.ts says it in their language). */
const READS: Readonly<Record<ExpectedFiles, string>> = {
  annotations: 'Close Reader imports W3C annotation files and category schemes (.json, .jsonld).',
  documents: 'Close Reader reads text files (.txt, .md, .html).',
};

/** What the file is, in English, by its format's family. */
const IS: Readonly<Record<FormatFamily, (format: FileFormat) => string>> = {
  pdf: () => 'a PDF',
  word: (format) => `a word-processor document (${format.name}, ${format.extension})`,
  spreadsheet: (format) => `a spreadsheet (${format.name}, ${format.extension})`,
  presentation: (format) => `a presentation (${format.name}, ${format.extension})`,
  image: (format) => `an image (${format.name})`,
  archive: (format) => `a compressed archive (${format.name})`,
  binary: (format) => `not a text file (${format.name})`,
};

/** What to do instead, for a document the reader wanted to read (in English). */
const INSTEAD: Partial<Record<FormatFamily, string>> = {
  pdf: 'Copy the text from the PDF and paste it.',
  word: 'Save it as text or as a web page, or copy its text and paste it.',
  archive: 'Unpack it and open the text inside.',
};

/**
 * The problem of a file of a kind `expected` files are not, told from its first
 * {@link SIGNATURE_BYTES} bytes (and, for a ZIP, its last ones); undefined when they are no format
 * it knows (text, JSON among them). Reads at most 128 KB, whatever the file's size.
 */
export async function wrongKindByContent(file: SniffableFile, expected: ExpectedFiles): Promise<Problem<FileKindCode> | undefined> {
  if (file.size === 0) return undefined;
  const head = new Uint8Array(await file.slice(0, SIGNATURE_BYTES).arrayBuffer());
  // A ZIP's directory of entry names is at its end: read that too, for a ZIP only.
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  const tail = zip && file.size > SIGNATURE_BYTES ? new Uint8Array(await file.slice(Math.max(SIGNATURE_BYTES, file.size - SIGNATURE_BYTES)).arrayBuffer()) : head;
  const format = formatBySignature(head, tail, file.name);
  return format ? wrongFormat(file.name, format, expected) : undefined;
}

/**
 * The problem of a file whose name says it is of a kind `expected` files are not (the fallback for
 * a file whose bytes did not tell, or could not be read as what was expected): a .pdf, .docx or
 * .png; on Import also a text document (.txt, .md, .html); on "add a document" also a data file
 * (.json, .jsonld). Undefined for a name that says nothing against it.
 */
export function wrongKindByName(fileName: string, expected: ExpectedFiles): Problem<FileKindCode> | undefined {
  const format = formatByExtension(fileName);
  if (format) return wrongFormat(fileName, format, expected);
  const extension = extensionOf(fileName);
  const file = fileName || 'The file';
  if (expected === 'annotations' && ['txt', 'text', 'md', 'markdown', 'html', 'htm'].includes(extension)) {
    const message = `${file} is a text document, not an annotation file. To read it closely, add it to the library as your own document.`;
    return problem('file-is-text', { file, extension: `.${extension}`, expected }, message);
  }
  if (expected === 'documents' && ['json', 'jsonld'].includes(extension)) {
    const message = `${file} is a data file (JSON), not a text. To bring in annotations or a category scheme, use Import at the top of the page.`;
    return problem('file-is-data', { file, extension: `.${extension}`, expected }, message);
  }
  return undefined;
}

/** The problem of a document file of a kind "add a document" does not open (a .csv, a file without extension). */
export function unknownDocumentKind(fileName: string): Problem<FileKindCode> {
  const file = fileName || 'The file';
  return problem('file-kind-unknown', { file, expected: 'documents' }, `${file}: ${READS.documents}`);
}

/** The problem of a file that is not text although its name said it was (NUL bytes, control characters). */
export function notText(fileName: string, expected: ExpectedFiles): Problem<FileKindCode> {
  const file = fileName || 'The file';
  return problem('file-is-binary', { file, format: '', extension: `.${extensionOf(fileName)}`, expected }, `${file} is not a text file. ${READS[expected]}`);
}

/** The problem for a file of `format` where `expected` files were wanted. */
function wrongFormat(fileName: string, format: FileFormat, expected: ExpectedFiles): Problem<FileKindCode> {
  const file = fileName || 'The file';
  const instead = expected === 'documents' ? INSTEAD[format.family] : undefined;
  const message = `${file} is ${IS[format.family](format)}. ${READS[expected]}${instead ? ` ${instead}` : ''}`;
  return problem(`file-is-${format.family}`, { file, format: format.name, extension: format.extension, expected }, message);
}
