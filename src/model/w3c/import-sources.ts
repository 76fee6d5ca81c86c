/**
 * Which article of the library each source of an import is: by the article's IRI, by a source
 * alias the reader made before (source-alias.ts), by the target's own `via`/`canonical`, or by the
 * reader's choice in the import dialog. A source none of these name is unknown: the dialog offers
 * every article for it, those whose text holds the most of that source's quotes first, with the
 * share found, so that "the online version of this article" is one click.
 */
import { aliasKey } from '../documents/source-alias.js';
import { foldCharacter } from '../text/text-search.js';
import type { IncomingAnnotation } from './w3c-parse.js';

/** An article an import can place annotations in. */
export interface ImportableDocument {
  readonly id: string;
  readonly iri: string;
  readonly title: string;
  readonly text: string;
}

/** An article offered for an unknown source, with how many of the source's quotes its text holds. */
export interface SourceCandidate {
  readonly documentId: string;
  /** Distinct quotes of the source found in the article's text (ignoring case, accents, quote marks, spacing). */
  readonly found: number;
  /** `found` over the source's distinct quotes, 0…1 (0 when the source has no quotes). */
  readonly share: number;
}

/** A source of the file that is not an article of the library by its IRI or a remembered alias. */
export interface UnknownSource {
  /** The source as aliases key it (aliasKey: without its fragment); '' for annotations that name none. */
  readonly key: string;
  /** How many annotations of the file are on it. */
  readonly annotations: number;
  /** How many distinct quotes they have. */
  readonly quotes: number;
  /** Every article of the library, the most likely first (share, then library order). */
  readonly candidates: readonly SourceCandidate[];
  /** The reader's choice: an article id, `null` to skip the source, absent while not chosen. */
  readonly assigned?: string | null;
}

/** A source mapped by an alias the reader made in an earlier import. */
export interface RememberedSource {
  readonly key: string;
  readonly documentId: string;
  readonly annotations: number;
}

/** Where each incoming annotation goes, by source. */
export interface SourceResolution {
  /** The article of an annotation, or the key of its unknown source. */
  readonly articleOf: (incoming: IncomingAnnotation) => ImportableDocument | { readonly unknown: string; readonly skipped: boolean };
  readonly unknownSources: readonly UnknownSource[];
  readonly rememberedSources: readonly RememberedSource[];
}

/** What sources are resolved with. */
export interface SourceContext {
  readonly documents: readonly ImportableDocument[];
  /** IRIs of carried documents that stand for another document here (carried-document-match.ts). */
  readonly redirects?: ReadonlyMap<string, string> | undefined;
  /** Stored aliases: aliasKey(source) → article id. */
  readonly aliases?: ReadonlyMap<string, string> | undefined;
  /** The reader's choices in the dialog: aliasKey(source) → article id, or null to skip. */
  readonly assignments?: ReadonlyMap<string, string | null> | undefined;
}

/** Resolves the sources of `annotations` against the library (see the module comment). */
export function resolveSources(annotations: readonly IncomingAnnotation[], context: SourceContext): SourceResolution {
  const byIri = new Map(context.documents.map((article) => [article.iri, article]));
  const byId = new Map(context.documents.map((article) => [article.id, article]));
  const viaAlias = (source: string | undefined) => {
    const id = context.aliases?.get(aliasKey(source));
    return id === undefined || source === undefined ? undefined : byId.get(id);
  };
  const known = (source: string | undefined): ImportableDocument | undefined =>
    source === undefined ? undefined : byIri.get(context.redirects?.get(source) ?? source);
  const remembered = new Map<string, RememberedSource>();
  const unknown = new Map<string, IncomingAnnotation[]>();
  const resolved = new Map<IncomingAnnotation, ImportableDocument | { unknown: string; skipped: boolean }>();
  for (const incoming of annotations) {
    const names = [incoming.source, ...(incoming.sourceAliases ?? [])];
    const direct = names.map(known).find(Boolean);
    if (direct) {
      resolved.set(incoming, direct);
      continue;
    }
    const aliased = names.map(viaAlias).find(Boolean);
    if (aliased) {
      const key = aliasKey(incoming.source);
      const entry = remembered.get(key);
      remembered.set(key, { key, documentId: aliased.id, annotations: (entry?.annotations ?? 0) + 1 });
      resolved.set(incoming, aliased);
      continue;
    }
    const key = aliasKey(incoming.source);
    const group = unknown.get(key);
    if (group) group.push(incoming);
    else unknown.set(key, [incoming]);
    const choice = context.assignments?.get(key);
    const chosen = choice ? byId.get(choice) : undefined;
    resolved.set(incoming, chosen ?? { unknown: key, skipped: choice === null });
  }
  const unknownSources = [...unknown].map(([key, group]): UnknownSource => {
    const choice = context.assignments?.get(key);
    const assigned = choice === null ? null : choice !== undefined && byId.has(choice) ? choice : undefined;
    const quotes = [...new Set(group.flatMap((incoming) => (incoming.quote?.exact.trim() ? [incoming.quote.exact] : [])))];
    return { key, annotations: group.length, quotes: quotes.length, candidates: rankCandidates(quotes, context.documents), ...(assigned !== undefined ? { assigned } : {}) };
  });
  return {
    articleOf: (incoming) => resolved.get(incoming)!,
    unknownSources,
    rememberedSources: [...remembered.values()],
  };
}

/** Every article with the share of `quotes` its text holds, the highest share first, then in library order. */
export function rankCandidates(quotes: readonly string[], documents: readonly ImportableDocument[]): SourceCandidate[] {
  const needles = quotes.map(comparable).filter((needle) => needle !== '');
  const ranked = documents.map((article, order) => {
    const haystack = comparable(article.text);
    const found = needles.filter((needle) => haystack.includes(needle)).length;
    return { documentId: article.id, found, share: needles.length === 0 ? 0 : found / needles.length, order };
  });
  ranked.sort((a, b) => b.found - a.found || a.order - b.order);
  return ranked.map(({ documentId, found, share }) => ({ documentId, found, share }));
}

/**
 * A text as quotes are compared with it: case and accents folded, typographic quotation marks and
 * dashes as plain ones, every run of white space as one space. A web page and our text of the same
 * article differ in exactly these.
 */
function comparable(text: string): string {
  let out = '';
  let space = false;
  for (const character of text) {
    if (/\s/u.test(character)) {
      space = out !== '';
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += TYPOGRAPHIC[character] ?? foldCharacter(character);
  }
  return out;
}

const TYPOGRAPHIC: Readonly<Record<string, string>> = {
  '„': '"', '“': '"', '”': '"', '«': '"', '»': '"', '‚': "'", '‘': "'", '’': "'", '‹': "'", '›': "'", '–': '-', '—': '-', '\u00ad': '',
};
