/**
 * Sync when back (issue 18): the browser's `online` event syncs every shared project of this
 * browser once, when the reader is signed in, and says how each went; not signed in, or nothing
 * shared, it asks nothing of any server; a change made here sends nothing by itself; a controller
 * whose page is gone no longer listens. Real IndexedDB stores; the server is a closed port, so the
 * syncs fail as unreachable and change nothing (the lead's e2e syncs with a real server).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { canonicalText } from '../../../src/model/documents/article.js';
import { mineSetId } from '../../../src/model/sets/annotation-set.js';
import { EMPTY_BASE } from '../../../src/model/sync/shared-project-link.js';
import { type BackgroundSyncOutcome, type BackgroundSyncs, SyncWhenOnline, onBackgroundSync } from '../../../src/ui/sharing/sync-when-online.js';
import { annotationOn, quotedRange } from '../../support/annotations.js';
import { TestDatabases } from '../../support/test-database.js';
import { ALICE, CLOSED, type SharingStores, TestSession, sharingStores } from './sharing-stores.js';

const KELLY = 'kelly-keine-massenabschiebungen';
const ZWEI = 'zweierlei-solidaritaet';

/** <test-online-host>: holds a SyncWhenOnline over the stores and session it is given, as <cr-app> does. */
class OnlineHost extends LitElement {
  static override properties = { stores: { attribute: false }, session: { attribute: false } };
  declare stores: SharingStores;
  declare session: TestSession;
  readonly syncs = new SyncWhenOnline(this, () => ({ ...this.stores }), async () => this.session);
}
customElements.define('test-online-host', OnlineHost);

describe('syncing the shared projects when the connection comes back', () => {
  const databases = new TestDatabases();
  let stores: SharingStores;
  let heard: BackgroundSyncs[];
  let stopListening: () => void;

  beforeEach(async () => {
    stores = await sharingStores(await databases.open());
    const text = canonicalText((await stores.articles.loadBody(KELLY)).blocks);
    await stores.annotations.importAll({ categories: [], annotations: [annotationOn(text, 'John Kelly', { id: '00000000-0000-4000-8000-000000000001', documentId: KELLY })] });
    heard = [];
    stopListening = onBackgroundSync((syncs) => heard.push(syncs));
  });

  afterEach(async () => {
    stopListening();
    await databases.cleanUp();
  });

  async function share(documentId: string): Promise<string> {
    const resourceUrl = `${CLOSED}alice/shared/${documentId}`;
    await stores.links.putLink({ setId: mineSetId(documentId), documentId, resourceUrl, etag: '"1"', syncedAt: '2026-11-30T10:00:00.000Z', base: EMPTY_BASE });
    return resourceUrl;
  }

  async function host(session: TestSession): Promise<OnlineHost> {
    return fixture<OnlineHost>(html`<test-online-host .stores=${stores} .session=${session}></test-online-host>`);
  }

  it('syncs every shared project once when the browser is online again, and says how each went', async () => {
    const kelly = await share(KELLY);
    const zwei = await share(ZWEI);
    const session = new TestSession(ALICE);
    await host(session);
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => heard.length === 1, 'the round was heard of', { timeout: 5000 });
    expect([...session.requests].sort()).to.deep.equal([`GET ${kelly}`, `GET ${zwei}`]);
    const outcomes = [...heard[0]!].map(([setId, outcome]): [string, BackgroundSyncOutcome['kind'], string | undefined] => [
      setId,
      outcome.kind,
      outcome.kind === 'failed' ? outcome.code : undefined,
    ]);
    expect(outcomes.sort()).to.deep.equal([
      [mineSetId(KELLY), 'failed', 'ldp-unreachable'],
      [mineSetId(ZWEI), 'failed', 'ldp-unreachable'],
    ]);
    expect((await stores.links.getLink(mineSetId(KELLY)))!.syncedAt, 'a failed sync changes no link').to.equal('2026-11-30T10:00:00.000Z');
  });

  it('goes on with the other projects when one project’s sync throws, and logs it', async () => {
    const kelly = await share(KELLY);
    const zwei = await share(ZWEI);
    // Kelly's link cannot be read (a store that failed for that record); the rest of the store works.
    const failure = new DOMException('the record could not be read', 'UnknownError');
    const real = stores.links;
    stores = { ...stores, links: { listLinks: () => real.listLinks(), putLink: (link) => real.putLink(link), deleteLink: (id) => real.deleteLink(id), getLink: (id) => (id === mineSetId(KELLY) ? Promise.reject(failure) : real.getLink(id)) } };
    const session = new TestSession(ALICE);
    const element = await host(session);
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    let syncs: BackgroundSyncs;
    try {
      syncs = await element.syncs.syncAll();
    } finally {
      console.error = consoleError;
    }
    expect(syncs.get(mineSetId(KELLY))).to.deep.equal({ kind: 'threw', error: failure });
    expect(syncs.get(mineSetId(ZWEI))).to.deep.include({ kind: 'failed', code: 'ldp-unreachable' });
    expect(session.requests, 'the other project was still synced').to.deep.equal([`GET ${zwei}`]);
    expect(session.requests).not.to.include(`GET ${kelly}`);
    expect(errors).to.deep.equal([[`could not sync the shared project ${mineSetId(KELLY)}`, failure]]);
    expect(heard, 'the round was heard of').to.have.length(1);
  });

  it('asks nothing of any server when the reader is not signed in, or nothing is shared', async () => {
    const signedOut = new TestSession(undefined);
    const element = await host(signedOut);
    await share(KELLY);
    expect(await element.syncs.syncAll()).to.deep.equal(new Map());
    expect(signedOut.requests).to.deep.equal([]);

    await stores.links.deleteLink(mineSetId(KELLY));
    const signedIn = new TestSession(ALICE);
    element.session = signedIn;
    expect(await element.syncs.syncAll()).to.deep.equal(new Map());
    expect(signedIn.requests).to.deep.equal([]);
    expect(heard).to.deep.equal([]);
  });

  it('sends nothing after a change by itself, and no longer listens once its page is gone', async () => {
    await share(KELLY);
    const session = new TestSession(ALICE);
    const element = await host(session);
    const text = canonicalText((await stores.articles.loadBody(KELLY)).blocks);
    await stores.annotations.tag(KELLY, quotedRange(text, 'Donald Trump'), 'actor', undefined, mineSetId(KELLY));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.requests).to.deep.equal([]);

    element.remove();
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(session.requests).to.deep.equal([]);
    expect(heard).to.deep.equal([]);
  });
});
