/**
 * `npm run bench`: builds the app (unless dist/ is newer than its sources), bundles the benchmark
 * page (test/bench/index.html) into a temporary folder with Vite, serves it in-process, runs each
 * figure in headless Chromium (the tests' launcher and flags), prints one line per figure, and
 * writes the last run's figures with the machine's description to BENCHMARKS.md.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { chromiumPath } from '../support/chromium.mjs';
import { serveBuiltApp } from '../support/static-server.js';
import type { AddResult, AnchoringResult, BenchConfig, BenchResult, InputsResult, OpenResult, StorageResult, W3CResult } from './bench-types.js';
import { addRows, anchoringRow, classAppRow, classRow, consoleLine, inputsRow, markdownTable, openRow, storageRow, w3cRows, type Row } from './report.js';
import { benchClass, classBenchInput } from './bench-class.js';
import { benchClassApp, type ClassAppArticle } from './bench-class-app.js';
import type { ArticleBlock } from '../../src/model/documents/article.js';
import { DEFAULT_CATEGORIES } from '../../src/model/schemes/category.js';
import { BUNDLE_MANIFEST, bundleRows, measureBundle } from './bench-bundle.js';
import { DEFAULT_PLAN, type RunPlan } from './stats.js';
import { AppBench, type AddAppResult } from './bench-app.js';
import { addAppRows, openAppRow, scrollAppRow } from './report-app.js';

const root = resolve(import.meta.dirname, '../..');
const started = Date.now();
/** Every figure: one warm-up, then the median of five timed runs. */
const PLAN: RunPlan = DEFAULT_PLAN;
/** Annotations the Apache matcher places per run (of 1,000): it walks the DOM's text nodes for each. */
const APACHE_SAMPLE = 100;
/**
 * `--only=anchoring,open,add,scroll,storage,w3c,bundle,class` runs those figures and leaves BENCHMARKS.md
 * alone (`view` runs the old in-page rendering figures of the editor alone: view-open, view-add).
 */
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (figure: string): boolean => !only || only.includes(figure);

/** The newest modification time under `path` (a file or a folder), 0 when it does not exist. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

async function buildAppIfStale(): Promise<void> {
  const sources = ['src', 'styles', 'documents', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];
  // The bundle figure reads the chunk graph, which only this build writes (and the figure then removes).
  const built = existsSync(join(root, BUNDLE_MANIFEST)) ? newest(join(root, 'dist/index.html')) : 0;
  if (built > Math.max(...sources.map((source) => newest(join(root, source))))) {
    console.log('app: dist/ is newer than its sources, reused');
    return;
  }
  console.log('app: building dist/ with vite build …');
  await build({ root, logLevel: 'warn', build: { manifest: BUNDLE_MANIFEST.slice('dist/'.length) } });
}

async function buildBenchPage(outDir: string): Promise<void> {
  // @apache-annotator/dom 0.2 imports @apache-annotator/selector without declaring it; it is a
  // devDependency of ours for that reason.
  await build({
    configFile: false,
    root: join(root, 'test/bench'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, reportCompressedSize: false },
  });
}

async function run<T extends BenchResult>(page: Page, config: BenchConfig): Promise<T> {
  return (await page.evaluate(`window.runBench(${JSON.stringify(config)})`)) as T;
}

function machine(chromium: string): string[] {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  return [
    `CPU: ${model}, ${cpus().length} cores`,
    `Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `Node ${process.version}, Chromium ${chromium} (headless, ${chromiumPath})`,
    `Date: ${new Date().toISOString()}`,
  ];
}

/** Article 001, which the class view's figures run on. */
const CLASS_ARTICLE = 'zweierlei-solidaritaet';

function classArticle(): ClassAppArticle {
  const manifest = JSON.parse(readFileSync(join(root, 'documents/manifest.json'), 'utf8')) as { documents: { id: string; iri: string; title: string; file: string }[] };
  const entry = manifest.documents.find((document) => document.id === CLASS_ARTICLE)!;
  const { blocks } = JSON.parse(readFileSync(join(root, 'documents', entry.file), 'utf8')) as { blocks: readonly ArticleBlock[] };
  return { id: entry.id, iri: entry.iri, title: entry.title, blocks };
}

function print(row: Row, rows: Row[]): void {
  rows.push(row);
  console.log(consoleLine(row));
}

const rows: Row[] = [];
await buildAppIfStale();
const bundle = measureBundle(join(root, 'dist'));
// Not left in dist/: the service worker precaches every file there, and the offline test checks it does.
rmSync(join(root, BUNDLE_MANIFEST));
const outDir = mkdtempSync(join(tmpdir(), 'close-reader-bench-'));
let inputsLine = '';
const notes: string[] = [];
let machineLines: string[] = [];
try {
  // The built app and, in its folder, the bench page: one origin, so the bench page writes the
  // app's IndexedDB (bench-app.ts).
  cpSync(join(root, 'dist'), outDir, { recursive: true });
  await buildBenchPage(join(outDir, 'bench'));
  const server = await serveBuiltApp(outDir, 'close-reader');
  const benchUrl = `${server.url}bench/index.html`;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    await page.goto(benchUrl);
    await page.waitForFunction('window.benchReady === true');
    machineLines = machine(browser.version());
    inputsLine = inputsRow(await run<InputsResult>(page, { figure: 'inputs' }));
    console.log(inputsLine);
    for (const key of wanted('anchoring') ? (['unchanged', 'edited', 'inserted'] as const) : []) {
      const config: BenchConfig = { figure: 'anchoring', case: key, plan: PLAN, baselinePlan: PLAN, apacheSample: APACHE_SAMPLE };
      const result = await run<AnchoringResult>(page, config);
      print(anchoringRow(result), rows);
      const methods = Object.entries(result.oursMethods).map(([method, count]) => `${method} ${count}`).join(', ');
      notes.push(`Anchoring, ${result.label}: ${result.change}. Ours placed them by: ${methods}.`);
      console.log(`  (${notes[notes.length - 1]})`);
    }
    if (wanted('open') || wanted('add') || wanted('scroll')) {
      const app = await AppBench.start(browser, server.url, benchUrl);
      try {
        for (const count of wanted('open') ? [500, 5_000] : []) print(openAppRow(await app.open(count, PLAN)), rows);
        const appAdds: AddAppResult[] = [];
        for (const shown of wanted('add') ? [10, 1_000, 10_000] : []) appAdds.push(await app.add(shown, PLAN));
        for (const row of appAdds.length > 0 ? addAppRows(appAdds) : []) print(row, rows);
        if (wanted('scroll')) print(scrollAppRow(await app.scroll(5_000)), rows);
      } finally {
        await app.close();
      }
    }
    // The editor alone in the bench page (script, forced style and layout, two frames): kept to
    // tell the editor's share from the app's; no targets of their own.
    if (wanted('view') || wanted('view-open')) print({ ...openRow(await run<OpenResult>(page, { figure: 'open', plan: PLAN })), target: 'none (the editor alone)', met: undefined }, rows);
    const adds: AddResult[] = [];
    for (const shown of wanted('view') || wanted('view-add') ? [10, 1_000, 10_000] : []) adds.push(await run<AddResult>(page, { figure: 'add', shown, plan: PLAN }));
    for (const row of adds.length > 0 ? addRows(adds) : []) print({ ...row, target: 'none (the editor alone)', met: undefined }, rows);
    if (wanted('storage')) print(storageRow(await run<StorageResult>(page, { figure: 'storage', plan: PLAN })), rows);
    for (const row of wanted('w3c') ? w3cRows(await run<W3CResult>(page, { figure: 'w3c', plan: PLAN })) : []) print(row, rows);
    // The class view in the built app (issue 16): collecting a class from one Moodle ZIP takes
    // seconds since a write re-reads only the sets it changed (about 3 s at 30 hand-ins, 20 s at 200
    // on a busy two-core machine), so three runs at 30 and one at 200 (about two minutes in all).
    for (const [handIns, runs] of wanted('class') ? ([[30, 3], [200, 1]] as const) : []) {
      print(classAppRow(await benchClassApp(browser, server.url, classArticle(), handIns, { warmup: 0, runs })), rows);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
for (const row of wanted('bundle') ? bundleRows(bundle) : []) print(row, rows);
// The class view's figures, in Node (no DOM): article 001, 30 and 200 hand-ins. The naive
// baseline takes seconds at 200, so it runs three times there, without a warm-up.
for (const handIns of wanted('class') ? [30, 200] : []) {
  const input = classBenchInput(classArticle().blocks, CLASS_ARTICLE, DEFAULT_CATEGORIES, handIns);
  print(classRow(await benchClass(input, PLAN, handIns > 30 ? { warmup: 0, runs: 3 } : PLAN)), rows);
}
const seconds = Math.round((Date.now() - started) / 1000);
const held = rows.filter((row) => row.met === true).length;
const judged = rows.filter((row) => row.met !== undefined).length;
console.log(`targets held: ${held} of ${judged}; bench ran ${seconds} s`);

const markdown = `${readFileSync(join(import.meta.dirname, 'benchmarks-intro.md'), 'utf8').trim()}

## Last run

${machineLines.map((line) => `- ${line}`).join('\n')}
- Run time: ${seconds} s; targets held: ${held} of ${judged}

Inputs: ${inputsLine.replace(/^inputs \| /, '').replace(/ \| /g, '; ')}.

${markdownTable(rows)}
${notes.length > 0 ? `\n${notes.map((note) => `- ${note}`).join('\n')}\n` : ''}`;
if (only) {
  console.log('--only: BENCHMARKS.md left as it was');
} else {
  writeFileSync(join(root, 'BENCHMARKS.md'), markdown);
  console.log('wrote BENCHMARKS.md');
}
