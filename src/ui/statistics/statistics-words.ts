/**
 * The words of the statistics page's tables and CSV files in the interface language (issue 17):
 * headings, category paths, article titles, a set's name, a relation as text. The model's tables
 * (model/statistics/statistics-rows.ts, annotations-csv.ts) take them from here, so the page and
 * the files it saves say the same.
 */
import { msg } from '@lit/localize';
import type { StatisticsData } from '../../app/statistics/statistics-loader.js';
import type { Annotation } from '../../model/annotations/annotation.js';
import type { ArticleSource } from '../../model/documents/library.js';
import { spreadsheetDateTime } from '../../model/csv/spreadsheet-date-time.js';
import { localLabel, type Category, categoryLabel } from '../../model/schemes/category.js';
import type { AnnotationsCsvWords } from '../../model/statistics/annotations-csv.js';
import { categoryPath } from '../../model/statistics/category-path.js';
import type { StatisticsWords } from '../../model/statistics/statistics-rows.js';
import { isMineSetId, modelSetId } from '../../model/sets/annotation-set.js';
import { formatQuote } from '../shared/quote-format.js';

/** What the words are made from: the page's data, the library (titles) and every category known (paths of other schemes). */
export interface WordSources {
  readonly data: StatisticsData;
  readonly articles: ArticleSource | undefined;
  readonly allCategories: readonly Category[];
  readonly locale: string;
}

/** A quote in full, in the language's quotation marks (the tables show the quotes themselves). */
export function fullQuote(text: string, locale: string): string {
  return formatQuote(text, locale, Number.POSITIVE_INFINITY);
}

/** The article's title as the library lists it, or its id when the library no longer has it. */
function articleTitle(sources: WordSources, documentId: string): string {
  return sources.articles?.entry(documentId)?.title ?? documentId;
}

/** The words of the statistics tables. */
export function statisticsWords(sources: WordSources): StatisticsWords {
  const { locale } = sources;
  const categories = new Map([...sources.allCategories, ...sources.data.categories].map((category) => [category.id, category]));
  return {
    category: msg('Category'),
    own: msg('Tagged with it'),
    total: msg('Total'),
    withCategory: msg('Together with'),
    paragraphs: msg('Paragraphs'),
    speaker: msg('Speaker'),
    quotes: msg('Quotes'),
    statistic: msg('Statistic'),
    sources: msg('Sources'),
    count: msg('Number'),
    article: msg('Article'),
    annotations: msg('Annotations'),
    categoryOf: (categoryId) => categoryPath(categoryId, categories, (category) => categoryLabel(category, locale)),
    articleOf: (documentId) => articleTitle(sources, documentId),
    quotesOf: (annotations) => annotations.map((annotation) => fullQuote(annotation.exact, locale)).join('; '),
  };
}

/** The words of the annotations CSV. */
export function annotationsCsvWords(sources: WordSources): AnnotationsCsvWords {
  const { locale, data } = sources;
  const types = new Map(data.relationTypes.map((type) => [type.id, type]));
  return {
    article: msg('Article'),
    set: msg('Set'),
    category: msg('Category'),
    exact: msg('Passage'),
    start: msg('Start'),
    end: msg('End'),
    prefix: msg('Before'),
    suffix: msg('After'),
    note: msg('Note'),
    created: msg('Created'),
    modified: msg('Changed'),
    relations: msg('Links to other annotations'),
    articleOf: (documentId) => articleTitle(sources, documentId),
    setOf: (setId) => setName(data, setId),
    categoryOf: (category) => categoryLabel(category, locale),
    dateOf: spreadsheetDateTime,
    relationOf: (typeId, outgoing, partner: Annotation) => {
      const type = types.get(typeId);
      const label = (type && localLabel(type.label, locale)) || typeId;
      return `${label} ${outgoing ? '→' : '←'} ${fullQuote(partner.exact, locale)}`;
    },
  };
}

/** A set as the reader knows it: its author, or what it is ("My reading", "Model answer"). */
function setName(data: StatisticsData, setId: string): string {
  const set = data.sets.get(setId);
  if (set?.author?.trim()) return set.author.trim();
  if (isMineSetId(setId)) return msg('My reading');
  if (data.record && setId === modelSetId(data.record.assignment.id)) return msg('Model answer');
  if (set?.kind === 'student') return msg('My work');
  return msg('Unnamed');
}
