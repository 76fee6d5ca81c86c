/**
 * Figure 6, the built app's JavaScript: what a reader's browser loads before each page is
 * interactive, read from the build's chunk graph (Vite's build manifest, which run-bench.ts asks its
 * build of dist/ for: not shipped, as the service worker precaches every file of dist/) and gzipped with node:zlib at level 9. The library needs the entry chunk and its
 * static imports, and the German strings (src/ui/locales/de.ts, loaded before the app mounts for a
 * German reader, our first language); an article needs that and the reader page's chunks; every
 * other lazily loaded page is counted by what it adds to the library ("its own").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from './report.js';
import { formatBytes, formatCount } from './stats.js';

/** One entry of Vite's build manifest (https://vite.dev/guide/backend-integration). */
export interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
}

/** Vite's build manifest: chunks by key (a source path, or `_name-hash.js` for a shared chunk). */
export type BuildManifest = Readonly<Record<string, ManifestChunk>>;

/** A set of chunks a page loads, with their gzipped sizes. */
export interface ChunkSet {
  /** Files (assets/…), largest first. */
  readonly files: readonly { readonly file: string; readonly gzipBytes: number }[];
  readonly gzipBytes: number;
}

/** A lazily loaded page (or part) and what it adds to the library's chunks. */
export interface LazyPage extends ChunkSet {
  /** Its source (src/ui/schemes/scheme-editor-view.ts). */
  readonly src: string;
}

/** The bundle figure: the chunks before the library and an article are interactive, and every lazy page's own. */
export interface BundleFigure {
  /** All JavaScript in the build, gzipped, and the number of files. */
  readonly totalGzipBytes: number;
  readonly totalFiles: number;
  /** The entry and its static imports (English: no strings to load). */
  readonly libraryEnglish: ChunkSet;
  /** That and the German strings: the figure the library's target holds to. */
  readonly library: ChunkSet;
  /** The library's chunks and the reader page's (its dynamic entry and static imports). */
  readonly article: ChunkSet;
  /** The reader page's chunks that the library does not load. */
  readonly reader: LazyPage;
  /** Every other dynamic entry, by what it adds to the library; largest first. */
  readonly lazy: readonly LazyPage[];
}

/** The source whose dynamic import is the reader page. */
export const READER_SRC = 'src/ui/reader/reader-view.ts';
/** The German strings, loaded before the app mounts for a German reader. */
export const GERMAN_SRC = 'src/ui/locales/de.ts';

/** The files a manifest key loads at once: its own and its static imports', transitively. */
export function staticClosure(manifest: BuildManifest, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(manifest, imported, into);
  return into;
}

/** The set of `files` with the sizes `sizeOf` gives, largest first. */
export function chunkSet(files: Iterable<string>, sizeOf: (file: string) => number): ChunkSet {
  const sized = [...files].map((file) => ({ file, gzipBytes: sizeOf(file) })).sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));
  return { files: sized, gzipBytes: sized.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0) };
}

/** The figure from a manifest and the gzipped size of each file (pure: the tests give both). */
export function bundleFigure(manifest: BuildManifest, sizeOf: (file: string) => number): BundleFigure {
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (entryKey === undefined) throw new Error('the build manifest has no entry');
  const english = staticClosure(manifest, entryKey);
  const library = staticClosure(manifest, GERMAN_SRC, new Set(english));
  const without = (files: Set<string>, loaded: Set<string>): string[] => [...files].filter((file) => !loaded.has(file));
  const readerFiles = without(staticClosure(manifest, READER_SRC), library);
  const lazy = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && key !== READER_SRC && key !== GERMAN_SRC && chunk.file.endsWith('.js'))
    .map(([key]) => ({ src: key, ...chunkSet(without(staticClosure(manifest, key), library), sizeOf) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.src.localeCompare(b.src));
  const all = new Set(Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js')));
  return {
    totalGzipBytes: chunkSet(all, sizeOf).gzipBytes,
    totalFiles: all.size,
    libraryEnglish: chunkSet(english, sizeOf),
    library: chunkSet(library, sizeOf),
    article: chunkSet([...library, ...readerFiles], sizeOf),
    reader: { src: READER_SRC, ...chunkSet(readerFiles, sizeOf) },
    lazy,
  };
}

/** Where run-bench.ts has Vite write the build manifest, from the repository's root. */
export const BUNDLE_MANIFEST = 'dist/.vite/bundle-manifest.json';

/** The figure of the build in `dist` (built with `build.manifest` at {@link BUNDLE_MANIFEST}). */
export function measureBundle(dist: string): BundleFigure {
  const manifest = JSON.parse(readFileSync(join(dist, BUNDLE_MANIFEST.slice('dist/'.length)), 'utf8')) as BuildManifest;
  const sizes = new Map<string, number>();
  return bundleFigure(manifest, (file) => {
    let size = sizes.get(file);
    if (size === undefined) sizes.set(file, (size = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length));
    return size;
  });
}

/** Targets of issue 14, in bytes gzipped (KB = 1,000 bytes, as formatBytes prints them). */
export const BUNDLE_TARGETS = { library: 45_000, article: 110_000, lazyPage: 40_000 } as const;

const listed = (set: ChunkSet): string => set.files.map(({ file, gzipBytes }) => `${file.replace(/^assets\//, '')} ${formatBytes(gzipBytes)}`).join(', ');

/** The figure as report rows: before the library is interactive, before an article is, and the largest lazy page. */
export function bundleRows(figure: BundleFigure): Row[] {
  const row = (what: string, set: ChunkSet, target: number, extra = ''): Row => ({
    what,
    ours: `${formatBytes(set.gzipBytes)} (${formatCount(set.gzipBytes)} bytes${extra}; ${listed(set)})`,
    baseline: 'no baseline',
    ratio: 'n/a',
    target: `≤ ${formatBytes(target)} gzipped`,
    met: set.gzipBytes <= target,
  });
  const largest = figure.lazy[0];
  const others = figure.lazy.map((page) => `${page.src} ${formatBytes(page.gzipBytes)}`).join(', ');
  return [
    row('JavaScript before the library is interactive (entry, its static imports, German strings)', figure.library, BUNDLE_TARGETS.library, `; English ${formatBytes(figure.libraryEnglish.gzipBytes)}`),
    row('JavaScript before an article is interactive (that and the reader page)', figure.article, BUNDLE_TARGETS.article, `; the reader page's own ${formatBytes(figure.reader.gzipBytes)}`),
    ...(largest
      ? [row(`largest other lazy page's own JavaScript (${largest.src}; all: ${others})`, largest, BUNDLE_TARGETS.lazyPage, `; whole build ${formatBytes(figure.totalGzipBytes)} in ${figure.totalFiles} files`)]
      : []),
  ];
}
