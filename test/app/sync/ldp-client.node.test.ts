/**
 * The LDP client and the hand-in box (issue 18) against a real Community Solid Server, started
 * once for this file (test/support/solid-server.ts): the teacher makes a box in their pod; a
 * student, signed in nowhere, posts a hand-in file to it and gets its URL; the public can neither
 * list the box, read a hand-in, overwrite nor delete one; the teacher lists the box and reads the
 * hand-in back byte for byte; a PUT with a stale ETag is "changed meanwhile"; with the server
 * stopped every call is "unreachable", and no server process is left. Runs under node:test:
 *   node --import tsx --test test/app/sync/ldp-client.node.test.ts
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { toHandIn } from '../../../src/model/assignments/hand-in.js';
import type { Result } from '../../../src/model/result.js';
import { createHandInBox, handInBoxAcl } from '../../../src/app/sync/hand-in-box.js';
import { containerMembers, JSON_LD, LdpClient, type LdpResult, ldpCode, linkTargets } from '../../../src/app/sync/ldp-client.js';
import { makeAnnotation } from '../../support/annotations.js';
import { ARTICLE_DIGEST, ARTICLE_TEXT, handOutDocument, makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { type SolidAccount, type SolidServer, accessToken, bearerFetch, createSolidAccount, isRunning, startSolidServer } from '../../support/solid-server.js';

/** The value of `result`, or a test failure naming its problem. */
function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(result.problems.map((entry) => entry.message).join('\n'));
  return result.value;
}

/** The code and HTTP status of a failed result: what the UI will say. */
function refusal(result: LdpResult<unknown>): [string | undefined, unknown] {
  return [ldpCode(result), result.ok ? undefined : result.problems[0]?.params.status];
}

/** A real hand-in file (two annotations, one with an emoji in the note), as a student's browser writes it. */
function handInText(): string {
  const range = describeRange(ARTICLE_TEXT, 0, 8);
  const annotations = [
    makeAnnotation({ id: '00000000-0000-4000-8000-000000000001', documentId: '001', ...range, categoryIds: ['actor'] }),
    makeAnnotation({ id: '00000000-0000-4000-8000-000000000002', documentId: '001', ...describeRange(ARTICLE_TEXT, 27, 40), categoryIds: ['quote'], note: 'Wer ist „wir“? 🙂' }),
  ];
  const file = toHandIn({
    assignment: makeAssignment(),
    document: { iri: handOutDocument(true).iri, digest: ARTICLE_DIGEST, text: ARTICLE_TEXT },
    student: 'Lea M.',
    annotations,
    categories: SCHEME_CATEGORIES,
    handedIn: '2026-03-05T14:30:00.000Z',
  });
  return JSON.stringify(file, null, 2);
}

/** The authorizations of an ACL document in expanded JSON-LD, by id: whom, on what, which modes (short names, sorted). */
function authorizations(jsonLd: string): Record<string, Record<string, string[]>> {
  const ACL = 'http://www.w3.org/ns/auth/acl#';
  const ids = (node: Record<string, unknown>, key: string) =>
    ((node[ACL + key] ?? []) as { '@id': string }[]).map((entry) => entry['@id'].replace(ACL, '')).sort();
  const nodes = (JSON.parse(jsonLd) as Record<string, unknown>[]).filter((node) => (node['@type'] as string[] | undefined)?.includes(`${ACL}Authorization`));
  return Object.fromEntries(
    nodes.map((node) => [node['@id'] as string, Object.fromEntries(['agent', 'agentClass', 'accessTo', 'default', 'mode'].map((key) => [key, ids(node, key)]))]),
  );
}

describe('Link headers: the ACL document a server names', () => {
  const cases: [string, string, string[]][] = [
    ['one relative acl link', '<.acl>; rel="acl"', ['http://pod.example/box/.acl']],
    ['among other links, unquoted rel', '<http://www.w3.org/ns/ldp#Container>; rel="type", <box.acl>; rel=acl', ['http://pod.example/box/box.acl']],
    ['a rel list holding acl', '<http://other.example/a>; rel="describedby acl"', ['http://other.example/a']],
    ['no acl link', '<.meta>; rel="describedby"', []],
  ];
  for (const [name, header, expected] of cases) {
    it(name, () => assert.deepEqual(linkTargets(header, 'http://pod.example/box/', 'acl'), expected));
  }
});

describe('the members a container lists', () => {
  const box = 'http://pod.example/box/';
  it('an LDP container in expanded JSON-LD (as the Community Solid Server sends it): its ldp:contains, not its members\' own nodes', () => {
    const listing = [
      { '@id': box, '@type': ['http://www.w3.org/ns/ldp#BasicContainer'], 'http://www.w3.org/ns/ldp#contains': [{ '@id': `${box}a.jsonld` }, { '@id': `${box}b.jsonld` }] },
      { '@id': `${box}a.jsonld`, 'http://www.w3.org/ns/ldp#contains': [{ '@id': `${box}elsewhere` }] },
    ];
    assert.deepEqual(containerMembers(listing, box), [`${box}a.jsonld`, `${box}b.jsonld`]);
  });
  it('a W3C Annotation Protocol container with contained IRIs (its first page, the container named with a query)', () => {
    const listing = {
      '@context': ['http://www.w3.org/ns/anno.jsonld', 'http://www.w3.org/ns/ldp.jsonld'],
      id: `${box}?iris=1`,
      type: ['BasicContainer', 'AnnotationCollection'],
      total: 2,
      first: { id: `${box}?iris=1&page=0`, type: 'AnnotationPage', items: [`${box}anno1`, 'anno2'] },
    };
    assert.deepEqual(containerMembers(listing, box), [`${box}anno1`, `${box}anno2`]);
  });
  it('an empty container, or JSON that is no container: no members', () => {
    assert.deepEqual([containerMembers([{ '@id': box }], box), containerMembers('text', box), containerMembers(null, box)], [[], [], []]);
  });
});

describe('reading a body that is too large, or breaks off (a plain node HTTP server)', () => {
  let server: Server;
  let base: string;
  const chunk = 'x'.repeat(1000);

  before(async () => {
    server = createServer((request, response) => {
      if (request.url === '/declared') {
        // Names its size up front: refused before a byte of the body is read.
        response.writeHead(200, { 'content-type': JSON_LD, 'content-length': String(5000) });
        response.end('y'.repeat(5000));
      } else if (request.url === '/chunked') {
        // No content-length: the cap is checked while reading.
        response.writeHead(200, { 'content-type': JSON_LD });
        for (let i = 0; i < 5; i += 1) response.write(chunk);
        response.end();
      } else if (request.url === '/small') {
        response.writeHead(200, { 'content-type': JSON_LD, etag: '"v1"' });
        response.end('{"ok":"ä🙂"}');
      } else {
        // The headers come at once, the body never ends: the timeout strikes while reading it.
        response.writeHead(200, { 'content-type': JSON_LD });
        response.write(chunk);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const client = () => new LdpClient({ maxBytes: 4000, timeoutMs: 300 });

  it('a body whose content-length is over the cap is ldp-bad-response, naming the cap', async () => {
    const read = await client().get(`${base}/declared`);
    assert.deepEqual([ldpCode(read), read.ok ? undefined : read.problems[0]?.params.maxBytes], ['ldp-bad-response', 4000]);
  });

  it('a body without content-length that grows over the cap while read is ldp-bad-response', async () => {
    assert.equal(ldpCode(await client().get(`${base}/chunked`)), 'ldp-bad-response');
  });

  it('a body under the cap is read whole, UTF-8 intact, with its ETag', async () => {
    const read = value(await client().get(`${base}/small`));
    assert.deepEqual([read.body, read.etag], ['{"ok":"ä🙂"}', '"v1"']);
  });

  it('a body that times out while being read is ldp-unreachable: nothing throws', async () => {
    assert.equal(ldpCode(await client().get(`${base}/stalls`)), 'ldp-unreachable');
  });
});

describe('the hand-in box on a real Community Solid Server', () => {
  let server: SolidServer;
  let teacherAccount: SolidAccount;
  let teacher: LdpClient;
  const anonymous = new LdpClient();
  const handIn = handInText();
  let box: string;
  let handInUrl: string;

  before(async () => {
    server = await startSolidServer();
    teacherAccount = await createSolidAccount(server, 'teacher');
    teacher = new LdpClient({ fetch: bearerFetch(await accessToken(server, teacherAccount)) });
    console.log(`Community Solid Server answered ${server.startupMs} ms after it was spawned (pid ${server.pid})`);
  });

  after(async () => {
    await server?.stop();
    assert.equal(isRunning(server.pid), false, `the Solid server (pid ${server.pid}) is still running`);
  });

  it('the teacher creates a box in their pod: owner reads, writes, controls; the public may only append', async () => {
    const created = value(await createHandInBox(teacher, teacherAccount.podUrl, 'akteure-finden', teacherAccount.webId));
    box = created.url;
    assert.equal(box, `${teacherAccount.podUrl}akteure-finden/`);
    assert.equal(created.aclUrl, `${box}.acl`);
    // The server stored the Turtle as written and hands it back as JSON-LD (what the client asks for).
    assert.deepEqual(authorizations(value(await teacher.get(created.aclUrl)).body), {
      [`${box}.acl#owner`]: { agent: [teacherAccount.webId], agentClass: [], accessTo: [box], default: [box], mode: ['Control', 'Read', 'Write'] },
      [`${box}.acl#public`]: { agent: [], agentClass: ['http://xmlns.com/foaf/0.1/Agent'], accessTo: [box], default: [], mode: ['Append'] },
    });
    assert.deepEqual(value(await teacher.members(box)), []);
  });

  it('a student, signed in nowhere, posts a hand-in file and gets its URL', async () => {
    handInUrl = value(await anonymous.post(box, handIn, { slug: 'lea-m.jsonld' })).url;
    assert.equal(handInUrl, `${box}lea-m.jsonld`);
  });

  it('the public may not list the box, nor read, overwrite or delete a hand-in (401)', async () => {
    assert.deepEqual(refusal(await anonymous.members(box)), ['ldp-refused', 401]);
    assert.deepEqual(refusal(await anonymous.get(handInUrl)), ['ldp-refused', 401]);
    assert.deepEqual(refusal(await anonymous.put(handInUrl, '{"@context":"http://www.w3.org/ns/anno.jsonld"}')), ['ldp-refused', 401]);
    assert.deepEqual(refusal(await anonymous.delete(handInUrl)), ['ldp-refused', 401]);
    assert.deepEqual(refusal(await anonymous.put(`${box}.acl`, '', { contentType: 'text/turtle' })), ['ldp-refused', 401]);
  });

  it('the teacher lists the box and reads the hand-in back byte for byte', async () => {
    assert.deepEqual(value(await teacher.members(box)), [handInUrl]);
    const read = value(await teacher.get(handInUrl));
    assert.deepEqual(Buffer.from(read.body, 'utf8'), Buffer.from(handIn, 'utf8'));
    assert.equal(read.contentType, JSON_LD);
    assert.match(read.etag ?? '', /^"[^"]+"$/);
  });

  it('a PUT with an ETag the resource no longer has is "changed meanwhile" (412) and writes nothing', async () => {
    const first = value(await teacher.get(handInUrl));
    const edited = handIn.replace('Lea M.', 'Lea M. (corrected)');
    value(await teacher.put(handInUrl, edited, { ifMatch: first.etag ?? '' }));
    const stale = await teacher.put(handInUrl, handIn, { ifMatch: first.etag ?? '' });
    assert.deepEqual(refusal(stale), ['ldp-changed-meanwhile', 412]);
    assert.equal(value(await teacher.get(handInUrl)).body, edited);
  });

  it('a WebID that is no absolute IRI is never written into an ACL document, and no box is created for it', async () => {
    assert.deepEqual(
      ['https://a.example/profile#me x', 'https://a.example/>', 'profile#me'].map((webId) => ldpCode(handInBoxAcl('https://a.example/box/', webId))),
      ['box-bad-iri', 'box-bad-iri', 'box-bad-iri'],
    );
    assert.equal(ldpCode(await createHandInBox(teacher, teacherAccount.podUrl, 'bad-box', 'profile#me')), 'box-bad-iri');
    assert.equal(value(await teacher.members(teacherAccount.podUrl)).includes(`${teacherAccount.podUrl}bad-box/`), false);
  });

  it('a resource that is not there is "not found" (404)', async () => {
    assert.deepEqual(refusal(await teacher.get(`${box}nobody.jsonld`)), ['ldp-not-found', 404]);
  });

  it('the teacher deletes a hand-in; the box is empty again', async () => {
    value(await teacher.delete(handInUrl));
    assert.deepEqual(value(await teacher.members(box)), []);
  });

  it('with the server stopped, every call is "unreachable", and its process is gone', async () => {
    await server.stop();
    assert.equal(isRunning(server.pid), false);
    const results = await Promise.all([anonymous.post(box, handIn, { slug: 'late.jsonld' }), teacher.members(box), teacher.get(handInUrl)]);
    assert.deepEqual(results.map(ldpCode), ['ldp-unreachable', 'ldp-unreachable', 'ldp-unreachable']);
  });
});
