/**
 * The W3C Web Annotation boundary (shared/ARCHITECTURE.md, "Annotation, stored and exported"):
 * the only place that converts between our stored annotations and W3C JSON-LD. Export is in
 * w3c-export.ts, parse in w3c-parse.ts, the W3C shapes in w3c-types.ts; this is the list of what
 * the rest of the app may use.
 */
export { annotationIri, CLOSE_READER_AGENT, type ExportContext, type ExportedDocument, toW3CAnnotation, toW3CCollection } from './w3c-export.js';
export {
  type IncomingAnnotation,
  type IncomingTag,
  MAX_IMPORT_ANNOTATIONS,
  MAX_IMPORT_CHARS,
  parseAnnotationFile,
  type ParsedImport,
  type ParseResult,
  type SkippedAnnotation,
  type SkipReason,
  type W3cParseCode,
} from './w3c-parse.js';
export type {
  W3CAgent,
  W3CAnnotation,
  W3CAnnotationCollection,
  W3CAnnotationPage,
  W3CBody,
  W3CMotivation,
  W3CSelector,
  W3CSpecificResource,
  W3CTarget,
  W3CTextPositionSelector,
  W3CTextQuoteSelector,
  W3CTextualBody,
} from './w3c-types.js';
export { ANNO_CONTEXT } from './w3c-types.js';
export { type RelationExportContext, toW3CRelation, type W3CRelationAnnotation } from './relation-export.js';
export { type FileRelation, type IncomingRelation, ownAnnotationId, readRelation, type RelationMatch, relationOf, type RelationParseCode } from './relation-parse.js';
