/**
 * The annotations CSV of issue 17: one row per annotation and category, for a spreadsheet
 * (qualitative content analysis lives on such tables). Columns: article, set (its author or kind),
 * category path (parent > child), exact, start, end, prefix, suffix, note, created, modified,
 * relations (as text). The words (headings, titles, labels, dates) come from the caller, which
 * speaks the reader's language; {@link csvText} writes the rows (BOM, separator by language,
 * RFC 4180, a would-be formula in a note made inert).
 *
 * Start and end count UTF-16 units of the article's canonical text, end exclusive, as stored and
 * as the class view's CSV (app/class/class-csv.ts) already writes them: one unit for both files, so
 * a table joined from the two lines up. UTF-16 rather than the W3C export's code points because this
 * file is read in spreadsheets, and Excel's LEN, MID and FIND count UTF-16 units, as JavaScript
 * does: `MID(text; start + 1; end - start)` gives back the quote even after an emoji. The W3C export
 * (model/w3c) stays the place for code points, as its TextPositionSelector requires. An annotation
 * not placed has neither start nor end.
 */
import { type Annotation, compareTextOrder, isPlaced } from '../annotations/annotation.js';
import type { CsvCell } from '../csv/csv-writer.js';
import type { Category } from '../schemes/category.js';
import { categoryPath } from './category-path.js';
import type { RelationInput } from './relation-tables.js';
import type { TableRows } from './table-sort.js';

/** The words of the annotations CSV, in the reader's language. */
export interface AnnotationsCsvWords {
  readonly article: string;
  readonly set: string;
  readonly category: string;
  readonly exact: string;
  readonly start: string;
  readonly end: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly note: string;
  readonly created: string;
  readonly modified: string;
  readonly relations: string;
  /** An article's title. */
  articleOf(documentId: string): string;
  /** A set as the reader knows it: its author ("Ada"), or its kind ("Eigene Lesart", "Musterlösung"). */
  setOf(setId: string): string;
  /** A category's label (one level; the path is made here). */
  categoryOf(category: Category): string;
  /** A moment (ISO 8601) as the file writes it. */
  dateOf(iso: string): string;
  /**
   * One relation as text from the row's annotation: `outgoing` when the annotation is the
   * relation's source ("said by → Salvini"), else incoming ("said by ← „Wir schaffen das“").
   */
  relationOf(typeId: string, outgoing: boolean, partner: Annotation): string;
}

/** What separates several relations in one cell. */
export const RELATION_SEPARATOR = '; ';

/**
 * The annotations CSV: a heading row, then one row per annotation and category (the categories in
 * the annotation's order, each once), the annotations by article in the order of `documentIds`
 * (articles it does not list after them, by id), then by set (by {@link AnnotationsCsvWords.setOf},
 * code-unit order), then in text order with those not placed last. A relation is listed on both
 * its annotations' rows, in the order given.
 */
export function annotationsCsv(
  annotations: readonly Annotation[],
  input: {
    readonly categories: readonly Category[];
    readonly relations?: readonly RelationInput[];
    readonly documentIds?: readonly string[];
  },
  words: AnnotationsCsvWords,
): TableRows {
  const categories = new Map(input.categories.map((category) => [category.id, category]));
  const relationTexts = new Map<string, string[]>();
  const addRelation = (annotation: Annotation, text: string): void => {
    let texts = relationTexts.get(annotation.id);
    if (!texts) relationTexts.set(annotation.id, (texts = []));
    texts.push(text);
  };
  for (const relation of input.relations ?? []) {
    addRelation(relation.source, words.relationOf(relation.typeId, true, relation.target));
    addRelation(relation.target, words.relationOf(relation.typeId, false, relation.source));
  }
  const articleRank = new Map((input.documentIds ?? []).map((id, index) => [id, index]));
  const setNames = new Map<string, string>();
  const setName = (setId: string): string => {
    let name = setNames.get(setId);
    if (name === undefined) setNames.set(setId, (name = words.setOf(setId)));
    return name;
  };
  const sorted = [...annotations].sort(
    (a, b) =>
      rank(articleRank, a.documentId) - rank(articleRank, b.documentId) ||
      compareCodeUnits(a.documentId, b.documentId) ||
      compareCodeUnits(setName(a.setId), setName(b.setId)) ||
      compareCodeUnits(a.setId, b.setId) ||
      Number(!isPlaced(a)) - Number(!isPlaced(b)) ||
      compareTextOrder(a, b),
  );
  const header: CsvCell[] = [
    words.article,
    words.set,
    words.category,
    words.exact,
    words.start,
    words.end,
    words.prefix,
    words.suffix,
    words.note,
    words.created,
    words.modified,
    words.relations,
  ];
  const rows = sorted.flatMap((annotation) => {
    const placed = isPlaced(annotation);
    const shared: CsvCell[] = [
      annotation.exact,
      placed ? annotation.start : undefined,
      placed ? annotation.end : undefined,
      annotation.prefix,
      annotation.suffix,
      annotation.note ?? '',
      words.dateOf(annotation.created),
      words.dateOf(annotation.modified),
      (relationTexts.get(annotation.id) ?? []).join(RELATION_SEPARATOR),
    ];
    return [...new Set(annotation.categoryIds)].map((categoryId): CsvCell[] => [
      words.articleOf(annotation.documentId),
      setName(annotation.setId),
      categoryPath(categoryId, categories, (category) => words.categoryOf(category)),
      ...shared,
    ]);
  });
  return { header, rows };
}

/** An article's place in the caller's order; those not listed after all listed ones. */
function rank(ranks: ReadonlyMap<string, number>, documentId: string): number {
  return ranks.get(documentId) ?? ranks.size;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
