/**
 * The class view's figure in the built app (issue 16, "Fast"): a teacher's assignment on article
 * 001 with a model answer, the class view open, and a generated class's hand-ins chosen as one
 * Moodle ZIP with "Add hand-ins…". Timed in the page: from the moment the last hand-in is read
 * and stored (the collection's promise resolves) until the class view shows every hand-in in its
 * overview and its heat article, two frames later (painted); and the collection itself (reading,
 * anchoring, storing) for context.
 *
 * Each run has a fresh browser context (an empty database): the assignment and the model answer
 * are written with raw IndexedDB into the app's database after the app has made it, then the page
 * is reloaded on the class view's route. Service workers are blocked, as in bench-app.ts.
 */
import type { Browser } from 'playwright-core';
import { textDigest } from '../../src/app/library/text-digest.js';
import type { AssignmentRecord } from '../../src/model/assignments/assignment-record.js';
import { assignmentIri } from '../../src/model/assignments/assignment.js';
import type { Annotation } from '../../src/model/annotations/annotation.js';
import { type ArticleBlock, canonicalText } from '../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { type AnnotationSet, modelSetId } from '../../src/model/sets/annotation-set.js';
import { makeAssignment } from '../support/assignments.js';
import { generateClass, handInFiles, moodleZip } from '../support/class-generator.js';
import { CLASS_SHAPE } from './bench-class.js';
import { timingOf, type RunPlan, type Timing } from './stats.js';

/** Collecting may take long on a busy machine: generous, never timed by it. */
const SETUP = { timeout: 300_000 };

/** The class view's figure at `handIns` hand-ins. */
export interface ClassAppResult {
  readonly handIns: number;
  /** Annotations per hand-in (the mean, rounded). */
  readonly annotationsPerHandIn: number;
  /** From the last hand-in stored to the class view painted with all of them. */
  readonly interactive: Timing;
  /** From the files chosen to the last hand-in stored. */
  readonly collect: Timing;
}

/** The article the figure runs on, from the manifest. */
export interface ClassAppArticle {
  readonly id: string;
  readonly iri: string;
  readonly title: string;
  readonly blocks: readonly ArticleBlock[];
}

/** Runs the figure `plan.warmup + plan.runs` times with `handIns` hand-ins on `article`. */
export async function benchClassApp(browser: Browser, appUrl: string, article: ClassAppArticle, handIns: number, plan: RunPlan): Promise<ClassAppResult> {
  const text = canonicalText(article.blocks);
  const digest = await textDigest(text);
  const assignment = makeAssignment({ document: { id: article.id, iri: article.iri, digest, title: article.title } });
  const record: AssignmentRecord = { assignment, role: 'teacher', schemeId: 'default' };
  const categories = DEFAULT_CATEGORIES.map((category) => category.id);
  const generated = generateClass({ blocks: article.blocks, documentId: article.id, assignmentId: assignment.id, categories, seed: 20261130 + handIns, students: handIns, ...CLASS_SHAPE });
  const entries = handInFiles(generated, { assignment, document: { iri: article.iri, digest, blocks: article.blocks }, categories: DEFAULT_CATEGORIES, firstHandedIn: '2026-11-23T08:00:00.000Z' });
  const zip = Buffer.from(moodleZip(entries));
  const modelSet: AnnotationSet = { id: modelSetId(assignment.id), kind: 'model', documentId: article.id, assignmentId: assignmentIri(assignment.id), modified: '2026-11-20T08:00:00.000Z' };

  const interactive: number[] = [];
  const collect: number[] = [];
  for (let run = 0; run < plan.warmup + plan.runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'block', locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error('app page error:', error.message));
      await page.goto(`${appUrl}#/`);
      await page.getByRole('listitem').first().waitFor(SETUP);
      await page.evaluate(seedScript(record, modelSet, generated.model));
      await page.goto('about:blank');
      await page.goto(`${appUrl}#/assignment/${assignment.id}/class`);
      const button = page.locator('cr-collect-hand-ins button');
      await button.waitFor(SETUP);
      await page.evaluate(watchScript(handIns));
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
      await chooser.setFiles({ name: 'abgaben.zip', mimeType: 'application/zip', buffer: zip });
      // Collecting 200 hand-ins takes about 20 s (minutes before a write re-read only the sets it
      // changed); the timeout stays generous for a busy machine. The view then has a minute to show them.
      await page.waitForFunction('window.crClassStored', undefined, { timeout: 1_200_000, polling: 1000 });
      const times = (await page
        .waitForFunction('window.crClassTimes', undefined, { timeout: 60_000 })
        .then((handle) => handle.jsonValue())
        .catch(async () => {
          throw new Error(`class view not shown within a minute of the last hand-in stored: ${await page.evaluate('window.crClassState()')}`);
        })) as { chosen: number; stored: number; painted: number };
      if (run >= plan.warmup) {
        interactive.push(times.painted - times.stored);
        collect.push(times.stored - times.chosen);
      }
    } finally {
      await context.close();
    }
  }
  return { handIns, annotationsPerHandIn: Math.round(generated.students.reduce((sum, s) => sum + s.annotations.length, 0) / Math.max(1, handIns)), interactive: timingOf(interactive), collect: timingOf(collect) };
}

/**
 * In the page (a string: tsx's helpers must not reach the page): writes the assignment, the model
 * answer's set and its annotations into the app's database with raw IndexedDB, in one transaction.
 */
function seedScript(record: AssignmentRecord, modelSet: AnnotationSet, model: readonly Annotation[]): string {
  return `new Promise((resolve, reject) => {
    const request = indexedDB.open('close-reader');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(['assignments', 'annotationSets', 'annotations'], 'readwrite');
      tx.objectStore('assignments').put(${JSON.stringify(record)});
      tx.objectStore('annotationSets').put(${JSON.stringify(modelSet)});
      for (const annotation of ${JSON.stringify(model)}) tx.objectStore('annotations').put(annotation);
      tx.oncomplete = () => { db.close(); resolve(true); };
      tx.onerror = () => reject(tx.error);
    };
  })`;
}

/**
 * In the page: wraps the collector's \`collect\` to stamp when the files are chosen and when the
 * last hand-in is stored, then watches every frame until the class view shows \`count\` hand-ins
 * (its data, its overview's rows) and its heat article, and stamps the second frame after
 * (painted). Sets \`window.crClassTimes\`. The elements are found through the app's shadow roots.
 */
function watchScript(count: number): string {
  return `(() => {
    const deep = (root, selector) => {
      const found = root.querySelector(selector);
      if (found) return found;
      for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot && deep(element.shadowRoot, selector);
        if (inner) return inner;
      }
      return null;
    };
    const collector = deep(document, 'cr-collect-hand-ins');
    const view = deep(document, 'cr-class-view');
    const original = collector.collect.bind(collector);
    const times = { chosen: 0, stored: 0, painted: 0 };
    const rows = () => {
      const overview = view.querySelector('cr-class-overview');
      return overview ? (overview.shadowRoot ?? overview).querySelectorAll('tbody tr').length : 0;
    };
    const shown = () =>
      view.loaded && view.loaded.state === 'ready' && view.loaded.data.handIns.length === ${count} &&
      rows() >= ${count} && view.querySelector('cr-class-heat .cr-article-text') !== null;
    const watch = () => {
      if (!shown()) return requestAnimationFrame(watch);
      requestAnimationFrame(() => requestAnimationFrame(() => {
        times.painted = performance.now();
        window.crClassTimes = times;
      }));
    };
    collector.collect = async (files) => {
      times.chosen = performance.now();
      await original(files);
      times.stored = performance.now();
      window.crClassStored = true;
      requestAnimationFrame(watch);
    };
    window.crClassState = () => JSON.stringify({
      loaded: view.loaded && view.loaded.state,
      handIns: view.loaded && view.loaded.data ? view.loaded.data.handIns.length : undefined,
      rows: rows(),
      heat: view.querySelector('cr-class-heat .cr-article-text') !== null,
    });
  })()`;
}
