/**
 * The categories of an import's tags: a tag is the category with its IRI, else the category whose
 * German or English label (or id) it names, ignoring case and accents ("Zitat", "ZITAT", "zitát"),
 * those of the scheme the reader imports into first; else a new category of that scheme, made by
 * createCategory as the scheme editor makes them, marked as imported. Annotations without any tag
 * get the category "Untagged".
 */
import { type Category, categoryIri, schemeOf } from '../schemes/category.js';
import { createCategory } from '../schemes/category-factory.js';
import { foldCharacter } from '../text/text-search.js';
import type { IncomingTag } from './w3c-parse.js';

/** The category for annotations that come without any tag (a Hypothesis note, a RecogitoJS highlight). */
export const UNTAGGED: Pick<Category, 'id' | 'label'> = { id: 'untagged', label: { de: 'Ohne Kategorie', en: 'Untagged' } };

/** Finds the category of each tag, making new ones (once each, in `schemeId`) for tags it does not know. */
export class CategoryResolver {
  /** The categories made so far, in the order they were first needed. */
  readonly created: Category[] = [];
  private readonly all: Category[];

  constructor(
    existing: readonly Category[],
    private readonly schemeId: string,
  ) {
    this.all = [...existing];
  }

  /** The category ids of `tags` (each once); "Untagged" when there are none. */
  resolve(tags: readonly IncomingTag[]): string[] {
    const ids = tags.map((tag) => this.find(tag) ?? this.create(tag));
    if (ids.length === 0) ids.push(this.find({ label: UNTAGGED.label.en }) ?? this.create({ label: UNTAGGED.label.en }, UNTAGGED));
    return [...new Set(ids)];
  }

  private find(tag: IncomingTag): string | undefined {
    if (tag.iri) {
      const byIri = this.all.find((category) => categoryIri(category) === tag.iri);
      if (byIri) return byIri.id;
    }
    const label = foldLabel(tag.label ?? labelFromIri(tag.iri));
    if (!label) return undefined;
    const named = (category: Category) => foldLabel(category.label.de) === label || foldLabel(category.label.en) === label || category.id === label;
    return (this.all.find((category) => schemeOf(category) === this.schemeId && named(category)) ?? this.all.find(named))?.id;
  }

  private create(tag: IncomingTag, preset?: Pick<Category, 'id' | 'label'>): string {
    const label = (tag.label ?? labelFromIri(tag.iri)).trim() || 'Imported';
    const category = createCategory(this.all, {
      label: preset?.label ?? { de: label, en: label },
      ...(preset ? { id: preset.id } : {}),
      schemeId: this.schemeId,
      ...(tag.iri ? { iri: tag.iri } : {}),
      imported: true,
    });
    this.all.push(category);
    this.created.push(category);
    return category.id;
  }
}

/** A label as tags are compared: folded case and accents (ß as ss), white space trimmed and single. */
export function foldLabel(label: string): string {
  return [...label.trim().replace(/\s+/gu, ' ')].map(foldCharacter).join('');
}

/** The readable last segment of an IRI ("…/concepts/zitat" → "zitat"), for a tag named by IRI alone. */
function labelFromIri(iri: string | undefined): string {
  if (!iri) return '';
  const last = iri.split(/[/#:]/).filter(Boolean).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
