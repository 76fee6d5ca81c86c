/**
 * Which of the documents a file carries (carried-documents.ts) the library already has, and under
 * which id and IRI the others are added, so that a file can add documents but never replace one
 * (issue 12). A carried document is matched by its IRI and the digest of its text, never by its id:
 *
 * - same IRI, same text: it is already here; the file's annotations on it go to the one here;
 * - same IRI, another text: what is here stays as it is (a shipped article is never replaced); the
 *   carried text is added as a new document under an IRI made from the old IRI and its digest (so
 *   the same file imported again finds that copy and adds nothing), and the file's annotations on
 *   the old IRI go to the copy, whose text they were made on. The summary says so;
 * - an IRI the library does not have: it is added; when its id is taken (by a shipped article, an
 *   own document or a document earlier in the file) it gets a new one, made from its title and
 *   IRI, and its annotations follow it (they name the IRI, not the id). The summary says so.
 */
import type { OwnDocument } from '../documents/own-documents.js';
import { type Problem, problem } from '../result.js';
import { slug } from '../text/slug.js';
import { CARRIED_DOCUMENTS_KEY } from './carried-documents.js';
import { stableUuid } from './stable-uuid.js';

/** A document the library has, as carried documents are matched against it. */
export interface KnownDocument {
  readonly id: string;
  readonly iri: string;
  readonly title: string;
  /** `sha256:` and the hex SHA-256 of its canonical text. */
  readonly digest: string;
}

/** What the import summary says about a carried document it did not take as the file has it. */
export type CarriedMatchCode = 'carried-id-taken' | 'carried-text-differs';

/** How the carried documents of one file join the library. */
export interface CarriedMatch {
  /** The carried documents to add, each under the id and IRI it will have here. */
  readonly added: readonly OwnDocument[];
  /**
   * Where the file's annotations go instead of the IRI they name: from a carried document's IRI
   * to its copy's, for each carried document whose IRI the library has with another text.
   */
  readonly redirects: ReadonlyMap<string, string>;
  /** One notice per document added under another id or as a copy; params name the titles and ids. */
  readonly notices: readonly Problem<CarriedMatchCode>[];
}

/**
 * Matches the documents a file carries against the library's (see the module comment).
 * `carried` must hold the digest of each document's text as computed here, never the one the file
 * claims. Pure: the caller writes `added` and plans the annotations with `redirects`.
 */
export function matchCarriedDocuments(carried: readonly OwnDocument[], known: readonly KnownDocument[], fileName: string): CarriedMatch {
  const byIri = new Map(known.map((entry) => [entry.iri, entry]));
  const byId = new Map(known.map((entry) => [entry.id, entry]));
  const added: OwnDocument[] = [];
  const redirects = new Map<string, string>();
  const notices: Problem<CarriedMatchCode>[] = [];
  carried.forEach((doc, index) => {
    const where = `${fileName}, ${CARRIED_DOCUMENTS_KEY}[${index}]`;
    const here = byIri.get(doc.iri);
    if (here && here.digest === doc.digest) return;
    let iri = doc.iri;
    if (here) {
      iri = copyIri(doc.iri, doc.digest, byIri);
      redirects.set(doc.iri, iri);
      // The copy is here already: the same file (or one with the same text) was imported before.
      if (byIri.has(iri)) return;
      const message = `${where}: the library has “${here.title}” at ${doc.iri} with another text; it stays, and “${doc.title}” is added as a new document`;
      notices.push(problem('carried-text-differs', { where, title: doc.title, iri: doc.iri, existing: here.title }, message));
    }
    let id = doc.id;
    const holder = byId.get(id);
    if (holder) {
      id = documentIdFor(doc.title, iri, (candidate) => byId.has(candidate));
      const message = `${where}: the id "${doc.id}" belongs to “${holder.title}” here; “${doc.title}” is added as "${id}"`;
      notices.push(problem('carried-id-taken', { where, title: doc.title, id: doc.id, taken: holder.title, newId: id }, message));
    }
    const stored: OwnDocument = { ...doc, id, iri };
    added.push(stored);
    byIri.set(iri, stored);
    byId.set(id, stored);
  });
  return { added, redirects, notices };
}

/**
 * The IRI of the copy of a document whose IRI the library has with another text: a `urn:uuid:`
 * made from that IRI and the copy's digest, the same on every import of the same text. Should a
 * document with another text hold even that IRI, the next one derived from it is taken.
 */
function copyIri(iri: string, digest: string, byIri: ReadonlyMap<string, KnownDocument>): string {
  let copy = iri;
  do {
    copy = `urn:uuid:${stableUuid('close-reader:carried-copy', `${copy}\u0000${digest}`)}`;
  } while (byIri.has(copy) && byIri.get(copy)!.digest !== digest);
  return copy;
}

/**
 * A new id for a document whose id is taken: its title's slug and 8 hex digits made from its IRI,
 * as own documents' ids are made (app/library/own-document-factory.ts), the same for the same
 * document every time; the next derived digits while that is taken too. Used for carried documents
 * and for repairing an own document stored under a shipped article's id (app/library/library-store.ts).
 */
export function documentIdFor(title: string, iri: string, isTaken: (id: string) => boolean): string {
  const base = slug(title, 48) || 'dokument';
  for (let attempt = 0; ; attempt += 1) {
    const id = `${base}-${stableUuid('close-reader:document-id', attempt === 0 ? iri : `${iri}\u0000${attempt}`).slice(0, 8)}`;
    if (!isTaken(id)) return id;
  }
}
