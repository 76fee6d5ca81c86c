/**
 * Import, for the whole app: a file chosen with the picker or dropped onto the window goes to the
 * import use case (src/app/import/file-import.ts: read, tell annotations from a category scheme,
 * parse, plan) and its summary is shown. Confirm writes it all in one transaction; Cancel writes nothing; a bad file gets its
 * messages, in the reader's language where the problem's code is known, and changes nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import type { ArticleSource } from '../../model/documents/library.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import type { LibraryStore } from '../../app/library/library-store.js';
import type { ImportStores, ImportSummary } from '../../app/import/annotation-import.js';
import type { SchemeImportSummary } from '../../app/import/scheme-import.js';
import { type ImportTarget, targetSetId } from '../../model/sets/import-target.js';
import type { Relation } from '../../model/relations/relation.js';
import { isOwnReading } from '../../model/sets/annotation-set.js';
import { describeFailure } from '../shared/failure-message.js';
import { pickFiles } from '../shared/file-picker.js';
import { currentLocale } from '../shared/localization.js';
import { describeProblem } from '../shared/problem-messages.js';
import { storageProblem } from '../../app/storage-error.js';
import { shorten } from '../../model/text/shorten.js';
import type { SourceAliasPersistence } from '../../model/documents/source-alias.js';
import { plural } from '../shared/plural.js';
import type { Classroom } from '../../app/assignments/classroom.js';
import type { AssignmentFileInput } from '../../app/assignments/student-assignments.js';
import { routeHash } from '../shared/hash-route.js';

/** What the import dialog shows. */
export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly fileName: string }
  | { readonly kind: 'errors'; readonly fileName: string; readonly errors: readonly string[] }
  | ({ readonly kind: 'summary' } & ImportSummary)
  | ({ readonly kind: 'scheme-summary' } & SchemeImportSummary);

/** The services an import needs; any may be missing while the app starts. */
export interface ImportServices {
  readonly articles: ArticleSource | undefined;
  /** The library store, when own documents can be added (a file may carry some). */
  readonly library?: LibraryStore | undefined;
  readonly annotations: AnnotationStore | undefined;
  readonly categories: CategoryStore | undefined;
  /** Sources assigned to articles in earlier imports. */
  readonly aliases?: SourceAliasPersistence | undefined;
  /** The assignments and sets: a hand-out opens its assignment, a hand-in is kept as one (issue 15). */
  readonly classroom?: Classroom | undefined;
}

/** See the module comment. */
export class ImportController implements ReactiveController {
  state: ImportState = { kind: 'idle' };
  /** The last outcome, for the app's live region. */
  message = '';
  private readonly onDragOver = (event: DragEvent): void => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  private readonly onDrop = (event: DragEvent): void => {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.importFile(file);
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly services: () => ImportServices,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('dragover', this.onDragOver);
    window.addEventListener('drop', this.onDrop);
  }

  hostDisconnected(): void {
    window.removeEventListener('dragover', this.onDragOver);
    window.removeEventListener('drop', this.onDrop);
  }

  /** Opens the file picker for annotation files. */
  async choose(): Promise<void> {
    const [file] = await pickFiles({ accept: '.jsonld,.json,application/ld+json,application/json' });
    if (file) await this.importFile(file);
  }

  /** Reads, parses and plans a file, then shows the summary or what is wrong. */
  async importFile(file: File): Promise<void> {
    const stores = this.stores();
    if (!stores) return;
    this.show({ kind: 'working', fileName: file.name });
    try {
      // Import parsing loads on the first import, so the library opens without it.
      const { prepareFileImport } = await import('../../app/import/file-import.js');
      const prepared = await prepareFileImport(file, stores);
      if (!prepared.ok) return this.show({ kind: 'errors', fileName: file.name, errors: prepared.problems.map(describeProblem) });
      const { value } = prepared;
      if (value.kind === 'hand-out' || value.kind === 'hand-in' || value.kind === 'solution') return await this.openAssignmentFile(value.kind, value.file);
      this.show(value.kind === 'scheme' ? { kind: 'scheme-summary', ...value.summary } : { kind: 'summary', ...value.summary });
    } catch (error) {
      this.show({ kind: 'errors', fileName: file.name, errors: [`${shorten(file.name)}: ${describeProblem(storageProblem(error))}`] });
    }
  }

  /**
   * A hand-out opens its assignment (the student's page); a hand-in is kept as the student's
   * hand-in of the teacher's assignment; a solution as the model answer of the student's assignment
   * (solution-file.ts). Each is written at once (there is nothing to choose),
   * then the assignment's page opens; a problem is shown as any import's and nothing is written.
   */
  private async openAssignmentFile(kind: 'hand-out' | 'hand-in' | 'solution', file: AssignmentFileInput): Promise<void> {
    const { library, categories, classroom, annotations } = this.services();
    if (!library || !categories || !classroom || !annotations) {
      return this.show({ kind: 'errors', fileName: file.name, errors: [msg('Assignments cannot be opened in this browser: it stores nothing.')] });
    }
    let opened: { ok: true; id: string; message: string } | { ok: false; problems: readonly Parameters<typeof describeProblem>[0][] };
    if (kind === 'hand-out') {
      const { openHandOut } = await import('../../app/assignments/student-assignments.js');
      const result = await openHandOut(file, { library, categories, classroom });
      opened = result.ok ? { ok: true, id: result.value.assignmentId, message: msg(str`Opened the assignment “${shorten(result.value.title)}”.`) } : result;
    } else if (kind === 'solution') {
      const [{ openSolution }, { solutionOpenedMessage }] = await Promise.all([import('../../app/assignments/solution-file.js'), import('../assignments/solution-opened-message.js')]);
      const result = await openSolution(file, { classroom, articles: library, annotations, categories });
      opened = result.ok ? { ok: true, id: result.value.assignmentId, message: solutionOpenedMessage(result.value) } : result;
    } else {
      const { receiveHandIn } = await import('../../app/assignments/receive-hand-in.js');
      const result = await receiveHandIn(file, { classroom, articles: library, annotations, categories });
      const { handInReceivedMessage } = await import('../assignments/hand-in-received-message.js');
      opened = result.ok ? { ok: true, id: result.value.assignmentId, message: handInReceivedMessage(result.value) } : result;
    }
    if (!opened.ok) return this.show({ kind: 'errors', fileName: file.name, errors: opened.problems.map(describeProblem) });
    this.message = opened.message;
    this.show({ kind: 'idle' });
    location.hash = routeHash({ name: 'assignment', id: opened.id });
  }

  /** Writes the summarised import in one transaction. */
  async confirm(): Promise<void> {
    const state = this.state;
    const stores = this.stores();
    if ((state.kind !== 'summary' && state.kind !== 'scheme-summary') || !stores) return;
    try {
      if (state.kind === 'scheme-summary') {
        const { confirmSchemeImport } = await import('../../app/import/scheme-import.js');
        await confirmSchemeImport(state, stores.categories);
        const label = shorten(currentLocale() === 'de' ? state.merge.scheme.label.de : state.merge.scheme.label.en);
        this.message = msg(str`Imported the category scheme “${label}”.`);
      } else {
        const { confirmImport } = await import('../../app/import/annotation-import.js');
        const written = await confirmImport(state, stores);
        // The import writes every planned relation with its annotations (or nothing at all).
        const links = state.plan.relations.length;
        const documents = plural(state.documents.length, { zero: () => '', one: () => msg('Added 1 document.'), other: (n) => msg(str`Added ${n} documents.`) });
        this.message = [importedMessage(written, links), ...whereItWent(state.choices.target ?? { kind: 'mine' }, written, state.plan.relations), documents].filter(Boolean).join(' ');
      }
      this.show({ kind: 'idle' });
    } catch (error) {
      this.show({ kind: 'errors', fileName: state.fileName, errors: [describeFailure(error)] });
    }
  }

  /** Plans the shown file again with the reader's choice for one source (an article, or null to skip). */
  assign(key: string, documentId: string | null): void {
    const state = this.state;
    if (state.kind !== 'summary') return;
    const assignments = new Map(state.choices.assignments).set(key, documentId);
    this.show({ kind: 'summary', ...state.replan({ ...state.choices, assignments }) });
  }

  /** Plans the shown file again with new categories going into `schemeId`. */
  chooseScheme(schemeId: string): void {
    const state = this.state;
    if (state.kind !== 'summary') return;
    this.show({ kind: 'summary', ...state.replan({ ...state.choices, schemeId }) });
  }

  /** Plans the shown file again with its annotations going to `target` (my reading, or kept apart as someone's). */
  chooseTarget(target: ImportTarget): void {
    const state = this.state;
    if (state.kind !== 'summary') return;
    this.show({ kind: 'summary', ...state.replan({ ...state.choices, target }) });
  }

  /** Closes the dialog; nothing is written. */
  cancel(): void {
    if (this.state.kind === 'summary' || this.state.kind === 'scheme-summary') this.message = msg('Import cancelled: nothing was changed.');
    this.show({ kind: 'idle' });
  }

  /** The stores, once they have all arrived. */
  private stores(): ImportStores | undefined {
    const { articles, library, annotations, categories, aliases } = this.services();
    return articles && annotations && categories ? { articles, library, annotations, categories, aliases } : undefined;
  }

  private show(state: ImportState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/**
 * What a confirmed import brought: its annotations and its links between annotations, each counted
 * (a file may bring links alone, to annotations already here: then it says only those).
 */
export function importedMessage(annotations: number, links: number): string {
  if (links === 0) return plural(annotations, { one: () => msg('Imported 1 annotation.'), other: (n) => msg(str`Imported ${n} annotations.`) });
  if (annotations === 0) return plural(links, { one: () => msg('Imported 1 link.'), other: (n) => msg(str`Imported ${n} links.`) });
  const annotationCount = plural(annotations, { one: () => msg('1 annotation'), other: (n) => msg(str`${n} annotations`) });
  const linkCount = plural(links, { one: () => msg('1 link'), other: (n) => msg(str`${n} links`) });
  return msg(str`Imported ${annotationCount} and ${linkCount}.`);
}

/**
 * Where a confirmed import's annotations and links went, when the reader cannot tell it from their
 * choice: kept apart as someone's reading (the new annotations, and the links between them); and
 * links between two annotations already stored in another reading, which go into that one (a link
 * joins two annotations of one set: model/w3c/import-plan.ts), not into the reading kept apart.
 */
function whereItWent(target: ImportTarget, written: number, relations: readonly Pick<Relation, 'setId' | 'documentId'>[]): string[] {
  const intoTarget = relations.filter((relation) => relation.setId === targetSetId(target, relation.documentId)).length;
  const intoOwn = relations.filter((relation) => relation.setId !== targetSetId(target, relation.documentId) && isOwnReading(relation)).length;
  const intoOther = relations.length - intoTarget - intoOwn;
  return [
    target.kind === 'shared' && written + intoTarget > 0 ? msg(str`Kept apart as the reading of “${target.author}”.`) : '',
    plural(intoOwn, {
      zero: () => '',
      one: () => msg('1 link went into your own reading, which holds both its annotations.'),
      other: (n) => msg(str`${n} links went into your own reading, which holds their annotations.`),
    }),
    plural(intoOther, {
      zero: () => '',
      one: () => msg('1 link went into the reading that holds both its annotations.'),
      other: (n) => msg(str`${n} links went into the readings that hold their annotations.`),
    }),
  ];
}
