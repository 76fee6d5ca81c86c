/**
 * A small client of the Linked Data Platform, the protocol the W3C Web Annotation Protocol is
 * defined on and a Solid server speaks (issue 18): POST to a container with a `Slug`, list a
 * container's members (`ldp:contains`), GET a resource with its ETag, PUT with `If-Match`,
 * DELETE, and find a resource's ACL document. `fetch` only, no library: the Solid sign-in library
 * hands in its authenticated `fetch` later (`LdpClientOptions.fetch`); without it the requests
 * are anonymous, as a student's hand-in is. Every request asks for `application/ld+json`.
 *
 * Nothing throws at the caller: each call gives a Result (model/result.ts) whose one problem names
 * why, in a code the UI can word: the server could not be reached (or did not answer in time),
 * refused the request (401/403), has no such resource (404/410), the resource changed since it was
 * read (412: "changed meanwhile", the sync merges and retries), or answered with another status.
 */
import { type Failure, type Result, fail, ok } from '../../model/result.js';

/** The media type every request asks for and every annotation file is sent as (JSON-LD). */
export const JSON_LD = 'application/ld+json';

/** The LDP vocabulary (https://www.w3.org/TR/ldp/). */
const LDP = 'http://www.w3.org/ns/ldp#';

/**
 * The `Prefer` header of a container listing: the LDP containment triples
 * (https://www.w3.org/TR/ldp/#prefer-parameters), and the W3C Annotation Protocol's "contained
 * IRIs" representation (https://www.w3.org/TR/annotation-protocol/#container-representations), so
 * an annotation server lists its annotations by IRI instead of embedding them. A server that does
 * not know a preference ignores it (the Community Solid Server 7 ignores both and sends the
 * containment triples anyway).
 */
export const PREFER_CONTAINED_IRIS =
  `return=representation; include="${LDP}PreferContainment http://www.w3.org/ns/oa#PreferContainedIRIs"`;

/** How long a request may take before the server counts as unreachable: 30 s. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The largest body {@link LdpClient.get} reads: 50 MB (a bigger one is refused, never held in memory). */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Why a request gave no value: `ldp-unreachable` (no answer: offline, wrong address, server down,
 * timed out), `ldp-refused` (401 or 403: not signed in, or not allowed), `ldp-not-found` (404 or
 * 410), `ldp-changed-meanwhile` (412: the ETag sent with `If-Match` is no longer the resource's),
 * `ldp-status` (any other status that is not a success), `ldp-bad-response` (a success the client
 * cannot use: a POST without `Location`, a listing that is not JSON-LD, a body over the size cap).
 */
export type LdpCode =
  | 'ldp-unreachable' | 'ldp-refused' | 'ldp-not-found' | 'ldp-changed-meanwhile' | 'ldp-status' | 'ldp-bad-response';

/** What an LDP call gives: a value, or the one problem with its {@link LdpCode}. */
export type LdpResult<T> = Result<T, LdpCode>;

/** The `fetch` the client uses: the browser's, or an authenticated one from a Solid sign-in library. */
export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** How the client talks: whose `fetch` (default the global one, anonymous) and how long to wait. */
export interface LdpClientOptions {
  readonly fetch?: FetchLike;
  /** Milliseconds before a request counts as unreachable ({@link DEFAULT_TIMEOUT_MS}). */
  readonly timeoutMs?: number;
  /** The largest body a GET reads, in bytes ({@link DEFAULT_MAX_BYTES}); a bigger one is `ldp-bad-response`. */
  readonly maxBytes?: number;
}

/** A resource as read: its text exactly as the server sent it, its ETag (for `If-Match`) and media type. */
export interface LdpResource {
  readonly url: string;
  readonly body: string;
  readonly etag: string | undefined;
  readonly contentType: string | undefined;
}

/** The code of a failed LDP result (or of a use case built on it), or undefined for a success: what a caller branches on. */
export function ldpCode<C extends string>(result: Result<unknown, C>): C | undefined {
  return result.ok ? undefined : result.problems[0]?.code;
}

/** LDP requests to one server (or several) through one `fetch`. */
export class LdpClient {
  private readonly fetchImpl: FetchLike;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;

  constructor(options: LdpClientOptions = {}) {
    // Bound so that a global fetch is not called with this client as its `this` (browsers refuse that).
    this.fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /**
   * Creates a resource in `container` (POST): `body` sent as `contentType` (JSON-LD unless said),
   * `slug` the name it asks for (the server may choose another). Gives the new resource's URL
   * (the `Location` header, made absolute).
   */
  async post(container: string, body: string, options: { slug?: string; contentType?: string } = {}): Promise<LdpResult<{ url: string }>> {
    const headers: Record<string, string> = { 'content-type': options.contentType ?? JSON_LD };
    if (options.slug !== undefined) headers.slug = options.slug;
    return this.created(container, await this.send('POST', container, { headers, body }));
  }

  /**
   * Creates an empty basic container in `parent` (POST with the LDP type link), named `slug` if the
   * server agrees. Gives its URL, which ends with a slash.
   */
  async createContainer(parent: string, slug: string): Promise<LdpResult<{ url: string }>> {
    const headers = { 'content-type': 'text/turtle', slug, link: `<${LDP}BasicContainer>; rel="type"` };
    return this.created(parent, await this.send('POST', parent, { headers, body: '' }));
  }

  /**
   * The URLs of the resources in `container` (its `ldp:contains`, or the IRIs of an annotation
   * container's embedded first page), in the order the server lists them. Pages beyond the first
   * are not followed.
   */
  async members(container: string): Promise<LdpResult<string[]>> {
    const answer = await this.send('GET', container, { headers: { prefer: PREFER_CONTAINED_IRIS } });
    if (!answer.ok) return answer;
    let json: unknown;
    try {
      json = JSON.parse(await answer.value.text());
    } catch {
      return fail('ldp-bad-response', { url: container }, `${container}: the container listing is not JSON-LD`);
    }
    return ok(containerMembers(json, container));
  }

  /**
   * Reads the resource at `url`: its text, ETag and media type. A body over the size cap
   * (`maxBytes`, by its `content-length` when the server names one, and while reading) is
   * `ldp-bad-response` and is never held whole; a body that breaks off or times out while being read
   * is `ldp-unreachable`, as a request that got no answer.
   */
  async get(url: string): Promise<LdpResult<LdpResource>> {
    const answer = await this.send('GET', url, {});
    if (!answer.ok) return answer;
    const response = answer.value;
    const declared = Number(header(response, 'content-length') ?? Number.NaN);
    if (declared > this.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge(url, this.maxBytes);
    }
    let body: string | undefined;
    try {
      body = await readCapped(response, this.maxBytes);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail('ldp-unreachable', { url, method: 'GET', reason }, `GET ${url}: the answer broke off (${reason})`);
    }
    if (body === undefined) return tooLarge(url, this.maxBytes);
    return ok({ url, body, etag: header(response, 'etag'), contentType: header(response, 'content-type') });
  }

  /**
   * Writes `body` to `url` (PUT), as `contentType` (JSON-LD unless said). With `ifMatch` (an ETag
   * from {@link get}) the server writes only if the resource is still that version; otherwise the
   * result is `ldp-changed-meanwhile`. Gives the new ETag when the server sends one.
   */
  async put(url: string, body: string, options: { ifMatch?: string; contentType?: string } = {}): Promise<LdpResult<{ etag: string | undefined }>> {
    const headers: Record<string, string> = { 'content-type': options.contentType ?? JSON_LD };
    if (options.ifMatch !== undefined) headers['if-match'] = options.ifMatch;
    const answer = await this.send('PUT', url, { headers, body });
    if (!answer.ok) return answer;
    await answer.value.body?.cancel();
    return ok({ etag: header(answer.value, 'etag') });
  }

  /** Deletes the resource at `url`; with `ifMatch`, only if it is still that version. */
  async delete(url: string, options: { ifMatch?: string } = {}): Promise<LdpResult<void>> {
    const headers: Record<string, string> = options.ifMatch !== undefined ? { 'if-match': options.ifMatch } : {};
    const answer = await this.send('DELETE', url, { headers });
    if (!answer.ok) return answer;
    await answer.value.body?.cancel();
    return ok(undefined);
  }

  /**
   * The URL of the ACL document of `url` (WAC: https://solidproject.org/TR/wac#acl-resource-discovery),
   * read from the `Link: <…>; rel="acl"` header of a HEAD request. `ldp-bad-response` when the
   * server names none (it does not use WAC).
   */
  async aclUrl(url: string): Promise<LdpResult<string>> {
    const answer = await this.send('HEAD', url, {});
    if (!answer.ok) return answer;
    const acl = linkTargets(answer.value.headers.get('link') ?? '', url, 'acl')[0];
    return acl === undefined
      ? fail('ldp-bad-response', { url }, `${url}: the server names no ACL document (it does not use Web Access Control)`)
      : ok(acl);
  }

  /** One request, every failure turned into a problem; the response only when its status is a success. */
  private async send(method: string, url: string, init: { headers?: Record<string, string>; body?: string }): Promise<LdpResult<Response>> {
    let response: Response;
    try {
      response = await this.fetchImpl(url, {
        method,
        headers: { accept: JSON_LD, ...init.headers },
        // Never the browser's HTTP cache: a stale copy of a shared project would read as the other
        // side's deletions (the server sends no Cache-Control, so browsers may reuse a GET heuristically).
        cache: 'no-store',
        ...(init.body !== undefined ? { body: init.body } : {}),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail('ldp-unreachable', { url, method, reason }, `${method} ${url}: the server could not be reached (${reason})`);
    }
    if (response.ok) return ok(response);
    await response.body?.cancel();
    return statusFailure(method, url, response.status);
  }

  /** The URL a POST created, from its `Location`, resolved against the container. */
  private async created(container: string, answer: LdpResult<Response>): Promise<LdpResult<{ url: string }>> {
    if (!answer.ok) return answer;
    await answer.value.body?.cancel();
    const location = header(answer.value, 'location');
    if (location === undefined) {
      return fail('ldp-bad-response', { url: container }, `POST ${container}: the server created something but did not say where (no Location)`);
    }
    return ok({ url: new URL(location, container).href });
  }
}

/** The problem of a status that is no success. */
function statusFailure(method: string, url: string, status: number): Failure<LdpCode> {
  const params = { url, method, status };
  if (status === 401 || status === 403) {
    return fail('ldp-refused', params, `${method} ${url}: refused (${status}); sign in, or ask the owner for access`);
  }
  if (status === 404 || status === 410) return fail('ldp-not-found', params, `${method} ${url}: no such resource (${status})`);
  if (status === 412) {
    return fail('ldp-changed-meanwhile', params, `${method} ${url}: the resource changed on the server since it was read (412)`);
  }
  return fail('ldp-status', params, `${method} ${url}: the server answered ${status}`);
}

/** The problem of a body over the size cap. */
function tooLarge(url: string, maxBytes: number): Failure<LdpCode> {
  return fail('ldp-bad-response', { url, maxBytes }, `GET ${url}: the resource is larger than ${maxBytes} bytes`);
}

/**
 * The response's body as text, read chunk by chunk; undefined (and the rest cancelled) as soon as it
 * passes `maxBytes`. Throws what reading throws (a timeout, a connection that broke off).
 */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (response.body === null) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** A header's value, or undefined when the response has none. */
function header(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

/**
 * The targets of the links in a `Link` header (RFC 8288) whose `rel` holds `rel`, made absolute
 * against `base`. Several Link headers arrive joined by commas; a target never holds `<` or `>`.
 */
export function linkTargets(linkHeader: string, base: string, rel: string): string[] {
  const targets: string[] = [];
  for (const match of linkHeader.matchAll(/<([^>]*)>([^<]*)/g)) {
    const rels = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(match[2] ?? '');
    const names = (rels?.[1] ?? rels?.[2] ?? '').split(/\s+/);
    if (names.includes(rel)) targets.push(new URL(match[1] ?? '', base).href);
  }
  return targets;
}

const CONTAINS_KEYS = [`${LDP}contains`, 'ldp:contains', 'contains'];

/**
 * The member IRIs in a container's JSON-LD: `ldp:contains` of the container's node (expanded, as
 * the Community Solid Server sends it, or compacted), or the string items of an annotation
 * container's embedded first page (`first.items`, W3C Annotation Protocol, whose container may name
 * itself with a query such as `?iris=1`: a single top-level node counts as the container). Without
 * duplicates, in the order listed; IRIs made absolute against `container`.
 */
export function containerMembers(json: unknown, container: string): string[] {
  const nodes: unknown[] = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json['@graph']) ? json['@graph'] : [json];
  const same = (id: unknown) => typeof id === 'string' && new URL(id, container).href === new URL(container).href;
  const named = nodes.filter(isRecord).filter((node) => same(node['@id'] ?? node.id));
  const own = named.length > 0 ? named : nodes.length === 1 ? nodes.filter(isRecord) : [];
  const iris: string[] = [];
  for (const node of own) {
    for (const key of CONTAINS_KEYS) iris.push(...idsOf(node[key], container));
    const first = node.first;
    if (isRecord(first)) iris.push(...idsOf(first.items, container));
  }
  return [...new Set(iris)];
}

/** The IRIs of a JSON-LD value: a string, `{ "@id" }`, `{ "id" }`, or a list of them. */
function idsOf(value: unknown, base: string): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item) => {
    const id = typeof item === 'string' ? item : isRecord(item) ? (item['@id'] ?? item.id) : undefined;
    return typeof id === 'string' ? [new URL(id, base).href] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
