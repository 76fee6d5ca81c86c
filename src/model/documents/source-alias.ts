/**
 * A source alias: a page or IRI that other tools name as the target of their annotations (a
 * newspaper's URL in a Hypothesis export, a `urn:` of another library) which the reader said is an
 * article of this library. An import maps annotations on that source to the article, and the next
 * file from the same page maps itself. Exported as the target's `via` (w3c-export.ts).
 */

/** One alias: annotations on `source` belong to the article `documentId`. */
export interface SourceAlias {
  /** The IRI or URL as the files name it, compared exactly (see {@link aliasKey}). */
  readonly source: string;
  readonly documentId: string;
}

/** What an import and an export need of stored aliases; src/storage implements it over IndexedDB. */
export interface SourceAliasPersistence {
  /** Every stored alias. */
  listAliases(): Promise<SourceAlias[]>;
}

/**
 * The key an alias is stored and looked up under: the source without its fragment, so
 * `https://zeitung.example/artikel#kommentare` maps like `https://zeitung.example/artikel`.
 * The empty string stands for annotations that name no source at all (RecogitoJS writes none).
 */
export function aliasKey(source: string | undefined): string {
  if (!source) return '';
  const hash = source.indexOf('#');
  return hash > 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(source) ? source.slice(0, hash) : source;
}
