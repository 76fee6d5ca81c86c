/**
 * Makes an own document from what the reader chose: a slug id that reads well in the URL and
 * cannot clash (title plus a short random suffix), a `urn:uuid:` IRI, and the digest and word
 * count of its canonical text, as the manifest has them for shipped articles.
 */
import { canonicalText, type ArticleBlock } from '../../model/documents/article.js';
import { countWords } from '../../model/documents/library.js';
import type { OwnDocument } from '../../model/documents/own-documents.js';
import { slug } from '../../model/text/slug.js';
import { textDigest } from './text-digest.js';

/** What the reader chose for a new document. */
export interface NewDocument {
  readonly title: string;
  readonly lang: string;
  readonly blocks: readonly ArticleBlock[];
  readonly fileName?: string;
}

/** The stored form of a new own document. */
export async function createOwnDocument(input: NewDocument, now = new Date()): Promise<OwnDocument> {
  const uuid = crypto.randomUUID();
  const text = canonicalText(input.blocks);
  const digest = await textDigest(text);
  return {
    id: `${slug(input.title, 48) || 'dokument'}-${uuid.slice(0, 8)}`,
    iri: `urn:uuid:${uuid}`,
    title: input.title.trim(),
    lang: input.lang,
    blocks: input.blocks,
    digest,
    wordCount: countWords(text),
    created: now.toISOString(),
    origin: input.fileName ? { kind: 'file', fileName: input.fileName } : { kind: 'pasted' },
  };
}
