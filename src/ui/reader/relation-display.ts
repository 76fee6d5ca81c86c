/**
 * What the reader shows of an article's relations (issue 17), worked out once per change and
 * handed to every place that shows them: the index per annotation for the card
 * (relation-entries.ts), the sidebar's line per item, and the partner marks in the text
 * (src/editor/relation-marks.ts: the partners of the focused annotation, and of the one under the
 * mouse). Also the scheme's relation types and how the rules see an annotation's categories, which
 * linking (link-mode-controller.ts) shares. The annotation store stays the source of truth: a view
 * showing relations re-reads `relations(documentId)` at every change of the set it shows.
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import type { Relation, RelationCategory } from '../../model/relations/relation.js';
import type { RelationType } from '../../model/relations/relation-type.js';
import type { EditorPlugin, EditorView } from '../../editor/editor-types.js';
import { relationMarksPlugin, setFocusedAnnotation, setRelationPartners, type TextRange } from '../../editor/relation-marks.js';
import { currentLocale } from '../shared/localization.js';
import { relationIndex, sidebarRelationLine, type RelationIndex } from './relation-entries.js';
import type { TaggingServices } from './tagging-controller.js';

/** Where the relations are read from. */
export interface RelationSource {
  readonly services: () => TaggingServices;
  readonly view: () => EditorView | undefined;
  /** The article shown ('' while none is). */
  readonly documentId: () => string;
}

const EMPTY_INDEX: RelationIndex = new Map();
const NO_TYPES: readonly RelationType[] = [];
const NONE: readonly never[] = [];

/** See the module comment. */
export class RelationDisplay {
  /** The last relation index and what it was built from. */
  private built: { readonly relations: readonly Relation[]; readonly annotations: readonly Annotation[]; readonly types: readonly RelationType[]; readonly index: RelationIndex } | undefined;
  /** The sidebar's lines last built, and from what. */
  private lines: { readonly index: RelationIndex; readonly locale: string; readonly lines: ReadonlyMap<string, string> } | undefined;
  /** The partner ranges last handed to the view, and the view they went to. */
  private drawn: { readonly index: RelationIndex; readonly view: EditorView } | undefined;
  /** The focused annotation last handed to the view. */
  private focused: string | undefined;

  constructor(private readonly source: RelationSource) {}

  /** The plugin of the relation marks (a fresh one per view). */
  plugins(): EditorPlugin[] {
    this.drawn = undefined;
    return [relationMarksPlugin()];
  }

  /** The relation types of the article's scheme (one empty list when it has none). */
  types(): readonly RelationType[] {
    const { categories, schemeId } = this.source.services();
    const types = categories && schemeId ? categories.relationTypes(schemeId) : NO_TYPES;
    // An unknown scheme's types are a fresh empty list at every call: one list, so the index is kept.
    return types.length === 0 ? NO_TYPES : types;
  }

  /** The loaded annotations of the set being edited. */
  loaded(): readonly Annotation[] {
    const store = this.source.services().annotations;
    const documentId = this.source.documentId();
    return store && documentId ? store.annotations(documentId) : NONE;
  }

  /** The loaded relations of the set being edited. */
  relations(): readonly Relation[] {
    const store = this.source.services().annotations;
    const documentId = this.source.documentId();
    return store && documentId ? store.relations(documentId) : NONE;
  }

  /** The relations per annotation: built once per change of the relations, annotations or types. */
  index(): RelationIndex {
    const relations = this.relations();
    // No relations: always the same empty index, so nothing downstream (the sidebar, the marks) redraws.
    if (relations.length === 0) return EMPTY_INDEX;
    const annotations = this.loaded();
    const types = this.types();
    const built = this.built;
    if (built && built.relations === relations && built.annotations === annotations && built.types === types) return built.index;
    const index = relationIndex(relations, annotations, types, this.categoriesOf);
    this.built = { relations, annotations, types, index };
    return index;
  }

  /** Per annotation id, the sidebar's line of its relations ("— said by: Salvini"): once per change and language. */
  sidebarLines(): ReadonlyMap<string, string> {
    const index = this.index();
    const locale = currentLocale();
    if (this.lines?.index === index && this.lines.locale === locale) return this.lines.lines;
    const lines = new Map<string, string>();
    for (const [id, entries] of index) lines.set(id, sidebarRelationLine(entries, locale, this.categoryName));
    this.lines = { index, locale, lines };
    return lines;
  }

  /**
   * Brings the text's marks in step after a render: each annotation's partners (once per change of
   * the relations) and the focused annotation (`focusedId`: its card open, or stepped to).
   */
  sync(focusedId: string | undefined): void {
    const view = this.source.view();
    if (!view || view.isDestroyed) return;
    const index = this.index();
    let tr = view.state.tr;
    let changed = false;
    if (this.drawn?.index !== index || this.drawn.view !== view) {
      tr = setRelationPartners(tr, partnerRanges(index));
      // A new view starts with nothing focused.
      if (this.drawn?.view !== view) this.focused = undefined;
      this.drawn = { index, view };
      changed = true;
    }
    if (focusedId !== this.focused) {
      tr = setFocusedAnnotation(tr, focusedId);
      this.focused = focusedId;
      changed = true;
    }
    if (changed) view.dispatch(tr);
  }

  /** An annotation's categories as the relation rules see them (one the scheme does not know counts as itself). */
  readonly categoriesOf = (annotation: Annotation): readonly RelationCategory[] => {
    const store = this.source.services().categories;
    return annotation.categoryIds.map((id) => store?.get(id) ?? { id });
  };

  /** A category's label in the interface language (its id when unknown). */
  readonly categoryName = (id: string): string => this.source.services().categories?.label(id, currentLocale()) ?? id;
}

/** Per annotation id, the text ranges of its relation partners (placed ones only). */
function partnerRanges(index: RelationIndex): Map<string, TextRange[]> {
  const ranges = new Map<string, TextRange[]>();
  for (const [id, entries] of index) {
    const list = entries.flatMap((entry) => (entry.partner && entry.partner.end > entry.partner.start ? [{ start: entry.partner.start, end: entry.partner.end }] : []));
    if (list.length > 0) ranges.set(id, list);
  }
  return ranges;
}
