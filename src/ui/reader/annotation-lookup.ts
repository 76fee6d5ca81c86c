/**
 * What the reader works out from an article's loaded annotations, once per list rather than at
 * every render: an index by id (a card open over hundreds of crowded passages, or a click among
 * them, looks each of them up at every render, and a list of 100,000 walked once per id froze the
 * page, issue 12), and the placed and unplaced ones. The store replaces an article's list on every
 * change, so what is worked out from a list never goes stale.
 */
import { isPlaced, type Annotation } from '../../model/annotations/annotation.js';

const indexes = new WeakMap<readonly Annotation[], Map<string, Annotation>>();

/** The annotation `id` of the loaded list `loaded` (as the store gives it), or undefined. */
export function annotationById(loaded: readonly Annotation[], id: string): Annotation | undefined {
  let index = indexes.get(loaded);
  if (!index) {
    index = new Map(loaded.map((annotation) => [annotation.id, annotation]));
    indexes.set(loaded, index);
  }
  return index.get(id);
}

/** What the reader's tools show of an article's loaded annotations, worked out once per list. */
export interface ListParts {
  /** The annotations with a place in the text, in text order. */
  readonly placed: readonly Annotation[];
  /** Those kept without a place (their quote was not found). */
  readonly unplaced: readonly Annotation[];
  /** Every category id an annotation here is tagged with. */
  readonly categoryIds: ReadonlySet<string>;
}

const parts = new WeakMap<readonly Annotation[], ListParts>();

/**
 * The placed and unplaced annotations of a loaded list and the categories they use, the same
 * arrays for the same list: the reader renders at every keystroke, and the sidebar and the strip
 * then see an unchanged list rather than a new copy of 100,000 items to filter and draw again.
 */
export function listParts(loaded: readonly Annotation[]): ListParts {
  let found = parts.get(loaded);
  if (!found) {
    found = {
      placed: loaded.filter(isPlaced),
      unplaced: loaded.filter((annotation) => !isPlaced(annotation)),
      categoryIds: new Set(loaded.flatMap((annotation) => annotation.categoryIds)),
    };
    parts.set(loaded, found);
  }
  return found;
}
