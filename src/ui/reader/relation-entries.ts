/**
 * An article's relations as the reader's card, sidebar and text show them (issue 17): per
 * annotation, the links that start there ("said by: Salvini") and those that end there ("Quote:
 * „…“ — said by"), each with its partner, its type and whether the partners' categories still allow
 * that type. Built once per change of the relations or annotations (a Map, asked per item), never
 * by scanning the relations per sidebar item: the list stays fast with thousands. Pure: no lit, no DOM.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { allowedTypes, type Relation } from '../../model/relations/relation.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import { localLabel } from '../../model/schemes/category.js';
import { shortenMiddle } from '../../model/annotations/annotation-list.js';
import { formatQuote } from '../shared/quote-format.js';
import { annotationById } from './annotation-lookup.js';
import type { CategoriesOf } from './link-candidates.js';

/** One relation seen from one of its annotations. */
export interface RelationEntry {
  readonly relation: Relation;
  /** 'out' when the annotation is the relation's source, 'in' when it is its target. */
  readonly direction: 'out' | 'in';
  /** The annotation at the other end (undefined when it is not loaded: never, once the store cascades). */
  readonly partner: Annotation | undefined;
  /** The relation's type (undefined when the scheme no longer has it). */
  readonly type: RelationType | undefined;
  /** Whether the two annotations' categories still allow the type. */
  readonly fits: boolean;
}

/** Per annotation id, its relations, outgoing first, each group in the text order of the partners. */
export type RelationIndex = ReadonlyMap<string, readonly RelationEntry[]>;

/** The relations of `relations` per annotation, from the loaded `annotations` of their set. */
export function relationIndex(
  relations: readonly Relation[],
  annotations: readonly Annotation[],
  types: readonly RelationType[],
  categoriesOf: CategoriesOf,
): RelationIndex {
  const index = new Map<string, RelationEntry[]>();
  const add = (id: string, entry: RelationEntry): void => {
    const list = index.get(id);
    if (list) list.push(entry);
    else index.set(id, [entry]);
  };
  for (const relation of relations) {
    const source = annotationById(annotations, relation.sourceId);
    const target = annotationById(annotations, relation.targetId);
    const type = types.find((candidate) => candidate.id === relation.typeId);
    const fits = type !== undefined && source !== undefined && target !== undefined && allowedTypes([type], categoriesOf(source), categoriesOf(target)).length > 0;
    add(relation.sourceId, { relation, direction: 'out', partner: target, type, fits });
    add(relation.targetId, { relation, direction: 'in', partner: source, type, fits });
  }
  for (const list of index.values()) list.sort(byDirectionThenPlace);
  return index;
}

/** Outgoing links first, then by where the partner stands in the text (an unplaced one last), then by id: one order every time. */
function byDirectionThenPlace(a: RelationEntry, b: RelationEntry): number {
  if (a.direction !== b.direction) return a.direction === 'out' ? -1 : 1;
  const place = (entry: RelationEntry) => (entry.partner && entry.partner.start >= 0 ? entry.partner.start : Number.POSITIVE_INFINITY);
  return place(a) - place(b) || (a.relation.id < b.relation.id ? -1 : a.relation.id > b.relation.id ? 1 : 0);
}

/** A relation type's label in the interface language; its id when the scheme lost it. */
export function relationTypeLabel(entry: Pick<RelationEntry, 'type' | 'relation'>, locale: string): string {
  return entry.type ? localLabel(entry.type.label, locale) || entry.type.id : entry.relation.typeId;
}

/** How a partner is named: its passage, shortened in the middle ("Salvini", "Matteo … Lega"). */
export function partnerName(partner: Annotation | undefined, max = 40): string {
  return partner ? shortenMiddle(partner.exact, max) : '?';
}

/**
 * One relation in words, from the side of `entry`'s annotation: outgoing "said by: Salvini";
 * incoming, the partner's category, its quote and the type: "Quote: „Wir …“ — said by".
 * `categoryLabel` names the partner's first category.
 */
export function relationText(entry: RelationEntry, locale: string, categoryLabel: (id: string) => string): string {
  const type = relationTypeLabel(entry, locale);
  if (entry.direction === 'out') return `${type}: ${partnerName(entry.partner)}`;
  const category = entry.partner?.categoryIds[0];
  const quote = entry.partner ? formatQuote(entry.partner.exact, locale) : '?';
  return `${category ? `${categoryLabel(category)}: ` : ''}${quote} — ${type}`;
}

/** The sidebar's line under an item: "— said by: Salvini", several joined by " · "; '' for none. */
export function sidebarRelationLine(entries: readonly RelationEntry[] | undefined, locale: string, categoryLabel: (id: string) => string): string {
  if (!entries || entries.length === 0) return '';
  return `— ${entries.map((entry) => relationText(entry, locale, categoryLabel)).join(' · ')}`;
}
