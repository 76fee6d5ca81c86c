/**
 * What a teacher can do to a category scheme (issue 6): add, rename, recolour, set the line or the
 * key, reorder, nest one level, delete. Each operation is pure: it takes every category (of every
 * scheme: the store keys categories by id alone, so ids must be unique across schemes), works
 * within the scheme of the category concerned, and returns the new list or a refusal with a code the
 * UI can translate and an English message. Nothing here throws.
 *
 * The edits themselves are here; the result types are in scheme-edit-result.ts (the one Result
 * shape of result.ts), a new category in category-factory.ts, a scheme started from another's
 * categories in scheme-copy.ts, ids, IRIs and new or renamed schemes in scheme-ids.ts, deletion in
 * category-deletion-plan.ts. This module re-exports them, so that it
 * stays the one list of what the rest of the app may use.
 */
import { type Problem, fail, failAll, problem } from '../result.js';
import { type Category, type CategoryLine, schemeOf } from './category.js';
import { createCategory } from './category-factory.js';
import { cleanCategoryText } from './category-text.js';
import { findMarkup } from '../text/markup.js';
import { checkColour, normaliseColour, tooClose } from './category-palette.js';
import { type EditCode, type EditFailure, type EditResult, labelParams, notFound, omit, success } from './scheme-edit-result.js';
import { CATEGORY_LINES, reservedKeyUse } from './scheme-ids.js';
import { MAX_SCHEME_CATEGORIES, tooManyCategories } from './scheme-limits.js';

export {
  applyCategoryDeletion,
  type CategoryDeletionChange,
  type CategoryDeletionPlan,
  deleteCategory,
  type DeletionChoice,
  planCategoryDeletion,
} from './category-deletion-plan.js';
export { type CategoryDraft, createCategory } from './category-factory.js';
export { copyCategories } from './scheme-copy.js';
export type { CategoryEdit, EditCode, EditFailure, EditResult, EditSuccess } from './scheme-edit-result.js';
export {
  CATEGORY_LINES,
  createScheme,
  renameScheme,
  RESERVED_KEYS,
  reservedKeyUse,
  SCHEME_IRI_PREFIX,
  schemeCategoryIri,
  schemeIri,
  uniqueId,
} from './scheme-ids.js';

/** What a new category is made of; everything but the label has a default. */
export interface NewCategory {
  readonly label: { readonly de?: string; readonly en?: string };
  readonly colour?: string;
  readonly line?: CategoryLine;
  readonly key?: string;
  readonly parentId?: string;
}

/** A scheme's categories in the order the editor lists them: each parent followed by its children. */
export function schemeOrder(categories: readonly Category[], schemeId: string): Category[] {
  return tree(categories.filter((category) => schemeOf(category) === schemeId)).flat();
}

/**
 * Adds a category to `schemeId`, made by {@link createCategory}: id from the English label's slug
 * (German if none), unique across all schemes; the first palette colour not too close to the
 * scheme's and its least used line unless given; last in the scheme, or last among `parentId`'s
 * children. Refused when its label is empty or taken in the scheme, or when the scheme holds
 * {@link MAX_SCHEME_CATEGORIES} already.
 */
export function addCategory(categories: readonly Category[], schemeId: string, draft: NewCategory): EditResult {
  const stored = categories.filter((other) => schemeOf(other) === schemeId).length;
  if (stored >= MAX_SCHEME_CATEGORIES) return failAll([tooManyCategories(stored + 1, { stored })]);
  const category = createCategory(categories, { label: draft.label, schemeId });
  const { id } = category;
  const refused = labelProblem(categories.filter((other) => schemeOf(other) === schemeId), category);
  if (refused) return failAll([refused]);
  // The rest of the draft goes through the same checks as the edits of an existing category.
  const steps: ((list: readonly Category[]) => EditResult)[] = [];
  if (draft.key) steps.push((list) => setKey(list, id, draft.key!));
  if (draft.colour !== undefined) steps.push((list) => recolour(list, id, draft.colour!));
  if (draft.line) steps.push((list) => setLine(list, id, draft.line!));
  if (draft.parentId) steps.push((list) => setParent(list, id, draft.parentId));
  let list: readonly Category[] = [...categories, category];
  const warnings: Problem<EditCode>[] = [];
  for (const step of steps) {
    const result = step(list);
    if (!result.ok) return result;
    list = result.value.categories;
    warnings.push(...result.warnings);
  }
  return success([...list], categories, list.find((c) => c.id === id)!, warnings);
}

/** Renames a category; a language left out keeps its label, an emptied one takes the other language's. */
export function renameCategory(categories: readonly Category[], id: string, label: { de?: string; en?: string }): EditResult {
  return edit(categories, id, (category, scheme) => {
    const [de, en] = [(label.de ?? category.label.de).trim(), (label.en ?? category.label.en).trim()];
    const renamed = { ...category, label: { de: de || en, en: en || de } };
    return labelProblem(scheme, renamed) ?? renamed;
  });
}

/**
 * Sets a category's definition or example (issue 15) in one language, as plain text cleaned by
 * category-text.ts (trimmed, cut at its limit); an emptied language is removed, and the field with it
 * when no language is left. Refused ('markup-in-field') when the text holds a tag-like `<…>`.
 */
export function describeCategory(categories: readonly Category[], id: string, field: 'definition' | 'example', language: 'de' | 'en', text: string): EditResult {
  return edit(categories, id, (category) => {
    // Refused as a hand-out would refuse it (assignments/hand-out.ts): a definition travels to a class.
    const found = findMarkup(text);
    const where = category.label[language] || category.label.de || category.label.en;
    if (found) return problem('markup-in-field', { where, field, found }, `${where}: ${field} holds markup (${found}); Close Reader takes plain text here, never HTML`);
    const { value } = cleanCategoryText({ ...category[field], [language]: text });
    const { [field]: _old, ...rest } = category;
    return value ? { ...rest, [field]: value } : rest;
  });
}

/** Gives a category another colour (#rgb or #rrggbb); warns when it is too close to another or hard to read. */
export function recolour(categories: readonly Category[], id: string, colour: string): EditResult {
  return edit(categories, id, (category, scheme, warn) => {
    const normal = normaliseColour(colour);
    if (!normal) return problem('colour-invalid', { colour }, `"${colour}" is not a colour (#rrggbb).`);
    const near = tooClose(normal, scheme.filter((c) => c.id !== id));
    const { failures, ...check } = checkColour(normal);
    const figures = failures.map((name) => `${name} ${(check as unknown as Record<string, number>)[name]!.toFixed(2)}:1`);
    const distance = near?.distance.toFixed(1);
    if (near) {
      const params = { ...labelParams(near.other), distance: Number(distance), otherId: near.other.id };
      warn(problem('colour-too-close', params, `Too close to the colour of "${near.other.label.en}" (ΔE00 ${distance}).`));
    }
    if (failures.length > 0) warn(problem('colour-low-contrast', { figures: figures.join(', ') }, `Too little contrast: ${figures.join(', ')}.`));
    return { ...category, colour: normal };
  });
}

/** Gives a category another line style. */
export function setLine(categories: readonly Category[], id: string, line: CategoryLine): EditResult {
  const known = (CATEGORY_LINES as readonly string[]).includes(line);
  return edit(categories, id, (category) =>
    known ? { ...category, line } : problem('line-invalid', { line, lines: CATEGORY_LINES.join(', ') }, `"${line}" is not a line style (${CATEGORY_LINES.join(', ')}).`),
  );
}

/** Sets the key that tags with a category: one printable character, unique in its scheme, not a reserved one (j, k, l in either case); '' clears it. */
export function setKey(categories: readonly Category[], id: string, key: string): EditResult {
  return edit(categories, id, (category, scheme) => {
    if (key === '') return omit(category, 'key');
    if (!/^[^\p{C}\p{Z}]$/u.test(key)) return problem('key-invalid', { key }, `A key is one printable character, not "${key}".`);
    const use = reservedKeyUse(key);
    if (use) return problem('key-reserved', { key, use }, use === 'link' ? `"${key}" already starts a link from the focused annotation to another.` : `"${key}" already steps through the passages of an article.`);
    const holder = scheme.find((c) => c.id !== id && c.key === key);
    if (holder) return problem('key-taken', { key, ...labelParams(holder), otherId: holder.id }, `"${holder.label.en}" already has the key ${key}.`);
    return { ...category, key };
  });
}

/** Moves a category one place up or down among its siblings (children move with their parent). */
export function moveCategory(categories: readonly Category[], id: string, direction: 'up' | 'down'): EditResult {
  return arrange(categories, id, ({ tops, children }, category) => {
    const siblings = category.parentId ? (children.get(category.parentId) ?? []) : tops;
    const from = siblings.findIndex((c) => c.id === id);
    const to = from + (direction === 'up' ? -1 : 1);
    if (from < 0 || to < 0 || to >= siblings.length) {
      const params = { ...labelParams(category), direction };
      return fail('cannot-move', params, `"${category.label.en}" is already ${direction === 'up' ? 'first' : 'last'} among its siblings.`);
    }
    [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
    return undefined;
  });
}

/** Nests a category under a top-level one of its scheme, or makes it top-level again (`parentId` undefined or ''). */
export function setParent(categories: readonly Category[], id: string, parentId: string | undefined): EditResult {
  const parent = parentId ? categories.find((c) => c.id === parentId) : undefined;
  return arrange(categories, id, ({ tops, children }, category, scheme) => {
    const [name, parentName] = [`"${category.label.en}"`, `"${parent?.label.en}"`];
    const label = labelParams(category);
    if (parentId && parentId === id) return fail('parent-is-self', label, `${name} cannot be its own parent.`);
    if (parentId && !parent) return fail('parent-not-found', { ...label, parentId }, `There is no category "${parentId}" to nest ${name} under.`);
    if (parent && schemeOf(parent) !== schemeOf(category)) {
      return fail('parent-other-scheme', { ...labelParams(parent), otherId: parent.id }, `${parentName} is elsewhere.`);
    }
    if (parent?.parentId) return fail('parent-not-top-level', { ...labelParams(parent), otherId: parent.id }, `${parentName} is nested itself; one level only.`);
    if (parent && scheme.some((c) => c.parentId === id)) return fail('has-children', label, `${name} has categories nested under it.`);
    const old = category.parentId ? (children.get(category.parentId) ?? []) : tops;
    old.splice(old.findIndex((c) => c.id === id), 1);
    if (parent) children.set(parent.id, [...(children.get(parent.id) ?? []), { ...category, parentId: parent.id }]);
    else if (old === tops) tops.push(category);
    // Out of its parent: top-level right after the parent's branch, where it was shown.
    else tops.splice(tops.findIndex((c) => c.id === category.parentId) + 1, 0, omit(category, 'parentId'));
    return undefined;
  });
}

/** How an edit adds a warning. */
type Warn = (warning: Problem<EditCode>) => void;

/** Applies `change` to one category: it returns the new record or a refusal, and may warn. */
function edit(
  categories: readonly Category[],
  id: string,
  change: (category: Category, scheme: Category[], warn: Warn) => Category | Problem<EditCode>,
): EditResult {
  const category = categories.find((c) => c.id === id);
  if (!category) return notFound(id);
  const warnings: Problem<EditCode>[] = [];
  const warn: Warn = (warning) => void warnings.push(warning);
  const outcome = change(category, categories.filter((c) => schemeOf(c) === schemeOf(category)), warn);
  if ('code' in outcome) return failAll([outcome]);
  return success(categories.map((c) => (c.id === id ? outcome : c)), categories, outcome, warnings);
}

/** A scheme as a tree of one level: the top-level categories and each one's children, both in order. */
interface Levels {
  readonly tops: Category[];
  readonly children: Map<string, Category[]>;
}

/** Rearranges a scheme's {@link Levels} in place through `change`, then renumbers it 1, 2, 3 … in tree order. */
function arrange(
  categories: readonly Category[],
  id: string,
  change: (levels: Levels, category: Category, scheme: Category[]) => EditFailure | undefined,
): EditResult {
  const category = categories.find((c) => c.id === id);
  if (!category) return notFound(id);
  const scheme = categories.filter((c) => schemeOf(c) === schemeOf(category));
  const branches = tree(scheme);
  const levels: Levels = { tops: branches.map((branch) => branch[0]!), children: new Map(branches.map((b) => [b[0]!.id, b.slice(1)])) };
  // A record shown top-level although it names a parent (one that is gone) is top-level here.
  const refused = change(levels, levels.tops.some((c) => c.id === id) ? omit(category, 'parentId') : category, scheme);
  if (refused) return refused;
  const ordered = levels.tops.flatMap((top) => [top, ...(levels.children.get(top.id) ?? [])]);
  const renumbered = new Map(ordered.map((c, index) => [c.id, c.order === index + 1 ? c : { ...c, order: index + 1 }]));
  return success(categories.map((c) => renumbered.get(c.id) ?? c), categories, renumbered.get(id)!);
}

/**
 * A scheme's categories as branches: each top-level one (by order) followed by its children (by
 * order). A category whose parent is missing or nested itself (data from before the one-level rule)
 * counts as top-level, so that nothing drops out of the list.
 */
function tree(scheme: readonly Category[]): Category[][] {
  const byOrder = [...scheme].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const ids = new Set(scheme.map((c) => c.id));
  const rootIds = new Set(byOrder.filter((c) => !c.parentId || !ids.has(c.parentId)).map((c) => c.id));
  const nested = byOrder.filter((c) => c.parentId !== undefined && rootIds.has(c.parentId));
  return byOrder.filter((c) => !nested.includes(c)).map((top) => [top, ...nested.filter((c) => c.parentId === top.id)]);
}

/** Why `category`'s label cannot stand in `scheme`: empty, or the label of another category there. */
function labelProblem(scheme: readonly Category[], category: Category): Problem<EditCode> | undefined {
  if (!category.label.de && !category.label.en) return problem('label-empty', {}, 'A category needs a label in German or English.');
  const lower = (text: string): string => text.toLocaleLowerCase();
  const same = scheme.find(
    (c) => c.id !== category.id && (lower(c.label.de) === lower(category.label.de) || lower(c.label.en) === lower(category.label.en)),
  );
  return same && problem('label-taken', { ...labelParams(same), otherId: same.id }, `"${same.label.en}" has this label already.`);
}
