/**
 * Writing a category scheme as one standalone file: a SKOS concept scheme in JSON-LD (issue 6), so
 * that the category IRIs in annotation exports resolve to something a reader (or a machine) can
 * open. The shapes we write, one type per node, and the @context they use.
 * SKOS: https://www.w3.org/TR/skos-reference/ ; JSON-LD 1.1: https://www.w3.org/TR/json-ld11/
 */
import { type Category, type CategoryLine, type CategoryScheme, categoryIri, sortCategories } from './category.js';

/** The SKOS namespace. */
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
/** Our own vocabulary, for what SKOS has no word for (colour, line, order). */
export const CR_VOCAB = 'tag:close-reader.app,2026:vocab#';

/** The @context of every scheme file: the prefixes its keys use. */
export const SKOS_CONTEXT = {
  skos: SKOS,
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  dcterms: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  cr: CR_VOCAB,
} as const;

/** A JSON-LD value object with a language (a skos:prefLabel). */
export interface SkosLabel {
  readonly '@value': string;
  readonly '@language': 'de' | 'en';
}

/** A reference to another node by IRI. */
export interface SkosRef {
  readonly '@id': string;
}

/** A skos:ConceptScheme as we write it. */
export interface SkosConceptSchemeNode {
  readonly '@id': string;
  readonly '@type': 'skos:ConceptScheme';
  readonly 'skos:prefLabel': SkosLabel[];
  readonly 'dcterms:created': { readonly '@value': string; readonly '@type': 'xsd:dateTime' };
  readonly 'dcterms:modified': { readonly '@value': string; readonly '@type': 'xsd:dateTime' };
  readonly 'skos:hasTopConcept': SkosRef[];
}

/** A skos:Concept (one category) as we write it. */
export interface SkosConceptNode {
  readonly '@id': string;
  readonly '@type': 'skos:Concept';
  readonly 'skos:inScheme': SkosRef;
  readonly 'skos:prefLabel': SkosLabel[];
  readonly 'skos:topConceptOf'?: SkosRef;
  readonly 'skos:broader'?: SkosRef;
  /** The key that tags with the category. */
  readonly 'skos:notation'?: string;
  /** What the category means (plain text per language). */
  readonly 'skos:definition'?: SkosLabel[];
  /** A passage it would tag (plain text per language). */
  readonly 'skos:example'?: SkosLabel[];
  readonly 'cr:colour': string;
  readonly 'cr:line': CategoryLine;
  readonly 'cr:order': number;
}

/** A scheme file: the scheme first, then its concepts in scheme order. */
export interface SkosDocument {
  readonly '@context': typeof SKOS_CONTEXT;
  readonly '@graph': [SkosConceptSchemeNode, ...SkosConceptNode[]];
}

/** A scheme and its categories as a SKOS concept scheme in JSON-LD (JSON.stringify it to save). */
export function schemeToSkos(scheme: CategoryScheme, categories: readonly Category[]): SkosDocument {
  const ref = (iri: string): SkosRef => ({ '@id': iri });
  const ordered = sortCategories(categories);
  const byId = new Map(ordered.map((category) => [category.id, category]));
  const parentOf = (category: Category): Category | undefined => byId.get(category.parentId ?? '');
  const concepts = ordered.map((category): SkosConceptNode => {
    const parent = parentOf(category);
    return {
      '@id': categoryIri(category),
      '@type': 'skos:Concept',
      'skos:inScheme': ref(scheme.iri),
      'skos:prefLabel': labels(category.label),
      ...(parent ? { 'skos:broader': ref(categoryIri(parent)) } : { 'skos:topConceptOf': ref(scheme.iri) }),
      ...(category.key ? { 'skos:notation': category.key } : {}),
      ...(texts(category.definition).length > 0 ? { 'skos:definition': texts(category.definition) } : {}),
      ...(texts(category.example).length > 0 ? { 'skos:example': texts(category.example) } : {}),
      'cr:colour': category.colour,
      'cr:line': category.line,
      'cr:order': category.order,
    };
  });
  const top = ordered.filter((category) => !parentOf(category)).map((category) => ref(categoryIri(category)));
  const schemeNode: SkosConceptSchemeNode = {
    '@id': scheme.iri,
    '@type': 'skos:ConceptScheme',
    'skos:prefLabel': labels(scheme.label),
    'dcterms:created': { '@value': scheme.created, '@type': 'xsd:dateTime' },
    'dcterms:modified': { '@value': scheme.modified, '@type': 'xsd:dateTime' },
    'skos:hasTopConcept': top,
  };
  return { '@context': SKOS_CONTEXT, '@graph': [schemeNode, ...concepts] };
}

/** The two language-tagged labels of a category or scheme (only the non-empty ones). */
function labels(label: { readonly de?: string; readonly en?: string }): SkosLabel[] {
  const languages = (['de', 'en'] as const).filter((language) => label[language]);
  return languages.map((language) => ({ '@value': label[language]!, '@language': language }));
}

/** A definition or example as language-tagged literals (none when absent). */
function texts(text: { readonly de?: string; readonly en?: string } | undefined): SkosLabel[] {
  return text ? labels(text) : [];
}
