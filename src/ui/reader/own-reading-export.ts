/**
 * The reader's Export button: downloads the reader's own reading of one article (its 'mine' set,
 * whichever set the page edits) with its relations as a W3C AnnotationCollection, and notes the
 * export in the settings (the library's "last exported" reminder).
 */
import type { AnnotationStore } from '../../app/annotations/annotation-store.js';
import { buildExport } from '../../app/export/annotation-export.js';
import type { LibraryStore } from '../../app/library/library-store.js';
import type { CategoryStore } from '../../app/schemes/category-store.js';
import type { SettingsStore } from '../../app/settings/settings-store.js';
import type { ArticleEntry, ArticleSource } from '../../model/documents/library.js';
import type { SourceAliasPersistence } from '../../model/documents/source-alias.js';
import { mineSetId } from '../../model/sets/annotation-set.js';
import { download } from '../shared/download.js';
import { currentLocale } from '../shared/localization.js';

/** What the export reads. */
export interface OwnReadingSources {
  readonly articles: ArticleSource;
  readonly annotations: AnnotationStore;
  readonly categories: CategoryStore;
  readonly settings: SettingsStore | undefined;
  readonly aliases: SourceAliasPersistence | undefined;
  readonly library: LibraryStore | undefined;
}

/** Downloads the file; resolves to its name. */
export async function exportOwnReading(entry: ArticleEntry, from: OwnReadingSources): Promise<string> {
  const setId = mineSetId(entry.id);
  const file = await buildExport({
    // Loading the set loads its relations with it.
    annotations: await from.annotations.load(entry.id, setId),
    relations: from.annotations.relations(entry.id, setId),
    articles: from.articles,
    aliases: from.aliases,
    categories: from.categories,
    ownDocument: (id) => from.library?.ownDocument(id),
    documentIds: [entry.id],
    locale: currentLocale(),
    creatorName: from.settings?.settings.creatorName ?? '',
    scope: entry.id,
    label: `Close Reader: ${entry.title}`,
  });
  download(file);
  void from.settings?.recordExport(new Date().toISOString());
  return file.fileName;
}
