/**
 * A scheme's relation types in its SKOS file (issue 17). SKOS has concepts, not properties, so each
 * relation type is written as an `owl:ObjectProperty` (what it is in RDF: a link between two
 * resources) beside the scheme's concepts, `rdfs:isDefinedBy` the scheme, labelled with
 * `skos:prefLabel`, and its allowed categories as `schema:domainIncludes` / `schema:rangeIncludes`
 * (the category concepts' IRIs). schema.org's pair means "one of these", which is what `from` and
 * `to` mean; several `rdfs:domain`s would mean "all of these at once". docs/relations.md explains.
 * A file without relation types reads as before (skos-parse.ts leaves `relationTypes` out).
 */
import { type Problem, problem } from '../result.js';
import { slug } from '../text/slug.js';
import { type RelationType, relationTypeIri } from '../relations/relation-type.js';
import { type Category, type CategoryScheme, categoryIri, DEFAULT_SCHEME_ID } from './category.js';
import type { JsonLdGraph } from './json-ld-graph.js';
import { uniqueId } from './scheme-ids.js';
import { SKOS_CONTEXT, type SkosConceptNode, type SkosConceptSchemeNode, type SkosLabel, type SkosRef, schemeToSkos } from './skos-export.js';

/** The OWL namespace (owl:ObjectProperty). */
export const OWL = 'http://www.w3.org/2002/07/owl#';
/** schema.org, for domainIncludes and rangeIncludes. */
export const SCHEMA_ORG = 'https://schema.org/';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';

/** The @context of a scheme file that carries relation types: the SKOS one plus owl and schema. */
export const SKOS_RELATIONS_CONTEXT = { ...SKOS_CONTEXT, owl: OWL, schema: SCHEMA_ORG } as const;

/** A relation type as we write it. */
export interface SkosRelationTypeNode {
  readonly '@id': string;
  readonly '@type': 'owl:ObjectProperty';
  readonly 'rdfs:isDefinedBy': SkosRef;
  readonly 'skos:prefLabel': SkosLabel[];
  readonly 'schema:domainIncludes': SkosRef[];
  readonly 'schema:rangeIncludes': SkosRef[];
}

/** A scheme file with relation types: the scheme, its concepts, then its relation types in order. */
export interface SkosDocumentWithRelations {
  readonly '@context': typeof SKOS_RELATIONS_CONTEXT;
  readonly '@graph': [SkosConceptSchemeNode, ...(SkosConceptNode | SkosRelationTypeNode)[]];
}

/**
 * A scheme, its categories and its relation types as one SKOS file. Without relation types it is
 * exactly {@link schemeToSkos}'s file (the one hand-outs embed, byte for byte); with them, the
 * relation types follow the concepts and the @context adds `owl` and `schema`. A type's category
 * that is not among `categories` is left out of its domain or range (it has no concept to name).
 */
export function schemeWithRelationsToSkos(
  scheme: CategoryScheme,
  categories: readonly Category[],
  relationTypes: readonly RelationType[],
): ReturnType<typeof schemeToSkos> | SkosDocumentWithRelations {
  const file = schemeToSkos(scheme, categories);
  if (relationTypes.length === 0) return file;
  const byId = new Map(categories.map((category) => [category.id, category]));
  const refs = (ids: readonly string[]): SkosRef[] =>
    ids.flatMap((id) => {
      const category = byId.get(id);
      return category ? [{ '@id': categoryIri(category) }] : [];
    });
  const nodes = relationTypes.map(
    (type): SkosRelationTypeNode => ({
      '@id': type.iri,
      '@type': 'owl:ObjectProperty',
      'rdfs:isDefinedBy': { '@id': scheme.iri },
      'skos:prefLabel': (['de', 'en'] as const).filter((language) => type.label[language]).map((language) => ({ '@value': type.label[language], '@language': language })),
      'schema:domainIncludes': refs(type.from),
      'schema:rangeIncludes': refs(type.to),
    }),
  );
  return { '@context': SKOS_RELATIONS_CONTEXT, '@graph': [...file['@graph'], ...nodes] };
}

/**
 * What can be read past in a file's relation types (ImportedScheme.relationWarnings; the categories still import):
 * 'relation-type-label-missing' (no prefLabel: the type is dropped), 'relation-type-category-not-found'
 * (a domain or range names no concept of the file: that category is dropped),
 * 'relation-type-no-categories' (nothing is left on one side: the type is dropped),
 * 'relation-type-duplicate' (a second type with one @id: dropped).
 */
export type SkosRelationCode = 'relation-type-label-missing' | 'relation-type-category-not-found' | 'relation-type-no-categories' | 'relation-type-duplicate';

/**
 * The relation types of a scheme file read by `graph`: its `owl:ObjectProperty` nodes (or
 * `rdf:Property`, which other tools write), domains and ranges read from schema:domainIncludes /
 * rangeIncludes or rdfs:domain / rdfs:range, mapped to the ids of `categories` (read from the same
 * file: their `iri` is the concept's). Undefined when the file has none (an older scheme file).
 */
export function readRelationTypes(
  graph: JsonLdGraph,
  scheme: CategoryScheme,
  categories: readonly Category[],
  fileName: string,
  warnings: Problem<SkosRelationCode>[],
): RelationType[] | undefined {
  const kinds = [`${OWL}ObjectProperty`, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property'];
  const nodes = graph.nodes.filter((node) => graph.types(node).some((type) => kinds.includes(type)));
  if (nodes.length === 0) return undefined;
  const byIri = new Map(categories.map((category) => [categoryIri(category), category.id]));
  const types: RelationType[] = [];
  const iris = new Set<string>();
  nodes.forEach((node, index) => {
    const iri = graph.id(node);
    const where = `${fileName}: relation type ${index + 1}${iri ? ` (${iri})` : ''}`;
    const label = graph.labels(node);
    if (!label) return void warnings.push(problem('relation-type-label-missing', { where }, `${where}: skos:prefLabel is missing; the type is left out`));
    if (iri && iris.has(iri)) return void warnings.push(problem('relation-type-duplicate', { where }, `${where}: another relation type has this @id; left out`));
    const side = (properties: string[], field: string): string[] =>
      properties
        .flatMap((property) => graph.refs(node, property))
        .flatMap((category) => {
          const id = byIri.get(category);
          if (id === undefined) warnings.push(problem('relation-type-category-not-found', { where, field, category }, `${where}: ${field} names ${category}, which is no concept of this file`));
          return id === undefined ? [] : [id];
        });
    const from = [...new Set(side([`${SCHEMA_ORG}domainIncludes`, `${RDFS}domain`], 'schema:domainIncludes'))];
    const to = [...new Set(side([`${SCHEMA_ORG}rangeIncludes`, `${RDFS}range`], 'schema:rangeIncludes'))];
    if (from.length === 0 || to.length === 0) {
      return void warnings.push(problem('relation-type-no-categories', { where }, `${where}: it connects no categories of this file; left out`));
    }
    const ours = iri?.match(/\/relations\/([^/]+)$/);
    const id = uniqueId(ours ? decode(ours[1]!) : slug(label.en || label.de), new Set(types.map((type) => type.id)), 'relation');
    if (iri) iris.add(iri);
    types.push({ id, iri: iri ?? relationTypeIri(scheme.id, id), label, from, to, ...(scheme.id !== DEFAULT_SCHEME_ID ? { schemeId: scheme.id } : {}) });
  });
  return types;
}

/** A percent-encoded IRI segment as text; the segment itself when it is no valid encoding. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
