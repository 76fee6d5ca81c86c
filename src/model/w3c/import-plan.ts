/**
 * What an import would do, worked out before anything is written: which article each incoming
 * annotation belongs to, where it goes in that article's text (anchoring), which categories its
 * tags are (by IRI first, then by label in either language; unknown tags become new categories
 * made by createCategory as the scheme editor makes them, marked as imported), and which
 * annotations are already here. The reader sees this as a summary and confirms; the plan is then
 * written in one transaction. Bad input refuses the whole file with problems that say where, so
 * the database is never half-changed.
 */
import type { Annotation } from '../annotations/annotation.js';
import { anchorAll, type AnchorTarget } from '../anchoring/anchoring.js';
import { type Problem, type Result, type Success, failAll, ok, problem } from '../result.js';
import { type Category, DEFAULT_SCHEME_ID, categoryIri } from '../schemes/category.js';
import { createCategory } from '../schemes/category-factory.js';
import { codePointIndexFor } from '../text/code-points.js';
import { isUuid, stableUuid } from './stable-uuid.js';
import { describeRange } from '../anchoring/text-quote.js';
import type { IncomingAnnotation, IncomingTag, ParsedImport } from './w3c.js';

/** An article an import can place annotations in. */
export interface ImportableDocument {
  readonly id: string;
  readonly iri: string;
  readonly title: string;
  readonly text: string;
}

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
}

/** The plan: what Confirm writes, and the figures the summary shows. */
export interface ImportPlan {
  /** New annotations to write (those already here are left out). */
  readonly annotations: readonly Annotation[];
  readonly newCategories: readonly Category[];
  /** Annotations per article id (new ones only). */
  readonly perDocument: ReadonlyMap<string, number>;
  readonly placed: number;
  readonly unplaced: number;
  readonly alreadyHere: number;
  /** The notes on the file the summary lists: the warnings of its parse (what was read past). */
  readonly warnings: readonly Problem[];
}

/**
 * Why a parsed file cannot be imported here: an annotation on an article the library lacks, a
 * position beyond its article's text, nothing to place it by. `params.where` names the annotation.
 */
export type ImportPlanCode = 'source-not-in-library' | 'position-beyond-text' | 'no-text-selector';

/** A plan, or every reason the file cannot be imported. */
export type ImportPlanResult = Result<ImportPlan, ImportPlanCode>;

/**
 * Works out the plan for a parsed file (the success of parseAnnotationFile, whose warnings become
 * the plan's). The result itself carries no warnings: the plan's are what the summary shows.
 */
export function planImport(parsed: Success<ParsedImport>, context: ImportContext): ImportPlanResult {
  const errors: Problem<ImportPlanCode>[] = [];
  const byIri = new Map(context.documents.map((article) => [article.iri, article]));
  const located: { incoming: IncomingAnnotation; article: ImportableDocument; target: AnchorTarget }[] = [];
  for (const incoming of parsed.value.annotations) {
    const where = `${context.fileName}, annotation ${incoming.index + 1}${incoming.id ? ` (${incoming.id})` : ''}`;
    const article = incoming.source ? byIri.get(context.redirects?.get(incoming.source) ?? incoming.source) : undefined;
    if (!article) {
      const message = `${where}: target.source ${incoming.source ? `"${incoming.source}"` : '(missing)'} is not an article in the library`;
      errors.push(problem('source-not-in-library', { where, source: incoming.source ?? '' }, message));
      continue;
    }
    const target = anchorTargetOf(incoming, article.text, where, errors);
    if (target) located.push({ incoming, article, target });
  }
  if (errors.length > 0) return failAll(errors);

  const categories = new CategoryResolver(context.categories);
  const seen = new Set<string>();
  const annotations: Annotation[] = [];
  const perDocument = new Map<string, number>();
  let alreadyHere = 0;
  let placed = 0;
  const byDocument = groupBy(located, (entry) => entry.article.id);
  for (const entries of byDocument.values()) {
    const text = entries[0]!.article.text;
    const results = anchorAll(text, entries.map((entry) => entry.target));
    entries.forEach(({ incoming, article, target }, i) => {
      const id = annotationIdOf(incoming, parsed.value.format, context.fileName);
      if (context.existingIds.has(id) || seen.has(id)) {
        alreadyHere += 1;
        return;
      }
      seen.add(id);
      const result = results[i]!;
      const range =
        result.status === 'placed'
          ? describeRange(text, result.start, result.end)
          : { start: -1, end: -1, exact: target.exact, prefix: target.prefix ?? '', suffix: target.suffix ?? '' };
      if (result.status === 'placed') placed += 1;
      annotations.push({
        id,
        documentId: article.id,
        ...range,
        categoryIds: categories.resolve(incoming.tags),
        ...(incoming.note ? { note: incoming.note } : {}),
        ...(incoming.creator ? { creator: incoming.creator } : {}),
        created: incoming.created ?? context.now,
        modified: incoming.modified ?? incoming.created ?? context.now,
      });
      perDocument.set(article.id, (perDocument.get(article.id) ?? 0) + 1);
    });
  }
  return ok({
    annotations,
    newCategories: categories.created,
    perDocument,
    placed,
    unplaced: annotations.length - placed,
    alreadyHere,
    warnings: parsed.warnings,
  });
}

/** The anchoring target of an incoming annotation, with its code points turned into UTF-16 offsets. */
function anchorTargetOf(incoming: IncomingAnnotation, text: string, where: string, errors: Problem<ImportPlanCode>[]): AnchorTarget | undefined {
  const { position, quote } = incoming;
  if (position) {
    const points = codePointIndexFor(text);
    const length = points.length;
    if (position.end > length) {
      const message = `${where}: TextPositionSelector ${position.start}–${position.end} goes beyond the article's text (${length} characters)`;
      errors.push(problem('position-beyond-text', { where, start: position.start, end: position.end, length }, message));
      return undefined;
    }
    const start = points.toUtf16(position.start);
    const end = points.toUtf16(position.end);
    return { exact: quote?.exact ?? text.slice(start, end), prefix: quote?.prefix, suffix: quote?.suffix, start, end };
  }
  if (quote) return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  errors.push(problem('no-text-selector', { where }, `${where}: no TextQuoteSelector and no TextPositionSelector to place it by`));
  return undefined;
}

/**
 * The id an incoming annotation is stored under: its own when it is one of ours (a UUID), else a
 * stable UUID made from the id it had (or from its content, when it had none), so that importing
 * the same file twice writes nothing the second time.
 */
function annotationIdOf(incoming: IncomingAnnotation, format: string, fileName: string): string {
  if (incoming.id && isUuid(incoming.id)) return incoming.id.toLowerCase();
  if (incoming.id) return stableUuid(format, `${incoming.source ?? ''}\u0000${incoming.id}`);
  const content = JSON.stringify([incoming.source, incoming.quote, incoming.position, incoming.tags, incoming.note, incoming.created]);
  return stableUuid(`${format}:${fileName}`, content);
}

/** Finds the category of each tag, making new ones (once each) for tags it does not know. */
class CategoryResolver {
  readonly created: Category[] = [];
  private readonly all: Category[];

  constructor(existing: readonly Category[]) {
    this.all = [...existing];
  }

  resolve(tags: readonly IncomingTag[]): string[] {
    const ids = tags.map((tag) => this.find(tag) ?? this.create(tag));
    if (ids.length === 0) ids.push(this.find({ label: UNTAGGED.label.en }) ?? this.create({ label: UNTAGGED.label.en }, UNTAGGED));
    return [...new Set(ids)];
  }

  private find(tag: IncomingTag): string | undefined {
    if (tag.iri) {
      const byIri = this.all.find((category) => categoryIri(category) === tag.iri);
      if (byIri) return byIri.id;
    }
    const label = (tag.label ?? labelFromIri(tag.iri)).trim().toLocaleLowerCase();
    if (!label) return undefined;
    return this.all.find(
      (category) => category.label.de.toLocaleLowerCase() === label || category.label.en.toLocaleLowerCase() === label || category.id === label,
    )?.id;
  }

  private create(tag: IncomingTag, preset?: Pick<Category, 'id' | 'label'>): string {
    const label = (tag.label ?? labelFromIri(tag.iri)).trim() || 'Imported';
    const category = createCategory(this.all, {
      label: preset?.label ?? { de: label, en: label },
      id: preset?.id,
      // Imported categories join the default scheme, which every article can show.
      schemeId: DEFAULT_SCHEME_ID,
      iri: tag.iri || undefined,
      imported: true,
    });
    this.all.push(category);
    this.created.push(category);
    return category.id;
  }
}

/** The category for annotations that come without any tag (a Hypothesis note, say). */
const UNTAGGED: Pick<Category, 'id' | 'label'> = { id: 'untagged', label: { de: 'Ohne Kategorie', en: 'Untagged' } };

function labelFromIri(iri: string | undefined): string {
  if (!iri) return '';
  const last = iri.split(/[/#:]/).filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
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
