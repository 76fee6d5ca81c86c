/**
 * The services components receive from <cr-app> through @lit/context instead of importing
 * singletons, so tests can hand a component its own library or settings.
 */
import { createContext } from '@lit/context';
import type { ArticleSource } from '../../model/documents/library.js';
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import type { LibraryStore } from '../../app/library/library-store.js';
import type { SettingsStore } from '../../app/settings/settings-store.js';
import type { SourceAliasPersistence } from '../../model/documents/source-alias.js';
import type { Classroom } from '../../app/assignments/classroom.js';
import type { SharedProjectPersistence } from '../../model/sync/shared-project-link.js';

/** The shipped articles. */
export const articleSourceContext = createContext<ArticleSource>(Symbol('article-source'));

/** Reader settings (language, text size). */
export const settingsContext = createContext<SettingsStore>(Symbol('settings'));

/** The annotations, their persistence and the undo history. */
export const annotationStoreContext = createContext<AnnotationStore>(Symbol('annotations'));

/** The category scheme. */
export const categoryStoreContext = createContext<CategoryStore>(Symbol('categories'));

/** The library with the reader's own documents: adding and deleting them. */
export const libraryStoreContext = createContext<LibraryStore>(Symbol('library'));

/** The source aliases (another tool's page → an article): read by imports, written as `via` by exports. */
export const sourceAliasesContext = createContext<SourceAliasPersistence>(Symbol('source-aliases'));

/** The assignments of this browser and the annotation sets of the work on them. */
export const classroomContext = createContext<Classroom>(Symbol('classroom'));

/** Where this browser keeps its shared projects' sync links (issue 18): the sharing pages build their use case on it. */
export const sharedProjectLinksContext = createContext<SharedProjectPersistence>(Symbol('shared-project-links'));
