/**
 * Going back and forth between the text and what the reader marked: the category and text
 * filters of the sidebar (which also hide the filtered categories' highlights), taking the reader
 * to an annotation (scroll, caret, a flash), stepping through annotations with J/K or Alt+↓/↑,
 * and find in the article. The annotation store stays the source of truth; this holds only the
 * reader's view of it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { Annotation } from '../../model/annotations/annotation.js';
import { filterAnnotations, neighbourAnnotation } from '../../model/annotations/annotation-list.js';
import { isPlaced } from '../../model/annotations/annotation.js';
import { annotationById, listParts } from './annotation-lookup.js';
import type { EditorPlugin, EditorView } from '../../editor/editor-types.js';
import { findPlugin, getFind, setFindCurrent, setFindQuery } from '../../editor/find.js';
import { flashPlugin, setFlash } from '../../editor/flash.js';
import { setHiddenCategories } from '../../editor/highlights.js';
import { readerKeysPlugin } from '../../editor/reader-keys.js';
import { textIndexOf, textRangeToSelection } from '../../editor/text-offsets.js';
import { currentSelection } from '../../editor/dom-selection.js';
import type { Announcer } from '../shared/announcer.js';
import type { TaggingServices } from './tagging-controller.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount } from '../shared/plural.js';
import { formatQuote } from '../shared/quote-format.js';

/** How long a passage flashes after the reader was taken to it. */
const FLASH_MS = 1600;

/** The state of find in the article, for the find bar. */
export interface FindStatus {
  readonly query: string;
  readonly matchCaseAndAccents: boolean;
  readonly count: number;
  readonly current: number;
}

/** See the module comment. */
export class ReadingAidsController implements ReactiveController {
  /** Category ids whose annotations (list items and highlights) are hidden. */
  hiddenCategories: ReadonlySet<string> = new Set();
  /** The sidebar's search over quotes and notes. */
  query = '';
  /** The annotation the reader was last taken to or opened. */
  selectedId: string | undefined;
  find: FindStatus = { query: '', matchCaseAndAccents: false, count: 0, current: -1 };
  private view: EditorView | undefined;
  private documentId = '';
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last {@link shownAnnotations}, and what it was worked out from. */
  private shown: { readonly placed: readonly Annotation[]; readonly hidden: ReadonlySet<string>; readonly list: readonly Annotation[] } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly services: () => TaggingServices,
    private readonly announcer: Announcer,
  ) {
    host.addController(this);
    host.addEventListener('keydown', (event) => {
      const target = event.composedPath()[0];
      if (event.defaultPrevented || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
        event.preventDefault();
        this.step(event.key === 'ArrowDown' ? 1 : -1);
      }
    });
  }

  hostDisconnected(): void {
    clearTimeout(this.flashTimer);
  }

  /** The plugins the article's view needs for find, flash and stepping keys. */
  plugins(): EditorPlugin[] {
    return [findPlugin(), flashPlugin(), readerKeysPlugin((event) => this.onTextKeyDown(event))];
  }

  /** Connects a newly created view; a search in progress is run again on it. */
  attach(view: EditorView, documentId: string): void {
    if (documentId !== this.documentId) {
      this.selectedId = undefined;
      this.find = { ...this.find, count: 0, current: -1 };
    }
    this.view = view;
    this.documentId = documentId;
    // A new view draws every category: those the reader hid stay hidden.
    if (this.hiddenCategories.size > 0) view.dispatch(setHiddenCategories(view.state.tr, this.hiddenCategories));
    if (this.find.query) this.search(this.find.query, this.find.matchCaseAndAccents, false);
  }

  /**
   * The article's placed annotations that pass the category filter, in text order: the same array
   * while the list and the filter are the same (the strip, J/K and every render ask for it).
   */
  shownAnnotations(): readonly Annotation[] {
    const { placed } = listParts(this.services().annotations?.annotations(this.documentId) ?? []);
    const cached = this.shown;
    if (cached?.placed === placed && cached.hidden === this.hiddenCategories) return cached.list;
    const list = this.hiddenCategories.size === 0 ? placed : filterAnnotations(placed, { hiddenCategories: this.hiddenCategories, query: '' });
    this.shown = { placed, hidden: this.hiddenCategories, list };
    return list;
  }

  /** Shows or hides a category's annotations: its list items, and its highlights in the text. */
  setCategoryShown(categoryId: string, shown: boolean): void {
    const next = new Set(this.hiddenCategories);
    if (shown) next.delete(categoryId);
    else next.add(categoryId);
    this.hiddenCategories = next;
    const view = this.view;
    if (view && !view.isDestroyed) view.dispatch(setHiddenCategories(view.state.tr, next));
    this.host.requestUpdate();
  }

  /** Sets the sidebar's search. */
  setQuery(query: string): void {
    this.query = query;
    this.host.requestUpdate();
  }

  /**
   * Takes the reader to an annotation: scrolls to it, selects its passage in the text (so Enter
   * opens it and a category key tags it) and flashes it.
   */
  select(id: string): void {
    const view = this.view;
    const annotation = annotationById(this.services().annotations?.annotations(this.documentId) ?? [], id);
    if (!view || !annotation || !isPlaced(annotation)) return;
    const selection = textRangeToSelection(view.state.doc, annotation.start, annotation.end);
    view.focus();
    view.dispatch(setFlash(view.state.tr.setSelection(selection), annotation));
    scrollToElement(view.dom.querySelector('.cr-flash'));
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (!view.isDestroyed) view.dispatch(setFlash(view.state.tr, null));
    }, FLASH_MS);
    this.selectedId = id;
    const shown = this.shownAnnotations();
    const position = shown.findIndex((a) => a.id === id) + 1;
    this.announcer.announce(msg(str`Annotation ${formatCount(position)} of ${formatCount(shown.length)}: ${this.describe(annotation)}`));
    this.host.requestUpdate();
  }

  /** Marks an annotation as the current one without moving the reader (it was opened in the text). */
  mark(id: string | undefined): void {
    if (this.selectedId === id) return;
    this.selectedId = id;
    this.host.requestUpdate();
  }

  /** Takes the reader to the next (1) or previous (-1) shown annotation. */
  step(direction: 1 | -1): void {
    const view = this.view;
    if (!view) return;
    const shown = this.shownAnnotations();
    const caret = textIndexOf(view.state.doc).posToOffset(currentSelection(view).head);
    const selected = shown.some((a) => a.id === this.selectedId) ? this.selectedId : undefined;
    const next = neighbourAnnotation(shown, caret, direction, selected);
    if (next) this.select(next.id);
    else this.announcer.announce(direction === 1 ? msg('No annotation after this one.') : msg('No annotation before this one.'));
  }

  /** Finds `query` in the article and selects the first match (scrolling to it). */
  search(query: string, matchCaseAndAccents: boolean, announce = true): void {
    const view = this.view;
    if (!view) return;
    view.dispatch(setFindQuery(view.state.tr, query, { matchCaseAndAccents }));
    this.afterFind(view, announce);
  }

  /** Moves to the next (1) or previous (-1) match and selects it, so a category tags it. */
  stepFind(direction: 1 | -1): void {
    const view = this.view;
    if (!view) return;
    const { current } = getFind(view.state);
    if (current < 0) return;
    view.dispatch(setFindCurrent(view.state.tr, current + direction));
    this.afterFind(view, true);
  }

  private afterFind(view: EditorView, announce: boolean): void {
    const found = getFind(view.state);
    const match = found.matches[found.current];
    if (match) {
      view.dispatch(view.state.tr.setSelection(textRangeToSelection(view.state.doc, match.start, match.end)));
      scrollToElement(view.dom.querySelector('.cr-find-current'));
    }
    this.find = { query: found.query, matchCaseAndAccents: !!found.options.matchCaseAndAccents, count: found.matches.length, current: found.current };
    if (announce && found.query.trim() !== '') {
      this.announcer.announce(found.matches.length === 0 ? msg('No matches') : msg(str`Match ${formatCount(found.current + 1)} of ${formatCount(found.matches.length)}`));
    }
    this.host.requestUpdate();
  }

  private onTextKeyDown(event: KeyboardEvent): boolean {
    if (event.ctrlKey || event.metaKey) return false;
    const down = (event.altKey && event.key === 'ArrowDown') || (!event.altKey && event.key === 'j');
    const up = (event.altKey && event.key === 'ArrowUp') || (!event.altKey && event.key === 'k');
    if (!down && !up) return false;
    this.step(down ? 1 : -1);
    return true;
  }

  private describe(annotation: Annotation): string {
    const categories = this.services().categories;
    const labels = annotation.categoryIds.map((id) => categories?.label(id, currentLocale()) ?? id).join(', ');
    return `${labels}: ${formatQuote(annotation.exact, currentLocale())}`;
  }
}

/**
 * Scrolls a passage's element to the middle of the window. ProseMirror's own scrollIntoView only
 * scrolls when the DOM selection is in the view, which it is not while the reader types in the
 * find field or clicks in the sidebar.
 */
function scrollToElement(element: Element | null): void {
  element?.scrollIntoView({ block: 'center', inline: 'nearest' });
}
