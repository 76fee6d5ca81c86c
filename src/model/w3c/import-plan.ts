/**
 * What an import would do, worked out before anything is written: which article each incoming
 * annotation belongs to, where it goes in that article's text (anchoring), which categories its
 * tags are (by IRI first, then by label in either language; unknown tags become new categories
 * marked as imported), and which annotations are already here. The reader sees this as a summary
 * and confirms; the plan is then written in one transaction. Bad input refuses the whole file with
 * messages that say where, so the database is never half-changed.
 */
import type { Annotation } from '../annotations/annotation.js';
import { anchorAll, type AnchorTarget } from '../anchoring/anchoring.js';
import { type Category, DEFAULT_SCHEME_ID, categoryIri } from '../schemes/category.js';
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
  readonly warnings: readonly string[];
}

/** A plan, or every reason the file cannot be imported. */
export type ImportPlanResult = { readonly ok: true; readonly plan: ImportPlan } | { readonly ok: false; readonly errors: readonly string[] };

/** Colours for categories that arrive with an import, after the default four. */
const IMPORTED_COLOURS = ['#56b4e9', '#d55e00', '#f0e442', '#7f5fbf', '#8c6d31', '#3f7f7f'];
const IMPORTED_LINES = ['solid', 'dashed', 'dotted', 'double', 'wavy'] as const;

/** Works out the plan for a parsed file. */
export function planImport(parsed: ParsedImport, context: ImportContext): ImportPlanResult {
  const errors: string[] = [];
  const byIri = new Map(context.documents.map((article) => [article.iri, article]));
  const located: { incoming: IncomingAnnotation; article: ImportableDocument; target: AnchorTarget }[] = [];
  for (const incoming of parsed.annotations) {
    const where = `${context.fileName}, annotation ${incoming.index + 1}${incoming.id ? ` (${incoming.id})` : ''}`;
    const article = incoming.source ? byIri.get(incoming.source) : undefined;
    if (!article) {
      errors.push(`${where}: target.source ${incoming.source ? `"${incoming.source}"` : '(missing)'} is not an article in the library`);
      continue;
    }
    const target = anchorTargetOf(incoming, article.text, where, errors);
    if (target) located.push({ incoming, article, target });
  }
  if (errors.length > 0) return { ok: false, errors };

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
      const id = annotationIdOf(incoming, parsed.format, context.fileName);
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
  return {
    ok: true,
    plan: {
      annotations,
      newCategories: categories.created,
      perDocument,
      placed,
      unplaced: annotations.length - placed,
      alreadyHere,
      warnings: parsed.warnings,
    },
  };
}

/** The anchoring target of an incoming annotation, with its code points turned into UTF-16 offsets. */
function anchorTargetOf(incoming: IncomingAnnotation, text: string, where: string, errors: string[]): AnchorTarget | undefined {
  const { position, quote } = incoming;
  if (position) {
    const points = codePointIndexFor(text);
    const length = points.length;
    if (position.end > length) {
      errors.push(`${where}: TextPositionSelector ${position.start}–${position.end} goes beyond the article's text (${length} characters)`);
      return undefined;
    }
    const start = points.toUtf16(position.start);
    const end = points.toUtf16(position.end);
    return { exact: quote?.exact ?? text.slice(start, end), prefix: quote?.prefix, suffix: quote?.suffix, start, end };
  }
  if (quote) return { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
  errors.push(`${where}: no TextQuoteSelector and no TextPositionSelector to place it by`);
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
    const id = this.uniqueId(preset?.id ?? slugOf(label));
    const n = this.created.length;
    const category: Category = {
      id,
      label: preset?.label ?? { de: label, en: label },
      colour: IMPORTED_COLOURS[n % IMPORTED_COLOURS.length]!,
      line: IMPORTED_LINES[n % IMPORTED_LINES.length]!,
      order: Math.max(0, ...this.all.map((category) => category.order)) + 1,
      imported: true,
      // Imported categories join the default scheme, which every article can show.
      schemeId: DEFAULT_SCHEME_ID,
      ...(tag.iri ? { iri: tag.iri } : {}),
    };
    this.all.push(category);
    this.created.push(category);
    return id;
  }

  private uniqueId(base: string): string {
    let id = base || 'imported';
    for (let n = 2; this.all.some((category) => category.id === id); n += 1) id = `${base}-${n}`;
    return id;
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

function slugOf(label: string): string {
  return label
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
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
