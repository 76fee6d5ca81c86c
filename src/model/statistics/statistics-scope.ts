/**
 * Which annotations a statistics page counts (issue 17): one article, a class (the sets of an
 * assignment's hand-ins, the model answer if the caller adds its set), or the whole library. Every
 * table of model/statistics takes annotations already narrowed by {@link inScope}, so that each
 * table of one page counts the same annotations.
 */
import type { Annotation } from '../annotations/annotation.js';
import { isOwnReading } from '../sets/annotation-set.js';

/**
 * - `own`: the reader's own readings (model/sets/annotation-set.ts), of the listed articles or, with
 *   no list, of every article: the library's statistics, as the library's counts take only these.
 * - `sets`: the annotations of exactly these sets: a class (its hand-ins) or one set of one article.
 */
export type StatisticsScope =
  | { readonly kind: 'own'; readonly documentIds?: ReadonlySet<string> }
  | { readonly kind: 'sets'; readonly setIds: ReadonlySet<string> };

/** The library's scope: every article's own reading. */
export const LIBRARY_SCOPE: StatisticsScope = { kind: 'own' };

/** One article's own reading. */
export function articleScope(documentId: string): StatisticsScope {
  return { kind: 'own', documentIds: new Set([documentId]) };
}

/** The annotations of these sets (a class's hand-ins). */
export function setsScope(setIds: Iterable<string>): StatisticsScope {
  return { kind: 'sets', setIds: new Set(setIds) };
}

/** Whether `annotation` is counted in `scope`. */
export function inScope(annotation: Pick<Annotation, 'setId' | 'documentId'>, scope: StatisticsScope): boolean {
  if (scope.kind === 'sets') return scope.setIds.has(annotation.setId);
  return isOwnReading(annotation) && (scope.documentIds === undefined || scope.documentIds.has(annotation.documentId));
}

/** The annotations of `annotations` counted in `scope`, in their order. */
export function annotationsInScope<T extends Pick<Annotation, 'setId' | 'documentId'>>(annotations: Iterable<T>, scope: StatisticsScope): T[] {
  return [...annotations].filter((annotation) => inScope(annotation, scope));
}
