/**
 * Import, for the whole app: a file chosen with the picker or dropped onto the window is read,
 * parsed (model/w3c.ts), planned against the library (model/import-plan.ts: articles, anchoring,
 * categories, what is already here) and shown as a summary. Confirm writes it all in one
 * transaction; Cancel writes nothing; a bad file gets its messages and changes nothing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg, str } from '@lit/localize';
import { canonicalText } from '../../model/documents/article.js';
import type { ImportPlan, ImportableDocument } from '../../model/w3c/import-plan.js';
import { readCarriedDocuments } from '../../model/w3c/carried-documents.js';
import type { ArticleSource } from '../../model/documents/library.js';
import type { OwnDocument } from '../../model/documents/own-documents.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import type { LibraryStore } from '../../app/library/library-store.js';
import { describeFailure } from '../shared/failure-message.js';

/** The biggest file an import reads (ARCHITECTURE.md: bad input gets a message, never a frozen tab). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** What the import dialog shows. */
export type ImportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working'; readonly fileName: string }
  | { readonly kind: 'errors'; readonly fileName: string; readonly errors: readonly string[] }
  | {
      readonly kind: 'summary';
      readonly fileName: string;
      readonly plan: ImportPlan;
      readonly titles: ReadonlyMap<string, string>;
      /** Own documents the file carries that this library does not have: written with the annotations. */
      readonly documents: readonly OwnDocument[];
    };

/** The services an import needs; any may be missing while the app starts. */
export interface ImportServices {
  readonly articles: ArticleSource | undefined;
  /** The library store, when own documents can be added (a file may carry some). */
  readonly library?: LibraryStore | undefined;
  readonly annotations: AnnotationStore | undefined;
  readonly categories: CategoryStore | undefined;
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

  /** Opens the file picker. */
  choose(): void {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.jsonld,.json,application/ld+json,application/json';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (file) void this.importFile(file);
    });
    input.click();
  }

  /** Reads, parses and plans a file, then shows the summary or what is wrong. */
  async importFile(file: File): Promise<void> {
    const { articles, annotations, categories } = this.services();
    if (!articles || !annotations || !categories) return;
    if (file.size > MAX_IMPORT_BYTES) {
      const size = (file.size / 1024 / 1024).toFixed(0);
      this.show({ kind: 'errors', fileName: file.name, errors: [msg(str`${file.name}: the file is ${size} MB; Close Reader imports files up to 50 MB.`)] });
      return;
    }
    this.show({ kind: 'working', fileName: file.name });
    try {
      // The parser and planner load with the first import: most visits never import.
      const [{ parseAnnotationFile }, { planImport }] = await Promise.all([import('../../model/w3c/w3c.js'), import('../../model/w3c/import-plan.js')]);
      const text = await file.text();
      const parsed = parseAnnotationFile(text, file.name);
      if (!parsed.ok) return this.show({ kind: 'errors', fileName: file.name, errors: parsed.errors });
      const carried = readCarriedDocuments(JSON.parse(text), file.name);
      if (!carried.ok) return this.show({ kind: 'errors', fileName: file.name, errors: carried.errors });
      const known = new Set(articles.entries.map((entry) => entry.iri));
      const newDocuments = this.services().library ? carried.value.filter((document) => !known.has(document.iri)) : [];
      const documents = [
        ...(await Promise.all(articles.entries.map(async (entry): Promise<ImportableDocument> => {
          const body = await articles.loadBody(entry.id);
          return { id: entry.id, iri: entry.iri, title: entry.title, text: canonicalText(body.blocks) };
        }))),
        ...newDocuments.map((document) => ({ id: document.id, iri: document.iri, title: document.title, text: canonicalText(document.blocks) })),
      ];
      const planned = planImport(parsed.value, {
        fileName: file.name,
        documents,
        categories: categories.categories,
        existingIds: await annotations.allIds(),
        now: new Date().toISOString(),
      });
      if (!planned.ok) return this.show({ kind: 'errors', fileName: file.name, errors: planned.errors });
      const titles = new Map(documents.map((document) => [document.id, document.title]));
      this.show({ kind: 'summary', fileName: file.name, plan: planned.plan, titles, documents: newDocuments });
    } catch (error) {
      this.show({ kind: 'errors', fileName: file.name, errors: [`${file.name}: ${error instanceof Error ? error.message : String(error)}`] });
    }
  }

  /** Writes the summarised import in one transaction. */
  async confirm(): Promise<void> {
    const state = this.state;
    const { annotations, categories } = this.services();
    if (state.kind !== 'summary' || !annotations || !categories) return;
    const { plan, documents } = state;
    try {
      await annotations.importAll({ categories: plan.newCategories, annotations: plan.annotations, documents });
      categories.addStored(plan.newCategories);
      this.services().library?.addStored(documents);
      this.message = msg(str`Imported ${plan.annotations.length} annotations.`);
      this.show({ kind: 'idle' });
    } catch (error) {
      this.show({ kind: 'errors', fileName: state.fileName, errors: [describeFailure(error)] });
    }
  }

  /** Closes the dialog; nothing is written. */
  cancel(): void {
    if (this.state.kind === 'summary') this.message = msg('Import cancelled: nothing was changed.');
    this.show({ kind: 'idle' });
  }

  private show(state: ImportState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
