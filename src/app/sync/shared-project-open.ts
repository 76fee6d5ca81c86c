/**
 * Reading a shared project before it is opened (issue 18, review #2): the server's file is read and
 * planned as an import, nothing written, so that the reader sees what opening would do BEFORE
 * anything is joined or can be sent. Opening merges the project into the reader's own reading of its
 * article, and the next sync sends everything that reading holds to the project: when the reading
 * already holds annotations, the reader must agree to that first; when it is already linked to
 * another project, it is refused (stop sharing it first).
 */
import type { Annotation } from '../../model/annotations/annotation.js';
import { type Failure, type Result, fail, ok } from '../../model/result.js';
import { mineSetId } from '../../model/sets/annotation-set.js';
import { type ImportStores, type ImportSummary, planAnnotationImport } from '../import/annotation-import.js';
import type { LdpClient, LdpCode, LdpResource } from './ldp-client.js';
import { SHARED_FILE_NAME } from './shared-project-file.js';
import type { SharedProjectDeps } from './shared-project-sync.js';

/**
 * Why a project is not opened as asked: `shared-bad-file` (not a project this app can read, or on
 * no article of this library), `shared-needs-consent` (the reader's reading already holds
 * annotations: open only with `merge`), `shared-linked-elsewhere` (that reading is linked to
 * another project already).
 */
export type OpenCode = LdpCode | 'shared-bad-file' | 'shared-needs-consent' | 'shared-linked-elsewhere';

/** What opening a project would do, for the reader to agree to (nothing written to get it). */
export interface OpenPreparation {
  readonly url: string;
  /** The article the project is on (the id it gets here when the file carries it). */
  readonly documentId: string;
  readonly title: string;
  /** Annotations in the project. */
  readonly theirs: number;
  /** Annotations the reader's own reading of the article holds now: what the next sync would send. */
  readonly mine: number;
  /** The project the reading is already linked to, when another one. */
  readonly linkedTo?: string;
}

/** The project as read and planned: the resource, its import plan and its article. */
export interface ReadProject {
  readonly read: LdpResource;
  readonly summary: ImportSummary;
  readonly documentId: string;
  readonly preparation: OpenPreparation;
}

/** The stores the import of a project goes through. */
export function importStores(deps: SharedProjectDeps): ImportStores {
  return { articles: deps.library ?? deps.articles, library: deps.library, annotations: deps.annotations, categories: deps.categories, aliases: deps.aliases };
}

/** Reads and plans the project at `resourceUrl` (nothing written) and says what opening it would do. */
export async function readProject(resourceUrl: string, client: LdpClient, deps: SharedProjectDeps, now: Date): Promise<Result<ReadProject, OpenCode>> {
  const read = await client.get(resourceUrl);
  if (!read.ok) return read;
  const planned = await planAnnotationImport(read.value.body, SHARED_FILE_NAME, importStores(deps), now);
  if (!planned.ok) return badFile(planned.problems.map((entry) => entry.message).join('\n'));
  const summary = planned.value;
  const documentId = await projectDocument(deps, summary, read.value.body);
  if (documentId === undefined) return badFile(`${resourceUrl}: the shared project names no article of this library`);
  const setId = mineSetId(documentId);
  const [mine, link] = await Promise.all([deps.annotations.load(documentId, setId), deps.links.getLink(setId)]);
  const carried = summary.documents.find((document) => document.id === documentId);
  const preparation: OpenPreparation = {
    url: resourceUrl,
    documentId,
    title: deps.articles.entry(documentId)?.title ?? carried?.title ?? documentId,
    theirs: annotationsIn(read.value.body),
    mine: mine.length,
    ...(link !== undefined && link.resourceUrl !== resourceUrl ? { linkedTo: link.resourceUrl } : {}),
  };
  return ok({ read: read.value, summary, documentId, preparation });
}

/** Whether opening as prepared may go on: refused when linked elsewhere, or when it merges without `merge`. */
export function mayOpen(preparation: OpenPreparation, merge: boolean): Result<true, OpenCode> {
  if (preparation.linkedTo !== undefined) {
    return fail('shared-linked-elsewhere', { url: preparation.linkedTo }, `Your reading of ${preparation.title} is already shared as ${preparation.linkedTo}`);
  }
  if (preparation.mine > 0 && !merge) {
    return fail('shared-needs-consent', { mine: preparation.mine }, `Your reading of ${preparation.title} already holds ${preparation.mine} annotations`);
  }
  return ok(true);
}

/** How many annotations the project file holds (its collection's items, W3C JSON-LD). */
function annotationsIn(text: string): number {
  try {
    const json = JSON.parse(text) as { first?: { items?: { type?: unknown; motivation?: unknown }[] } };
    return (json.first?.items ?? []).filter((item) => item.motivation !== 'linking').length;
  } catch {
    return 0;
  }
}

/**
 * The article a project file is on: the one its new annotations (or relations) go to, else the
 * one an annotation already here under a file's id is on, else an own article it carries.
 */
async function projectDocument(deps: SharedProjectDeps, summary: ImportSummary, text: string): Promise<string | undefined> {
  const planned: readonly Annotation[] = summary.plan.annotations;
  const direct = planned[0]?.documentId ?? summary.plan.sets[0]?.documentId;
  if (direct !== undefined) return direct;
  const ids = new Set([...text.matchAll(/"urn:uuid:([0-9a-f-]{36})"/gi)].map((match) => match[1]!.toLowerCase()));
  const here = (await deps.annotations.listAll()).find((annotation) => ids.has(annotation.id));
  return here?.documentId ?? summary.documents[0]?.id;
}

function badFile(message: string): Failure<'shared-bad-file'> {
  return fail('shared-bad-file', {}, message);
}
