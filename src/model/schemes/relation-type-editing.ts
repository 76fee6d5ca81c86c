/**
 * What the scheme editor does to a scheme's relation types (issue 17): add one, rename it (each
 * language on its own, as a category), choose the categories it may start from and end at, delete
 * it. Each edit is pure: it takes the scheme's types and returns the new list or a refusal with a
 * code the UI translates (the one Result shape of result.ts). A type always connects at least one
 * category on each side, has a name, and no other type of the scheme has that name; ids are slugs
 * of the name, unique in the scheme, and never change (relations store them).
 */
import { type Problem, type Result, fail, ok, problem } from '../result.js';
import { slug } from '../text/slug.js';
import { findMarkup } from '../text/markup.js';
import { type RelationType, relationTypeIri } from '../relations/relation-type.js';
import { DEFAULT_SCHEME_ID } from './category.js';
import { labelParams } from './scheme-edit-result.js';
import { uniqueId } from './scheme-ids.js';

/**
 * Why a relation-type edit was refused: no name ('label-empty'), another type's name
 * ('relation-type-label-taken'), markup in the name ('markup-in-field'), no category left on a side
 * ('relation-type-side-empty'), a type that is not there ('relation-type-not-found').
 */
export type RelationTypeEditCode = 'label-empty' | 'relation-type-label-taken' | 'markup-in-field' | 'relation-type-side-empty' | 'relation-type-not-found';

/** The outcome of a relation-type edit: the scheme's new list of types, or why not. */
export type RelationTypeEditResult = Result<readonly RelationType[], RelationTypeEditCode>;

/** What a new relation type is made of. */
export interface NewRelationType {
  readonly label: { readonly de?: string; readonly en?: string };
  readonly from: readonly string[];
  readonly to: readonly string[];
}

/** Which end of a relation a category list is: where it starts or where it ends. */
export type RelationSide = 'from' | 'to';

/**
 * `types` with a new type of scheme `schemeId` at the end: its name trimmed (a language left empty
 * takes the other's), its id a slug of the name unique among `types`, its IRI below the scheme's.
 */
export function addRelationType(types: readonly RelationType[], schemeId: string, draft: NewRelationType): RelationTypeEditResult {
  const label = named(draft.label, { de: '', en: '' });
  const refusal = labelProblem(types, label, undefined) ?? sideProblem(label, 'from', draft.from) ?? sideProblem(label, 'to', draft.to);
  if (refusal) return { ok: false, problems: [refusal] };
  const id = uniqueId(slug(label.en || label.de), new Set(types.map((type) => type.id)), 'relation');
  const type: RelationType = {
    id,
    iri: relationTypeIri(schemeId, id),
    label,
    from: [...new Set(draft.from)],
    to: [...new Set(draft.to)],
    ...(schemeId !== DEFAULT_SCHEME_ID ? { schemeId } : {}),
  };
  return ok([...types, type]);
}

/** `types` with type `id` renamed in the languages `label` gives; an emptied language takes the other's name. */
export function renameRelationType(types: readonly RelationType[], id: string, label: { de?: string; en?: string }): RelationTypeEditResult {
  return edit(types, id, (type) => {
    const renamed = named(label, type.label);
    return labelProblem(types, renamed, id) ?? { ...type, label: renamed };
  });
}

/**
 * `types` with category `categoryId` added to (`included`) or taken from side `side` of type `id`.
 * Refused when it would leave that side empty: a type that connects nothing could never be drawn.
 */
export function setRelationTypeCategory(
  types: readonly RelationType[],
  id: string,
  side: RelationSide,
  categoryId: string,
  included: boolean,
): RelationTypeEditResult {
  return edit(types, id, (type) => {
    const ids = included ? [...new Set([...type[side], categoryId])] : type[side].filter((other) => other !== categoryId);
    return sideProblem(type.label, side, ids) ?? { ...type, [side]: ids };
  });
}

/** `types` without type `id`. */
export function deleteRelationType(types: readonly RelationType[], id: string): RelationTypeEditResult {
  if (!types.some((type) => type.id === id)) return notFound(id);
  return ok(types.filter((type) => type.id !== id));
}

/** Applies `change` to type `id`: the new list, or the problem `change` gives. */
function edit(types: readonly RelationType[], id: string, change: (type: RelationType) => RelationType | Problem<RelationTypeEditCode>): RelationTypeEditResult {
  const type = types.find((other) => other.id === id);
  if (!type) return notFound(id);
  const next = change(type);
  if ('code' in next) return { ok: false, problems: [next] };
  return ok(types.map((other) => (other.id === id ? next : other)));
}

/** A name from `label`, a language not given keeping `before`'s, trimmed, an empty one taking the other's. */
function named(label: { de?: string; en?: string }, before: { readonly de: string; readonly en: string }): { de: string; en: string } {
  const de = (label.de ?? before.de).trim();
  const en = (label.en ?? before.en).trim();
  return { de: de || en, en: en || de };
}

/** Why `label` cannot name a type (other than `ownId`) of `types`; undefined when it can. */
function labelProblem(types: readonly RelationType[], label: { de: string; en: string }, ownId: string | undefined): Problem<RelationTypeEditCode> | undefined {
  if (!label.de && !label.en) return problem('label-empty', {}, 'A relation type needs a name in German or English.');
  for (const language of ['de', 'en'] as const) {
    const found = findMarkup(label[language]);
    if (found) return problem('markup-in-field', { where: label[language], field: 'name', found }, `${label[language]}: the name holds markup (${found}); Close Reader takes plain text here, never HTML`);
  }
  const lower = (text: string): string => text.toLocaleLowerCase();
  const same = types.find((other) => other.id !== ownId && (lower(other.label.de) === lower(label.de) || lower(other.label.en) === lower(label.en)));
  if (!same) return undefined;
  return problem('relation-type-label-taken', { ...labelParams(same), otherId: same.id }, `The relation type "${same.label.en}" has this name already.`);
}

/** Why `ids` cannot be side `side` of the type named `label` (it is empty); undefined when it can. */
function sideProblem(label: { readonly de: string; readonly en: string }, side: RelationSide, ids: readonly string[]): Problem<RelationTypeEditCode> | undefined {
  if (ids.length > 0) return undefined;
  const where = side === 'from' ? 'start from' : 'end at';
  return problem('relation-type-side-empty', { ...labelParams({ label }), side }, `A relation type must ${where} at least one category.`);
}

/** The refusal of an edit to a type that is not there. */
function notFound(id: string): RelationTypeEditResult {
  return fail('relation-type-not-found', { id }, `There is no relation type "${id}".`);
}
