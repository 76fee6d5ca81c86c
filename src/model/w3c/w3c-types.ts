/**
 * The W3C Web Annotation shapes Close Reader writes and reads, one type per shape with its `type`
 * literal and a link to the section of the Data Model (W3C Recommendation, 23 February 2017) that
 * defines it, in the manner of Hypothesis's src/types/api.ts and Apache Annotator's selector types.
 * They describe the JSON-LD serialisation; our stored shape is model/annotation.ts, and the only
 * code that converts between the two is model/w3c.ts (export and parse).
 *
 * Where the model lets a property hold one value or several, the type allows both, because files
 * from other tools use both; what we write is the narrower choice documented in w3c-export.ts.
 */

/**
 * The JSON-LD context every Web Annotation document names.
 * https://www.w3.org/TR/annotation-model/#annotations (3.1, `@context`)
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A `@context`: the anno context alone, or a list that contains it. */
export type W3CContext = typeof ANNO_CONTEXT | readonly unknown[];

/**
 * Why an annotation (motivation) or a body (purpose) was made; the instances of oa:Motivation.
 * https://www.w3.org/TR/annotation-model/#motivation-and-purpose (3.3.5)
 */
export type W3CMotivation =
  | 'assessing'
  | 'bookmarking'
  | 'classifying'
  | 'commenting'
  | 'describing'
  | 'editing'
  | 'highlighting'
  | 'identifying'
  | 'linking'
  | 'moderating'
  | 'questioning'
  | 'replying'
  | 'tagging';

/**
 * A person, organisation or piece of software: the `creator` or `generator` of a resource.
 * https://www.w3.org/TR/annotation-model/#agents (3.3.2)
 */
export interface W3CAgent {
  readonly id?: string;
  readonly type: 'Person' | 'Organization' | 'Software';
  readonly name?: string;
  readonly nickname?: string;
  readonly homepage?: string;
}

/**
 * Text carried inside the annotation: a tag label or a comment.
 * https://www.w3.org/TR/annotation-model/#embedded-textual-body (3.2.4)
 */
export interface W3CTextualBody {
  readonly type: 'TextualBody';
  readonly value: string;
  readonly purpose?: W3CMotivation;
  /** BCP 47 language tag of `value`. */
  readonly language?: string;
  /** Media type of `value`; we always write `text/plain`. */
  readonly format?: string;
  readonly creator?: W3CAgent;
  readonly created?: string;
  readonly modified?: string;
}

/**
 * Selects a passage by its text and the text around it.
 * https://www.w3.org/TR/annotation-model/#text-quote-selector (4.2.4)
 */
export interface W3CTextQuoteSelector {
  readonly type: 'TextQuoteSelector';
  readonly exact: string;
  readonly prefix?: string;
  readonly suffix?: string;
}

/**
 * Selects a passage by its start and end in the text, counted in Unicode code points (not the
 * UTF-16 units JavaScript strings count: see model/code-points.ts). `end` is exclusive.
 * https://www.w3.org/TR/annotation-model/#text-position-selector (4.2.5)
 */
export interface W3CTextPositionSelector {
  readonly type: 'TextPositionSelector';
  readonly start: number;
  readonly end: number;
}

/** The selectors Close Reader writes and uses; others are read past (w3c-parse.ts). */
export type W3CSelector = W3CTextQuoteSelector | W3CTextPositionSelector;

/**
 * A resource narrowed by selectors, or given a purpose: our target (the article, with a quote and
 * a position) and our `classifying` body (a category named by its IRI).
 * https://www.w3.org/TR/annotation-model/#specific-resources (4)
 */
export interface W3CSpecificResource {
  readonly type: 'SpecificResource';
  /** The IRI of the resource: the article's IRI, or a category's IRI. */
  readonly source: string;
  readonly purpose?: W3CMotivation;
  readonly selector?: W3CSelector | readonly W3CSelector[];
  /**
   * The IRIs of the resources that give the passage its context: ours name the kind of block a
   * passage sits in when that is page debris (a caption, a tweet; w3c-export.ts).
   * https://www.w3.org/TR/annotation-model/#scope-of-a-resource (4.6)
   */
  readonly scope?: string | readonly string[];
  /**
   * The IRIs the resource was obtained from: on our target, the pages of other tools the reader
   * assigned to the article (source aliases, w3c-export.ts).
   * https://www.w3.org/TR/annotation-model/#other-identities (3.3.7)
   */
  readonly via?: string | readonly string[];
}

/**
 * A resource on the web named by its IRI, with what the file says of it (`type`, `format`,
 * `language`…): a body another tool attached as a link, written back as it came.
 * https://www.w3.org/TR/annotation-model/#external-web-resources (3.2.1)
 */
export interface W3CExternalResource {
  readonly id: string;
  readonly [field: string]: unknown;
}

/**
 * A body: embedded text, a specific resource, a resource on the web, or the IRI of a resource.
 * https://www.w3.org/TR/annotation-model/#bodies-and-targets (3.2)
 */
export type W3CBody = W3CTextualBody | W3CSpecificResource | W3CExternalResource | string;

/** A target: a specific resource, or the IRI of a whole resource (3.2). */
export type W3CTarget = W3CSpecificResource | string;

/**
 * An annotation.
 * https://www.w3.org/TR/annotation-model/#annotations (3.1) and
 * https://www.w3.org/TR/annotation-model/#lifecycle-information (3.3.1)
 */
export interface W3CAnnotation {
  readonly '@context': W3CContext;
  /** An IRI; ours are `urn:uuid:<id>`. */
  readonly id: string;
  readonly type: 'Annotation';
  readonly motivation?: W3CMotivation | readonly W3CMotivation[];
  readonly creator?: W3CAgent;
  readonly created?: string;
  readonly modified?: string;
  readonly generator?: W3CAgent;
  /** When this serialisation was made. */
  readonly generated?: string;
  readonly body?: W3CBody | readonly W3CBody[];
  readonly target: W3CTarget | readonly W3CTarget[];
  /**
   * The annotation's IRI in the tool it came from (a Hypothesis or Recogito annotation imported here).
   * https://www.w3.org/TR/annotation-model/#other-identities (3.3.7)
   */
  readonly via?: string;
}

/**
 * One page of a collection's annotations, in order.
 * https://www.w3.org/TR/annotation-model/#annotation-page (5.2)
 */
export interface W3CAnnotationPage {
  /** Required on a page on its own; a page embedded in a collection takes the collection's. */
  readonly '@context'?: W3CContext;
  readonly id: string;
  readonly type: 'AnnotationPage';
  /** The IRI of the collection the page belongs to. */
  readonly partOf?: string;
  /** The position of the page's first item in the whole collection (0-based). */
  readonly startIndex?: number;
  readonly next?: string;
  readonly prev?: string;
  readonly items: readonly W3CAnnotation[];
}

/**
 * An ordered set of annotations, split into pages.
 * https://www.w3.org/TR/annotation-model/#annotation-collection (5.1)
 */
export interface W3CAnnotationCollection {
  readonly '@context': W3CContext;
  readonly id: string;
  readonly type: 'AnnotationCollection';
  readonly label?: string;
  readonly total?: number;
  readonly created?: string;
  readonly generator?: W3CAgent;
  /** The first page, embedded or by IRI; absent when the collection is empty. */
  readonly first?: W3CAnnotationPage | string;
  /** The IRI of the last page. */
  readonly last?: string;
}
