/**
 * The names of schemes and categories (issue 6): scheme IRIs and the IRIs of their categories, the
 * one rule that keeps ids unique, a new scheme, and the fixed choices a category is checked
 * against (line styles, reserved keys). Shared by the editor (scheme-editing.ts), the one maker of
 * categories (category-factory.ts) and the SKOS import (skos-parse.ts, skos-merge.ts). Ids are
 * slugs of labels (text/slug.ts).
 */
import { type Result, fail, ok } from '../result.js';
import { slug } from '../text/slug.js';
import { type CategoryLine, type CategoryScheme, DEFAULT_SCHEME, DEFAULT_SCHEME_ID } from './category.js';
import type { EditCode } from './scheme-edit-result.js';

/** Where the IRIs of schemes other than the default live; a scheme's categories go below it. */
export const SCHEME_IRI_PREFIX = 'tag:close-reader.app,2026:schemes/';

/** Every line style, in the order new categories take them. */
export const CATEGORY_LINES: readonly CategoryLine[] = ['solid', 'double', 'dashed', 'dotted', 'wavy'];

/** Keys the reader answers in the text already (reading-aids-controller.ts: j and k step through passages). */
export const RESERVED_KEYS: readonly string[] = ['j', 'k'];

/** The IRI of a scheme with this id. */
export function schemeIri(schemeId: string): string {
  return schemeId === DEFAULT_SCHEME_ID ? DEFAULT_SCHEME.iri : `${SCHEME_IRI_PREFIX}${encodeURIComponent(schemeId)}`;
}

/**
 * The IRI a new category of `schemeId` gets: below its scheme's IRI, so that a scheme's file and
 * the IRIs in annotation exports name the same thing. Undefined for the default scheme, whose
 * categories keep `categoryIri`'s `tag:close-reader.app,2026:categories/<id>`.
 */
export function schemeCategoryIri(schemeId: string, categoryId: string): string | undefined {
  return schemeId === DEFAULT_SCHEME_ID ? undefined : `${schemeIri(schemeId)}/${encodeURIComponent(categoryId)}`;
}

/**
 * The one unique-id rule, for categories and schemes alike: `base` (or `fallback` when empty),
 * suffixed -2, -3, … until no id in `taken` equals it.
 */
export function uniqueId(base: string, taken: ReadonlySet<string>, fallback = 'category'): string {
  const stem = base || fallback;
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
  return id;
}

/** A new, empty scheme named `label`, with an id unique among `existing`; refused ('label-empty') without a name. */
export function createScheme(
  label: { de?: string; en?: string },
  existing: readonly CategoryScheme[],
  now: string,
): Result<CategoryScheme, EditCode> {
  const de = label.de?.trim() ?? '';
  const en = label.en?.trim() ?? '';
  if (!de && !en) return fail('label-empty', {}, 'A scheme needs a name in German or English.');
  const id = uniqueId(slug(en || de), new Set(existing.map((scheme) => scheme.id)), 'scheme');
  return ok({ id, iri: schemeIri(id), label: { de: de || en, en: en || de }, created: now, modified: now });
}
