/**
 * The digest of a canonical text, as the manifest gives it for shipped articles: `sha256:` and the
 * hex SHA-256 of its UTF-8. Own documents store it; an import compares carried documents by it,
 * computed here from their text rather than taken from the file (carried-document-match.ts).
 */

/** `sha256:` and the hex SHA-256 of `text`'s UTF-8. */
export async function textDigest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `sha256:${[...new Uint8Array(hash)].map((byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}
