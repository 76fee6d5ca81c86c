/**
 * Tagging in the reader: turns the reader's selection into an annotation, keeps the highlights in
 * step with the annotation store, opens the card of the highlight under a click or the caret, and
 * runs undo and redo. It owns no data: the annotation store is the source of truth, and the
 * highlight plugin only draws what the store holds.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { EditorPlugin, EditorView } from '../../editor/editor-types.js';
import type { Annotation, AnnotationEdit } from '../../model/annotations/annotation.js';
import { tidySelection } from '../../model/text/selection-range.js';
import { describeRange } from '../../model/anchoring/text-quote.js';
import { blocksSpanned } from '../../model/documents/passage-place.js';
import { annotationIdsAt, changeHighlights, highlightsPlugin, setHighlights, type HighlightSpec } from '../../editor/highlights.js';
import { readerClickPlugin, readerKeysPlugin } from '../../editor/reader-keys.js';
import { currentSelection, currentTextRange } from '../../editor/dom-selection.js';
import { textIndexOf, textRangeToSelection } from '../../editor/text-offsets.js';
import type { AnnotationStore, AnnotationsChanged } from '../../app/annotations/annotation-store.js';
import { reanchorOnOpen } from '../../app/annotations/reanchor-on-open.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount } from '../shared/plural.js';
import { formatQuote } from '../shared/quote-format.js';
import type { SettingsStore } from '../../app/settings/settings-store.js';
import { askToKeepStorage } from '../../app/durability/ask-to-keep.js';
import { browserStorage } from '../shared/browser-storage.js';
import type { Announcer } from '../shared/announcer.js';
import { describeFailure } from '../shared/failure-message.js';
import { describeChange } from './change-description.js';
import { annotationById } from './annotation-lookup.js';
import { isRedoKey, isUndoKey } from './history-keys.js';
import { StoreController } from '../shared/store-controller.js';

/** The services tagging works with; any may still be missing while contexts arrive. */
export interface TaggingServices {
  readonly annotations: AnnotationStore | undefined;
  readonly categories: CategoryStore | undefined;
  readonly settings: SettingsStore | undefined;
  /** The scheme the article is read with: its keys tag. */
  readonly schemeId?: string;
  /** Categories the reader has hidden: their highlights do not open on a click or Enter. */
  readonly hiddenCategories?: ReadonlySet<string>;
}

/** See the module comment. */
export class TaggingController implements ReactiveController {
  /** The ids of the annotations whose card is open, innermost first. */
  openIds: readonly string[] = [];
  /** Whether the card should take focus when it renders (it was opened from the keyboard). */
  focusCard = false;
  /** What went wrong with the last write, shown as an alert; empty when all is well. */
  failure = '';
  /** A quiet sentence for the reader (that the browser was asked to keep the data); empty when none. */
  notice = '';
  private documentId = '';
  /** The annotation list the view was created with (already drawn; no need to draw it again). */
  private drawn: readonly Annotation[] | undefined;
  private view: EditorView | undefined;
  /** The annotation store's changes, heard while the host is connected. */
  private readonly storeWatch: StoreController<[AnnotationsChanged]>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly services: () => TaggingServices,
    private readonly announcer: Announcer,
  ) {
    host.addController(this);
    this.storeWatch = new StoreController(host, () => this.services().annotations, (change) => this.onStoreChange(change));
    host.addEventListener('keydown', (event) => this.onHostKeyDown(event));
  }

  hostConnected(): void {
    void this.showDocument(this.documentId);
  }

  /** Call when a context delivered a new store. */
  resubscribe(): void {
    this.storeWatch.resubscribe();
    void this.showDocument(this.documentId);
  }

  /**
   * The plugins the article's view needs for tagging (a fresh set per view), with the article's
   * annotations already highlighted when they are loaded.
   */
  plugins(documentId: string): EditorPlugin[] {
    const loaded = this.services().annotations?.annotations(documentId) ?? [];
    this.drawn = loaded;
    return [
      highlightsPlugin((id) => this.services().categories?.get(id), loaded.map(toHighlight)),
      readerKeysPlugin((event) => this.onTextKeyDown(event)),
      readerClickPlugin((pos, view) => this.openAt(view, pos, false)),
    ];
  }

  /** Connects a newly created view of `documentId` and draws its highlights. */
  attach(view: EditorView, documentId: string): void {
    this.view = view;
    this.openIds = [];
    void this.showDocument(documentId);
  }

  /** The annotations whose card is open. */
  openAnnotations(): Annotation[] {
    const loaded = this.services().annotations?.annotations(this.documentId) ?? [];
    return this.openIds.map((id) => annotationById(loaded, id)).filter((a): a is Annotation => a !== undefined);
  }

  /** Tags the current selection with a category. */
  async tagSelection(categoryId: string): Promise<void> {
    const { annotations, categories, settings } = this.services();
    const view = this.view;
    if (!view || !annotations) return;
    const text = textIndexOf(view.state.doc).text;
    const selected = currentTextRange(view);
    const range = tidySelection(text, selected, settings?.settings.snapToWords ?? true);
    if (range.end <= range.start) {
      this.announce(msg('Select a passage first, then choose a category.'));
      return;
    }
    const label = categories?.label(categoryId, currentLocale()) ?? categoryId;
    const quote = formatQuote(text.slice(range.start, range.end), currentLocale());
    const result = await this.attempt(() => annotations.tag(this.documentId, describeRange(text, range.start, range.end), categoryId));
    if (!result) return;
    // Collapse the tagged selection so its highlight shows, unless the reader has already
    // selected something else while the write was under way.
    const now = view.isDestroyed ? undefined : currentTextRange(view);
    if (now && now.start === selected.start && now.end === selected.end) {
      view.dispatch(view.state.tr.setSelection(textRangeToSelection(view.state.doc, range.end, range.end)));
    }
    // Tagging across paragraphs is allowed; the reader hears that it happened, in case it was a slip.
    const blocks = blocksSpanned(text, range.start, range.end);
    const tagged = blocks > 1 ? msg(str`${label} tagged: ${quote} — spans ${formatCount(blocks)} paragraphs`) : msg(str`${label} tagged: ${quote}`);
    this.announce(result.outcome === 'already-tagged' ? msg(str`Already tagged as ${label}: ${quote}`) : tagged);
    if (result.outcome === 'created' && settings && askToKeepStorage(settings, browserStorage())) {
      this.notice = msg('Close Reader asked your browser to keep your annotations even when space runs low.');
    }
  }

  /**
   * Changes an annotation's categories or note. A note saved while the reader types (`typing`) joins
   * the undo step of its typing session and is announced only when `typing.ended` (the reader left
   * the field), so a screen reader does not hear "Note saved." at every pause.
   */
  async edit(id: string, edit: AnnotationEdit, typing?: { readonly session: string; readonly ended: boolean }): Promise<void> {
    const store = this.services().annotations;
    if (!store) return;
    const options = typing ? { typingSession: typing.session } : {};
    const done = await this.attempt(() => store.edit(this.documentId, id, edit, options));
    if (done && (!typing || typing.ended)) this.announce(edit.note !== undefined ? msg('Note saved.') : msg('Categories changed.'));
  }

  /** Deletes an annotation and closes its card if it was the last one open. */
  async remove(id: string): Promise<void> {
    const store = this.services().annotations;
    if (!store) return;
    const removed = await this.attempt(() => store.remove(this.documentId, id));
    if (!removed) return;
    this.announce(msg(str`Annotation deleted: ${formatQuote(removed.exact, currentLocale())}`));
    if (this.openIds.length === 0) this.view?.focus();
  }

  /** Undoes the last action of the session. */
  async undo(): Promise<void> {
    const store = this.services().annotations;
    if (!store?.history.canUndo) return this.announce(msg('Nothing to undo.'));
    const change = await this.attempt(() => store.undo());
    if (change) this.announce(msg(str`Undone: ${describeChange(change)}`));
  }

  /** Redoes the last undone action. */
  async redo(): Promise<void> {
    const store = this.services().annotations;
    if (!store?.history.canRedo) return this.announce(msg('Nothing to redo.'));
    const change = await this.attempt(() => store.redo());
    if (change) this.announce(msg(str`Redone: ${describeChange(change)}`));
  }

  /** Closes the card and gives the text its focus back. */
  closeCard(): void {
    this.openIds = [];
    this.host.requestUpdate();
    this.view?.focus();
  }

  /**
   * Places an annotation at the reader's selection: an unplaced one ("place here"), or one the
   * reader wants somewhere else.
   */
  async placeAtSelection(id: string): Promise<void> {
    const { annotations, settings } = this.services();
    const view = this.view;
    if (!view || !annotations) return;
    const text = textIndexOf(view.state.doc).text;
    const range = tidySelection(text, currentTextRange(view), settings?.settings.snapToWords ?? true);
    if (range.end <= range.start) return this.announce(msg('Select the passage first, then choose “Place here”.'));
    const placed = await this.attempt(() => annotations.place(this.documentId, id, describeRange(text, range.start, range.end)));
    if (placed) this.announce(msg(str`Placed: ${formatQuote(placed.exact, currentLocale())}`));
  }

  private async showDocument(documentId: string): Promise<void> {
    this.documentId = documentId;
    const store = this.services().annotations;
    if (!store || !documentId) return;
    await store.load(documentId);
    const view = this.view;
    if (view && !view.isDestroyed && documentId === this.documentId) {
      await this.attempt(() => reanchorOnOpen(store, documentId, textIndexOf(view.state.doc).text));
    }
    const annotations = store.annotations(documentId);
    if (view && !view.isDestroyed && documentId === this.documentId && annotations !== this.drawn) {
      view.dispatch(setHighlights(view.state.tr, annotations.map(toHighlight)));
    }
    this.drawn = undefined;
    this.host.requestUpdate();
  }

  private onStoreChange(change: AnnotationsChanged): void {
    // Only the set being edited (the reader's own reading unless the store chose another) is drawn here.
    if (change.documentId !== this.documentId || change.setId !== this.services().annotations?.editingSet(this.documentId)) return;
    const view = this.view;
    if (view && !view.isDestroyed) {
      const store = this.services().annotations;
      const tr = change.reset
        ? setHighlights(view.state.tr, (store?.annotations(this.documentId) ?? []).map(toHighlight))
        : changeHighlights(view.state.tr, { remove: change.removed.map(toHighlight), add: change.added.map(toHighlight) });
      view.dispatch(tr);
    }
    const store = this.services().annotations;
    this.openIds = this.openIds.filter((id) => store?.find(this.documentId, id));
    this.host.requestUpdate();
  }

  private openAt(view: EditorView, pos: number, focusCard: boolean): boolean {
    const { annotations, hiddenCategories } = this.services();
    const loaded = annotations?.annotations(this.documentId) ?? [];
    const ids = annotationIdsAt(view.state, pos).filter((id) => {
      const annotation = annotationById(loaded, id);
      return !hiddenCategories || !annotation || annotation.categoryIds.some((category) => !hiddenCategories.has(category));
    });
    this.openIds = ids;
    this.focusCard = focusCard && ids.length > 0;
    this.host.requestUpdate();
    return ids.length > 0;
  }

  private onTextKeyDown(event: KeyboardEvent): boolean {
    const view = this.view;
    if (!view) return false;
    if (isUndoKey(event) || isRedoKey(event)) {
      void (isUndoKey(event) ? this.undo() : this.redo());
      return true;
    }
    if (event.key === 'Enter' && !event.shiftKey && !event.ctrlKey && !event.altKey && !event.metaKey) {
      if (!this.openAt(view, currentSelection(view).head, true)) this.announce(msg('No annotation here.'));
      return true;
    }
    if (event.key === 'Escape' && this.openIds.length > 0) {
      this.closeCard();
      return true;
    }
    if (event.ctrlKey || event.altKey || event.metaKey) return false;
    const { categories, schemeId } = this.services();
    const category = categories?.forKey(event.key, schemeId);
    if (!category) return false;
    void this.tagSelection(category.id);
    return true;
  }

  /** Undo and redo from anywhere in the reader but text fields (where the browser's own undo is). */
  private onHostKeyDown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) return;
    if (!isUndoKey(event) && !isRedoKey(event)) return;
    event.preventDefault();
    void (isUndoKey(event) ? this.undo() : this.redo());
  }

  /** Runs a write; on failure shows why and resolves to undefined, changing nothing. */
  private async attempt<T>(write: () => Promise<T>): Promise<T | undefined> {
    try {
      const result = await write();
      this.failure = '';
      return result;
    } catch (error) {
      this.failure = describeFailure(error);
      this.announce(this.failure);
      return undefined;
    } finally {
      this.host.requestUpdate();
    }
  }

  private announce(message: string): void {
    this.announcer.announce(message);
  }
}

function toHighlight(annotation: Annotation): HighlightSpec {
  return { id: annotation.id, start: annotation.start, end: annotation.end, categoryIds: annotation.categoryIds };
}
