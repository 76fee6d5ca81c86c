/**
 * The statistics tables as rows for the page and for CSV (issue 17): counts per category, the
 * cross-table of categories by articles, the co-occurrence pairs, the speakers with their quotes
 * and the statistics with their sources. The words (headings, labels, article titles) come from
 * the caller, which speaks the reader's language; table-sort.ts sorts the rows and csv-writer.ts
 * writes them.
 */
import type { Annotation } from '../annotations/annotation.js';
import type { CsvCell } from '../csv/csv-writer.js';
import type { CategoryCounts } from './category-counts.js';
import type { CoOccurrence } from './paragraph-co-occurrence.js';
import type { CrossTable } from './category-cross-table.js';
import type { RelationGroup } from './relation-tables.js';
import type { TableRows } from './table-sort.js';

/** The words of the tables, in the reader's language. */
export interface StatisticsWords {
  readonly category: string;
  /** The heading of the annotations tagged with the category itself (a parent's without its subcategories). */
  readonly own: string;
  /** The heading of the annotations in the category, subcategories included. */
  readonly total: string;
  /** The heading of a second category (co-occurrence). */
  readonly withCategory: string;
  readonly paragraphs: string;
  readonly speaker: string;
  readonly quotes: string;
  readonly statistic: string;
  readonly sources: string;
  /** The heading of a count of partners ("Anzahl"). */
  readonly count: string;
  /** The heading of the articles' column in the relation tables. */
  readonly article: string;
  /** The row of the annotations' total under the cross-table. */
  readonly annotations: string;
  /** A category's path ("Akteur > Politiker"), or its id when the scheme no longer has it. */
  categoryOf(categoryId: string): string;
  /** An article's title. */
  articleOf(documentId: string): string;
  /** Several quotes in one cell (the quotes of a speaker), e.g. each in „…“ with "; " between. */
  quotesOf(annotations: readonly Annotation[]): string;
}

/** Counts per category: category, own, total; the subcategories right after their parent. */
export function categoryCountRows(counts: CategoryCounts, words: StatisticsWords): TableRows {
  return {
    header: [words.category, words.own, words.total],
    rows: counts.rows.map((row) => [words.categoryOf(row.categoryId), row.own, row.total]),
  };
}

/** Categories by articles: one column per article and the total; a last row counts each article's annotations. */
export function crossTableRows(table: CrossTable, words: StatisticsWords): TableRows {
  const all = table.annotations.reduce((sum, count) => sum + count, 0);
  return {
    header: [words.category, ...table.documentIds.map((id) => words.articleOf(id)), words.total],
    rows: [
      ...table.rows.map((row): CsvCell[] => [words.categoryOf(row.categoryId), ...row.cells, row.total]),
      [words.annotations, ...table.annotations, all],
    ],
  };
}

/** The co-occurrence pairs: category, other category, paragraphs holding both. */
export function coOccurrenceRows(coOccurrence: CoOccurrence, words: StatisticsWords): TableRows {
  return {
    header: [words.category, words.withCategory, words.paragraphs],
    rows: coOccurrence.pairs.map((pair) => [words.categoryOf(pair.first), words.categoryOf(pair.second), pair.paragraphs]),
  };
}

/** The speakers with their quotes: speaker, number of quotes, the quotes, the articles they are in. */
export function speakerRows(groups: readonly RelationGroup[], words: StatisticsWords): TableRows {
  return {
    header: [words.speaker, words.count, words.quotes, words.article],
    rows: groups.map((group) => [group.label, group.partners.length, words.quotesOf(group.partners), articlesOf(group, words)]),
  };
}

/** The statistics with their sources: statistic, number of sources, the sources, the article. */
export function statisticSourceRows(groups: readonly RelationGroup[], words: StatisticsWords): TableRows {
  return {
    header: [words.statistic, words.count, words.sources, words.article],
    // The sources are actors: named as the speakers are, without quotation marks.
    rows: groups.map((group) => [group.label, group.partners.length, namesOf(group.partners), articlesOf(group, words)]),
  };
}

/** The passages of `annotations` as names (whitespace flattened), "; " between. */
function namesOf(annotations: readonly Annotation[]): string {
  return annotations.map((annotation) => annotation.exact.replace(/\s+/g, ' ').trim()).join('; ');
}

/** The titles of the articles a group's partners are in, each once, "; " between. */
function articlesOf(group: RelationGroup, words: StatisticsWords): string {
  return [...new Set(group.partners.map((partner) => partner.documentId))].map((id) => words.articleOf(id)).join('; ');
}
