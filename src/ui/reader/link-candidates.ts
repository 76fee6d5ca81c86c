/**
 * Which annotations a reader linking from one annotation may link to, and with which types (issue
 * 17): the rules are model/relations/relation.ts's `allowedTypes`, tried in both directions, so that
 * a link started from the actor to its quote is made as "quote — said by — actor" all the same.
 * The candidates are in text order, and the one to offer first is the nearest to the source: the
 * common case, a quote and its speaker a few words away, is then one Enter. Pure: no DOM, no lit.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { allowedTypes, type Relation, type RelationCategory } from '../../model/relations/relation.js';
import type { RelationType } from '../../model/relations/relation-type.js';

/** One way to link two annotations: a type and the direction it runs in. */
export interface LinkOption {
  readonly type: RelationType;
  readonly sourceId: string;
  readonly targetId: string;
}

/** An annotation a link may go to, with the ways it may be linked. */
export interface LinkCandidate {
  readonly annotation: Annotation;
  /** Never empty; the source → candidate direction first, then the reverse, each in the scheme's order. */
  readonly options: readonly LinkOption[];
}

/** The categories of an annotation as the rules need them (a category the scheme does not know counts as itself). */
export type CategoriesOf = (annotation: Annotation) => readonly RelationCategory[];

/**
 * The ways `source` and `other` may be linked with `types`: from source to other, then from other
 * to source; none for the annotation itself. A pair already linked with a type in a direction does
 * not offer that type in that direction again (`existing`).
 */
export function linkOptions(
  types: readonly RelationType[],
  source: Annotation,
  other: Annotation,
  categoriesOf: CategoriesOf,
  existing: readonly Relation[] = [],
): LinkOption[] {
  if (source.id === other.id) return [];
  const from = categoriesOf(source);
  const to = categoriesOf(other);
  const options = [
    ...allowedTypes(types, from, to).map((type) => ({ type, sourceId: source.id, targetId: other.id })),
    ...allowedTypes(types, to, from).map((type) => ({ type, sourceId: other.id, targetId: source.id })),
  ];
  return options.filter(
    (option) => !existing.some((relation) => relation.typeId === option.type.id && relation.sourceId === option.sourceId && relation.targetId === option.targetId),
  );
}

/**
 * The annotations of `ordered` (placed, in text order) that `source` may be linked to, in text
 * order, each with its options. Walks the list once: fast enough for the thousands an article may hold.
 */
export function linkCandidates(
  types: readonly RelationType[],
  source: Annotation,
  ordered: readonly Annotation[],
  categoriesOf: CategoriesOf,
  existing: readonly Relation[] = [],
): LinkCandidate[] {
  const candidates: LinkCandidate[] = [];
  const touching = existing.filter((relation) => relation.sourceId === source.id || relation.targetId === source.id);
  for (const annotation of ordered) {
    const options = linkOptions(types, source, annotation, categoriesOf, touching);
    if (options.length > 0) candidates.push({ annotation, options });
  }
  return candidates;
}

/** How far apart two passages are in the text: 0 when they touch or overlap. */
export function gap(a: Pick<Annotation, 'start' | 'end'>, b: Pick<Annotation, 'start' | 'end'>): number {
  if (b.start >= a.end) return b.start - a.end;
  if (a.start >= b.end) return a.start - b.end;
  return 0;
}

/**
 * The index in `candidates` of the one nearest to `source`, the first to offer; at an equal
 * distance the one after the source wins (a quote's speaker follows it as often as it leads, and
 * reading goes forward). -1 when there is none.
 */
export function nearestCandidate(candidates: readonly LinkCandidate[], source: Pick<Annotation, 'start' | 'end'>): number {
  let best = -1;
  let bestGap = Infinity;
  let bestAfter = false;
  candidates.forEach((candidate, index) => {
    const distance = gap(source, candidate.annotation);
    const after = candidate.annotation.start >= source.start;
    if (distance < bestGap || (distance === bestGap && after && !bestAfter)) {
      best = index;
      bestGap = distance;
      bestAfter = after;
    }
  });
  return best;
}

/** The next (1) or previous (-1) index among `count` candidates, wrapping around at either end. */
export function stepCandidate(index: number, direction: 1 | -1, count: number): number {
  if (count === 0) return -1;
  return (((index + direction) % count) + count) % count;
}

/**
 * The types that could link an annotation of `categories` to anything (as source or as target):
 * what the reader is told when the annotation they chose fits none ("Quote — said by — Actor").
 */
export function typesTouching(types: readonly RelationType[], categories: readonly RelationCategory[]): RelationType[] {
  const ids = categories.flatMap((category) => (category.parentId === undefined ? [category.id] : [category.id, category.parentId]));
  return types.filter((type) => ids.some((id) => type.from.includes(id) || type.to.includes(id)));
}
