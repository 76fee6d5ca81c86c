/**
 * What the reader sees and hears while making a link (issue 17), in the interface language: the
 * status line, each candidate as J/K reach it ("Salvini · Actor · 2 of 5"), why a choice cannot
 * be linked (from the types' labels: "Quote — said by → Actor"), and the outcome ("Linked: said
 * by Salvini"). Kept apart from link-mode-controller.ts, which decides; this only words.
 */
import { msg, str } from '@lit/localize';
import type { Annotation } from '../../model/annotations/annotation.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import type { RelationCode } from '../../model/relations/relation.js';
import { localLabel } from '../../model/schemes/category.js';
import { formatCount } from '../shared/plural.js';
import { formatQuote } from '../shared/quote-format.js';
import { partnerName } from './relation-entries.js';
import type { LinkOption } from './link-candidates.js';

/** Names a category id in the interface language (its id when unknown). */
export type CategoryName = (id: string) => string;

/** The label of a relation type in `locale`. */
export function typeName(type: RelationType, locale: string): string {
  return localLabel(type.label, locale) || type.id;
}

/** "Quote — said by → Actor": what a type links, for the reader told why a link does not fit. */
export function describeType(type: RelationType, locale: string, category: CategoryName): string {
  const names = (ids: readonly string[]): string => ids.map(category).join(', ');
  return `${names(type.from)} — ${typeName(type, locale)} → ${names(type.to)}`;
}

/** The status line while the reader chooses the annotation to link to. */
export function chooseStatus(): string {
  return msg('Choose the annotation to link to · Esc cancels');
}

/** The status line while the reader chooses among several types. */
export function typeStatus(): string {
  return msg('Choose the kind of link · Esc cancels');
}

/** "Salvini · Actor · 2 of 5": a candidate as J/K reach it. */
export function candidateText(annotation: Annotation, position: number, count: number, category: CategoryName): string {
  const categories = annotation.categoryIds.map(category).join(', ');
  return msg(str`${partnerName(annotation)} · ${categories} · ${formatCount(position)} of ${formatCount(count)}`);
}

/** What the reader hears when linking starts: where from, and the first candidate. */
export function startText(source: Annotation, locale: string, first: string): string {
  return msg(str`Link from ${formatQuote(source.exact, locale)}. ${chooseStatus()}. ${first}`);
}

/** Several types fit: "Choose the kind of link: 1 said by, 2 source of". */
export function typeChoiceText(options: readonly LinkOption[], locale: string): string {
  const list = options.map((option, index) => `${formatCount(index + 1)} ${typeName(option.type, locale)}`).join(', ');
  return msg(str`Choose the kind of link: ${list}`);
}

/**
 * Nothing can be linked to the source: names the links its categories allow, or says the scheme
 * has none for them.
 */
export function noCandidatesText(allowed: readonly RelationType[], locale: string, category: CategoryName): string {
  if (allowed.length === 0) return msg('No kind of link starts or ends at this annotation’s categories.');
  const list = allowed.map((type) => describeType(type, locale, category)).join('; ');
  return msg(str`Nothing in this article can be linked to this annotation yet. Links allowed: ${list}`);
}

/** The reader chose an annotation that does not fit: why, from the types' labels. */
export function notAllowedText(allowed: readonly RelationType[], locale: string, category: CategoryName): string {
  if (allowed.length === 0) return msg('No kind of link starts or ends at this annotation’s categories.');
  const list = allowed.map((type) => describeType(type, locale, category)).join('; ');
  return msg(str`These two cannot be linked. Links allowed: ${list}`);
}

/** `L` in the text with no annotation at the caret. */
export function noSourceText(): string {
  return msg('No annotation here to link from. Put the caret in a highlight, or open its card, then press L.');
}

/** The reader chose the annotation the link starts from. */
export function sameAnnotationText(): string {
  return msg('That is the annotation the link starts from. Choose another.');
}

/** "Linked: said by Salvini" (or, made the other way round, "Linked: „…“ — said by"). */
export function linkedText(option: LinkOption, startedFrom: string, source: Annotation, target: Annotation, locale: string): string {
  const type = typeName(option.type, locale);
  return option.sourceId === startedFrom
    ? msg(str`Linked: ${type} ${partnerName(target)}`)
    : msg(str`Linked: ${formatQuote(source.exact, locale)} — ${type} ${partnerName(target)}`);
}

/** Why the store refused a link. */
export function refusedText(codes: readonly (RelationCode | 'annotation-gone')[]): string {
  if (codes.includes('annotation-gone')) return msg('One of the two annotations is gone; nothing was linked.');
  if (codes.includes('duplicate')) return msg('These two are linked like this already.');
  if (codes.includes('self-link')) return msg('An annotation cannot be linked to itself.');
  return msg('This kind of link does not fit these categories.');
}

/** Linking ended without a link. */
export function cancelledText(): string {
  return msg('Linking cancelled.');
}

/** "Link removed: said by Salvini". */
export function unlinkedText(type: string, partner: string): string {
  return msg(str`Link removed: ${type} ${partner}`);
}
