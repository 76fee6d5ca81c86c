/**
 * Recomputes the `digest` and `wordCount` of every entry in documents/manifest.json from the body
 * it names, and rewrites the manifest (2-space indent, trailing newline).
 *
 * Why: the digest is how the app notices that an article's canonical text changed (and re-anchors
 * its annotations), and the word count is shown to readers. Both must follow the body exactly, so
 * they are computed, never typed: run this after editing any documents/<id>.json,
 *
 *   npx tsx test/support/update-digests.ts      (or: npm run documents:digests)
 *
 * and test/model/documents/documents.test.ts checks in the browser that they still match.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canonicalText } from '../../src/model/documents/article.js';
import { countWords, parseArticleBody } from '../../src/model/documents/library.js';

const documentsDir = fileURLToPath(new URL('../../documents/', import.meta.url));
const manifestPath = `${documentsDir}manifest.json`;

/** `sha256:` and the hex SHA-256 of a text's UTF-8, as ArticleEntry.digest expects. */
function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/**
 * Reads the manifest and every body, and returns the manifest text with fresh digests and word
 * counts. Throws, naming the file, when the manifest or a body is malformed.
 */
function updatedManifest(manifestJson: string, readBody: (file: string) => string): string {
  const manifest = JSON.parse(manifestJson) as { documents?: unknown };
  if (!Array.isArray(manifest.documents)) throw new Error('manifest.json: expected a "documents" array');
  const documents = manifest.documents.map((entry: Record<string, unknown>, index: number) => {
    const file = entry.file;
    if (typeof file !== 'string' || file === '') throw new Error(`manifest.documents[${index}].file: expected a file name`);
    const body = parseArticleBody(JSON.parse(readBody(file)), file);
    if (!body.ok) throw new Error(body.problems.map((p) => p.message).join('\n'));
    if (body.value.id !== entry.id) throw new Error(`${file}: id "${body.value.id}" is not the manifest's "${String(entry.id)}"`);
    const text = canonicalText(body.value.blocks);
    // Spreading keeps the keys where they are, so the rewrite only touches the two values.
    return { ...entry, digest: digestOf(text), wordCount: countWords(text) };
  });
  return `${JSON.stringify({ ...manifest, documents }, null, 2)}\n`;
}

const before = readFileSync(manifestPath, 'utf8');
const after = updatedManifest(before, (file) => readFileSync(`${documentsDir}${file}`, 'utf8'));
if (after === before) {
  console.log('documents/manifest.json: digests and word counts are up to date');
} else {
  writeFileSync(manifestPath, after);
  console.log('documents/manifest.json: digests and word counts updated');
}
