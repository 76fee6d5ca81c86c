/**
 * Shared projects (issue 18) against a real Community Solid Server, started once for this file:
 * two "browsers" (each its own stores over the in-memory persistences the app uses when nothing
 * can be stored, both acting as the researcher through the account's Bearer token) share the
 * reader's own reading of one article. One publishes, the other opens it (the ids stay the same);
 * both add and end with the union; both edit one note differently and the second sync asks
 * (nothing written, here or there) until the reader chose; unreachable, a sync fails and changes
 * nothing, and once back it sends what was made meanwhile; a write that lands between another
 * sync's GET and PUT makes that PUT fail with 412, and the sync reads, merges and writes again.
 *   node --import tsx --test test/app/sync/shared-project.node.test.ts
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { LibraryStore } from '../../../src/app/library/library-store.js';
import { createOwnDocument } from '../../../src/app/library/own-document-factory.js';
import { confirmImport, planAnnotationImport } from '../../../src/app/import/annotation-import.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { type FetchLike, LdpClient } from '../../../src/app/sync/ldp-client.js';
import { MemorySharedProjectPersistence } from '../../../src/app/sync/shared-project-memory.js';
import { choiceFor, SharedProjects, type SyncOutcome } from '../../../src/app/sync/shared-project-sync.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { createArticleSource, parseManifest, type ArticleSource } from '../../../src/model/documents/library.js';
import type { Result } from '../../../src/model/result.js';
import { mineSetId } from '../../../src/model/sets/annotation-set.js';
import { fingerprint } from '../../../src/model/sync/annotation-fingerprint.js';
import { type SolidAccount, type SolidServer, accessToken, bearerFetch, createSolidAccount, freePort, isRunning, startSolidServer } from '../../support/solid-server.js';

const DOC = 'kelly-keine-massenabschiebungen';
const SET = mineSetId(DOC);

function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(result.problems.map((entry) => entry.message).join('\n'));
  return result.value;
}

function synced(outcome: SyncOutcome): { received: number; sent: number } {
  if (outcome.kind !== 'synced') assert.fail(`expected synced, got ${JSON.stringify(outcome)}`);
  return { received: outcome.received, sent: outcome.sent };
}

/** The shipped articles, read from documents/ with the app's own parsers. */
async function shippedArticles(): Promise<ArticleSource> {
  const root = new URL('../../../documents/', import.meta.url);
  const manifest = parseManifest(JSON.parse(await readFile(new URL('manifest.json', root), 'utf8')));
  if (!manifest.ok) throw new Error(manifest.problems.map((p) => p.message).join('\n'));
  return createArticleSource(manifest.value, async (file) => JSON.parse(await readFile(new URL(file, root), 'utf8')));
}

/**
 * The network of one browser: the account's Bearer fetch, or, while `offline`, a real fetch to a
 * loopback port nobody listens on (the connection is refused, as a server that is down refuses
 * it). `beforePut` runs once before the next PUT is sent (another client writing meanwhile).
 */
class Network {
  offline = false;
  beforePut: (() => Promise<void>) | undefined;
  puts = 0;
  constructor(
    private readonly online: FetchLike,
    private readonly deadOrigin: string,
  ) {}
  readonly fetch: FetchLike = async (input, init) => {
    if (this.offline) return fetch(input.replace(new URL(input).origin, this.deadOrigin), init);
    if (init?.method === 'PUT') {
      this.puts += 1;
      const racing = this.beforePut;
      this.beforePut = undefined;
      await racing?.();
    }
    return this.online(input, init);
  };
}

/** One browser: its stores, its shared projects, its network. */
interface Browser {
  readonly annotations: AnnotationStore;
  readonly library: LibraryStore;
  readonly categories: CategoryStore;
  readonly projects: SharedProjects;
  readonly network: Network;
  readonly client: LdpClient;
}

async function browser(articles: ArticleSource, online: FetchLike, deadOrigin: string, clock: () => Date): Promise<Browser> {
  const persistence = new MemoryAnnotationPersistence();
  const annotations = new AnnotationStore(persistence, { now: () => clock().toISOString(), newId: () => crypto.randomUUID() }, undefined, undefined, persistence);
  const library = await LibraryStore.load(articles, undefined);
  const categories = CategoryStore.defaults();
  const projects = new SharedProjects({ annotations, links: new MemorySharedProjectPersistence(), articles: library, library, categories, aliases: persistence, now: clock });
  const network = new Network(online, deadOrigin);
  return { annotations, library, categories, projects, network, client: new LdpClient({ fetch: network.fetch, timeoutMs: 5_000 }) };
}

/** A browser's reading of the article, by id: categories, span, note, creator (what both must agree on). */
async function reading(b: Browser, documentId = DOC): Promise<Record<string, unknown>> {
  const list = await b.annotations.load(documentId, mineSetId(documentId));
  return Object.fromEntries([...list].sort((x, y) => (x.id < y.id ? -1 : 1)).map((a) => [a.id, fingerprint(a)]));
}

function relationIds(b: Browser): string[] {
  return b.annotations.relations(DOC, SET).map((r) => r.id).sort();
}

describe('a shared project on a real Community Solid Server', () => {
  let server: SolidServer;
  let account: SolidAccount;
  let text: string;
  let ada: Browser;
  let ben: Browser;
  let container: string;
  let resourceUrl: string;
  let quote: Annotation;
  let actor: Annotation;
  let articles: ArticleSource;
  let online: FetchLike;
  let dead: string;
  let time = Date.parse('2026-12-01T09:00:00.000Z');
  const clock = () => new Date((time += 1000));
  const range = (words: string) => describeRange(text, text.indexOf(words), text.indexOf(words) + words.length);

  before(async () => {
    server = await startSolidServer();
    account = await createSolidAccount(server, 'researcher');
    online = bearerFetch(await accessToken(server, account));
    articles = await shippedArticles();
    text = canonicalText((await articles.loadBody(DOC)).blocks);
    dead = `http://127.0.0.1:${await freePort()}`;
    ada = await browser(articles, online, dead, clock);
    ben = await browser(articles, online, dead, clock);
    container = value(await new LdpClient({ fetch: online }).createContainer(account.podUrl, 'projekte')).url;
  });

  after(async () => {
    ada?.annotations.close();
    ben?.annotations.close();
    await server?.stop();
    assert.equal(isRunning(server.pid), false, `the Solid server (pid ${server.pid}) is still running`);
  });

  it('Ada publishes her reading (two annotations, a note, a relation): one resource in the container she chose, what she sent previewed before', async () => {
    quote = (await ada.annotations.tag(DOC, range('weder Massenabschiebungen noch'), 'quote', 'Ada')).annotation;
    actor = (await ada.annotations.tag(DOC, range('John Kelly'), 'actor', 'Ada')).annotation;
    await ada.annotations.edit(DOC, quote.id, { note: 'Dementi' });
    const related = await ada.annotations.relate(DOC, { typeId: 'said-by', sourceId: quote.id, targetId: actor.id });
    assert.equal(related.outcome, 'created');

    const preview = await ada.projects.preview(SET, container);
    assert.deepEqual({ ...preview, bytes: preview.bytes > 1000 }, { url: container, annotations: 2, relations: 1, bytes: true, title: 'US-Heimatschutzminister Kelly: keine Massenabschiebungen' });
    assert.equal(ada.network.puts, 0);

    const link = value(await ada.projects.publish(SET, container, ada.client));
    resourceUrl = link.resourceUrl;
    assert.ok(resourceUrl.startsWith(container), resourceUrl);
    assert.deepEqual([link.setId, link.documentId, Object.keys(link.base.annotations).sort(), link.base.relationIds.length], [SET, DOC, [quote.id, actor.id].sort(), 1]);
    const stored = JSON.parse(value(await ada.client.get(resourceUrl)).body) as { type: string; first: { items: { id: string }[] } };
    assert.equal(stored.type, 'AnnotationCollection');
    assert.deepEqual(stored.first.items.map((item) => item.id).filter((id) => id !== `urn:uuid:${quote.id}` && id !== `urn:uuid:${actor.id}`).length, 1, 'the relation goes as a linking annotation');
    assert.equal(await ada.projects.pending(SET), 0);
  });

  it('Ben opens it: the same annotations under the same ids, the relation too, nothing pending on either side', async () => {
    assert.deepEqual(value(await ben.projects.open(resourceUrl, ben.client)), { documentId: DOC, setId: SET });
    assert.deepEqual(await reading(ben), await reading(ada));
    assert.deepEqual(Object.keys(await reading(ben)).sort(), [quote.id, actor.id].sort());
    assert.equal((await reading(ben))[quote.id] && ((await reading(ben))[quote.id] as { note: string }).note, 'Dementi');
    assert.deepEqual(relationIds(ben), relationIds(ada));
    assert.deepEqual([await ben.projects.pending(SET), (await ben.projects.link(SET))?.resourceUrl], [0, resourceUrl]);
  });

  it('both add an annotation: after syncing, both hold the union', async () => {
    await ada.annotations.tag(DOC, range('Einwanderungsrichtlinien'), 'policy', 'Ada');
    await ben.annotations.tag(DOC, range('US-Heimatschutzminister'), 'actor', 'Ben');
    assert.deepEqual([await ada.projects.pending(SET), await ben.projects.pending(SET)], [1, 1]);
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 0, sent: 1 });
    const benUndo = ben.annotations.history.peekUndo()?.label;
    assert.deepEqual(synced(await ben.projects.sync(SET, ben.client)), { received: 1, sent: 1 });
    assert.equal(ben.annotations.history.peekUndo()?.label, benUndo, 'what came from Ada is not in Ben\'s undo');
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 1, sent: 0 });
    assert.equal(Object.keys(await reading(ada)).length, 4);
    assert.deepEqual(await reading(ben), await reading(ada));
    assert.deepEqual([await ada.projects.pending(SET), await ben.projects.pending(SET)], [0, 0]);
  });

  it('both edit one note differently: the second sync names the conflict with both sides and writes nothing; the reader\'s choice settles it on both', async () => {
    await ada.annotations.edit(DOC, quote.id, { note: 'Adas Lesart' });
    await ben.annotations.edit(DOC, quote.id, { note: 'Bens Lesart' });
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 0, sent: 1 });
    const serverBefore = value(await ben.client.get(resourceUrl));
    const benBefore = await reading(ben);
    const puts = ben.network.puts;

    const outcome = await ben.projects.sync(SET, ben.client);
    assert.equal(outcome.kind, 'conflicts');
    const conflicts = outcome.kind === 'conflicts' ? outcome.conflicts : [];
    assert.deepEqual(
      conflicts.map((c) => [c.annotationId, c.mine.note, c.theirs.note, c.mine.categoryId, c.theirs.exact, c.mine.deleted]),
      [[quote.id, 'Bens Lesart', 'Adas Lesart', 'quote', 'weder Massenabschiebungen noch', false]],
    );
    assert.deepEqual(await reading(ben), benBefore, 'nothing written here');
    assert.equal(ben.network.puts, puts, 'nothing sent');
    assert.equal(value(await ben.client.get(resourceUrl)).etag, serverBefore.etag, 'nothing written there');

    // Ada edits it again after Ben was shown the conflict: his choice was made on a version that is
    // gone, so it is not applied; the conflict comes back with her newer note.
    await ada.annotations.edit(DOC, quote.id, { note: 'Adas neuere Lesart' });
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 0, sent: 1 });
    const stale = await ben.projects.sync(SET, ben.client, new Map([[quote.id, choiceFor(conflicts[0]!, 'mine')]]));
    const again = stale.kind === 'conflicts' ? stale.conflicts : [];
    assert.deepEqual(again.map((c) => [c.annotationId, c.mine.note, c.theirs.note]), [[quote.id, 'Bens Lesart', 'Adas neuere Lesart']]);
    assert.equal(ben.network.puts, puts, 'still nothing sent');

    assert.deepEqual(synced(await ben.projects.sync(SET, ben.client, new Map([[quote.id, choiceFor(again[0]!, 'mine')]]))), { received: 0, sent: 1 });
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 1, sent: 0 });
    assert.equal(((await reading(ada))[quote.id] as { note: string }).note, 'Bens Lesart');
    assert.deepEqual(await reading(ada), await reading(ben));
  });

  it('unreachable: the sync fails as ldp-unreachable and changes nothing; back online it sends what was made meanwhile', async () => {
    await ben.annotations.remove(DOC, actor.id);
    const before = { reading: await reading(ben), link: await ben.projects.link(SET) };
    ben.network.offline = true;
    const outcome = await ben.projects.sync(SET, ben.client);
    assert.deepEqual(outcome.kind === 'failed' ? outcome.code : outcome.kind, 'ldp-unreachable');
    assert.deepEqual({ reading: await reading(ben), link: await ben.projects.link(SET) }, before);
    assert.equal(await ben.projects.pending(SET), 2, 'the deletion and the relation it took along');

    ben.network.offline = false;
    assert.deepEqual(synced(await ben.projects.sync(SET, ben.client)), { received: 0, sent: 2 });
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 2, sent: 0 });
    assert.equal((await reading(ada))[actor.id], undefined);
    assert.deepEqual([relationIds(ada), await reading(ada)], [relationIds(ben), await reading(ben)]);
  });

  it('a write between GET and PUT: the PUT is refused (412), the sync reads, merges and writes again, and keeps both changes', async () => {
    await ada.annotations.tag(DOC, range('Umsetzung'), 'policy', 'Ada');
    await ben.annotations.edit(DOC, quote.id, { categoryIds: ['quote', 'actor'] });
    ada.network.beforePut = async () => {
      assert.deepEqual(synced(await ben.projects.sync(SET, ben.client)), { received: 0, sent: 1 });
    };
    const putsBefore = ada.network.puts;
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 1, sent: 1 });
    assert.equal(ada.network.puts - putsBefore, 2, 'one refused PUT, one that went through');
    assert.deepEqual(synced(await ben.projects.sync(SET, ben.client)), { received: 1, sent: 0 });
    assert.deepEqual(await reading(ada), await reading(ben));
    assert.deepEqual(((await reading(ada))[quote.id] as { categoryIds: string[] }).categoryIds, ['actor', 'quote']);
    assert.equal(Object.keys(await reading(ada)).length, 4);
  });

  it("a reader who kept the colleague's file apart before opens the project: nothing of that set is joined, nothing on the server taken for deleted", async () => {
    const carl = await browser(articles, online, dead, clock);
    const stores = { articles: carl.library, library: carl.library, annotations: carl.annotations, categories: carl.categories };
    const summary = value(await planAnnotationImport(value(await carl.client.get(resourceUrl)).body, 'ada.jsonld', stores));
    await confirmImport(summary.replan({ assignments: new Map(), target: { kind: 'shared', author: 'Ada' } }), stores);
    const apart = `shared:${DOC}:Ada`;
    const keptApart = async () => (await carl.annotations.load(DOC, apart)).map((a) => [a.id, fingerprint(a)]);
    const before = await keptApart();
    assert.equal(before.length, 4);

    assert.deepEqual(value(await carl.projects.open(resourceUrl, carl.client)), { documentId: DOC, setId: SET });
    assert.deepEqual([await reading(carl), await carl.projects.pending(SET)], [{}, 0]);
    await ada.annotations.edit(DOC, quote.id, { note: 'Adas dritte Lesart' });
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 0, sent: 1 });
    for (let round = 0; round < 2; round += 1) assert.deepEqual(synced(await carl.projects.sync(SET, carl.client)), { received: 0, sent: 0 });
    assert.deepEqual(await keptApart(), before);
    assert.deepEqual(synced(await ada.projects.sync(SET, ada.client)), { received: 0, sent: 0 });
    assert.equal(Object.keys(await reading(ada)).length, 4);
    carl.annotations.close();
  });

  it("a project on the reader's own text: the text travels with it, and the other browser reads and syncs it under the same ids", async () => {
    const own = await createOwnDocument({ title: 'Protokoll der Sitzung', lang: 'de', blocks: [{ type: 'paragraph', text: 'Die Ministerin sagte, man werde prüfen. 🙂 Der Rat widersprach.' }] });
    ada.library.addStored([own]);
    const ownSet = mineSetId(own.id);
    const said = (await ada.annotations.tag(own.id, describeRange(canonicalText(own.blocks), 4, 14), 'actor', 'Ada')).annotation;
    const link = value(await ada.projects.publish(ownSet, container, ada.client));
    assert.notEqual(link.resourceUrl, resourceUrl);

    const opened = value(await ben.projects.open(link.resourceUrl, ben.client));
    assert.equal(ben.library.entry(opened.documentId)?.iri, own.iri);
    assert.deepEqual(canonicalText((await ben.library.loadBody(opened.documentId)).blocks), canonicalText(own.blocks));
    assert.deepEqual(Object.keys(await reading(ben, opened.documentId)), [said.id]);
    assert.deepEqual(await reading(ben, opened.documentId), await reading(ada, own.id));

    await ben.annotations.tag(opened.documentId, describeRange(canonicalText(own.blocks), 45, 52), 'actor', 'Ben');
    assert.deepEqual(synced(await ben.projects.sync(opened.setId, ben.client)), { received: 0, sent: 1 });
    assert.deepEqual(synced(await ada.projects.sync(ownSet, ada.client)), { received: 1, sent: 0 });
    assert.deepEqual(await reading(ada, own.id), await reading(ben, opened.documentId));
    assert.equal(Object.keys(await reading(ada, own.id)).length, 2);
  });
  it("a reader whose own reading already holds annotations is told before anything is joined: refused without consent, merged with it; a reading shared as another project is refused", async () => {
    const dora = await browser(articles, online, dead, clock);
    await dora.annotations.tag(DOC, range('Umsetzung'), 'policy', 'Dora');
    await dora.annotations.tag(DOC, range('John Kelly'), 'actor', 'Dora');
    const before = await reading(dora);
    const theirs = Object.keys(await reading(ada)).length;
    assert.deepEqual(value(await dora.projects.prepareOpen(resourceUrl, dora.client)), {
      url: resourceUrl,
      documentId: DOC,
      title: 'US-Heimatschutzminister Kelly: keine Massenabschiebungen',
      theirs,
      mine: 2,
    });
    const refused = await dora.projects.open(resourceUrl, dora.client);
    assert.deepEqual(refused.ok ? 'opened' : [refused.problems[0]?.code, refused.problems[0]?.params.mine], ['shared-needs-consent', 2]);
    assert.deepEqual([await reading(dora), await dora.projects.link(SET)], [before, undefined], 'nothing joined, nothing linked');

    assert.deepEqual(value(await dora.projects.open(resourceUrl, dora.client, { merge: true })), { documentId: DOC, setId: SET });
    assert.equal(Object.keys(await reading(dora)).length, theirs + 2);
    assert.equal(await dora.projects.pending(SET), 2, 'her two go with the next sync, as she was told');

    const eve = await browser(articles, online, dead, clock);
    await eve.annotations.tag(DOC, range('Einwanderungsrichtlinien'), 'policy', 'Eve');
    const other = value(await eve.projects.publish(SET, container, eve.client)).resourceUrl;
    assert.equal(value(await dora.projects.prepareOpen(other, dora.client)).linkedTo, resourceUrl);
    const elsewhere = await dora.projects.open(other, dora.client, { merge: true });
    assert.equal(elsewhere.ok ? 'opened' : elsewhere.problems[0]?.code, 'shared-linked-elsewhere');
    assert.equal((await dora.projects.link(SET))?.resourceUrl, resourceUrl, 'still linked to the first project');
    assert.equal(Object.keys(await reading(dora)).length, theirs + 2);
    dora.annotations.close();
    eve.annotations.close();
  });

  it('two syncs of one set at once (a press while the background round runs): the second waits and finds nothing left to send', async () => {
    await ada.annotations.tag(DOC, range('Heimatschutz'), 'policy', 'Ada');
    const putsBefore = ada.network.puts;
    const outcomes = await Promise.all([ada.projects.sync(SET, ada.client), ada.projects.sync(SET, ada.client)]);
    assert.deepEqual(outcomes.map(synced), [{ received: 0, sent: 1 }, { received: 0, sent: 0 }]);
    assert.equal(ada.network.puts - putsBefore, 1, 'one PUT, no refused one');
    assert.equal(synced(await ben.projects.sync(SET, ben.client)).sent, 0);
    assert.deepEqual(await reading(ada), await reading(ben));
  });

});
