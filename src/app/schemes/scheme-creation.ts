/**
 * Making and naming a category scheme, as use cases apart from the editor: a new scheme, empty or
 * started from another scheme's categories (a class that begins with the default scheme and adds
 * its own), and a scheme renamed. Each is checked by the model (scheme-ids.ts: a name, not another
 * scheme's) and written through the category store before anyone is told; a refusal writes nothing.
 * A storage failure rejects, having written nothing.
 */
import { fail, ok, type Result } from '../../model/result.js';
import type { CategoryScheme } from '../../model/schemes/category.js';
import { copyCategories, createScheme, type EditCode, renameScheme } from '../../model/schemes/scheme-editing.js';
import { copyRelationTypes } from '../../model/schemes/scheme-relation-types.js';
import type { CategoryStore } from './category-store.js';

/** What a new scheme is made of: its name and, optionally, the scheme whose categories it starts with. */
export interface NewScheme {
  readonly label: { readonly de?: string; readonly en?: string };
  /**
   * The id of the scheme to copy the categories of (new ids and IRIs, same labels, colours, keys,
   * nesting), and its relation types with them.
   */
  readonly startFrom?: string;
}

/** Makes and stores a new scheme; the scheme, or why not ('label-empty', 'label-taken'). */
export async function createNewScheme(store: CategoryStore, request: NewScheme, now: string): Promise<Result<CategoryScheme, EditCode>> {
  const scheme = createScheme(request.label, store.schemes, now);
  if (!scheme.ok) return scheme;
  if (request.startFrom === undefined) {
    await store.saveScheme(scheme.value, []);
    return scheme;
  }
  const source = store.inScheme(request.startFrom);
  const copies = copyCategories(store.categories, source, scheme.value.id);
  // The relation types come along, naming the copies (issue 17: a class keeps "said by").
  const relationTypes = copyRelationTypes(store.relationTypes(request.startFrom), source, copies, scheme.value.id);
  await store.saveScheme(relationTypes.length > 0 ? { ...scheme.value, relationTypes } : scheme.value, copies);
  return relationTypes.length > 0 ? ok({ ...scheme.value, relationTypes }) : scheme;
}

/** Renames scheme `schemeId` (a language left out keeps its name) and stores it with its categories as they are. */
export async function renameStoredScheme(
  store: CategoryStore,
  schemeId: string,
  label: { readonly de?: string; readonly en?: string },
  now: string,
): Promise<Result<CategoryScheme, EditCode>> {
  const scheme = store.schemes.find((candidate) => candidate.id === schemeId);
  if (!scheme) return fail('not-found', { id: schemeId }, `There is no scheme "${schemeId}".`);
  const renamed = renameScheme(scheme, label, store.schemes, now);
  if (!renamed.ok) return renamed;
  await store.saveScheme(renamed.value, store.inScheme(schemeId));
  return renamed;
}
