/**
 * Every custom event a Close Reader component fires, declared once: its name and the shape of its
 * detail. Components send user intent up through these (ARCHITECTURE.md, data flow); `fire` and
 * `on` are typed by this table, so a misspelt name or a wrong detail does not compile.
 */
import type { SolidAccount } from '../../app/sync/solid-session.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import type { ImportTarget } from '../../model/sets/import-target.js';
import type { ConflictChoice } from '../../app/sync/shared-project-sync.js';

/** The detail of each custom event, by name; `null` for an event that carries none. */
export interface CrEventDetails {
  /** Tag the selection with a category (<cr-tag-toolbar>). */
  'cr-tag': { readonly categoryId: string };
  /** Undo the last change to the annotations (<cr-tag-toolbar>). */
  'cr-undo': null;
  /** Redo the last undone change (<cr-tag-toolbar>). */
  'cr-redo': null;
  /** Whether a selection snaps to whole words (<cr-tag-toolbar>). */
  'cr-snap-change': { readonly snapToWords: boolean };
  /** Search the article (again) (<cr-find-bar>). */
  'cr-find': { readonly query: string; readonly matchCaseAndAccents: boolean };
  /** Go to the next (1) or previous (-1) match (<cr-find-bar>). */
  'cr-find-step': { readonly direction: 1 | -1 };
  /** Give an annotation these categories (<cr-annotation-card>). */
  'cr-annotation-categories': { readonly id: string; readonly categoryIds: string[] };
  /**
   * Give an annotation this note (<cr-annotation-card>), saved as the reader types: `session` names
   * the stay in the note field (its saves are one undo step), `ended` is set on the save made when
   * the reader left the field or the card (the one a screen reader hears of).
   */
  'cr-annotation-note': { readonly id: string; readonly note: string; readonly session?: string; readonly ended?: boolean };
  /** Delete an annotation (<cr-annotation-card>, <cr-annotation-sidebar>). */
  'cr-annotation-delete': { readonly id: string };
  /** The reader closed the annotation card (<cr-annotation-card>). */
  'cr-card-close': null;
  /** Start a link from this annotation to another (<cr-annotation-card>, issue 17). */
  'cr-link-start': { readonly id: string };
  /** Go to this annotation, the partner of a relation (<cr-annotation-card>). */
  'cr-relation-jump': { readonly id: string };
  /** Remove this relation (<cr-annotation-card>). */
  'cr-relation-remove': { readonly relationId: string };
  /** The reader chose an annotation (<cr-annotation-sidebar>, <cr-distribution-strip>). */
  'cr-annotation-select': { readonly id: string };
  /** Place an unplaced annotation at the selection (<cr-annotation-sidebar>). */
  'cr-annotation-place': { readonly id: string };
  /** Show or hide a category's annotations (<cr-annotation-sidebar>). */
  'cr-filter-category': { readonly categoryId: string; readonly shown: boolean };
  /** Filter the annotation list by quote and note (<cr-annotation-sidebar>). */
  'cr-filter-query': { readonly query: string };
  /** Collapse or expand the sidebar (<cr-annotation-sidebar>). */
  'cr-sidebar-toggle': { readonly collapsed: boolean };
  /** Write the import shown in the dialog (<cr-import-dialog>). */
  'cr-import-confirm': null;
  /** Close the import dialog; nothing is written (<cr-import-dialog>). */
  'cr-import-cancel': null;
  /**
   * A reader is about to open an article (the pointer is over an article's link, or the link has
   * focus): <cr-app> starts loading the reader page now rather than on the click (<cr-library-view>).
   */
  'cr-reader-wanted': null;
  /**
   * The reader assigned a source of the file to an article (its id), or chose to skip it (null);
   * `key` is the source as aliases key it, '' for annotations that name none (<cr-import-dialog>).
   */
  'cr-import-assign': { readonly key: string; readonly documentId: string | null };
  /** The reader picked the scheme the file's new categories join (<cr-import-dialog>). */
  'cr-import-scheme': { readonly schemeId: string };
  /** The reader chose where the file's annotations go: my reading, or kept apart as someone's (<cr-import-dialog>). */
  'cr-import-target': { readonly target: ImportTarget };
  /** Skip the header and go to the page's content: the article text in the reader (<cr-skip-link>). */
  'cr-skip': null;
  /** The Solid account of this tab changed: signed in on return from the server, or signed out (<cr-solid-sign-in>). */
  'cr-solid-account-change': { readonly account: SolidAccount | undefined };
  /** Every file given to <cr-collect-hand-ins> has been read and what could be stored is stored. */
  'cr-hand-ins-collected': null;
  /** The student agreed to send the hand-in to the teacher's box, as the consent panel shows it (<cr-online-hand-in>, issue 18). */
  'cr-hand-in-send': null;
  /** The student wants the hand-in file as a download instead of sending it (<cr-online-hand-in>). */
  'cr-hand-in-download': null;
  /** The assignment's record was stored from a part of its page, e.g. with its hand-in box (<cr-teacher-online-box>, issue 18). */
  'cr-assignment-stored': { readonly record: AssignmentRecord };
  /** Show this hand-in (its set id) against the model answer (<cr-class-overview>, in the class view). */
  'cr-class-student': { readonly setId: string };
  /** The reader chose a version of every conflicting annotation of a shared project: apply them and sync (<cr-sync-conflicts>, issue 18). */
  'cr-sync-conflicts-apply': { readonly choices: ReadonlyMap<string, ConflictChoice> };
}

/** The name of a Close Reader custom event. */
export type CrEventName = keyof CrEventDetails;

/** Each custom event as the DOM delivers it, for `HTMLElementEventMap`. */
type CrEventMap = { [K in CrEventName]: CustomEvent<CrEventDetails[K]> };

declare global {
  // addEventListener('cr-…') on any element hands the listener the typed CustomEvent.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends CrEventMap {}
}

/** The detail argument of `fire`: none for an event without detail, else exactly its detail. */
type DetailArgument<K extends CrEventName> = CrEventDetails[K] extends null ? [] : [detail: CrEventDetails[K]];

/**
 * Dispatches the custom event `type` from `target`, bubbling and composed so that it leaves the
 * component's shadow root and reaches whoever renders the component.
 */
export function fire<K extends CrEventName>(target: EventTarget, type: K, ...[detail]: DetailArgument<K>): void {
  // An absent detail becomes null, which is what CrEventDetails declares for those events.
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/**
 * A listener for a Lit template binding (`@cr-tag=${on('cr-tag', ...)}`) that hands `handle` the
 * event's typed detail. Lit types a bound listener's event as plain `Event`; this checks at run
 * time what a cast would only assert, and fails loudly if the binding and the name disagree.
 */
export function on<K extends CrEventName>(type: K, handle: (detail: CrEventDetails[K]) => void): (event: Event) => void {
  return (event) => {
    if (!isCrEvent(event, type)) throw new TypeError(`a listener for ${type} received ${event.type}`);
    handle(event.detail);
  };
}

function isCrEvent<K extends CrEventName>(event: Event, type: K): event is CrEventMap[K] {
  return event instanceof CustomEvent && event.type === type;
}
