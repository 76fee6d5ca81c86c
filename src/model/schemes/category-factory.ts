/**
 * The one way a category is made (shared/STYLE.md item 11), whoever asks: the scheme editor's add
 * (scheme-editing.ts), a new scheme started from another's categories (scheme-copy.ts), a scheme
 * file (skos-parse.ts) and a tag an annotation import does not know (w3c/import-plan.ts). One slug
 * (text/slug.ts), one unique-id rule (scheme-ids.ts `uniqueId`), one palette (category-palette.ts,
 * chosen from by palette-choice.ts), one rule for line, order and IRI, so that a category looks
 * and is named alike however it came in. Checks (a label taken, a key reserved) are the caller's:
 * the editor refuses, a file import repairs and warns.
 */
import { type Category, type CategoryLine, categoryIri, schemeOf } from './category.js';
import { nextPaletteColour } from './palette-choice.js';
import { CATEGORY_LINES, schemeCategoryIri, uniqueId } from './scheme-ids.js';
import { slug } from '../text/slug.js';
import { cleanCategoryText } from './category-text.js';

/** What a new category is made of: a label and a scheme; everything else has a default. */
export interface CategoryDraft {
  /** Trimmed; a language left empty takes the other's. */
  readonly label: { readonly de?: string; readonly en?: string };
  /** The scheme it joins. */
  readonly schemeId: string;
  /**
   * The id it asks for (the last segment of one of our IRIs, a fixed id such as "untagged");
   * the slug of its label (English, else German) when absent or empty. Made unique either way.
   */
  readonly id?: string;
  /** Default: the first palette colour not too close to one of the scheme's. */
  readonly colour?: string;
  /** Default: the line style its scheme uses least (the first of those, in {@link CATEGORY_LINES} order). */
  readonly line?: CategoryLine;
  /** Default: after the last of its scheme. */
  readonly order?: number;
  readonly key?: string;
  readonly parentId?: string;
  /** An IRI it keeps (a foreign concept's, an imported tag's); default: {@link schemeCategoryIri}. */
  readonly iri?: string;
  /** True for a category that comes with an annotation import. */
  readonly imported?: boolean;
  /** What it means, per language (cleaned by category-text.ts; left out when empty). */
  readonly definition?: { readonly de?: string; readonly en?: string };
  /** A passage it would tag, per language (as the definition). */
  readonly example?: { readonly de?: string; readonly en?: string };
}

/**
 * A new category of `draft.schemeId`, among `existing` (every category: the store keys them by id
 * alone, so the id is unique across all schemes, suffixed -2, -3 … when taken; "category" when the
 * label has no slug). Colour, line and order default from the categories of its own scheme. The
 * record leaves out what it does not have (no undefined fields) and its `iri` when that is the one
 * {@link categoryIri} gives anyway.
 */
export function createCategory(existing: readonly Category[], draft: CategoryDraft): Category {
  const scheme = existing.filter((category) => schemeOf(category) === draft.schemeId);
  const [de, en] = [draft.label.de?.trim() ?? '', draft.label.en?.trim() ?? ''];
  const id = uniqueId(draft.id || slug(en || de), new Set(existing.map((category) => category.id)));
  const iri = draft.iri ?? schemeCategoryIri(draft.schemeId, id);
  const definition = cleanCategoryText(draft.definition).value;
  const example = cleanCategoryText(draft.example).value;
  const lineUse = CATEGORY_LINES.map((line) => scheme.filter((category) => category.line === line).length);
  return {
    id,
    label: { de: de || en, en: en || de },
    colour: draft.colour ?? nextPaletteColour(scheme.map((category) => category.colour)),
    line: draft.line ?? CATEGORY_LINES[lineUse.indexOf(Math.min(...lineUse))]!,
    order: draft.order ?? Math.max(0, ...scheme.map((category) => category.order)) + 1,
    schemeId: draft.schemeId,
    ...(draft.key !== undefined ? { key: draft.key } : {}),
    ...(draft.parentId !== undefined ? { parentId: draft.parentId } : {}),
    ...(draft.imported ? { imported: true } : {}),
    ...(definition ? { definition } : {}),
    ...(example ? { example } : {}),
    ...(iri !== undefined && iri !== categoryIri({ id }) ? { iri } : {}),
  };
}
