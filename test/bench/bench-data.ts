/**
 * Figures 4 and 5, in the page: loading an article's 10,000 annotations through the storage layer
 * (against a raw IndexedDB getAll of the same records), and exporting them to W3C JSON and
 * importing that file again (parse, and the plan that anchors every annotation).
 */
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { planImport } from '../../src/model/w3c/import-plan.js';
import { parseAnnotationFile, toW3CCollection, type ExportContext } from '../../src/model/w3c/w3c.js';
import { AnnotationRepository } from '../../src/storage/annotation-repository.js';
import { openCloseReaderDatabase, type CloseReaderDatabase } from '../../src/storage/database.js';
import { AnnotationStore } from '../../src/app/annotations/annotation-store.js';
import type { AnchoringCase } from './bench-cases.js';
import type { BenchDocument } from './bench-setup.js';
import type { StorageResult, W3CResult } from './bench-types.js';
import { medians, repeat, timed, type RunPlan } from './stats.js';

const DATABASE = 'close-reader-bench';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** The annotations of `documentId` by the byDocument index, with IndexedDB's own API only. */
async function rawGetAll(db: IDBDatabase, documentId: string): Promise<unknown[]> {
  const tx = db.transaction('annotations', 'readonly');
  return request(tx.objectStore('annotations').index('byDocument').getAll(IDBKeyRange.only(documentId)));
}

/**
 * Figure 4. The database holds `annotations` (all on one article) and `others` (on another
 * article, so the index has something to skip); each run reads the article's through the
 * repository, through raw IndexedDB, and through a fresh AnnotationStore's load, interleaved.
 */
export async function benchStorage(annotations: readonly Annotation[], others: readonly Annotation[], plan: RunPlan): Promise<StorageResult> {
  await request(indexedDB.deleteDatabase(DATABASE));
  const db = await openCloseReaderDatabase(DATABASE);
  const repository = new AnnotationRepository(db);
  await repository.putMany([...annotations, ...others]);
  const raw = await request(indexedDB.open(DATABASE));
  const documentId = annotations[0]!.documentId;
  try {
    const runs = await repeat(plan, async () => {
      let count = 0;
      const viaRepository = await timed(async () => {
        count = (await repository.listByDocument(documentId)).length;
      });
      const viaRaw = await timed(async () => {
        if ((await rawGetAll(raw, documentId)).length !== count) throw new Error('raw getAll read a different number of records');
      });
      const viaStore = await timed(() => new AnnotationStore(repository, undefined, '').load(documentId));
      if (count !== annotations.length) throw new Error(`listByDocument read ${count} of ${annotations.length}`);
      return { repository: viaRepository, raw: viaRaw, store: viaStore };
    });
    const timings = medians(runs, ['repository', 'raw', 'store']);
    return { figure: 'storage', records: annotations.length, repository: timings.repository, raw: timings.raw, storeLoad: timings.store };
  } finally {
    raw.close();
    db.close();
    await request(indexedDB.deleteDatabase(DATABASE));
  }
}

/**
 * Above this estimate for one full run (export + import of every annotation), the timed runs use
 * an evenly spread tenth of the annotations and are scaled by ten (each annotation's cost does not
 * depend on how many others there are), and one full run is timed besides: five full runs of a
 * slow export and import would take minutes.
 */
const FULL_RUNS_UP_TO_MS = 3000;

/**
 * Figure 5. Export: toW3CCollection + JSON.stringify of every annotation. Import: parseAnnotationFile
 * of that JSON + planImport against the article with figure 1's edits (so anchoring searches for
 * the passages that moved or changed) + the app's import writer (AnnotationRepository.importAll:
 * one IndexedDB transaction), into a database emptied before each run.
 */
export async function benchW3C(annotations: readonly Annotation[], document: BenchDocument, plan: RunPlan, edited: AnchoringCase): Promise<W3CResult> {
  await request(indexedDB.deleteDatabase(DATABASE));
  const db = await openCloseReaderDatabase(DATABASE);
  try {
    return await w3cRuns(annotations, document, plan, edited, new AnnotationRepository(db), db);
  } finally {
    db.close();
    await request(indexedDB.deleteDatabase(DATABASE));
  }
}

async function w3cRuns(
  annotations: readonly Annotation[],
  document: BenchDocument,
  plan: RunPlan,
  edited: AnchoringCase,
  repository: AnnotationRepository,
  db: CloseReaderDatabase,
): Promise<W3CResult> {
  // The file is imported into the edited text (figure 1's edited case), so anchoring searches.
  const now: BenchDocument = { ...document, text: edited.text };
  const exportContext: ExportContext = {
    documents: new Map([[document.id, { iri: document.iri, text: document.text }]]),
    categories: new Map(DEFAULT_CATEGORIES.map((category) => [category.id, category])),
    locale: 'en',
    creatorName: 'Benchmark',
    now: '2026-01-05T12:00:00.000Z',
    collectionId: 'urn:uuid:7f1c2b9e-0d7a-4c2e-9b8a-5b1e2f3a4c5d',
    label: `Close Reader: ${document.title}`,
  };
  const exportAll = (some: readonly Annotation[]): string => JSON.stringify(toW3CCollection(some, exportContext));
  const importAll = async (json: string): Promise<{ parse: number; plan: number; write: number; placed: number }> => {
    await db.clear('annotations');
    const start = performance.now();
    const parsed = parseAnnotationFile(json, 'benchmark.jsonld');
    const parsedAt = performance.now();
    if (!parsed.ok) throw new Error(`benchmark export does not parse: ${parsed.problems.slice(0, 3).map((p) => p.message).join('; ')}`);
    const result = planImport(parsed, {
      fileName: 'benchmark.jsonld',
      documents: [now],
      categories: DEFAULT_CATEGORIES,
      existingIds: new Set(),
      now: '2026-01-05T12:00:00.000Z',
    });
    const plannedAt = performance.now();
    if (result.skipped.length > 0) throw new Error(`benchmark import skipped annotations: ${result.skipped.map((group) => group.example.where).join('; ')}`);
    // The app's import writer: one transaction, resolved once committed.
    await repository.importAll({ categories: result.newCategories, annotations: result.annotations, aliases: result.newAliases });
    const end = performance.now();
    return { parse: parsedAt - start, plan: plannedAt - parsedAt, write: end - plannedAt, placed: result.placed };
  };
  const roundTrip = async (some: readonly Annotation[]) => {
    let json = '';
    const exported = await timed(() => {
      json = exportAll(some);
    });
    const imported = await importAll(json);
    return { json, exported, ...imported, imported: imported.parse + imported.plan + imported.write };
  };

  // The warm-up runs on a tenth; it also tells whether full runs fit in the time.
  const tenth = annotations.filter((_, i) => i % 10 === 0);
  let probe = await roundTrip(tenth);
  for (let i = 1; i < plan.warmup; i += 1) probe = await roundTrip(tenth);
  const full = 10 * (probe.exported + probe.imported) <= FULL_RUNS_UP_TO_MS;
  const measured = full ? annotations : tenth;
  const scale = annotations.length / measured.length;
  const runs = await repeat({ warmup: full ? 1 : 0, runs: plan.runs }, () => roundTrip(measured));
  const timings = medians(
    runs.map((run) => ({ exported: run.exported * scale, imported: run.imported * scale, parse: run.parse * scale, plan: run.plan * scale, write: run.write * scale })),
    ['exported', 'imported', 'parse', 'plan', 'write'],
  );
  const once = full ? runs[runs.length - 1]! : await roundTrip(annotations);
  return {
    figure: 'w3c',
    annotations: annotations.length,
    measuredOn: measured.length,
    jsonBytes: new TextEncoder().encode(once.json).length,
    exportTiming: timings.exported,
    importTiming: timings.imported,
    parseTiming: timings.parse,
    planTiming: timings.plan,
    writeTiming: timings.write,
    fullRun: { exported: once.exported, imported: once.imported },
    placed: once.placed,
  };
}
