/**
 * Importing a category scheme file (SKOS JSON-LD, as the scheme editor exports it) given to the
 * header's Import: the same parse and merge as the scheme editor's own import (model/schemes/skos:
 * the same IRI updates the scheme in place, new concepts are added, nothing is duplicated), shown as
 * a summary first like an annotation import, then written in one transaction. Importing the same
 * file twice changes nothing: the second summary says so and offers nothing to write.
 */
import { type Problem, type Result, failAll, ok } from '../../model/result.js';
import { type Category, type CategoryScheme, sortCategories } from '../../model/schemes/category.js';
import { MAX_SCHEME_CATEGORIES, tooManyCategories } from '../../model/schemes/scheme-limits.js';
import { type SchemeMerge, type SkosCode, mergeImportedScheme, parseSkosScheme } from '../../model/schemes/skos.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import { importedRelationTypes, sameRelationTypes, schemeRelationTypes } from '../../model/schemes/scheme-relation-types.js';
import type { CategoryStore } from '../schemes/category-store.js';

/** What the reader confirms for a scheme file. */
export interface SchemeImportSummary {
  readonly fileName: string;
  /** What the merge writes: the scheme, its new and changed categories, and what it warns about. */
  readonly merge: SchemeMerge;
  /** The scheme's categories as they will be after the import, in order (for the summary's list). */
  readonly categories: readonly Category[];
  /** The scheme as it is here before the import; undefined for a new scheme. */
  readonly before?: CategoryScheme;
  /** What the parse repaired and the merge will change besides (a key taken, a nesting flattened). */
  readonly warnings: readonly Problem[];
  /** True when the file holds nothing this browser does not have already: Confirm would write nothing. */
  readonly unchanged: boolean;
}

/**
 * Whether a file's text is a category scheme rather than annotations: a JSON-LD document naming a
 * skos:ConceptScheme. A cheap test on the text first (no scheme file lacks the word), then the parse.
 */
export function looksLikeScheme(text: string): boolean {
  return text.includes('ConceptScheme');
}

/**
 * Parses a scheme file and works out the merge against the stored schemes; writes nothing. A bad
 * scheme file gives the parser's problems (codes of {@link SkosCode}), each naming the concept and
 * field; a file that would take a stored scheme past {@link MAX_SCHEME_CATEGORIES} (a file within
 * the limit adding to a scheme near it) is refused with 'too-many-categories' and the count it would reach.
 */
export function prepareSchemeImport(text: string, fileName: string, categories: CategoryStore, now = new Date()): Result<SchemeImportSummary, SkosCode> {
  const parsed = parseSkosScheme(text, fileName, now.toISOString());
  if (!parsed.ok) return parsed;
  const stored = categories.schemes.find((scheme) => scheme.iri === parsed.value.scheme.iri);
  const storedTypes = stored ? categories.relationTypes(stored.id) : [];
  const merged = mergeImportedScheme(categories.schemes, categories.categories, parsed.value, storedTypes);
  // Only types the reader keeps on the scheme stay beside the file's; the default's implicit three do not.
  const merge = withRelationTypes(merged, stored?.relationTypes ?? []);
  const before = categories.schemes.find((scheme) => scheme.id === merge.scheme.id && !merge.created);
  const after = sortCategories([...keptCategories(merge, categories), ...merge.categories]);
  if (after.length > MAX_SCHEME_CATEGORIES) {
    const stored = merge.created ? 0 : categories.inScheme(merge.scheme.id).length;
    return failAll([tooManyCategories(after.length, { file: fileName, stored })]);
  }
  const unchanged = before !== undefined && merge.categories.length === 0 && sameScheme(before, merge.scheme);
  const warnings = [...parsed.warnings, ...(parsed.value.relationWarnings ?? []), ...merge.warnings];
  return ok({ fileName, merge, categories: after, warnings, unchanged, ...(before ? { before } : {}) });
}

/**
 * Writes a confirmed scheme import in one transaction (the scheme with all its categories, as the
 * scheme editor saves it), then tells the category store's listeners. Writes nothing when the
 * summary said nothing changed. Rejects, having written nothing, when storage fails.
 */
export async function confirmSchemeImport(summary: SchemeImportSummary, categories: CategoryStore): Promise<void> {
  if (summary.unchanged) return;
  const { merge } = summary;
  await categories.saveScheme(merge.scheme, [...keptCategories(merge, categories), ...merge.categories]);
}

/** The scheme's stored categories the merge leaves as they are. */
function keptCategories(merge: SchemeMerge, categories: CategoryStore): Category[] {
  const written = new Set(merge.categories.map((category) => category.id));
  return merge.created ? [] : categories.inScheme(merge.scheme.id).filter((category) => !written.has(category.id));
}

/**
 * The merge with the scheme to store carrying its relation types (issue 17): the file's, then the
 * `stored` ones it lacks (scheme-relation-types.ts). A file without relation types leaves the
 * scheme's as they are: a default scheme stored without any keeps having the three it ships; one
 * with types replaces those three (they were never the reader's), so a file round-trips exactly.
 */
function withRelationTypes(merge: SchemeMerge, stored: readonly RelationType[]): SchemeMerge {
  if (!merge.relationTypes) return merge;
  return { ...merge, scheme: { ...merge.scheme, relationTypes: importedRelationTypes(stored, merge.relationTypes) } };
}

/** Whether the stored scheme and the one to store hold the same (relation types compared as types, key order aside). */
function sameScheme(before: CategoryScheme, after: CategoryScheme): boolean {
  const { relationTypes: _before, ...restBefore } = before;
  const { relationTypes: now, ...restAfter } = after;
  if (JSON.stringify(restBefore) !== JSON.stringify(restAfter)) return false;
  return now === undefined || sameRelationTypes(schemeRelationTypes(before), now);
}
