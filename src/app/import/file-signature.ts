/**
 * What a file is, told from its first bytes (its "magic number") and, for a ZIP container, from the
 * names of its entries; else from its extension. Pure: bytes and a name in, a format out, no DOM.
 * Readers drop whatever they have at hand (a PDF, a Word document, a screenshot) on a page that
 * reads text or JSON; saying what the file is lets the message say what to do instead.
 *
 * Signatures: PDF 1.7 (ISO 32000-1, 7.5.2), the ZIP APPNOTE (4.3.7 local file header, 4.3.12
 * central directory header), PNG (RFC 2083, 3.1), JPEG (JFIF SOI marker), GIF87a/89a, RIFF (WebP,
 * WAVE, AVI), ISO base media ("ftyp": MP4, HEIC, AVIF), the OLE2 compound file of old Office.
 */
import { ownEntry } from '../../model/own-entry.js';

/** How many bytes of a file's start (and of its end, for a ZIP's directory) are enough to tell. */
export const SIGNATURE_BYTES = 64 * 1024;

/** The family of a format, which decides what the reader is told. */
export type FormatFamily = 'pdf' | 'word' | 'spreadsheet' | 'presentation' | 'image' | 'archive' | 'binary';

/** A format recognised: its family, a short name to show ("PNG", "ZIP") and its usual extension. */
export interface FileFormat {
  readonly family: FormatFamily;
  readonly name: string;
  readonly extension: string;
}

const FORMATS = {
  pdf: { family: 'pdf', name: 'PDF', extension: '.pdf' },
  docx: { family: 'word', name: 'Word', extension: '.docx' },
  doc: { family: 'word', name: 'Word', extension: '.doc' },
  odt: { family: 'word', name: 'OpenDocument', extension: '.odt' },
  rtf: { family: 'word', name: 'RTF', extension: '.rtf' },
  pages: { family: 'word', name: 'Pages', extension: '.pages' },
  xlsx: { family: 'spreadsheet', name: 'Excel', extension: '.xlsx' },
  xls: { family: 'spreadsheet', name: 'Excel', extension: '.xls' },
  ods: { family: 'spreadsheet', name: 'OpenDocument', extension: '.ods' },
  numbers: { family: 'spreadsheet', name: 'Numbers', extension: '.numbers' },
  pptx: { family: 'presentation', name: 'PowerPoint', extension: '.pptx' },
  ppt: { family: 'presentation', name: 'PowerPoint', extension: '.ppt' },
  odp: { family: 'presentation', name: 'OpenDocument', extension: '.odp' },
  key: { family: 'presentation', name: 'Keynote', extension: '.key' },
  png: { family: 'image', name: 'PNG', extension: '.png' },
  jpeg: { family: 'image', name: 'JPEG', extension: '.jpg' },
  gif: { family: 'image', name: 'GIF', extension: '.gif' },
  webp: { family: 'image', name: 'WebP', extension: '.webp' },
  bmp: { family: 'image', name: 'BMP', extension: '.bmp' },
  tiff: { family: 'image', name: 'TIFF', extension: '.tiff' },
  heic: { family: 'image', name: 'HEIC', extension: '.heic' },
  avif: { family: 'image', name: 'AVIF', extension: '.avif' },
  svg: { family: 'image', name: 'SVG', extension: '.svg' },
  zip: { family: 'archive', name: 'ZIP', extension: '.zip' },
  epub: { family: 'archive', name: 'EPUB', extension: '.epub' },
  gzip: { family: 'archive', name: 'gzip', extension: '.gz' },
  sevenZip: { family: 'archive', name: '7-Zip', extension: '.7z' },
  rar: { family: 'archive', name: 'RAR', extension: '.rar' },
  mp3: { family: 'binary', name: 'MP3', extension: '.mp3' },
  mp4: { family: 'binary', name: 'MP4', extension: '.mp4' },
  wav: { family: 'binary', name: 'WAVE', extension: '.wav' },
  ogg: { family: 'binary', name: 'Ogg', extension: '.ogg' },
  exe: { family: 'binary', name: 'EXE', extension: '.exe' },
} as const satisfies Record<string, FileFormat>;

/** Formats by the extensions people's files carry (lower case, without the dot). */
const BY_EXTENSION: Readonly<Record<string, FileFormat>> = {
  pdf: FORMATS.pdf,
  docx: FORMATS.docx, docm: FORMATS.docx, dotx: FORMATS.docx, doc: FORMATS.doc, odt: FORMATS.odt, rtf: FORMATS.rtf, pages: FORMATS.pages,
  xlsx: FORMATS.xlsx, xlsm: FORMATS.xlsx, xls: FORMATS.xls, ods: FORMATS.ods, numbers: FORMATS.numbers,
  pptx: FORMATS.pptx, ppt: FORMATS.ppt, odp: FORMATS.odp, key: FORMATS.key,
  png: FORMATS.png, jpg: FORMATS.jpeg, jpeg: FORMATS.jpeg, gif: FORMATS.gif, webp: FORMATS.webp, bmp: FORMATS.bmp,
  tif: FORMATS.tiff, tiff: FORMATS.tiff, heic: FORMATS.heic, heif: FORMATS.heic, avif: FORMATS.avif, svg: FORMATS.svg,
  zip: FORMATS.zip, epub: FORMATS.epub, gz: FORMATS.gzip, tgz: FORMATS.gzip, '7z': FORMATS.sevenZip, rar: FORMATS.rar,
  mp3: FORMATS.mp3, mp4: FORMATS.mp4, m4a: FORMATS.mp4, mov: FORMATS.mp4, wav: FORMATS.wav, ogg: FORMATS.ogg, exe: FORMATS.exe,
};

/** The extension of a file name, lower case and without the dot ('' for none). */
export function extensionOf(fileName: string): string {
  return /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
}

/** The format a file name's extension stands for, when it is one Close Reader does not read. */
export function formatByExtension(fileName: string): FileFormat | undefined {
  return ownEntry(BY_EXTENSION, extensionOf(fileName));
}

/**
 * The format of a file by its first bytes (`head`, up to {@link SIGNATURE_BYTES}), or undefined for
 * bytes no known format starts with (text among them). For a ZIP container the entries' names (in
 * `head`'s local headers and `tail`'s central directory, `tail` being the file's last bytes) tell a
 * Word, Excel, PowerPoint, OpenDocument or EPUB file from a plain archive; the extension of
 * `fileName` decides between the old Office formats, which share one container.
 */
export function formatBySignature(head: Uint8Array, tail: Uint8Array = head, fileName = ''): FileFormat | undefined {
  const starts = (...bytes: number[]): boolean => bytes.every((byte, i) => head[i] === byte);
  const ascii = (at: number, text: string): boolean => [...text].every((ch, i) => head[at + i] === ch.charCodeAt(0));
  // Readers tolerate bytes before a PDF's header (PDF 1.7, H.3, note 13); whitespace is what occurs.
  let lead = 0;
  while (lead < 1024 && [0x09, 0x0a, 0x0d, 0x20].includes(head[lead] ?? -1)) lead += 1;
  if (ascii(lead, '%PDF-')) return FORMATS.pdf;
  if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0x50, 0x4b, 0x05, 0x06)) return zipFormat(head, tail, fileName);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return FORMATS.png;
  if (starts(0xff, 0xd8, 0xff)) return FORMATS.jpeg;
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return FORMATS.gif;
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return FORMATS.webp;
  if (ascii(0, 'RIFF') && ascii(8, 'WAVE')) return FORMATS.wav;
  if (ascii(0, 'BM') && head.length >= 26 && head[6] === 0 && head[7] === 0 && head[8] === 0 && head[9] === 0) return FORMATS.bmp;
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return FORMATS.tiff;
  if (head[0] === 0 && ascii(4, 'ftyp')) {
    const brand = String.fromCharCode(...head.subarray(8, 12));
    if (['heic', 'heix', 'hevc', 'mif1', 'msf1'].includes(brand)) return FORMATS.heic;
    if (brand === 'avif' || brand === 'avis') return FORMATS.avif;
    return FORMATS.mp4;
  }
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    const byName = formatByExtension(fileName);
    return byName === FORMATS.xls || byName === FORMATS.ppt ? byName : FORMATS.doc;
  }
  if (ascii(0, '{\\rtf')) return FORMATS.rtf;
  if (starts(0x1f, 0x8b)) return FORMATS.gzip;
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return FORMATS.sevenZip;
  // The signatures below start with letters a text could start with too: each checks a byte no text has.
  if (ascii(0, 'Rar!') && head[4] === 0x1a) return FORMATS.rar;
  if (ascii(0, 'ID3') && (head[3] ?? 0xff) < 0x10) return FORMATS.mp3;
  if (ascii(0, 'OggS') && head[4] === 0) return FORMATS.ogg;
  if (ascii(0, 'MZ') && head.subarray(2, 64).includes(0)) return FORMATS.exe;
  return undefined;
}

/** What a ZIP container holds, by the names (and the `mimetype` entry) of its entries. */
function zipFormat(head: Uint8Array, tail: Uint8Array, fileName: string): FileFormat {
  const { names, mimetype } = zipEntries(head, tail);
  const has = (prefix: string): boolean => names.some((name) => name.startsWith(prefix));
  if (has('word/')) return FORMATS.docx;
  if (has('xl/')) return FORMATS.xlsx;
  if (has('ppt/')) return FORMATS.pptx;
  const byMimetype: Readonly<Record<string, FileFormat>> = {
    'application/vnd.oasis.opendocument.text': FORMATS.odt,
    'application/vnd.oasis.opendocument.spreadsheet': FORMATS.ods,
    'application/vnd.oasis.opendocument.presentation': FORMATS.odp,
    'application/epub+zip': FORMATS.epub,
  };
  if (mimetype && byMimetype[mimetype]) return byMimetype[mimetype];
  // Apple's iWork files and Office files whose directory was not in the bytes read: by name.
  const byName = formatByExtension(fileName);
  return byName && byName.family !== 'image' && byName.family !== 'binary' && byName.family !== 'pdf' ? byName : FORMATS.zip;
}

/**
 * The names of a ZIP's entries found in its local file headers (in `head`) and central directory
 * headers (in `tail`), and the text of its stored `mimetype` entry (OpenDocument, EPUB). Cheap and
 * forgiving: headers are found by their signatures, and a name that runs past the bytes is skipped.
 */
export function zipEntries(head: Uint8Array, tail: Uint8Array = head): { names: string[]; mimetype?: string } {
  const names = new Set<string>();
  let mimetype: string | undefined;
  const decoder = new TextDecoder();
  for (const at of signatures(head, [0x50, 0x4b, 0x03, 0x04])) {
    const nameLength = u16(head, at + 26);
    const extraLength = u16(head, at + 28);
    if (at + 30 + nameLength > head.length) continue;
    const name = decoder.decode(head.subarray(at + 30, at + 30 + nameLength));
    names.add(name);
    // The first entry of an OpenDocument or EPUB file: "mimetype", stored (method 0), uncompressed.
    if (name === 'mimetype' && u16(head, at + 8) === 0) {
      const start = at + 30 + nameLength + extraLength;
      const size = u32(head, at + 18);
      if (size > 0 && size < 200 && start + size <= head.length) mimetype = decoder.decode(head.subarray(start, start + size)).trim();
    }
  }
  for (const at of signatures(tail, [0x50, 0x4b, 0x01, 0x02])) {
    const nameLength = u16(tail, at + 28);
    if (at + 46 + nameLength <= tail.length) names.add(decoder.decode(tail.subarray(at + 46, at + 46 + nameLength)));
  }
  return mimetype === undefined ? { names: [...names] } : { names: [...names], mimetype };
}

/** Every offset at which `pattern` starts in `bytes`. */
function signatures(bytes: Uint8Array, pattern: readonly number[]): number[] {
  const found: number[] = [];
  for (let at = indexOf(bytes, pattern); at >= 0; at = indexOf(bytes, pattern, at + 1)) found.push(at);
  return found;
}

/** The first offset from `from` at which `pattern` starts in `bytes`, or -1. */
function indexOf(bytes: Uint8Array, pattern: readonly number[], from = 0): number {
  const first = pattern[0]!;
  for (let at = bytes.indexOf(first, from); at >= 0 && at + pattern.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    if (pattern.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}

function u16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function u32(bytes: Uint8Array, at: number): number {
  return (u16(bytes, at) + u16(bytes, at + 2) * 0x10000) >>> 0;
}
