/**
 * The teacher collects a class's hand-ins at once (issue 16): several files from the picker, a
 * dropped folder, or a ZIP (Moodle's "download all submissions" has one folder per student; any zip
 * of hand-in files will do). Every `.json`/`.jsonld` file, at any folder depth of a ZIP, is received
 * one after another, each in its own transaction, so one broken file never stops the rest; a
 * hand-in of another assignment is listed and not stored. Each file is parsed once (what
 * recognises it is what is received: `receiveParsedHandIn`), and the article's text is read and
 * hashed once for the whole class. ZIPs are read with fflate, loaded only when a ZIP comes. The
 * outcome per file is for the UI to word (ui/assignments/collect-hand-ins.ts).
 */
import type { Problem } from '../../model/result.js';
import { storageProblem } from '../storage-error.js';
import { type ReceiveHandInDeps, type ReceivedHandIn, ReceivingArticles, receiveParsedHandIn } from './receive-hand-in.js';

/** A file to collect: from a picker, a dropped folder (walked) or a ZIP; read only when its turn comes. */
export interface CollectSource {
  /** The file's name, with its folder path when it came from a folder. */
  readonly name: string;
  /** Its size in bytes. */
  readonly size: number;
  read(): Promise<Uint8Array | string>;
}

/** The largest ZIP opened, in bytes. */
export const MAX_ZIP_BYTES = 200 * 1024 * 1024;
/** The most entries a ZIP may hold. */
export const MAX_ZIP_ENTRIES = 2000;
/** The largest file inside a ZIP that is inflated, in bytes (as its entry declares it). */
export const MAX_ENTRY_BYTES = 50 * 1024 * 1024;

/**
 * What became of one file: 'stored' (saved, perhaps replacing an older hand-in of the student:
 * `received.outcome.replaced`), 'not-newer' (the student's stored hand-in is newer, or this very
 * one: nothing written), 'other-assignment' (a hand-in of another assignment: not stored),
 * 'broken' (refused: the problems), 'skipped' (no hand-in file, or a ZIP entry too large to open),
 * or 'zip-refused' (a ZIP too large, with too many entries or no ZIP at all: none of it read).
 */
export type CollectedOutcome =
  | { readonly kind: 'stored'; readonly received: ReceivedHandIn }
  | { readonly kind: 'not-newer'; readonly received: ReceivedHandIn }
  | { readonly kind: 'other-assignment'; readonly assignmentTitle: string; readonly student: string }
  | { readonly kind: 'broken'; readonly problems: readonly Problem[] }
  | { readonly kind: 'skipped'; readonly reason: 'not-a-hand-in-file' | 'entry-too-large'; readonly bytes: number }
  | { readonly kind: 'zip-refused'; readonly reason: 'too-large' | 'too-many-entries' | 'unreadable'; readonly bytes: number; readonly entries: number; readonly maxEntries: number };

/** One file's outcome: `name` is its path (a ZIP entry as `zip name/entry path`). */
export interface CollectedFile {
  readonly name: string;
  readonly outcome: CollectedOutcome;
}

/** Told as the files are received: `done` of `total` hand-in files. */
export type CollectProgress = (done: number, total: number) => void;

/** A hand-in candidate once the ZIPs are opened. */
type Candidate = { readonly name: string; readonly size: number; read(): Promise<Uint8Array | string> };

const isZip = (name: string): boolean => /\.zip$/i.test(name);
const isHandInFile = (name: string): boolean => /\.json(ld)?$/i.test(name);
/** Folders and the files macOS and Windows add to archives are no files of anyone's. */
const isNoise = (path: string): boolean => path.endsWith('/') || /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$)/.test(path);

/**
 * Collects `files` as hand-ins of the assignment `assignmentId` (the bare UUID): opens the ZIPs,
 * receives every hand-in file one after another and resolves to each file's outcome, in the order
 * the files (and a ZIP's entries) came. Never rejects for one file: a failure of storage is that
 * file's 'broken' outcome.
 */
export async function collectHandIns(files: readonly CollectSource[], assignmentId: string, deps: ReceiveHandInDeps, onProgress: CollectProgress = () => {}): Promise<CollectedFile[]> {
  const slots: (CollectedFile | Candidate)[] = [];
  for (const file of files) {
    if (isZip(file.name)) slots.push(...(await openZip(file)));
    else if (isHandInFile(file.name)) slots.push(file);
    else slots.push({ name: file.name, outcome: { kind: 'skipped', reason: 'not-a-hand-in-file', bytes: file.size } });
  }
  const total = slots.filter((slot) => !('outcome' in slot)).length;
  const { parseHandIn } = await import('../../model/assignments/hand-in.js');
  const receive: Receive = { assignmentId, deps, parseHandIn, articles: new ReceivingArticles(deps.articles) };
  const collected: CollectedFile[] = [];
  let done = 0;
  onProgress(done, total);
  for (const slot of slots) {
    if ('outcome' in slot) {
      collected.push(slot);
      continue;
    }
    collected.push({ name: slot.name, outcome: await receiveOne(slot, receive) });
    onProgress(++done, total);
  }
  return collected;
}

/**
 * Receives one hand-in file as a collection does, with the same checks (a hand-in of another
 * assignment is refused before anything is stored; never rejects): for files that come one by one
 * from elsewhere, the hand-ins read from a Solid hand-in box (collect-from-box.ts). `articles` is
 * kept across the files of one collecting.
 */
export async function collectOne(file: CollectSource, assignmentId: string, deps: ReceiveHandInDeps, articles: ReceivingArticles): Promise<CollectedOutcome> {
  const { parseHandIn } = await import('../../model/assignments/hand-in.js');
  return receiveOne(file, { assignmentId, deps, parseHandIn, articles });
}

/** What every file of a collection is received with. */
interface Receive {
  readonly assignmentId: string;
  readonly deps: ReceiveHandInDeps;
  readonly parseHandIn: typeof import('../../model/assignments/hand-in.js').parseHandIn;
  readonly articles: ReceivingArticles;
}

/** Receives one hand-in file, refusing one of another assignment before anything is stored. */
async function receiveOne(file: Candidate, { assignmentId, deps, parseHandIn, articles }: Receive): Promise<CollectedOutcome> {
  try {
    const content = await file.read();
    const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
    const parsed = parseHandIn(text, file.name, file.size);
    if (!parsed.ok) return { kind: 'broken', problems: parsed.problems };
    if (parsed.value.assignmentId !== assignmentId) return { kind: 'other-assignment', assignmentTitle: parsed.value.assignmentTitle, student: parsed.value.student };
    const received = await receiveParsedHandIn(parsed, file.name, deps, { articles });
    if (!received.ok) return { kind: 'broken', problems: received.problems };
    return { kind: received.value.outcome.kind === 'saved' ? 'stored' : 'not-newer', received: received.value };
  } catch (error) {
    return { kind: 'broken', problems: [storageProblem(error)] };
  }
}

/**
 * Opens a ZIP: its hand-in files as candidates (inflated only when under the entry limit, as the
 * entry declares its size), its other files as skipped; or the whole ZIP refused, unread past its
 * directory, when it is too large or holds too many entries.
 */
async function openZip(file: CollectSource): Promise<(CollectedFile | Candidate)[]> {
  if (file.size > MAX_ZIP_BYTES) return [{ name: file.name, outcome: { kind: 'zip-refused', reason: 'too-large', bytes: file.size, entries: 0, maxEntries: MAX_ZIP_ENTRIES } }];
  const { unzipSync } = await import('fflate');
  let unzipped: Record<string, Uint8Array>;
  const entries: { readonly path: string; readonly size: number }[] = [];
  try {
    const content = await file.read();
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    // First the directory alone: nothing is inflated before the limits are checked.
    unzipSync(bytes, { filter: (entry) => (entries.push({ path: entry.name, size: entry.originalSize }), false) });
    if (entries.length > MAX_ZIP_ENTRIES) return [{ name: file.name, outcome: { kind: 'zip-refused', reason: 'too-many-entries', bytes: file.size, entries: entries.length, maxEntries: MAX_ZIP_ENTRIES } }];
    unzipped = unzipSync(bytes, { filter: (entry) => isHandInFile(entry.name) && !isNoise(entry.name) && entry.originalSize <= MAX_ENTRY_BYTES });
  } catch {
    return [{ name: file.name, outcome: { kind: 'zip-refused', reason: 'unreadable', bytes: file.size, entries: entries.length, maxEntries: MAX_ZIP_ENTRIES } }];
  }
  return entries
    .filter((entry) => !isNoise(entry.path))
    .map(({ path, size }): CollectedFile | Candidate => {
      const name = `${file.name}/${path}`;
      if (!isHandInFile(path)) return { name, outcome: { kind: 'skipped', reason: 'not-a-hand-in-file', bytes: size } };
      const data = unzipped[path];
      if (size > MAX_ENTRY_BYTES || !data) return { name, outcome: { kind: 'skipped', reason: 'entry-too-large', bytes: size } };
      return { name, size, read: () => Promise.resolve(data) };
    });
}
