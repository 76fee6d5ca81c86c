/**
 * The bundle figure counts what each page really loads: the library its entry's static imports and
 * the German strings, an article that and the reader page's, every other lazy page only what it
 * adds. A small build manifest of the shape Vite writes, with made-up sizes. Runs under node:test:
 *   node --import tsx --test test/bench/bench-bundle.node.test.ts
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type BuildManifest, bundleFigure, bundleRows, staticClosure } from './bench-bundle.js';

const manifest: BuildManifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_lit.js'], dynamicImports: ['src/ui/reader/reader-view.ts', 'src/ui/schemes/scheme-editor-view.ts', 'src/ui/locales/de.ts'] },
  '_lit.js': { file: 'assets/lit.js' },
  '_prosemirror.js': { file: 'assets/prosemirror.js', imports: ['_lit.js'] },
  'src/ui/locales/de.ts': { file: 'assets/de.js', isDynamicEntry: true, imports: ['_lit.js'] },
  'src/ui/reader/reader-view.ts': { file: 'assets/reader-view.js', isDynamicEntry: true, imports: ['index.html', '_prosemirror.js'] },
  'src/ui/schemes/scheme-editor-view.ts': { file: 'assets/scheme-editor-view.js', isDynamicEntry: true, imports: ['index.html', '_prosemirror.js', '_lit.js'] },
  'documents/kelly.json?url': { file: 'assets/kelly.json' },
};
const sizes: Record<string, number> = {
  'assets/index.js': 20_000,
  'assets/lit.js': 15_000,
  'assets/de.js': 9_000,
  'assets/reader-view.js': 50_000,
  'assets/prosemirror.js': 30_000,
  'assets/scheme-editor-view.js': 8_000,
  'assets/kelly.json': 1_000,
};
const sizeOf = (file: string): number => sizes[file] ?? assert.fail(`no size for ${file}`);

describe('the bundle figure', () => {
  it('follows static imports only, each file once, through cycles', () => {
    const cases: [string, string[]][] = [
      ['index.html', ['assets/index.js', 'assets/lit.js']],
      ['src/ui/reader/reader-view.ts', ['assets/reader-view.js', 'assets/index.js', 'assets/lit.js', 'assets/prosemirror.js']],
      ['_lit.js', ['assets/lit.js']],
      ['not-in-the-build.ts', []],
    ];
    for (const [key, files] of cases) assert.deepEqual([...staticClosure(manifest, key)], files, key);
  });

  it('counts the library with the German strings, an article with the reader page, and lazy pages by what they add', () => {
    const figure = bundleFigure(manifest, sizeOf);
    assert.equal(figure.libraryEnglish.gzipBytes, 35_000);
    assert.equal(figure.library.gzipBytes, 44_000);
    assert.deepEqual(figure.library.files.map(({ file }) => file), ['assets/index.js', 'assets/lit.js', 'assets/de.js']);
    assert.equal(figure.reader.gzipBytes, 80_000);
    assert.equal(figure.article.gzipBytes, 124_000);
    assert.deepEqual(figure.lazy, [
      { src: 'src/ui/schemes/scheme-editor-view.ts', files: [{ file: 'assets/prosemirror.js', gzipBytes: 30_000 }, { file: 'assets/scheme-editor-view.js', gzipBytes: 8_000 }], gzipBytes: 38_000 },
    ]);
    // JavaScript only: the article body is a JSON asset.
    assert.equal(figure.totalGzipBytes, 132_000);
    assert.equal(figure.totalFiles, 6);
  });

  it('holds each figure to its target of issue 14', () => {
    const rows = bundleRows(bundleFigure(manifest, sizeOf));
    assert.deepEqual(rows.map((row) => [row.target, row.met]), [
      ['≤ 45.0 KB gzipped', true],
      ['≤ 110.0 KB gzipped', false],
      ['≤ 40.0 KB gzipped', true],
    ]);
    assert.match(rows[0]?.ours ?? '', /^44\.0 KB \(44,000 bytes; English 35\.0 KB; index\.js 20\.0 KB, lit\.js 15\.0 KB, de\.js 9\.0 KB\)$/);
  });
});
