/**
 * What an import would do, worked out before anything is written: which article each incoming
 * annotation belongs to (import-sources.ts: by IRI, a remembered alias, or the reader's choice for
 * an unknown source), where it goes in that article's text (anchoring; a position is a hint, the
 * quote decides), which categories its tags are (import-categories.ts), which annotations are
 * already here, and which are skipped and why. The reader sees this as a summary, may assign
 * unknown sources and pick the scheme for new categories (the plan is then made again), and
 * confirms; the plan is written in one transaction. A file is judged annotation by annotation: one
 * that cannot be used is skipped and counted, never a reason to refuse the others.
 */
import type { Annotation } from '../annotations/annotation.js';
import type { Relation } from '../relations/relation.js';
import { DEFAULT_RELATION_TYPES, type RelationType } from '../relations/relation-type.js';
import { anchorAll, type AnchorTarget } from '../anchoring/anchoring.js';
import type { SourceAlias } from '../documents/source-alias.js';
import { type Problem, type Success, problem } from '../result.js';
import { type Category, DEFAULT_SCHEME_ID } from '../schemes/category.js';
import { codePointIndexFor } from '../text/code-points.js';
import { isUuid, stableUuid } from './stable-uuid.js';
import { describeRange } from '../anchoring/text-quote.js';
import { CategoryResolver } from './import-categories.js';
import { type AnnotationPlace, annotationRefKey, planRelations } from './import-relations.js';
import type { AnnotationSet } from '../sets/annotation-set.js';
import { ADD_TO_MINE, targetSetId, targetSets, type ImportTarget } from '../sets/import-target.js';
import { type ImportableDocument, type RememberedSource, resolveSources, type UnknownSource } from './import-sources.js';
import type { IncomingAnnotation, ParsedImport, SkippedAnnotation, SkipReason } from './w3c-parse.js';

export type { ImportableDocument, RememberedSource, SourceCandidate, UnknownSource } from './import-sources.js';

/** Everything the plan is made against. */
export interface ImportContext {
  readonly fileName: string;
  readonly documents: readonly ImportableDocument[];
  readonly categories: readonly Category[];
  /** Ids of the annotations already stored. */
  readonly existingIds: ReadonlySet<string>;
  readonly now: string;
  /**
   * IRIs the file's annotations name that stand for another document here: a carried document the
   * library has with another text goes in as a copy, and its annotations with it
   * (carried-document-match.ts). The target sources of the annotations are unchanged.
   */
  readonly redirects?: ReadonlyMap<string, string>;
  /** Aliases stored by earlier imports: aliasKey(source) → article id. */
  readonly aliases?: ReadonlyMap<string, string>;
  /** The reader's choices in the dialog: aliasKey(source) → article id, or null to skip the source. */
  readonly assignments?: ReadonlyMap<string, string | null>;
  /** The scheme new categories are made in; the default scheme when absent. */
  readonly schemeId?: string;
  /** Where the annotations go: the reader's own reading (the default), or kept apart as another reader's. */
  readonly target?: ImportTarget;
  /**
   * The relation types the file's relations are matched against (import-relations.ts), those of
   * the scheme the import goes into first; the default scheme's when absent.
   */
  readonly relationTypes?: readonly RelationType[];
  /**
   * Where the stored annotations are, by id (their reading and article): a relation of the file may
   * link annotations already here. Absent: an annotation already here is taken to be in the reading
   * the import goes into.
   */
  readonly existingAnnotations?: ReadonlyMap<string, Omit<AnnotationPlace, 'id'>>;
  /** The relations stored already, by id and by twin key (import-relations.ts, relationTwinKey). */
  readonly existingRelationIds?: ReadonlySet<string>;
}

/** Skipped annotations of one reason: how many, on how many sources, and the first as an example. */
export interface SkippedGroup {
  readonly reason: SkipReason;
  readonly count: number;
  /** Distinct sources among them (pages not in the library, say). */
  readonly sources: number;
  readonly example: SkippedAnnotation;
}

/** The plan: what Confirm writes, and the figures the summary shows. */
export interface ImportPlan {
  /** New annotations to write (those already here are left out), each in the set the target names. */
  readonly annotations: readonly Annotation[];
  /** The records of the sets the annotations go into. */
  readonly sets: readonly AnnotationSet[];
  readonly newCategories: readonly Category[];
  /** Aliases to remember: the sources the reader assigned to articles (not those without a source). */
  readonly newAliases: readonly SourceAlias[];
  /**
   * New relations to write (issue 17): those of the file whose type the scheme has and whose two
   * annotations are imported or here, in one reading.
   */
  readonly relations: readonly Relation[];
  /** Relations of the file stored already (or twice in it). */
  readonly relationsAlreadyHere: number;
  /** Annotations per article id (new ones only). */
  readonly perDocument: ReadonlyMap<string, number>;
  readonly placed: number;
  readonly unplaced: number;
  readonly alreadyHere: number;
  /** Sources that are not articles of the library, for the dialog to assign or skip. */
  readonly unknownSources: readonly UnknownSource[];
  /** Sources an earlier import's assignment maps. */
  readonly rememberedSources: readonly RememberedSource[];
  /** The annotations left out, by reason, in the order of {@link SKIP_ORDER}. */
  readonly skipped: readonly SkippedGroup[];
  /**
   * The notes on the file the summary lists: the warnings of its parse (what was read past) and the
   * plan's 'position-outside-text' (positions beyond the article's text, placed by their quote).
   */
  readonly warnings: readonly Problem[];
}

/**
 * What the plan notes on a file besides its parse's warnings: positions that lie outside their
 * article's text (a page's offsets), whose passages the quote placed.
 */
export type ImportPlanCode = 'position-outside-text';

/** The order the summary lists skipped annotations in: what the reader can act on first. */
export const SKIP_ORDER: readonly SkipReason[] = [
  'source-not-in-library',
  'source-skipped',
  'page-note',
  'reply',
  'relation-annotation-missing',
  'relation-type-unknown',
  'relation',
  'no-target',
  'bad-selector',
  'not-an-annotation',
];

/**
 * Works out the plan for a parsed file (the success of parseAnnotationFile, whose warnings become
 * the plan's). Never fails: what cannot be imported is skipped and counted.
 */
export function planImport(parsed: Success<ParsedImport>, context: ImportContext): ImportPlan {
  const sources = resolveSources(parsed.value.annotations, context);
  // The relations the parser could read are planned below (planRelations), not skipped wholesale.
  const readRelations = new Set((parsed.value.relations ?? []).map((relation) => relation.index));
  const skipped: SkippedAnnotation[] = parsed.value.skipped.filter((entry) => entry.reason !== 'relation' || !readRelations.has(entry.index));
  // Where each annotation of the file is stored (imported now or already here), by the key its relations name it with.
  const places = new Map<string, AnnotationPlace>();
  const outside: number[] = [];
  const located: { incoming: IncomingAnnotation; article: ImportableDocument; target: AnchorTarget }[] = [];
  for (const incoming of parsed.value.annotations) {
    const where = `${context.fileName}, annotation ${incoming.index + 1}${incoming.id ? ` (${incoming.id})` : ''}`;
    const article = sources.articleOf(incoming);
    if ('unknown' in article) {
      const reason = article.skipped ? 'source-skipped' : 'source-not-in-library';
      skipped.push({ index: incoming.index, reason, where, ...(incoming.id ? { id: incoming.id } : {}), ...(incoming.source ? { source: incoming.source } : {}) });
      continue;
    }
    const target = anchorTargetOf(incoming, article.text, () => outside.push(incoming.index + 1));
    if (target) located.push({ incoming, article, target });
    else skipped.push({ index: incoming.index, reason: 'page-note', where, ...(incoming.id ? { id: incoming.id } : {}), ...(incoming.source ? { source: incoming.source } : {}) });
  }

  const categories = new CategoryResolver(context.categories, context.schemeId ?? DEFAULT_SCHEME_ID);
  const seen = new Set<string>();
  const annotations: Annotation[] = [];
  const perDocument = new Map<string, number>();
  let alreadyHere = 0;
  let placed = 0;
  for (const entries of groupBy(located, (entry) => entry.article.id).values()) {
    const text = entries[0]!.article.text;
    const results = anchorAll(text, entries.map((entry) => entry.target));
    entries.forEach(({ incoming, article, target }, i) => {
      const id = annotationIdOf(incoming, parsed.value.format, context.fileName);
      const setId = targetSetId(context.target ?? ADD_TO_MINE, article.id);
      if (context.existingIds.has(id) || seen.has(id)) {
        alreadyHere += 1;
        const stored = context.existingAnnotations?.get(id);
        if (incoming.id && !places.has(annotationRefKey(incoming.id))) places.set(annotationRefKey(incoming.id), { id, setId, documentId: article.id, ...stored });
        return;
      }
      seen.add(id);
      if (incoming.id) places.set(annotationRefKey(incoming.id), { id, setId, documentId: article.id });
      const result = results[i]!;
      const range =
        result.status === 'placed'
          ? describeRange(text, result.start, result.end)
          : { start: -1, end: -1, exact: target.exact, prefix: target.prefix ?? '', suffix: target.suffix ?? '' };
      if (result.status === 'placed') placed += 1;
      annotations.push(annotationOf(incoming, { id, setId, documentId: article.id, ...range, categoryIds: categories.resolve(incoming.tags) }, context.now));
      perDocument.set(article.id, (perDocument.get(article.id) ?? 0) + 1);
    });
  }
  const linked = planRelations(parsed.value.relations ?? [], {
    fileName: context.fileName,
    types: context.relationTypes ?? DEFAULT_RELATION_TYPES,
    annotationAt: (ref) => {
      const key = annotationRefKey(ref);
      const here = places.get(key);
      if (here) return here;
      // An annotation not in the file but stored here, named by its UUID.
      const stored = context.existingIds.has(key) ? context.existingAnnotations?.get(key) : undefined;
      return stored ? { id: key, ...stored } : undefined;
    },
    now: context.now,
    ...(context.existingRelationIds ? { existingRelationIds: context.existingRelationIds } : {}),
  });
  skipped.push(...linked.skipped);
  // A file may bring only links between annotations here: the reading they go into is written (and read again) too.
  const target = context.target ?? ADD_TO_MINE;
  const linkedOnly = linked.relations.filter((relation) => relation.setId === targetSetId(target, relation.documentId)).map((relation) => relation.documentId);
  const warnings: Problem[] = [...parsed.warnings];
  if (outside.length > 0) {
    const count = outside.length;
    const list = outside.slice(0, 10).join(', ') + (count > 10 ? ', …' : '');
    const message = `${context.fileName}: annotation${count === 1 ? '' : 's'} ${list}: the position lies outside the article's text (counted in a whole web page?); placed by the quote`;
    warnings.push(problem('position-outside-text', { file: context.fileName, count, annotations: list }, message));
  }
  return {
    annotations,
    sets: targetSets(target, [...perDocument.keys(), ...linkedOnly], context.now),
    newCategories: categories.created,
    newAliases: newAliasesOf(sources.unknownSources, context),
    relations: linked.relations,
    relationsAlreadyHere: linked.alreadyHere,
    perDocument,
    placed,
    unplaced: annotations.length - placed,
    alreadyHere,
    unknownSources: sources.unknownSources,
    rememberedSources: sources.rememberedSources,
    skipped: groupSkipped(skipped),
    warnings,
  };
}

/** The stored form of a placed (or unplaced) incoming annotation, with what the file said of it. */
function annotationOf(incoming: IncomingAnnotation, base: Omit<Annotation, 'created' | 'modified'>, now: string): Annotation {
  return {
    ...base,
    ...(incoming.note ? { note: incoming.note } : {}),
    ...(incoming.creator ? { creator: incoming.creator } : {}),
    ...(incoming.creatorId ? { creatorId: incoming.creatorId } : {}),
    ...(incoming.via ? { via: incoming.via } : {}),
    ...(incoming.links && incoming.links.length > 0 ? { links: incoming.links } : {}),
    created: incoming.created ?? now,
    modified: incoming.modified ?? incoming.created ?? now,
  };
}

/** The aliases the reader's assignments make: a source with a name, assigned to an article. */
function newAliasesOf(unknown: readonly UnknownSource[], context: ImportContext): SourceAlias[] {
  return unknown.flatMap((source) =>
    source.key !== '' && typeof source.assigned === 'string' && context.aliases?.get(source.key) !== source.assigned ? [{ source: source.key, documentId: source.assigned }] : [],
  );
}

/** Skipped annotations grouped by reason, in {@link SKIP_ORDER}, each with its first as the example. */
export function groupSkipped(skipped: readonly SkippedAnnotation[]): SkippedGroup[] {
  const sorted = [...skipped].sort((a, b) => a.index - b.index);
  return SKIP_ORDER.flatMap((reason) => {
    const group = sorted.filter((entry) => entry.reason === reason);
    if (group.length === 0) return [];
    return [{ reason, count: group.length, sources: new Set(group.map((entry) => entry.source ?? '')).size, example: group[0]! }];
  });
}

/**
 * The anchoring target of an incoming annotation, with its code points turned into UTF-16 offsets.
 * A position outside the text is only a hint that failed: the quote places the passage
 * (`outside` is told); without a quote there is nothing to place it by (undefined).
 */
function anchorTargetOf(incoming: IncomingAnnotation, text: string, outside: () => void): AnchorTarget | undefined {
  const { position, quote } = incoming;
  if (position) {
    const points = codePointIndexFor(text);
    if (position.end <= points.length && position.start <= position.end) {
      const start = points.toUtf16(position.start);
      const end = points.toUtf16(position.end);
      return { exact: quote?.exact ?? text.slice(start, end), prefix: quote?.prefix, suffix: quote?.suffix, start, end };
    }
    outside();
  }
  return quote ? { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } : undefined;
}

/**
 * The id an incoming annotation is stored under: its own when it is one of ours (a UUID), else a
 * stable UUID made from the id it had (or from its content, when it had none), so that importing
 * the same file twice writes nothing the second time.
 */
function annotationIdOf(incoming: IncomingAnnotation, parsedFormat: ParsedImport['format'], fileName: string): string {
  if (incoming.id && isUuid(incoming.id)) return incoming.id.toLowerCase();
  // A Hypothesis annotation has one id whether it comes from the API or the client's export.
  const format = parsedFormat === 'hypothesis-api' ? 'hypothesis' : parsedFormat;
  if (incoming.id) return stableUuid(format, `${incoming.source ?? ''}\u0000${incoming.id}`);
  const content = JSON.stringify([incoming.source, incoming.quote, incoming.position, incoming.tags, incoming.note, incoming.created]);
  return stableUuid(`${format}:${fileName}`, content);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
