/**
 * Export: our stored annotations as W3C Web Annotations (JSON-LD), one AnnotationCollection with
 * one embedded AnnotationPage. shared/ARCHITECTURE.md, "Annotation, stored and exported", says
 * what goes in; the comments below say why each choice the Data Model leaves open was made.
 * https://www.w3.org/TR/annotation-model/
 */
import { type Annotation, isPlaced } from '../annotations/annotation.js';
import type { Relation } from '../relations/relation.js';
import type { RelationType } from '../relations/relation-type.js';
import type { ArticleBlock } from '../documents/article.js';
import { blockKindIri } from '../documents/block-kind-iri.js';
import { debrisAt } from '../documents/passage-place.js';
import { type Category, categoryIri, categoryLabel } from '../schemes/category.js';
import { codePointIndexFor } from '../text/code-points.js';
import { toW3CRelation } from './relation-export.js';
import { annotationIri, CLOSE_READER_AGENT } from './w3c-names.js';
import {
  ANNO_CONTEXT,
  type W3CAgent,
  type W3CAnnotation,
  type W3CAnnotationCollection,
  type W3CBody,
  type W3CMotivation,
  type W3CSelector,
  type W3CSpecificResource,
  type W3CTextQuoteSelector,
} from './w3c-types.js';

/** Everything an export needs besides the annotations. */
export interface ExportContext {
  /** By article id: the article's stable IRI (the target `source`) and its canonical text. */
  readonly documents: ReadonlyMap<string, ExportedDocument>;
  /** By category id. */
  readonly categories: ReadonlyMap<string, Category>;
  /** The language of the tag labels written. */
  readonly locale: 'de' | 'en';
  /** The reader's name, set once in the settings; the creator of annotations that name none. */
  readonly creatorName?: string;
  /** ISO 8601 time of the export. */
  readonly now: string;
  /** A fresh `urn:uuid:…` for the collection. */
  readonly collectionId: string;
  /** The collection's label, e.g. "Close Reader: <title>". */
  readonly label: string;
  /**
   * The relations to write after the annotations (issue 17), in this order, each as a `linking`
   * annotation (relation-export.ts). Absent or empty: the file is as it was before relations.
   */
  readonly relations?: readonly Relation[];
  /** By article id, its scheme's relation types by id (a type's IRI and label); an article not in it writes its types by id. */
  readonly relationTypes?: ReadonlyMap<string, ReadonlyMap<string, RelationType>>;
}

/**
 * An article as an export needs it: its stable IRI and canonical text, and its blocks when known,
 * from which the kind of block each passage sits in is derived (the target's `scope`, below).
 */
export interface ExportedDocument {
  readonly iri: string;
  readonly text: string;
  /** The blocks `text` is made of (canonicalText(blocks) === text); without them no scope is written. */
  readonly blocks?: readonly ArticleBlock[];
  /**
   * The pages of other tools the reader assigned to this article on import (source aliases,
   * model/documents/source-alias.ts), written as the target's `via` (see targetOf).
   */
  readonly aliases?: readonly string[];
}

export { annotationIri, CLOSE_READER_AGENT } from './w3c-names.js';

/**
 * One stored annotation as a W3C Annotation. Throws if `context.documents` lacks the annotation's
 * article: without the article's IRI and text the target cannot be written, and leaving the
 * annotation out silently would lose it (the caller chooses what to export).
 */
export function toW3CAnnotation(annotation: Annotation, context: ExportContext): W3CAnnotation {
  const article = context.documents.get(annotation.documentId);
  if (!article) {
    throw new Error(`toW3CAnnotation: annotation ${annotation.id} is on "${annotation.documentId}", which the export context does not hold`);
  }
  const creator = annotation.creator || context.creatorName;
  // An imported creator's IRI (an `acct:` or `https:` account) stays the agent's `id` (3.3.2), the
  // name stays its `name`: the two are never swapped or merged.
  const agent: W3CAgent | undefined =
    creator || annotation.creatorId ? { type: 'Person', ...(annotation.creatorId ? { id: annotation.creatorId } : {}), ...(creator ? { name: creator } : {}) } : undefined;
  // Motivation (3.3.5): a reader sorts passages into the categories of a scheme, which is
  // `classifying` ("to classify the Target as something") rather than free `tagging`; a note adds
  // `commenting`. One value is written as a string, as the model's examples do.
  const motivation: W3CMotivation | W3CMotivation[] = annotation.note ? ['classifying', 'commenting'] : 'classifying';
  return {
    // Every annotation carries its own @context, also inside a collection: each item then stays a
    // complete annotation that validates on its own (model 3.1), and a repeated context changes
    // nothing in JSON-LD.
    '@context': ANNO_CONTEXT,
    id: annotationIri(annotation.id),
    type: 'Annotation',
    motivation,
    ...(agent ? { creator: agent } : {}),
    // Dates as stored: an import normalised them to UTC with `Z`, which the schemas' date-time wants.
    created: annotation.created,
    modified: annotation.modified,
    generator: CLOSE_READER_AGENT,
    generated: context.now,
    body: bodiesOf(annotation, context),
    target: targetOf(annotation, article),
    // `via` (3.3.7), not `canonical`: the annotation's IRI in the tool it came from is where this
    // copy was obtained from; it is not an IRI every copy of it must carry, and our `id` differs.
    ...(annotation.via ? { via: annotation.via } : {}),
  };
}

/**
 * A set of annotations as an AnnotationCollection (model 5.1) whose one page (5.2) is embedded as
 * `first`, so the file is complete without fetching anything. Items keep the order given; the
 * context's relations follow the annotations on the same page, so that a reader of the file meets
 * both annotations before the link between them.
 */
export function toW3CCollection(annotations: readonly Annotation[], context: ExportContext): W3CAnnotationCollection {
  const none: ReadonlyMap<string, RelationType> = new Map();
  const items: W3CAnnotation[] = [
    ...annotations.map((annotation) => toW3CAnnotation(annotation, context)),
    ...(context.relations ?? []).map((relation) =>
      toW3CRelation(relation, { types: context.relationTypes?.get(relation.documentId) ?? none, locale: context.locale }),
    ),
  ];
  // The page's IRI is a fragment of the collection's: one page, so no second UUID to mint, and the
  // relation is plain to a reader of the file. (A `urn:` may carry a fragment, RFC 8141.)
  const pageId = `${context.collectionId}#page1`;
  return {
    '@context': ANNO_CONTEXT,
    id: context.collectionId,
    type: 'AnnotationCollection',
    label: context.label, // SHOULD (5.1)
    total: items.length, // SHOULD (5.1)
    created: context.now,
    generator: CLOSE_READER_AGENT,
    // `first` is a MUST only when there are annotations; an empty collection has no pages, so
    // neither `first` nor `last` (which SHOULD be an IRI) is written.
    ...(items.length > 0
      ? {
          first: {
            // No @context: an embedded page is read in the collection's context.
            id: pageId,
            type: 'AnnotationPage',
            partOf: context.collectionId, // SHOULD (5.2); lets the page stand alone if cut out
            startIndex: 0, // SHOULD (5.2)
            items,
          },
          last: pageId,
        }
      : {}),
  };
}

/**
 * Per category a `tagging` TextualBody (its label, for tools that know tags, such as Hypothesis
 * and Recogito) followed by a `classifying` SpecificResource naming it by IRI (so a re-import finds
 * the very category, whatever its label or language); then the note as a `commenting` TextualBody.
 * The pair stays adjacent so that a parser can put label and IRI back together (w3c-parse.ts).
 * Last come the links another tool attached (an IRI, or an External Web Resource), exactly as
 * stored, so a round trip through Close Reader gives that tool its bodies back unchanged.
 */
function bodiesOf(annotation: Annotation, context: ExportContext): W3CBody[] {
  const bodies: W3CBody[] = [];
  for (const id of annotation.categoryIds) {
    // A category that is no longer in the scheme still exports, under its id (categoryLabel's
    // last resort) and with no language: losing the tag would be worse than a bare id.
    const category = context.categories.get(id) ?? { id, label: { de: '', en: '' }, colour: '#000000', line: 'solid', order: 0 };
    const language = labelLanguage(category, context.locale);
    bodies.push({
      type: 'TextualBody',
      purpose: 'tagging',
      value: categoryLabel(category, context.locale),
      ...(language ? { language } : {}),
      format: 'text/plain',
    });
    bodies.push({ type: 'SpecificResource', purpose: 'classifying', source: categoryIri(category) });
  }
  if (annotation.note) {
    // The note is plain text (annotation.ts); saying so keeps consumers from rendering it as HTML.
    // No `language`: a note is in whatever language the reader wrote it.
    bodies.push({ type: 'TextualBody', purpose: 'commenting', value: annotation.note, format: 'text/plain' });
  }
  for (const link of annotation.links ?? []) bodies.push(link);
  return bodies;
}

/** The language the label written for `locale` is really in (categoryLabel falls back to the other). */
function labelLanguage(category: Category, locale: 'de' | 'en'): string | undefined {
  if (category.label[locale]) return locale;
  const other = locale === 'de' ? 'en' : 'de';
  return category.label[other] ? other : undefined;
}

/**
 * The article with the passage selected twice, as alternatives (4.2): by quote, which survives
 * edits to the text, and by position in code points, which is exact and fast. An unplaced
 * annotation has no position worth writing, so only its quote goes out.
 *
 * A passage in the page's debris (a photo caption, an embedded tweet, a pull quote, a credit…)
 * says so in the target's `scope` (4.6: "the resource that provides the scope or context" of the
 * passage): one IRI per debris kind it touches, `tag:close-reader.app,2026:blocks/<kind>`
 * (block-kind-iri.ts), e.g. `"scope": "tag:close-reader.app,2026:blocks/caption"`. Why scope:
 * it is the passage's context rather than something the reader says about it, so it does not
 * belong in a body, where other tools would show it as a tag or a comment; `styleClass` (4.4)
 * would oblige a `stylesheet`; `refinedBy` narrows a selection, which this does not. Scope is a
 * plain IRI the W3C schemas check as one (4.6-scope.json), and a tool that does not know it reads
 * past it. The kind is derived from the offsets and the article's blocks at export time, never
 * stored; w3c-parse-reader.ts reads it back as `blockKinds`. A passage in the running text
 * (paragraphs, headline, lead…) has no scope.
 *
 * The article's source aliases (pages of other tools the reader assigned to it on import, such as
 * the newspaper's URL a Hypothesis export named) are the target's `via` (3.3.7, allowed on a
 * Specific Resource): the IRIs this resource was obtained from, so that the tool the annotations
 * came from finds its page again. Not `canonical`: that is one IRI every copy of the resource MUST
 * carry (the model allows one), and our canonical name is `source` already; several aliases are
 * allowed in `via`, one written as a string, several as a list.
 */
function targetOf(annotation: Annotation, article: ExportedDocument): W3CSpecificResource {
  // Empty context (a quote at the text's edge) is left out rather than written as "": the
  // selector's prefix and suffix are optional, and absent says the same thing.
  const quote: W3CTextQuoteSelector = {
    type: 'TextQuoteSelector',
    exact: annotation.exact,
    ...(annotation.prefix ? { prefix: annotation.prefix } : {}),
    ...(annotation.suffix ? { suffix: annotation.suffix } : {}),
  };
  const selector: W3CSelector[] = [quote];
  if (isPlaced(annotation)) {
    selector.push({
      type: 'TextPositionSelector',
      start: codePointIndexFor(article.text).toCodePoint(annotation.start),
      end: codePointIndexFor(article.text).toCodePoint(annotation.end),
    });
  }
  const debris = isPlaced(annotation) && article.blocks ? debrisAt(article.blocks, annotation.start, annotation.end) : [];
  const scope = debris.map(blockKindIri);
  return {
    type: 'SpecificResource',
    source: article.iri,
    selector,
    // One value as a string, several as a list, as the model writes them.
    ...(scope.length === 1 ? { scope: scope[0] } : scope.length > 1 ? { scope } : {}),
    ...viaOf(article.aliases ?? []),
  };
}

/** `via` for a list of IRIs: absent for none, a string for one, a list for several (as `scope`). */
function viaOf(iris: readonly string[]): { via?: string | readonly string[] } {
  if (iris.length === 0) return {};
  return iris.length === 1 ? { via: iris[0]! } : { via: iris };
}
