/**
 * Where an import's annotations go (issue 15, "Annotation sets"): into the reader's own reading of
 * each article ("add to my reading", the merge it always was), or kept apart as another reader's
 * reading ("keep as <name>'s reading": a 'shared' set per article, with that author). Nothing of a
 * kept-apart reading is ever joined into the reader's own.
 */
import { mineSet, mineSetId, type AnnotationSet } from './annotation-set.js';

/** The reader's choice of where an import goes. */
export type ImportTarget = { readonly kind: 'mine' } | { readonly kind: 'shared'; readonly author: string };

/** Today's default: add to the reader's own reading. */
export const ADD_TO_MINE: ImportTarget = { kind: 'mine' };

/** The longest author name kept; a longer one is cut. */
export const MAX_AUTHOR_LENGTH = 100;

/** An author's name as kept: trimmed, whitespace runs as one space, at most {@link MAX_AUTHOR_LENGTH} characters. */
export function normalAuthor(name: string): string {
  return name.replace(/\s+/g, ' ').trim().slice(0, MAX_AUTHOR_LENGTH);
}

/**
 * The id of the set an import puts an article's annotations in: the reader's own reading, or
 * `shared:<documentId>:<author>` (the same author's files on one article go into one set, and the
 * same file twice finds its annotations already there).
 */
export function targetSetId(target: ImportTarget, documentId: string): string {
  return target.kind === 'mine' ? mineSetId(documentId) : `shared:${documentId}:${normalAuthor(target.author)}`;
}

/** The set records an import writes for the articles it adds annotations to, made or changed at `now`. */
export function targetSets(target: ImportTarget, documentIds: Iterable<string>, now: string): AnnotationSet[] {
  return [...new Set(documentIds)].map((documentId) =>
    target.kind === 'mine'
      ? mineSet(documentId, now)
      : { id: targetSetId(target, documentId), kind: 'shared', documentId, author: normalAuthor(target.author), modified: now },
  );
}

/**
 * The name a file's annotations give their creator, to prefill "keep as <name>'s reading": the
 * name most of them carry (the first among equals), or '' when none carries one.
 */
export function fileCreator(creators: Iterable<string | undefined>): string {
  const counts = new Map<string, number>();
  for (const creator of creators) {
    const name = creator === undefined ? '' : normalAuthor(creator);
    if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  for (const [name, count] of counts) if (count > (counts.get(best) ?? 0)) best = name;
  return best;
}
