/**
 * An IRI for each kind of block, so that a W3C export can say that a passage sits in a caption or
 * an embedded tweet (w3c-export.ts writes it as the target's `scope`) and an import can read that
 * back. Like category and document IRIs, they are `tag:` IRIs (RFC 4151) of our own: the same on
 * every machine, never fetched.
 */
import { type BlockType, isBlockType } from './article.js';

/** What every block kind's IRI starts with; the kind follows (`…:blocks/caption`). */
export const BLOCK_KIND_IRI_PREFIX = 'tag:close-reader.app,2026:blocks/';

/** The IRI of a block kind. */
export function blockKindIri(type: BlockType): string {
  return `${BLOCK_KIND_IRI_PREFIX}${type}`;
}

/** The block kind an IRI names, or undefined for any other IRI (another tool's scope, a web page). */
export function blockKindOfIri(iri: string): BlockType | undefined {
  if (!iri.startsWith(BLOCK_KIND_IRI_PREFIX)) return undefined;
  const kind = iri.slice(BLOCK_KIND_IRI_PREFIX.length);
  return isBlockType(kind) ? kind : undefined;
}
