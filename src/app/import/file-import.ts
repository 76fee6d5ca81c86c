/**
 * One file given to the header's Import, whatever it holds: annotations (W3C, Hypothesis,
 * Recogito; perhaps with own documents), or a category scheme (SKOS JSON-LD). Says which and
 * prepares its summary; nothing is written until the reader confirms it. A file that is neither is
 * refused with what it is (a PDF, an image, a text document) or what is wrong with it.
 */
import { type Result, ok } from '../../model/result.js';
import { type ImportSource, type ImportStores, type ImportSummary, planAnnotationImport, refuseBeforeReading } from './annotation-import.js';
import { type SchemeImportSummary, looksLikeScheme, prepareSchemeImport } from './scheme-import.js';

/** A file ready to confirm: annotations with their summary, or a category scheme with its summary. */
export type PreparedImport =
  | { readonly kind: 'annotations'; readonly summary: ImportSummary }
  | { readonly kind: 'scheme'; readonly summary: SchemeImportSummary };

/**
 * Reads `file` once and prepares it as a scheme when it is a SKOS concept scheme, else as
 * annotations (scheme-import.ts, annotation-import.ts); writes nothing.
 */
export async function prepareFileImport(file: ImportSource, stores: ImportStores, now = new Date()): Promise<Result<PreparedImport>> {
  const refused = await refuseBeforeReading(file);
  if (refused) return refused;
  const text = await file.text();
  if (looksLikeScheme(text)) {
    const scheme = prepareSchemeImport(text, file.name, stores.categories, now);
    // A file that mentions a concept scheme but holds none (a note quoting the word) is read as annotations.
    if (scheme.ok) return ok<PreparedImport>({ kind: 'scheme', summary: scheme.value });
    if (!scheme.problems.some((entry) => entry.code === 'no-concept-scheme' || entry.code === 'not-json')) return scheme;
  }
  const annotations = await planAnnotationImport(text, file.name, stores, now);
  return annotations.ok ? ok<PreparedImport>({ kind: 'annotations', summary: annotations.value }, annotations.warnings) : annotations;
}
