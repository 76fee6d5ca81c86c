/**
 * How many categories one scheme may hold (issue 12), and the problem that says a scheme would hold
 * more. A scheme file is refused above the limit before any category is made of it
 * (skos-parse.ts), an import that would take a stored scheme past it is refused before anything is
 * written (app/import/scheme-import.ts), and the editor refuses to add one more (scheme-editing.ts).
 */
import { type Problem, problem } from '../result.js';

/**
 * Most categories in one scheme: 1,000. A class works with 4 to 30, a research codebook for a
 * qualitative content analysis with some hundreds; beyond 1,000 nobody tags by choosing from a
 * list any more, while the import, the editor and the reader's category list all grow with the count.
 */
export const MAX_SCHEME_CATEGORIES = 1000;

/**
 * The code of a scheme past the limit (params: `count` it would have, `max`; `file` for a scheme
 * file; `stored`, the categories it has already, when those count too).
 */
export type SchemeLimitCode = 'too-many-categories';

/**
 * The problem 'too-many-categories' for a scheme that would hold `count` categories, more than
 * {@link MAX_SCHEME_CATEGORIES}: a scheme file of that many concepts (`file`), a file that would
 * bring a stored scheme of `stored` categories to that many (`file` and `stored`), or the editor
 * adding one to a full scheme (`stored` alone).
 */
export function tooManyCategories(count: number, where: { readonly file?: string; readonly stored?: number }): Problem<SchemeLimitCode> {
  const { file, stored } = where;
  const max = MAX_SCHEME_CATEGORIES.toLocaleString('en');
  const params = { count, max: MAX_SCHEME_CATEGORIES, ...(file !== undefined ? { file } : {}), ...(stored !== undefined ? { stored } : {}) };
  const message =
    file === undefined
      ? `The scheme has ${(stored ?? count).toLocaleString('en')} categories already; a scheme holds at most ${max}`
      : stored === undefined
        ? `${file}: ${count.toLocaleString('en')} categories; a scheme holds at most ${max}`
        : `${file}: with the ${stored.toLocaleString('en')} categories it has already, the scheme would have ${count.toLocaleString('en')}; a scheme holds at most ${max}`;
  return problem('too-many-categories', params, message);
}
