/**
 * The names every W3C export writes, annotations and relations alike: the IRI an annotation id
 * goes out as, and the `generator`. Apart from w3c-export.ts so that relation-export.ts, which
 * w3c-export.ts uses, needs nothing back from it.
 */
import type { W3CAgent } from './w3c-types.js';

/** The `generator` of everything we export (3.3.1: the agent that made the serialisation). */
export const CLOSE_READER_AGENT: W3CAgent = { type: 'Software', name: 'Close Reader' };

/** The IRI of an annotation id: a UUID is not an IRI, `urn:uuid:` (RFC 4122, section 3) makes it one. */
export function annotationIri(id: string): string {
  return `urn:uuid:${id}`;
}
