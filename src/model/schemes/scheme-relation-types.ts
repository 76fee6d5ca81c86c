/**
 * A scheme's relation types (issue 17) as the scheme editor and the stores see them: which types a
 * scheme has (the default scheme stored before relations existed still has the three it ships), and
 * what becomes of them when categories go (a type forgets a deleted category; a type left with no
 * category on one side connects nothing and goes too). Pure.
 */
import { DEFAULT_RELATION_TYPES, type RelationType, relationTypeIri } from '../relations/relation-type.js';
import { type Category, type CategoryScheme, DEFAULT_SCHEME_ID } from './category.js';

/**
 * The relation types of `scheme`: its own field when it has one (an empty list too: the reader
 * deleted them all), else the default scheme's three for the default scheme and none for another.
 */
export function schemeRelationTypes(scheme: Pick<CategoryScheme, 'id' | 'relationTypes'> | undefined): readonly RelationType[] {
  if (scheme?.relationTypes) return scheme.relationTypes;
  return (scheme?.id ?? DEFAULT_SCHEME_ID) === DEFAULT_SCHEME_ID ? DEFAULT_RELATION_TYPES : [];
}

/**
 * `types` without the categories `deleted` names in their `from` and `to`; a type left with an
 * empty side is dropped. The same array when nothing names a deleted category (so a save can tell
 * that nothing changed).
 */
export function pruneRelationTypes(types: readonly RelationType[], deleted: Iterable<string>): readonly RelationType[] {
  const gone = new Set(deleted);
  if (!types.some((type) => type.from.some((id) => gone.has(id)) || type.to.some((id) => gone.has(id)))) return types;
  return types.flatMap((type) => {
    const from = type.from.filter((id) => !gone.has(id));
    const to = type.to.filter((id) => !gone.has(id));
    if (from.length === 0 || to.length === 0) return [];
    return from.length === type.from.length && to.length === type.to.length ? [type] : [{ ...type, from, to }];
  });
}

/**
 * The relation types a scheme has after importing a file into it: the file's (`incoming`, already
 * merged: ids kept where a stored type has their IRI, skos-merge.ts), then the stored ones the file
 * lacks (they stay, as stored categories the file lacks stay: relations may use them). The stored
 * ones alone when the file has none (an older scheme file).
 */
export function importedRelationTypes(stored: readonly RelationType[], incoming: readonly RelationType[] | undefined): readonly RelationType[] {
  if (!incoming) return stored;
  const ids = new Set(incoming.map((type) => type.id));
  return [...incoming, ...stored.filter((type) => !ids.has(type.id))];
}

/** Whether two lists of relation types hold the same types in the same order (key order aside). */
export function sameRelationTypes(a: readonly RelationType[], b: readonly RelationType[]): boolean {
  const key = (type: RelationType): string =>
    JSON.stringify([type.id, type.iri, type.label.de, type.label.en, type.from, type.to, type.schemeId ?? null]);
  return a.length === b.length && a.every((type, i) => key(type) === key(b[i]!));
}

/**
 * `types` copied into scheme `schemeId` that starts with `copies` of the `source` categories
 * (scheme-copy.ts): each side names the copies instead (a copy is found by its name, which its
 * original has and no other category of a scheme has), and each type gets the new scheme's IRI. A
 * type whose side names no copied category is left out.
 */
export function copyRelationTypes(
  types: readonly RelationType[],
  source: readonly Category[],
  copies: readonly Category[],
  schemeId: string,
): RelationType[] {
  const name = (category: Category): string => `${category.label.de}\u0000${category.label.en}`;
  const copyByName = new Map(copies.map((copy) => [name(copy), copy.id]));
  const copyOf = new Map(source.flatMap((category) => {
    const copy = copyByName.get(name(category));
    return copy === undefined ? [] : [[category.id, copy] as const];
  }));
  const side = (ids: readonly string[]): string[] => ids.flatMap((id) => copyOf.get(id) ?? []);
  return types.flatMap((type) => {
    const [from, to] = [side(type.from), side(type.to)];
    if (from.length === 0 || to.length === 0) return [];
    const { schemeId: _old, ...rest } = type;
    return [{ ...rest, iri: relationTypeIri(schemeId, type.id), from, to, ...(schemeId !== DEFAULT_SCHEME_ID ? { schemeId } : {}) }];
  });
}
