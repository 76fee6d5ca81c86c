/**
 * The statistics page's charts as bars (bar-chart.ts) from its tables' data (issue 17): every
 * category's total, each article's categories, the speakers quoted most. Colours are the
 * categories' (a category no scheme has any more: the muted text colour); labels are the tables'
 * words, so a bar and its table row say the same.
 */
import type { StatisticsData } from '../../app/statistics/statistics-loader.js';
import type { Category } from '../../model/schemes/category.js';
import type { StatisticsWords } from '../../model/statistics/statistics-rows.js';
import type { ChartBar, ChartGroup } from './bar-chart.js';

/** How many speakers the chart shows at most (the most quoted); the table lists them all. */
export const SPEAKERS_IN_CHART = 15;

/** The colour of a bar of a category no scheme has any more. */
const NO_COLOUR = 'var(--cr-text-muted)';

/** One bar per category (its total, subcategories included), in the table's order. */
export function categoryBars(data: StatisticsData, words: StatisticsWords): ChartGroup[] {
  return [{ bars: data.statistics.counts.rows.map((row) => bar(words.categoryOf(row.categoryId), row.total, row.category)) }];
}

/** Per article (a group headed by its title), one bar per category. */
export function crossBars(data: StatisticsData, words: StatisticsWords): ChartGroup[] {
  const table = data.statistics.crossTable;
  return table.documentIds.map((documentId, column) => ({
    heading: words.articleOf(documentId),
    bars: table.rows.map((row) => bar(words.categoryOf(row.categoryId), row.cells[column] ?? 0, row.category)),
  }));
}

/** One bar per speaker (the number of quotes), the most quoted first, at most {@link SPEAKERS_IN_CHART}. */
export function speakerBars(data: StatisticsData, categories: ReadonlyMap<string, Category>): ChartGroup[] {
  return [
    {
      bars: data.statistics.speakers.slice(0, SPEAKERS_IN_CHART).map((group) => {
        const categoryId = group.heads[0]?.categoryIds[0];
        return bar(group.label, group.partners.length, categoryId === undefined ? undefined : categories.get(categoryId));
      }),
    },
  ];
}

function bar(label: string, value: number, category: Category | undefined): ChartBar {
  return { label, value, colour: category?.colour ?? NO_COLOUR };
}
