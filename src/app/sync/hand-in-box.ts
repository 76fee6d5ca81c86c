/**
 * The hand-in box (issue 18): a container on the teacher's Solid server that students post their
 * hand-in files to without an account, and that only the teacher can read. Its access is set with
 * Web Access Control (https://solidproject.org/TR/wac): the public may append to the container
 * (POST a new resource) and nothing else, neither read the box nor overwrite a hand-in; the owner
 * may read, write and control the box and, by `acl:default`, every hand-in in it.
 */
import { type Result, fail, ok } from '../../model/result.js';
import { type LdpClient, type LdpCode, type LdpResult } from './ldp-client.js';

/** Why a box's access could not be written: a WebID or URL that is no absolute IRI, or any LDP problem. */
export type HandInBoxCode = LdpCode | 'box-bad-iri';

/** Characters a Turtle IRI may not hold (https://www.w3.org/TR/turtle/#grammar-production-IRIREF), and any whitespace. */
const NOT_IN_IRI = /[\s<>"{}|^`\\]/;

/** Whether `iri` is absolute and can be written between `<` and `>` in Turtle unchanged. */
function isNameableIri(iri: string): boolean {
  return !NOT_IN_IRI.test(iri) && URL.canParse(iri);
}

/**
 * The ACL document (Turtle) of the box at `container` (its URL, ending with a slash) owned by
 * `ownerWebId`: the owner reads, writes and controls the box and everything in it; the public
 * (`foaf:Agent`, anyone, signed in or not) may only append to the box itself. Both IRIs absolute,
 * so the document means the same wherever the server keeps it.
 */
export function handInBoxAcl(container: string, ownerWebId: string): Result<string, HandInBoxCode> {
  const bad = [container, ownerWebId].find((iri) => !isNameableIri(iri));
  if (bad !== undefined) return fail('box-bad-iri', { iri: bad }, `${bad} is not an absolute IRI that an access control document can name`);
  return ok(
    [
      '@prefix acl: <http://www.w3.org/ns/auth/acl#>.',
      '@prefix foaf: <http://xmlns.com/foaf/0.1/>.',
      '',
      '# The teacher: reads, writes and controls the box and, by default, every hand-in in it.',
      '<#owner>',
      '    a acl:Authorization;',
      `    acl:agent <${ownerWebId}>;`,
      `    acl:accessTo <${container}>;`,
      `    acl:default <${container}>;`,
      '    acl:mode acl:Read, acl:Write, acl:Control.',
      '',
      '# Anyone: may add a hand-in to the box, and nothing else (no reading, no overwriting).',
      '<#public>',
      '    a acl:Authorization;',
      '    acl:agentClass foaf:Agent;',
      `    acl:accessTo <${container}>;`,
      '    acl:mode acl:Append.',
      '',
    ].join('\n'),
  );
}

/**
 * Gives the container at `container` the hand-in box's access ({@link handInBoxAcl}), through
 * `client`, which must act as the owner (an authenticated fetch): finds the ACL document the
 * server names for the container and writes it. Gives the ACL document's URL.
 */
export async function setHandInBoxAcl(client: LdpClient, container: string, ownerWebId: string): Promise<Result<{ aclUrl: string }, HandInBoxCode>> {
  const document = handInBoxAcl(container, ownerWebId);
  if (!document.ok) return document;
  const aclUrl = await client.aclUrl(container);
  if (!aclUrl.ok) return aclUrl;
  const written = await client.put(aclUrl.value, document.value, { contentType: 'text/turtle' });
  return written.ok ? ok({ aclUrl: aclUrl.value }) : written;
}

/**
 * Creates a hand-in box in `parent` (a container of the teacher's, such as their pod), named
 * `slug` if the server agrees, and sets its access. Gives the box's URL, the one the hand-out
 * carries. When the access cannot be set, the new container is deleted again, so that no box is
 * left with the access it inherited from `parent`.
 */
export async function createHandInBox(
  client: LdpClient,
  parent: string,
  slug: string,
  ownerWebId: string,
): Promise<Result<{ url: string; aclUrl: string }, HandInBoxCode>> {
  if (!isNameableIri(ownerWebId)) {
    return fail('box-bad-iri', { iri: ownerWebId }, `${ownerWebId} is not an absolute IRI that an access control document can name`);
  }
  const created: LdpResult<{ url: string }> = await client.createContainer(parent, slug);
  if (!created.ok) return created;
  const acl = await setHandInBoxAcl(client, created.value.url, ownerWebId);
  if (!acl.ok) {
    await client.delete(created.value.url);
    return acl;
  }
  return ok({ url: created.value.url, aclUrl: acl.value.aclUrl });
}
