/**
 * The file a shared project is on the server (issue 18): the set's W3C AnnotationCollection exactly
 * as the export writes it (app/export: relations as linking annotations, an own article carried
 * with its text), and how the server's copy is read back into annotations and relations of the
 * project's article with the ids they have in every browser (`urn:uuid:<id>`: the import plan
 * keeps a UUID, model/w3c/import-plan.ts). Every annotation of the file is taken to be on the
 * project's article, whatever source it names (a project is one article's reading).
 */
import { canonicalText } from '../../model/documents/article.js';
import type { Category } from '../../model/schemes/category.js';
import { type Result, fail, ok } from '../../model/result.js';
import type { SetContent } from '../../model/sync/set-merge.js';
import { mineSetId } from '../../model/sets/annotation-set.js';
import { buildExport } from '../export/annotation-export.js';
import { relationTypesFor } from '../import/annotation-import.js';
import type { SharedProjectDeps } from './shared-project-sync.js';

/** The name the server's copy goes by in messages. */
export const SHARED_FILE_NAME = 'shared-project.jsonld';

/** The project file of `content`, the reading of article `documentId`, as the export writes it. */
export async function writeSharedFile(content: SetContent, documentId: string, deps: SharedProjectDeps): Promise<string> {
  const entry = deps.articles.entry(documentId);
  const file = await buildExport({
    annotations: content.annotations,
    relations: content.relations,
    articles: deps.articles,
    categories: deps.categories,
    aliases: deps.aliases,
    ownDocument: (id) => deps.library?.ownDocument(id),
    documentIds: [documentId],
    locale: deps.locale ?? 'de',
    // Each annotation names its own creator, as stored: a creator added on the way would read as an edit.
    creatorName: '',
    scope: documentId,
    label: `Close Reader: ${entry?.title ?? documentId}`,
    now: (deps.now ?? (() => new Date()))(),
  });
  return file.json;
}

/** The server's copy, read: the reading it holds and the categories it names that this library lacks. */
export interface SharedFileContent extends SetContent {
  readonly newCategories: readonly Category[];
}

/**
 * Reads the server's copy of the project on `documentId` into the reader's own reading of it:
 * `shared-bad-file` when it is no annotation file (or the article is not in the library).
 */
export async function readSharedFile(text: string, documentId: string, deps: SharedProjectDeps): Promise<Result<SharedFileContent, 'shared-bad-file'>> {
  const entry = deps.articles.entry(documentId);
  if (!entry) return fail('shared-bad-file', { documentId }, `The shared project's article ${documentId} is not in the library`);
  const [{ parseAnnotationFile }, { planImport }] = await Promise.all([import('../../model/w3c/w3c.js'), import('../../model/w3c/import-plan.js')]);
  const parsed = parseAnnotationFile(text, SHARED_FILE_NAME);
  if (!parsed.ok) {
    return fail('shared-bad-file', { file: SHARED_FILE_NAME, reason: parsed.problems[0]?.message ?? '' }, parsed.problems.map((entry) => entry.message).join('\n'));
  }
  const schemeId = await deps.categories.schemeFor(documentId);
  const article = { id: documentId, iri: entry.iri, title: entry.title, text: canonicalText((await deps.articles.loadBody(documentId)).blocks) };
  const context = {
    fileName: SHARED_FILE_NAME,
    documents: [article],
    categories: deps.categories.categories,
    // Every annotation of the file, also those stored here: the merge compares them.
    existingIds: new Set<string>(),
    now: (deps.now ?? (() => new Date()))().toISOString(),
    schemeId,
    relationTypes: relationTypesFor(deps.categories, schemeId),
  };
  let plan = planImport(parsed, context);
  // A project is one article's reading: a source this library knows by another name is that article.
  if (plan.unknownSources.length > 0) {
    plan = planImport(parsed, { ...context, assignments: new Map(plan.unknownSources.map((source) => [source.key, documentId])) });
  }
  const setId = mineSetId(documentId);
  return ok({
    annotations: plan.annotations.filter((annotation) => annotation.setId === setId),
    relations: plan.relations.filter((relation) => relation.setId === setId),
    newCategories: plan.newCategories,
  });
}
