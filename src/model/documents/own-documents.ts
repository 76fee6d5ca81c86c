/**
 * A reader's own document: a text they pasted or opened, turned into the reader's blocks and kept
 * in the browser, beside the shipped articles, with its own stable IRI.
 */
import type { ArticleBlock } from './article.js';

/** The namespace of own documents' IRIs; each gets a UUID, so two readers' documents never clash. */
export const OWN_DOCUMENT_IRI_PREFIX = 'urn:uuid:';

/** An own document as stored. */
export interface OwnDocument {
  /** A slug made from the title plus a short unique suffix: stable, used in URLs. */
  readonly id: string;
  /** `urn:uuid:…`: the W3C target source of its annotations, the same wherever the file travels. */
  readonly iri: string;
  readonly title: string;
  readonly lang: string;
  readonly blocks: readonly ArticleBlock[];
  /** `sha256:` and the hex SHA-256 of its canonical text. */
  readonly digest: string;
  readonly wordCount: number;
  readonly created: string;
  /** Where it came from: pasted, or the name of the file. */
  readonly origin: { readonly kind: 'pasted' } | { readonly kind: 'file'; readonly fileName: string };
}
