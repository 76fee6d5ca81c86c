/**
 * Making a relation in the reader (issue 17), with the mouse or the keyboard alone. From an
 * annotation (its card's "Link to…", or `L` on the focused one) the reader chooses the annotation to
 * link to: by a click on its highlight, or by stepping through the allowed ones with J/K or ↓/↑
 * (nearest first, in text order, each marked in the text, scrolled to and announced) and Enter.
 * When one type fits the pair it is made at once; when several, the reader picks one (a button, its
 * number, or Enter for the first); when none, the reader hears why. Esc, or a click outside the
 * highlights, cancels.
 *
 * Keys and clicks are caught on the reader before ProseMirror and the other tools see them (capture
 * phase), only while linking, so J/K step through candidates then rather than through all
 * annotations, and a click links rather than opening a card. Keys count only where they are
 * pressed in the reader's text, on the open card (not in its note) or on the status line: a select,
 * a field or another editable keeps its own. `L` yields to a category keyed `l` or `L` (kept from
 * before the key was reserved, scheme-ids.ts), which tags as it always did. The annotation store stays the
 * source of truth; this holds only the link being made (what is shown of the relations made is
 * relation-display.ts's).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Annotation } from '../../model/annotations/annotation.js';
import { annotationIdsAt } from '../../editor/highlights.js';
import { setLinkMarks } from '../../editor/relation-marks.js';
import { currentSelection } from '../../editor/dom-selection.js';
import type { Announcer } from '../shared/announcer.js';
import { describeFailure } from '../shared/failure-message.js';
import { currentLocale } from '../shared/localization.js';
import { annotationById } from './annotation-lookup.js';
import { linkCandidates, linkOptions, nearestCandidate, stepCandidate, typesTouching, type LinkCandidate, type LinkOption } from './link-candidates.js';
import * as say from './link-messages.js';
import { partnerName, relationTypeLabel } from './relation-entries.js';
import type { RelationDisplay, RelationSource } from './relation-display.js';

/** The link being made, if any. */
export type LinkState =
  | { readonly step: 'idle' }
  | { readonly step: 'choose'; readonly source: Annotation; readonly candidates: readonly LinkCandidate[]; readonly index: number }
  | { readonly step: 'type'; readonly source: Annotation; readonly target: Annotation; readonly options: readonly LinkOption[] };

/** What linking needs from the reader around it. */
export interface LinkHost extends RelationSource {
  /** The shown annotations in text order (the category filter applied): what may be linked to. */
  readonly ordered: () => readonly Annotation[];
  /** The annotation whose card is open, if any. */
  readonly openId: () => string | undefined;
  /** The annotation the reader last stepped to or chose, if any. */
  readonly selectedId: () => string | undefined;
  /** Takes the reader to an annotation and opens its card with focus in it. */
  readonly jump: (id: string) => void;
}

/** See the module comment. */
export class LinkModeController implements ReactiveController {
  state: LinkState = { step: 'idle' };
  private readonly onKeyDown = (event: KeyboardEvent): void => this.handleKey(event);
  private readonly onPointerDown = (event: MouseEvent): void => this.handlePointer(event);

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly reader: LinkHost,
    private readonly shown: RelationDisplay,
    private readonly announcer: Announcer,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown, { capture: true });
    document.addEventListener('mousedown', this.onPointerDown, { capture: true });
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown, { capture: true });
    document.removeEventListener('mousedown', this.onPointerDown, { capture: true });
  }

  /** Starts a link from annotation `id` (the card's "Link to…"). */
  start(id: string): void {
    const source = annotationById(this.shown.loaded(), id);
    if (!source) return;
    const candidates = linkCandidates(this.shown.types(), source, this.reader.ordered(), this.shown.categoriesOf, this.shown.relations());
    if (candidates.length === 0) {
      this.announcer.announce(say.noCandidatesText(typesTouching(this.shown.types(), this.shown.categoriesOf(source)), currentLocale(), this.shown.categoryName));
      this.host.requestUpdate();
      return;
    }
    const index = Math.max(0, nearestCandidate(candidates, source));
    this.state = { step: 'choose', source, candidates, index };
    this.reader.view()?.focus();
    this.showCandidate();
    this.announcer.announce(say.startText(source, currentLocale(), this.candidateText()));
  }

  /** Ends linking without a link and puts focus back in the text (Esc, the status line's "Cancel"). */
  cancelToText(): void {
    this.cancel();
    this.focusText();
  }

  /** Ends linking without a link. */
  cancel(announce = true): void {
    if (this.state.step === 'idle') return;
    this.state = { step: 'idle' };
    this.clearMarks();
    if (announce) this.announcer.announce(say.cancelledText());
    this.host.requestUpdate();
  }

  /** Links the source to the candidate offered (Enter), or asks which type when several fit. */
  confirm(): void {
    const state = this.state;
    if (state.step !== 'choose') return;
    const candidate = state.candidates[state.index];
    if (candidate) this.choose(state.source, candidate.annotation, candidate.options);
  }

  /** Makes the link with `option` (a type button, or its number). */
  async link(option: LinkOption): Promise<void> {
    const state = this.state;
    if (state.step === 'idle') return;
    const store = this.reader.services().annotations;
    const documentId = this.reader.documentId();
    const started = state.source;
    this.state = { step: 'idle' };
    this.clearMarks();
    // A type button of the status line had focus: the line goes, the reader goes on in the text.
    this.focusText();
    this.host.requestUpdate();
    if (!store) return;
    try {
      const result = await store.relate(documentId, { typeId: option.type.id, sourceId: option.sourceId, targetId: option.targetId });
      if (result.outcome === 'refused') {
        this.announcer.announce(say.refusedText(result.codes));
        return;
      }
      const loaded = this.shown.loaded();
      const source = annotationById(loaded, option.sourceId);
      const target = annotationById(loaded, option.targetId);
      if (source && target) this.announcer.announce(say.linkedText(option, started.id, source, target, currentLocale()));
    } catch (error) {
      this.announcer.announce(describeFailure(error));
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Removes relation `relationId` (one undo step) and says which it was. */
  async unlink(relationId: string): Promise<void> {
    const store = this.reader.services().annotations;
    if (!store) return;
    const relation = this.shown.relations().find((candidate) => candidate.id === relationId);
    const entry = relation && this.shown.index().get(relation.sourceId)?.find((candidate) => candidate.relation.id === relationId);
    try {
      const removed = await store.unrelate(this.reader.documentId(), relationId);
      if (removed && entry) this.announcer.announce(say.unlinkedText(relationTypeLabel(entry, currentLocale()), partnerName(entry.partner)));
    } catch (error) {
      this.announcer.announce(describeFailure(error));
    } finally {
      this.host.requestUpdate();
    }
  }

  /** Takes the reader to a relation's partner: scrolled to, its card open with focus in it. */
  jump(id: string): void {
    this.cancel(false);
    this.reader.jump(id);
  }

  private choose(source: Annotation, target: Annotation, options: readonly LinkOption[]): void {
    const [only] = options;
    if (options.length === 1 && only) {
      void this.link(only);
      return;
    }
    this.state = { step: 'type', source, target, options };
    const view = this.reader.view();
    if (view && !view.isDestroyed) view.dispatch(setLinkMarks(view.state.tr, { source, candidate: target }));
    this.announcer.announce(say.typeChoiceText(options, currentLocale()));
    this.host.requestUpdate();
  }

  private step(direction: 1 | -1): void {
    const state = this.state;
    if (state.step !== 'choose') return;
    this.state = { ...state, index: stepCandidate(state.index, direction, state.candidates.length) };
    this.showCandidate();
    this.announcer.announce(this.candidateText());
  }

  private candidateText(): string {
    const state = this.state;
    if (state.step !== 'choose') return '';
    const candidate = state.candidates[state.index];
    return candidate ? say.candidateText(candidate.annotation, state.index + 1, state.candidates.length, this.shown.categoryName) : '';
  }

  /** Marks the source and the candidate offered in the text, and scrolls the candidate into view. */
  private showCandidate(): void {
    const state = this.state;
    const view = this.reader.view();
    if (state.step !== 'choose' || !view || view.isDestroyed) return;
    const candidate = state.candidates[state.index];
    view.dispatch(setLinkMarks(view.state.tr, { source: state.source, candidate: candidate?.annotation }));
    view.dom.querySelector('.cr-link-candidate')?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.host.requestUpdate();
  }

  private focusText(): void {
    const view = this.reader.view();
    if (view && !view.isDestroyed && !view.hasFocus()) view.focus();
  }

  private clearMarks(): void {
    const view = this.reader.view();
    if (view && !view.isDestroyed) view.dispatch(setLinkMarks(view.state.tr, {}));
  }

  /** `L` starts linking from the focused annotation; while linking, the keys choose. */
  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const path = event.composedPath();
    const target = path[0];
    const state = this.state;
    const reach = this.reach(path);
    // Esc ends linking from anywhere but a field (whose Esc is its own).
    if (reach === 'field' || (reach === 'elsewhere' && (state.step === 'idle' || event.key !== 'Escape'))) return;
    const handled = state.step === 'idle' ? this.keyWhenIdle(event) : state.step === 'choose' ? this.keyWhenChoosing(event, target) : this.keyWhenTyping(event, state, target);
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  /**
   * Where a key was pressed: in the reader's text; on the open card or (while linking) the status
   * line; in a field (input but a checkbox, textarea, select, an editable: the note, the scheme
   * choice, the find bar); or elsewhere (the sidebar, the toolbar's buttons).
   */
  private reach(path: readonly EventTarget[]): 'text' | 'tools' | 'field' | 'elsewhere' {
    const target = path[0];
    const view = this.reader.view();
    if (view && !view.isDestroyed && target instanceof Node && view.dom.contains(target)) return 'text';
    if (
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && target.type !== 'checkbox') ||
      (target instanceof HTMLElement && target.isContentEditable)
    )
      return 'field';
    const inTools = path.some(
      (node) => node instanceof Element && (node.localName === 'cr-annotation-card' || (this.state.step !== 'idle' && node.classList.contains('cr-link-status'))),
    );
    return inTools ? 'tools' : 'elsewhere';
  }

  /** Whether `key` tags with a category of the article's scheme (then it is the tagging's, not linking's). */
  private isCategoryKey(key: string): boolean {
    const { categories, schemeId } = this.reader.services();
    return categories?.forKey(key, schemeId) !== undefined;
  }

  private keyWhenIdle(event: KeyboardEvent): boolean {
    if (event.key !== 'l' && event.key !== 'L') return false;
    // A category keyed l or L before the key was reserved still tags.
    if (this.isCategoryKey(event.key)) return false;
    const id = this.focusedSource();
    if (id) this.start(id);
    else if (this.reader.view()?.hasFocus()) this.announcer.announce(say.noSourceText());
    else return false;
    return true;
  }

  private keyWhenChoosing(event: KeyboardEvent, target: EventTarget | undefined): boolean {
    const inStatus = target instanceof Element && target.closest('.cr-link-status') !== null;
    switch (event.key) {
      case 'Escape':
        this.cancelToText();
        return true;
      case 'j':
      case 'ArrowDown':
        this.step(1);
        return true;
      case 'k':
      case 'ArrowUp':
        this.step(-1);
        return true;
      case 'Enter':
        if (inStatus) return false;
        this.confirm();
        return true;
      default:
        // A category key would tag the text under the marks: nothing is tagged while linking.
        return /^[0-9]$/.test(event.key) || this.isCategoryKey(event.key);
    }
  }

  /**
   * The kind of link is being chosen: a number (or Enter, the first) links, Esc cancels; the keys
   * that would step, open a card or tag do nothing while the choice is open. Enter on a button of
   * the status line is that button's.
   */
  private keyWhenTyping(event: KeyboardEvent, state: Extract<LinkState, { step: 'type' }>, target: EventTarget | undefined): boolean {
    switch (event.key) {
      case 'Escape':
        this.cancelToText();
        return true;
      case 'Enter': {
        if (target instanceof Element && target.closest('.cr-link-status') !== null) return false;
        const [first] = state.options;
        if (first) void this.link(first);
        return true;
      }
      case 'j':
      case 'k':
      case 'ArrowDown':
      case 'ArrowUp':
        return true;
      default: {
        const option = /^[1-9]$/.test(event.key) ? state.options[Number(event.key) - 1] : undefined;
        if (option) void this.link(option);
        return /^[0-9]$/.test(event.key) || this.isCategoryKey(event.key);
      }
    }
  }

  /**
   * A press while linking: on a highlight in the text, links to it (or says why it cannot); on the
   * status line, leaves its buttons alone; anywhere else, cancels.
   */
  private handlePointer(event: MouseEvent): void {
    const state = this.state;
    if (state.step === 'idle' || event.button !== 0) return;
    const path = event.composedPath();
    if (path.some((node) => node instanceof Element && node.classList.contains('cr-link-status'))) return;
    const view = this.reader.view();
    if (!view || view.isDestroyed || !path.includes(view.dom)) return this.cancel();
    const pos = view.posAtCoords({ left: event.clientX, top: event.clientY });
    const ids = pos && pos.inside >= 0 ? annotationIdsAt(view.state, pos.pos) : [];
    if (ids.length === 0) return this.cancel();
    event.preventDefault();
    event.stopPropagation();
    const source = state.source;
    const loaded = this.shown.loaded();
    for (const id of ids) {
      const other = annotationById(loaded, id);
      if (!other || other.id === source.id) continue;
      const options = linkOptions(this.shown.types(), source, other, this.shown.categoriesOf, this.shown.relations());
      if (options.length > 0) return this.choose(source, other, options);
    }
    this.announcer.announce(
      ids.every((id) => id === source.id)
        ? say.sameAnnotationText()
        : say.notAllowedText(typesTouching(this.shown.types(), this.shown.categoriesOf(source)), currentLocale(), this.shown.categoryName),
    );
  }

  /** The annotation `L` links from: the open card's, else the one stepped to under the caret, else the innermost at the caret. */
  private focusedSource(): string | undefined {
    const open = this.reader.openId();
    if (open) return open;
    const view = this.reader.view();
    if (!view || view.isDestroyed) return undefined;
    const head = currentSelection(view).head;
    const ids = annotationIdsAt(view.state, head);
    const selected = this.reader.selectedId();
    if (selected && ids.includes(selected)) return selected;
    // Only from the text: a key pressed elsewhere (the sidebar's search) has no caret to go by.
    return view.hasFocus() ? ids[0] : undefined;
  }


}

