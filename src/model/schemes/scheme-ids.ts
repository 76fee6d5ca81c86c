/**
 * The names of schemes and categories (issue 6): scheme IRIs and the IRIs of their categories, the
 * one rule that keeps ids unique, a new scheme and its renaming, and the fixed choices a category is checked
 * against (line styles, reserved keys). Shared by the editor (scheme-editing.ts), the one maker of
 * categories (category-factory.ts) and the SKOS import (skos-parse.ts, skos-merge.ts). Ids are
 * slugs of labels (text/slug.ts).
 */
import { type Result, fail, ok } from '../result.js';
import { slug } from '../text/slug.js';
import { type CategoryLine, type CategoryScheme, DEFAULT_SCHEME, DEFAULT_SCHEME_ID } from './category.js';
import { type EditCode, labelParams } from './scheme-edit-result.js';

/** Where the IRIs of schemes other than the default live; a scheme's categories go below it. */
export const SCHEME_IRI_PREFIX = 'tag:close-reader.app,2026:schemes/';

/** Every line style, in the order new categories take them. */
export const CATEGORY_LINES: readonly CategoryLine[] = ['solid', 'double', 'dashed', 'dotted', 'wavy'];

/** What a reserved key does in the text: 'passages' steps through them, 'link' starts a link. */
export type ReservedKeyUse = 'passages' | 'link';

/**
 * Keys the reader answers in the text already, each with what it does there, so that a refusal can
 * say why (reading-aids-controller.ts: j and k step through passages; link-mode-controller.ts: l
 * links the focused annotation to another, issue 17).
 */
export const RESERVED_KEY_USES: Readonly<Record<string, ReservedKeyUse>> = { j: 'passages', k: 'passages', l: 'link' };

/** The keys a category cannot take ({@link RESERVED_KEY_USES}'s), in lower case; see {@link reservedKeyUse}. */
export const RESERVED_KEYS: readonly string[] = Object.keys(RESERVED_KEY_USES);

/**
 * What `key` already does in the reader, if it is reserved, in either case: the reader catches `L`
 * as well as `l` (Shift held), so a category keyed `L` would never tag. Undefined for a free key.
 */
export function reservedKeyUse(key: string): ReservedKeyUse | undefined {
  const lower = key.toLowerCase();
  return Object.hasOwn(RESERVED_KEY_USES, lower) ? RESERVED_KEY_USES[lower] : undefined;
}

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

/**
 * A new, empty scheme named `label` (a language left empty takes the other's), with an id unique
 * among `existing`. Refused without a name ('label-empty') and with the name of another scheme
 * ('label-taken'): two schemes of one name cannot be told apart where an article chooses one, and a
 * second click on "Create" must not make a twin.
 */
export function createScheme(
  label: { de?: string; en?: string },
  existing: readonly CategoryScheme[],
  now: string,
): Result<CategoryScheme, EditCode> {
  const named = schemeName(label, existing, undefined);
  if (!named.ok) return named;
  const id = uniqueId(slug(named.value.en || named.value.de), new Set(existing.map((scheme) => scheme.id)), 'scheme');
  return ok({ id, iri: schemeIri(id), label: named.value, created: now, modified: now });
}

/**
 * `scheme` renamed: a language left out keeps its name, an emptied one takes the other's; id and
 * IRI stay. Refused as {@link createScheme} refuses a name.
 */
export function renameScheme(
  scheme: CategoryScheme,
  label: { de?: string; en?: string },
  existing: readonly CategoryScheme[],
  now: string,
): Result<CategoryScheme, EditCode> {
  const named = schemeName({ de: label.de ?? scheme.label.de, en: label.en ?? scheme.label.en }, existing, scheme.id);
  return named.ok ? ok({ ...scheme, label: named.value, modified: now }) : named;
}

/** A scheme's name, trimmed and filled from the other language; refused when empty or another scheme's (not `ownId`'s). */
function schemeName(
  label: { de?: string; en?: string },
  existing: readonly CategoryScheme[],
  ownId: string | undefined,
): Result<{ de: string; en: string }, EditCode> {
  const de = label.de?.trim() ?? '';
  const en = label.en?.trim() ?? '';
  if (!de && !en) return fail('label-empty', {}, 'A scheme needs a name in German or English.');
  const name = { de: de || en, en: en || de };
  const lower = (text: string): string => text.toLocaleLowerCase();
  const same = existing.find(
    (other) => other.id !== ownId && (lower(other.label.de) === lower(name.de) || lower(other.label.en) === lower(name.en)),
  );
  if (same) return fail('label-taken', { ...labelParams(same), otherId: same.id }, `"${same.label.en}" has this name already.`);
  return ok(name);
}
