/**
 * Categories a passage can be tagged with, and the default scheme every reader starts with. A
 * category pairs its colour with a second cue (the line under the passage), so readers who do not
 * tell the colours apart still tell the categories apart.
 */
import type { RelationType } from '../relations/relation-type.js';

/** How a category's passages are underlined: the cue that does not depend on colour. */
export type CategoryLine = 'solid' | 'double' | 'dashed' | 'dotted' | 'wavy';

/** A category, as stored and shown. */
export interface Category {
  /** A slug, stable: stored in annotations and exported in the category's IRI. */
  readonly id: string;
  readonly label: { readonly de: string; readonly en: string };
  /** A CSS colour (#rrggbb); highlights tint the text's background with it and underline in it. */
  readonly colour: string;
  readonly line: CategoryLine;
  /** The key that tags the current selection with this category (one character), if any. */
  readonly key?: string;
  /** The id of the parent category (one level of nesting). */
  readonly parentId?: string;
  /** Where the scheme shows it; lower first. */
  readonly order: number;
  /** True when the category came in with an import rather than from a scheme. */
  readonly imported?: boolean;
  /**
   * The category's IRI when it is not ours (a category that came in with an import keeps the IRI
   * it had); ours have {@link categoryIri} of their id.
   */
  readonly iri?: string;
  /** The scheme the category belongs to; absent means the default scheme. */
  readonly schemeId?: string;
  /**
   * What the category means, per language, as plain text (never HTML): shown beside the category
   * list and carried in a hand-out, so that a class tags by one shared meaning (SKOS `skos:definition`).
   */
  readonly definition?: CategoryText;
  /** A passage that would be tagged with it, per language, plain text (SKOS `skos:example`). */
  readonly example?: CategoryText;
}

/** A category's text in one or both languages (definition, example); a language may be absent. */
export interface CategoryText {
  readonly de?: string;
  readonly en?: string;
}

/** A category scheme: a named set of categories an article can be read with. */
export interface CategoryScheme {
  /** A slug, stable. */
  readonly id: string;
  /** The scheme's IRI (a skos:ConceptScheme), stable across renames and machines. */
  readonly iri: string;
  readonly label: { readonly de: string; readonly en: string };
  readonly created: string;
  readonly modified: string;
  /**
   * The kinds of relation a reader may draw between two annotations tagged with this scheme's
   * categories (issue 17). Absent on a scheme stored before relations existed: the default scheme
   * then has DEFAULT_RELATION_TYPES, another none (see schemeRelationTypes).
   */
  readonly relationTypes?: readonly RelationType[];
}

/** The id of the scheme every article uses until another is chosen. */
export const DEFAULT_SCHEME_ID = 'default';

/** The scheme of the four default categories. */
export const DEFAULT_SCHEME: CategoryScheme = {
  id: DEFAULT_SCHEME_ID,
  iri: 'tag:close-reader.app,2026:schemes/default',
  label: { de: 'Standard (Akteur, Maßnahme, Zitat, Statistik)', en: 'Default (actor, policy, quote, statistic)' },
  created: '2026-11-23T00:00:00.000Z',
  modified: '2026-11-23T00:00:00.000Z',
};

/** The scheme a category belongs to. */
export function schemeOf(category: Pick<Category, 'schemeId'>): string {
  return category.schemeId ?? DEFAULT_SCHEME_ID;
}

/** The namespace of our categories' IRIs: stable, the same on every machine and deployment. */
export const CATEGORY_IRI_PREFIX = 'tag:close-reader.app,2026:categories/';

/** The IRI that names a category in exports (the W3C `classifying` body). */
export function categoryIri(category: Pick<Category, 'id' | 'iri'>): string {
  return category.iri ?? `${CATEGORY_IRI_PREFIX}${encodeURIComponent(category.id)}`;
}

/**
 * The default scheme: actor, policy, quote, statistic. Colours from the Okabe–Ito palette, chosen to
 * stay distinguishable for the common colour-vision deficiencies, each with its own line style.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = [
  { id: 'actor', label: { de: 'Akteur', en: 'Actor' }, colour: '#0072b2', line: 'solid', key: '1', order: 1 },
  { id: 'policy', label: { de: 'Maßnahme/Politik', en: 'Policy' }, colour: '#b07800', line: 'double', key: '2', order: 2 },
  { id: 'quote', label: { de: 'Zitat', en: 'Quote' }, colour: '#b8659a', line: 'dashed', key: '3', order: 3 },
  { id: 'statistic', label: { de: 'Statistik', en: 'Statistic' }, colour: '#009e73', line: 'dotted', key: '4', order: 4 },
];

/**
 * A two-language label in the reader's language: German for 'de', English otherwise; when that
 * one is missing or blank, the other language's (a category made, stored or imported with one
 * language only still has a name); '' when both are.
 */
export function localLabel(label: { readonly de?: string; readonly en?: string }, locale: string): string {
  const [de, en] = [label.de?.trim() ?? '', label.en?.trim() ?? ''];
  return locale === 'de' ? de || en : en || de;
}

/** The label of a category in a language, falling back to the other language's, then to its id. */
export function categoryLabel(category: Category, locale: string): string {
  return localLabel(category.label, locale) || category.id;
}

/** The name of a scheme in a language, falling back to the other language's, then to its id. */
export function schemeLabel(scheme: CategoryScheme, locale: string): string {
  return localLabel(scheme.label, locale) || scheme.id;
}

/** Categories in the order a scheme shows them. */
export function sortCategories(categories: readonly Category[]): Category[] {
  return [...categories].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/** The category whose key is `key`, if any. */
export function categoryForKey(categories: readonly Category[], key: string): Category | undefined {
  return categories.find((category) => category.key !== undefined && category.key === key);
}
