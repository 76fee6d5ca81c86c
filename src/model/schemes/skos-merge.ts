/**
 * Importing a scheme file among the stored schemes (issue 6): the same IRI is updated in place, not
 * duplicated; ids are made unique here, IRIs never change, and only what changed is written.
 */
import { type Problem, problem } from '../result.js';
import { type Category, type CategoryScheme, categoryIri, DEFAULT_SCHEME_ID, schemeOf } from './category.js';
import { labelParams } from './scheme-edit-result.js';
import { sameCategoryText } from './category-text.js';
import { uniqueId } from './scheme-ids.js';
import type { ImportedScheme } from './skos-parse.js';
import type { RelationType } from '../relations/relation-type.js';

/** What a merge warns about: a category of an annotation import joins the scheme, a key is taken, a nesting is flattened. */
export type MergeCode = 'category-joins-scheme' | 'key-taken' | 'nesting-flattened';

/** What importing a scheme writes, from {@link mergeImportedScheme}. */
export interface SchemeMerge {
  /** The scheme to store: the existing one updated, or a new one. */
  readonly scheme: CategoryScheme;
  /** The categories to store: new or changed ones only (an import of the same file twice gives none). */
  readonly categories: Category[];
  /** True when the scheme is new here, false when one with its IRI was updated. */
  readonly created: boolean;
  readonly added: number;
  readonly updated: number;
  readonly warnings: Problem<MergeCode>[];
  /**
   * The file's relation types (issue 17) as they are to be stored: their categories renamed as the
   * categories were, their ids kept where a stored type has their IRI, else unique among the stored
   * ones. Absent when the file has none (the stored ones stay as they are).
   */
  readonly relationTypes?: RelationType[];
}

/**
 * What to write to import `imported` among the stored schemes and categories (all of them). A
 * scheme with the same IRI is updated in place: same scheme id, categories matched by IRI take the
 * file's labels, colours, lines, keys, order and nesting, new ones are added, none is duplicated,
 * and stored ones the file lacks stay (annotations may use them). Otherwise the scheme is new, with
 * an id unique here. Category ids are made unique across all schemes; IRIs never change. A
 * category that came in with an annotation import and has a concept's IRI joins the scheme.
 */
export function mergeImportedScheme(
  existingSchemes: readonly CategoryScheme[],
  existingCategories: readonly Category[],
  imported: ImportedScheme,
  existingRelationTypes: readonly RelationType[] = [],
): SchemeMerge {
  const warnings: Problem<MergeCode>[] = [];
  const target = existingSchemes.find((scheme) => scheme.iri === imported.scheme.iri);
  const schemeId = target?.id ?? uniqueId(imported.scheme.id, new Set(existingSchemes.map((s) => s.id)), 'scheme');
  const inScheme = target ? existingCategories.filter((category) => schemeOf(category) === schemeId) : [];
  const taken = new Set(existingCategories.map((category) => category.id));
  const localId = new Map<string, string>();
  const matched = new Map<string, Category>();
  // Looked up by IRI in maps, not searched per concept: a file of 1,000 concepts is 1,000 lookups.
  const inSchemeByIri = firstByIri(inScheme);
  const importedByIri = firstByIri(existingCategories.filter((c) => c.imported));
  for (const category of imported.categories) {
    const iri = categoryIri(category);
    const match = inSchemeByIri.get(iri) ?? importedByIri.get(iri);
    if (match && schemeOf(match) !== schemeId) {
      warnings.push(problem('category-joins-scheme', { ...labelParams(match), iri }, `"${match.label.en}" (${iri}) came with annotations; it joins the scheme`));
    }
    const id = match?.id ?? uniqueId(category.id, taken);
    taken.add(id);
    localId.set(category.id, id);
    if (match) matched.set(id, match);
  }
  const importedIds = new Set(localId.values());
  const kept = inScheme.filter((category) => !importedIds.has(category.id));
  const keptKeys = new Set(kept.map((category) => category.key).filter(Boolean));
  const incoming = imported.categories.map((category): Category => {
    const id = localId.get(category.id)!;
    const parentId = category.parentId === undefined ? undefined : localId.get(category.parentId);
    const iri = categoryIri(category);
    let key = category.key;
    if (key && keptKeys.has(key)) {
      warnings.push(problem('key-taken', { key, ...labelParams(category) }, `the key ${key} of "${category.label.en}" is already taken in the scheme; dropped`));
      key = undefined;
    }
    const fields = { id, schemeId, key, parentId, iri: categoryIri({ id }) === iri ? undefined : iri, imported: undefined };
    return clean({ ...matched.get(id), ...category, ...fields });
  });
  // A stored category under one the file now nests would be two levels deep: it becomes top-level.
  const all = [...kept, ...incoming];
  const nestedIds = new Set(all.filter((category) => category.parentId).map((category) => category.id));
  const repaired = kept.map((category) => {
    if (!category.parentId || !nestedIds.has(category.parentId)) return category;
    const message = `"${category.label.en}" was nested under a category the file nests itself; it is top-level now`;
    warnings.push(problem('nesting-flattened', labelParams(category), message));
    return clean({ ...category, parentId: undefined });
  });
  const before = new Map(existingCategories.map((category) => [category.id, category]));
  const changed = [...repaired, ...incoming].filter((category) => !sameCategory(before.get(category.id), category));
  const unchanged = target && changed.length === 0 && sameLabel(target.label, imported.scheme.label);
  const scheme: CategoryScheme = target
    ? { ...target, label: imported.scheme.label, modified: unchanged ? target.modified : imported.scheme.modified }
    : { ...imported.scheme, id: schemeId };
  return {
    scheme,
    categories: changed,
    created: !target,
    added: incoming.filter((category) => !before.has(category.id)).length,
    updated: changed.filter((category) => before.has(category.id)).length,
    warnings,
    ...(imported.relationTypes ? { relationTypes: mergeRelationTypes(imported.relationTypes, localId, existingRelationTypes, scheme) } : {}),
  };
}

/** The imported relation types with the merged category ids, stored ids where the IRI is known, and the scheme's id. */
function mergeRelationTypes(
  types: readonly RelationType[],
  localId: ReadonlyMap<string, string>,
  existing: readonly RelationType[],
  scheme: CategoryScheme,
): RelationType[] {
  const taken = new Set(existing.map((type) => type.id));
  const rename = (ids: readonly string[]): string[] => ids.map((id) => localId.get(id) ?? id);
  return types.map((type) => {
    const stored = existing.find((other) => other.iri === type.iri);
    const id = stored?.id ?? uniqueId(type.id, taken, 'relation');
    taken.add(id);
    const { schemeId: _ignored, ...rest } = type;
    return { ...rest, id, from: rename(type.from), to: rename(type.to), ...(scheme.id !== DEFAULT_SCHEME_ID ? { schemeId: scheme.id } : {}) };
  });
}

/** The categories by IRI; of two with one IRI, the first. */
function firstByIri(categories: readonly Category[]): Map<string, Category> {
  const byIri = new Map<string, Category>();
  for (const category of categories) if (!byIri.has(categoryIri(category))) byIri.set(categoryIri(category), category);
  return byIri;
}

/** Whether two labels are the same in both languages. */
function sameLabel(a: CategoryScheme['label'], b: CategoryScheme['label']): boolean {
  return a.de === b.de && a.en === b.en;
}

/** Whether two category records hold the same data (key order aside). */
function sameCategory(a: Category | undefined, b: Category): boolean {
  if (!a) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Category)[]);
  return [...keys].every((key) =>
    key === 'label' ? sameLabel(a.label, b.label) : key === 'definition' || key === 'example' ? sameCategoryText(a[key], b[key]) : a[key] === b[key],
  );
}

/** The record without its undefined fields (IndexedDB would keep them as present-but-undefined). */
function clean(record: { [K in keyof Category]?: Category[K] | undefined }): Category {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as unknown as Category;
}
