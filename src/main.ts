/**
 * The composition root: reads the shipped library, opens the database, restores the reader's
 * settings and language, registers the service worker (in the build) and mounts <cr-app>.
 * Nothing imports this file.
 */
/// <reference types="vite-plugin-pwa/vanillajs" />
import manifestJson from '../documents/manifest.json';
import { createArticleSource, parseManifest, type ArticleSource } from './model/documents/library.js';
import { localeFromPreferences } from './model/settings/reader-settings.js';
import { AnnotationRepository } from './storage/annotation-repository.js';
import { AnnotationSetRepository } from './storage/annotation-set-repository.js';
import { AssignmentRepository } from './storage/assignment-repository.js';
import type { Classroom } from './app/assignments/classroom.js';
import { MemoryAssignmentPersistence } from './app/assignments/memory-assignment-persistence.js';
import { CategoryRepository } from './storage/category-repository.js';
import { DocumentRepository } from './storage/document-repository.js';
import { openCloseReaderDatabase, StorageUnavailableError } from './storage/database.js';
import { readOnlyProblem, storageProblem } from './app/storage-error.js';
import { isReadOnlyDatabase } from './storage/read-only-database.js';
import type { Problem } from './model/result.js';
import { describeProblem } from './ui/shared/problem-messages.js';
import { SchemeRepository } from './storage/scheme-repository.js';
import { SourceAliasRepository } from './storage/source-alias-repository.js';
import type { SourceAliasPersistence } from './model/documents/source-alias.js';
import { SettingsRepository } from './storage/settings-repository.js';
import { SharedProjectRepository } from './storage/shared-project-repository.js';
import { MemorySharedProjectPersistence } from './app/sync/shared-project-memory.js';
import type { SharedProjectPersistence } from './model/sync/shared-project-link.js';
import { AnnotationStore } from './app/annotations/annotation-store.js';
import { CategoryStore } from './app/schemes/category-store.js';
import { CATEGORIES_CHANNEL } from './app/schemes/category-tab-channel.js';
import { LibraryStore } from './app/library/library-store.js';
import { applyLocale } from './ui/shared/localization.js';
import { MemoryAnnotationPersistence } from './app/annotations/memory-annotation-persistence.js';
import { SettingsStore } from './app/settings/settings-store.js';
import { UnsavedJournal } from './app/durability/unsaved-journal.js';
import { restoreUnsaved } from './app/durability/restore-unsaved.js';
import './ui/shell/app.js';
import type { AppUpdate } from './ui/shell/update-prompt.js';
import { registerSW } from 'virtual:pwa-register';

/**
 * Each article body's address: the build copies every documents/*.json as a JSON asset (hashed,
 * never inlined: vite.config.ts) that the reader fetches on opening it, so the library opens
 * without them and no text is parsed as JavaScript. The service worker precaches them.
 */
const bodyUrls = import.meta.glob<string>(['../documents/*.json', '!../documents/manifest.json'], {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The JSON of documents/`file`, fetched; rejects naming the file when it is not in the build or not served. */
async function fetchBody(file: string): Promise<unknown> {
  const url = bodyUrls[`../documents/${file}`];
  if (url === undefined) throw new Error(`documents/${file} is not in the build`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`documents/${file}: ${response.status} ${response.statusText}`);
  return response.json();
}

interface Stores {
  readonly library: LibraryStore;
  readonly settings: SettingsStore;
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
  /** The source aliases imports remember and exports write as `via`. */
  readonly aliases: SourceAliasPersistence;
  /** The assignments and the sets of the work on them. */
  readonly classroom: Classroom;
  /** The shared projects' sync links (issue 18). */
  readonly sharedLinks: SharedProjectPersistence;
}

/** The unsaved journal over localStorage, or undefined where the page may not use it. */
function openJournal(): UnsavedJournal | undefined {
  try {
    return new UnsavedJournal(window.localStorage);
  } catch {
    return undefined;
  }
}

/**
 * The stores over IndexedDB, with what a page closed too early could not store written first;
 * when it cannot be opened, stores for this visit only that say why.
 */
async function openStores(shipped: ArticleSource): Promise<Stores> {
  try {
    const db = await openCloseReaderDatabase(undefined, {
      // An older Close Reader in another tab holds the database: opening waits until it is closed.
      onBlocked: () => void showStorageNotice(storageProblem(new StorageUnavailableError('blocked', 'another tab'))),
      // A newer Close Reader opened in another tab: this tab let go of the database; say so.
      onClosedForUpdate: () => void showStorageNotice(storageProblem(new DOMException('closed for an update', 'InvalidStateError'))),
    });
    // Data a newer version wrote, open read-only: the app says so all along (the settings' problem)
    // and keeps no journal, so nothing typed here is written back into that data at a later start.
    const readOnly = isReadOnlyDatabase(db);
    const journal = readOnly ? undefined : openJournal();
    const settings = readOnly
      ? await SettingsStore.readOnly(new SettingsRepository(db), readOnlyProblem())
      : await SettingsStore.load(new SettingsRepository(db), journal);
    const annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined, journal, new AnnotationSetRepository(db));
    if (journal) await restoreUnsaved(journal, annotations, settings);
    return {
      library: await LibraryStore.load(shipped, new DocumentRepository(db)),
      settings,
      annotations,
      // Tells the other tabs of its writes and reads theirs (issue 12, "Two tabs").
      categories: await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db), CATEGORIES_CHANNEL),
      aliases: new SourceAliasRepository(db),
      classroom: { assignments: new AssignmentRepository(db), sets: new AnnotationSetRepository(db) },
      sharedLinks: new SharedProjectRepository(db),
    };
  } catch (error) {
    console.error(error);
    // One memory persistence for both: an import's aliases are kept with its annotations.
    const memory = new MemoryAnnotationPersistence();
    return {
      library: await LibraryStore.load(shipped, undefined),
      settings: SettingsStore.inMemory(storageProblem(error)),
      annotations: new AnnotationStore(memory, undefined, undefined, undefined, memory),
      categories: CategoryStore.defaults(),
      aliases: memory,
      classroom: { assignments: new MemoryAssignmentPersistence(), sets: memory },
      sharedLinks: new MemorySharedProjectPersistence(),
    };
  }
}

/**
 * Registers the service worker of the build (the dev server has none: there `registerSW` does
 * nothing), which keeps the app working offline. A new version waits until the reader clicks
 * Update; only the tab where they clicked reloads. Another tab open at the time keeps running
 * and keeps its bar, whose click then just reloads it into the version now in charge.
 */
function watchForUpdates(): AppUpdate {
  const listeners = new Set<() => void>();
  let ready = false;
  let asked = false;
  let switchedElsewhere = false;
  const announce = (): void => {
    ready = true;
    for (const listener of listeners) listener();
  };
  const activate = registerSW({
    onNeedRefresh: announce,
    onNeedReload: () => {
      if (asked) location.reload();
      else {
        switchedElsewhere = true;
        announce();
      }
    },
  });
  return {
    get ready() {
      return ready;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    apply() {
      asked = true;
      if (switchedElsewhere) location.reload();
      else void activate();
    },
  };
}

/**
 * A line above everything else saying what storage needs from the reader (close the other tabs,
 * reload), in their language: the one from their settings if the app runs, else their browser's.
 */
async function showStorageNotice(problem: Problem): Promise<void> {
  if (!document.querySelector('cr-app')) await applyLocale(localeFromPreferences(navigator.languages));
  const notice = document.querySelector('#cr-storage-notice') ?? document.createElement('p');
  notice.id = 'cr-storage-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = describeProblem(problem);
  document.body.prepend(notice);
}

async function start(): Promise<void> {
  // First, so that even a start that fails below can be replaced by a fixed version.
  const update = watchForUpdates();
  const manifest = parseManifest(manifestJson);
  if (!manifest.ok) throw new Error(`documents/manifest.json is not valid:\n${manifest.problems.map((p) => p.message).join('\n')}`);
  const articles = createArticleSource(manifest.value, fetchBody);
  const { library, settings, annotations, categories, aliases, classroom, sharedLinks } = await openStores(articles);
  await applyLocale(settings.settings.locale ?? localeFromPreferences(navigator.languages));
  const app = document.createElement('cr-app');
  app.library = library;
  app.settings = settings;
  app.annotations = annotations;
  app.categories = categories;
  app.aliases = aliases;
  app.classroom = classroom;
  app.sharedLinks = sharedLinks;
  app.appUpdate = update;
  // Also takes away a notice that opening waited for another tab: it has done its work.
  document.body.replaceChildren(app);
}

start().catch((error: unknown) => {
  const message = document.createElement('pre');
  message.setAttribute('role', 'alert');
  message.textContent = `Close Reader could not start: ${error instanceof Error ? error.message : String(error)}`;
  document.body.replaceChildren(message);
});
