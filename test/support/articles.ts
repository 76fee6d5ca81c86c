/**
 * The shipped articles for browser tests, fetched from the test server (whose root is the repo) and
 * checked with the same parsers the app uses.
 */
import type { ArticleBody } from '../../src/model/documents/article.js';
import { createArticleSource, parseManifest, type ArticleSource } from '../../src/model/documents/library.js';

/** An ArticleSource over documents/, as the app has it. */
export async function loadShippedArticles(): Promise<ArticleSource> {
  const manifest = parseManifest(await (await fetch('/documents/manifest.json')).json());
  if (!manifest.ok) throw new Error(manifest.problems.map((p) => p.message).join('\n'));
  return createArticleSource(manifest.value, async (file) => (await fetch(`/documents/${file}`)).json());
}

/** Every shipped article's body, in manifest order. */
export async function loadShippedBodies(): Promise<ArticleBody[]> {
  const source = await loadShippedArticles();
  return Promise.all(source.entries.map((entry) => source.loadBody(entry.id)));
}
