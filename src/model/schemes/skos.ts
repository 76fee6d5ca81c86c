/**
 * A category scheme as one standalone file: a SKOS concept scheme in JSON-LD (issue 6), so that the
 * category IRIs in annotation exports resolve to something a reader (or a machine) can open. Export,
 * parse (the one Result of result.ts: the scheme, or problems naming the file, the concept and the
 * field; never a throw) and the merge of an imported scheme into the stored ones (same IRI: updated
 * in place, not duplicated).
 * SKOS: https://www.w3.org/TR/skos-reference/ ; JSON-LD 1.1: https://www.w3.org/TR/json-ld11/
 *
 * Export and the SKOS shapes are in skos-export.ts, parse in skos-parse.ts (reading JSON-LD through
 * json-ld-graph.ts), the merge in skos-merge.ts; this is the list of what the rest of the app may use.
 */
export {
  CR_VOCAB,
  SKOS,
  SKOS_CONTEXT,
  type SkosConceptNode,
  type SkosConceptSchemeNode,
  type SkosDocument,
  type SkosLabel,
  type SkosRef,
  schemeToSkos,
} from './skos-export.js';
export { type MergeCode, type SchemeMerge, mergeImportedScheme } from './skos-merge.js';
export { type ImportedScheme, parseSkosScheme, type SkosCode, type SkosParseResult } from './skos-parse.js';
export {
  OWL,
  readRelationTypes,
  SCHEMA_ORG,
  SKOS_RELATIONS_CONTEXT,
  type SkosDocumentWithRelations,
  type SkosRelationCode,
  type SkosRelationTypeNode,
  schemeWithRelationsToSkos,
} from './skos-relations.js';
