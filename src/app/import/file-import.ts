/**
 * One file given to the header's Import, whatever it holds: annotations (W3C, Hypothesis,
 * Recogito; perhaps with own documents), or a category scheme (SKOS JSON-LD). Says which and
 * prepares its summary; nothing is written until the reader confirms it. A file that is neither is
 * refused with what it is (a PDF, an image, a text document) or what is wrong with it.
 */
import { type Result, ok } from '../../model/result.js';
import { type ImportSource, type ImportStores, type ImportSummary, planAnnotationImport, refuseBeforeReading } from './annotation-import.js';
import { type SchemeImportSummary, looksLikeScheme, prepareSchemeImport } from './scheme-import.js';
import { ASSIGNMENT_KEY, type AssignmentFileKind } from '../../model/assignments/assignment-file.js';

/**
 * A file ready to confirm: annotations with their summary, or a category scheme with its summary;
 * or an assignment file (issue 15), which is no import: a hand-out opens its assignment
 * (student-assignments.ts), a hand-in is received as a hand-in set (receive-hand-in.ts), a solution
 * is kept as the assignment's model answer in a student's browser (solution-file.ts).
 */
export type PreparedImport =
  | { readonly kind: 'annotations'; readonly summary: ImportSummary }
  | { readonly kind: 'scheme'; readonly summary: SchemeImportSummary }
  | { readonly kind: 'hand-out'; readonly file: AssignmentFile }
  | { readonly kind: 'hand-in'; readonly file: AssignmentFile }
  | { readonly kind: 'solution'; readonly file: AssignmentFile };

/** An assignment file as read: its text, name and size in bytes. */
export interface AssignmentFile {
  readonly text: string;
  readonly name: string;
  readonly size: number;
}

/**
 * Reads `file` once and prepares it as a scheme when it is a SKOS concept scheme, else as
 * annotations (scheme-import.ts, annotation-import.ts); writes nothing.
 */
export async function prepareFileImport(file: ImportSource, stores: ImportStores, now = new Date()): Promise<Result<PreparedImport>> {
  const refused = await refuseBeforeReading(file);
  if (refused) return refused;
  const text = await file.text();
  // Before the scheme test: a hand-out embeds its scheme, and neither file is a plain annotation import.
  const assignmentFile = assignmentFileKind(text);
  const read: AssignmentFile = { text, name: file.name, size: file.size };
  if (assignmentFile) return ok<PreparedImport>({ kind: assignmentFile, file: read });
  if (looksLikeScheme(text)) {
    const scheme = prepareSchemeImport(text, file.name, stores.categories, now);
    // A file that mentions a concept scheme but holds none (a note quoting the word) is read as annotations.
    if (scheme.ok) return ok<PreparedImport>({ kind: 'scheme', summary: scheme.value });
    if (!scheme.problems.some((entry) => entry.code === 'no-concept-scheme' || entry.code === 'not-json')) return scheme;
  }
  const annotations = await planAnnotationImport(text, file.name, stores, now);
  return annotations.ok ? ok<PreparedImport>({ kind: 'annotations', summary: annotations.value }, annotations.warnings) : annotations;
}

/**
 * Whether a file's text is an assignment file (docs/assignment-files.md), and which: a cheap test
 * on the text (the {@link ASSIGNMENT_KEY} property), then the kind its entry names. A file that
 * names the property but is not JSON (cut off on the way) counts as a hand-out, so that the
 * reader hears what is wrong with it as an assignment file rather than as annotations.
 */
export function assignmentFileKind(text: string): AssignmentFileKind | undefined {
  if (!text.includes(`"${ASSIGNMENT_KEY}"`)) return undefined;
  const written = new RegExp(`"${ASSIGNMENT_KEY}"\\s*:\\s*\\{\\s*"kind"\\s*:\\s*"(hand-out|hand-in|solution)"`).exec(text);
  if (written) return written[1] as AssignmentFileKind;
  try {
    const json: unknown = JSON.parse(text);
    const entry = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)[ASSIGNMENT_KEY] : undefined;
    const kind = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).kind : undefined;
    return kind === 'hand-in' || kind === 'solution' ? kind : 'hand-out';
  } catch {
    return 'hand-out';
  }
}
