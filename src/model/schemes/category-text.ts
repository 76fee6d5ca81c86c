/**
 * A category's definition and example (issue 15): plain text per language, trimmed, empty languages
 * left out, and at most {@link MAX_CATEGORY_TEXT} characters. One rule for the scheme editor, a
 * scheme file and a hand-out, so that a definition reads alike however it came in.
 */
import type { CategoryText } from './category.js';

/**
 * Longest definition or example per language, in UTF-16 units: 2,000. A definition in a coding
 * manual runs to a paragraph or two; a file that carries more is cut, with a warning, so that a
 * category list never has to lay out a whole article beside each category.
 */
export const MAX_CATEGORY_TEXT = 2000;

/**
 * `text` trimmed per language, with empty languages left out and each cut to
 * {@link MAX_CATEGORY_TEXT}; undefined when no language is left. `cut` says whether any was cut.
 */
export function cleanCategoryText(text: { readonly de?: string; readonly en?: string } | undefined): { value?: CategoryText; cut: boolean } {
  let cut = false;
  const entries = (['de', 'en'] as const).flatMap((language) => {
    const trimmed = text?.[language]?.trim() ?? '';
    if (trimmed === '') return [];
    if (trimmed.length > MAX_CATEGORY_TEXT) cut = true;
    return [[language, trimmed.slice(0, MAX_CATEGORY_TEXT).trimEnd()] as const];
  });
  return entries.length === 0 ? { cut } : { value: Object.fromEntries(entries) as CategoryText, cut };
}

/** Whether two category texts say the same in both languages (absent and empty alike). */
export function sameCategoryText(a: CategoryText | undefined, b: CategoryText | undefined): boolean {
  return (a?.de ?? '') === (b?.de ?? '') && (a?.en ?? '') === (b?.en ?? '');
}
