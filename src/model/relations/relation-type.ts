/**
 * Relation types (issue 17): what a link between two annotations means ("said by": a quote to its
 * speaker), with the categories it may start from and end at. A scheme carries its relation types
 * beside its categories (the SKOS file writes them, skos-relations.ts); the default scheme ships three.
 */
import { DEFAULT_SCHEME_ID } from '../schemes/category.js';
import { SCHEME_IRI_PREFIX } from '../schemes/scheme-ids.js';

/** A kind of relation between two annotations, as stored and shown. */
export interface RelationType {
  /** A slug, stable: stored in relations. */
  readonly id: string;
  /** Names the type in exports (the W3C `classifying` body) and in the scheme file. */
  readonly iri: string;
  readonly label: { readonly de: string; readonly en: string };
  /** The ids of the categories a relation of this type may start from (a subcategory counts as its parent). */
  readonly from: readonly string[];
  /** The ids of the categories it may end at (a subcategory counts as its parent). */
  readonly to: readonly string[];
  /** The scheme the type belongs to; absent means the default scheme. */
  readonly schemeId?: string;
}

/** The namespace of the default scheme's relation types' IRIs, beside `categories/`. */
export const RELATION_TYPE_IRI_PREFIX = 'tag:close-reader.app,2026:relations/';

/**
 * The IRI of relation type `typeId` of scheme `schemeId`: below `relations/` for the default scheme,
 * below the scheme's IRI and `/relations/` for another (so it never meets a category's IRI there).
 */
export function relationTypeIri(schemeId: string, typeId: string): string {
  const id = encodeURIComponent(typeId);
  return schemeId === DEFAULT_SCHEME_ID ? `${RELATION_TYPE_IRI_PREFIX}${id}` : `${SCHEME_IRI_PREFIX}${encodeURIComponent(schemeId)}/relations/${id}`;
}

/**
 * The default scheme's relation types: who said a quote, where a statistic comes from, whose a
 * policy is: the attributions close reading of news asks about (issue 17).
 */
export const DEFAULT_RELATION_TYPES: readonly RelationType[] = [
  { id: 'said-by', iri: relationTypeIri(DEFAULT_SCHEME_ID, 'said-by'), label: { de: 'gesagt von', en: 'said by' }, from: ['quote'], to: ['actor'] },
  { id: 'source-of', iri: relationTypeIri(DEFAULT_SCHEME_ID, 'source-of'), label: { de: 'Quelle von', en: 'source of' }, from: ['statistic'], to: ['actor'] },
  {
    id: 'responsible-for',
    iri: relationTypeIri(DEFAULT_SCHEME_ID, 'responsible-for'),
    label: { de: 'verantwortlich für', en: 'responsible for' },
    from: ['actor'],
    to: ['policy'],
  },
];
