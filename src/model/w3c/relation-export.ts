/**
 * Export of relations (issue 17): a relation as a W3C Web Annotation whose motivation is `linking`
 * and whose target is the two annotations' IRIs, source first, so that the direction survives in
 * any tool that keeps list order (RecogitoJS draws from target[0] to target[1]). The body names the
 * type twice, as annotations name their categories (w3c-export.ts): a `classifying` SpecificResource
 * with the type's IRI, for a lossless re-import, and a `tagging` TextualBody with its label, for
 * every other reader.
 * https://www.w3.org/TR/annotation-model/#motivation-and-purpose (3.3.5, oa:linking)
 */
import type { Annotation } from '../annotations/annotation.js';
import type { Relation } from '../relations/relation.js';
import { type RelationType, relationTypeIri } from '../relations/relation-type.js';
import { DEFAULT_SCHEME_ID, localLabel } from '../schemes/category.js';
import { annotationIri, CLOSE_READER_AGENT } from './w3c-names.js';
import { ANNO_CONTEXT, type W3CAnnotation, type W3CSpecificResource, type W3CTextualBody } from './w3c-types.js';

/** A relation as exported: motivation `linking`, two IRI targets, a classifying and a tagging body. */
export interface W3CRelationAnnotation extends W3CAnnotation {
  readonly motivation: 'linking';
  readonly body: readonly [W3CSpecificResource, W3CTextualBody];
  /** [source annotation IRI, target annotation IRI]. */
  readonly target: readonly [string, string];
}

/** What a relation's export needs besides the relation: its types and the language of the label. */
export interface RelationExportContext {
  /** By type id. */
  readonly types: ReadonlyMap<string, RelationType>;
  readonly locale: 'de' | 'en';
}

/**
 * `relation` as a W3C Annotation. A type no longer in `context.types` is still named (by the IRI
 * its id has in the default scheme, labelled with its id): the link is kept, never dropped.
 */
export function toW3CRelation(relation: Relation, context: RelationExportContext): W3CRelationAnnotation {
  const type = context.types.get(relation.typeId);
  const label = (type && localLabel(type.label, context.locale)) || relation.typeId;
  return {
    '@context': ANNO_CONTEXT,
    id: annotationIri(relation.id),
    type: 'Annotation',
    motivation: 'linking',
    created: relation.created,
    modified: relation.modified,
    generator: CLOSE_READER_AGENT,
    body: [
      { type: 'SpecificResource', source: type?.iri ?? relationTypeIri(DEFAULT_SCHEME_ID, relation.typeId), purpose: 'classifying' },
      { type: 'TextualBody', value: label, purpose: 'tagging', format: 'text/plain', language: context.locale },
    ],
    target: [annotationIri(relation.sourceId), annotationIri(relation.targetId)],
  };
}

/**
 * The relations that go with `annotations` (in export order): those whose source and target are
 * both written, ordered by where their source stands in the file, then their target, then when
 * they were made, so that two exports of the same data write the same file.
 */
export function relationsWith(annotations: readonly Pick<Annotation, 'id'>[], relations: readonly Relation[]): Relation[] {
  const rank = new Map(annotations.map((annotation, index) => [annotation.id, index]));
  return relations
    .filter((relation) => rank.has(relation.sourceId) && rank.has(relation.targetId))
    .sort(
      (a, b) =>
        rank.get(a.sourceId)! - rank.get(b.sourceId)! ||
        rank.get(a.targetId)! - rank.get(b.targetId)! ||
        a.created.localeCompare(b.created) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}
