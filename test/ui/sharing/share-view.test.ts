/**
 * "Share this reading" (<cr-share-view>, issue 18) over real IndexedDB stores and the shipped
 * articles, with a Solid session of the test's own whose server is a closed port: not shared yet,
 * the folder is filled in from the account and what would be sent is shown exactly before anything
 * is sent (the only request until Publish is a GET of the reader's own folder); Publish while the
 * server cannot be reached says so and links nothing. Shared: the address, when it last synced,
 * how many changes are not sent yet (counted anew after a change, which sends nothing by itself),
 * "Sync now" offline worded as the reader needs it with nothing changed here, and "Stop sharing"
 * behind its question. German, and axe clean in German and English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { SharedProjects } from '../../../src/app/sync/shared-project-sync.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { mineSetId } from '../../../src/model/sets/annotation-set.js';
import { fingerprint } from '../../../src/model/sync/annotation-fingerprint.js';
import type { SharedProjectLink } from '../../../src/model/sync/shared-project-link.js';
import { formatBytes } from '../../../src/ui/shared/format-bytes.js';
import { formatDateTime } from '../../../src/ui/shared/format-date-time.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/sharing/share-view.js';
import type { CrShareView } from '../../../src/ui/sharing/share-view.js';
import { ANNOTATION_TIME, annotationOn, quotedRange } from '../../support/annotations.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { TestDatabases } from '../../support/test-database.js';
import { solidTestServer } from '../../support/solid-test-server.js';
import type { FetchLike } from '../../../src/app/sync/ldp-client.js';
import { LdpClient } from '../../../src/app/sync/ldp-client.js';
import type { SolidAccount } from '../../../src/app/sync/solid-session.js';
import { ALICE, CLOSED, type SharingHost, type SharingStores, TestSession, sharingStores } from './sharing-stores.js';
import './sharing-stores.js';

const DOC = 'kelly-keine-massenabschiebungen';
const TITLE = 'US-Heimatschutzminister Kelly: keine Massenabschiebungen';
const SET = mineSetId(DOC);
const RESOURCE = `${CLOSED}alice/close-reader/shared/close-reader-${DOC}`;
const SYNCED_AT = '2026-11-30T10:00:00.000Z';
const HOW_EN = 'Sync now sends your changes and fetches the others’; when your connection comes back after being offline, Close Reader syncs once by itself.';
const THREW_SYNC_EN = 'Not synced. Something went wrong in this browser; reload the page and try again.';
const OFFLINE_EN = 'You are offline or the server cannot be reached; your work is kept here and will be sent when you sync again.';

/** A signed-in session on the run's real Solid server, its fetch the account's own (a Bearer token). */
class ServerSession extends TestSession {
  constructor(account: SolidAccount, private readonly base: FetchLike) {
    super(account);
  }
  override readonly fetch = (input: string, init?: RequestInit): Promise<Response> => {
    this.requests.push(`${init?.method ?? 'GET'} ${input}`);
    return this.base(input, init);
  };
}

function words(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the page shows an element matching `selector` (a boolean: a failing assertion never prints the page's elements). */
function shows(view: Element, selector: string): boolean {
  return view.querySelector(selector) !== null;
}

describe('sharing the reader’s own reading of an article', () => {
  const databases = new TestDatabases();
  let stores: SharingStores;
  /** The stores' database: closed by a test to make every later read or write throw (a store that failed). */
  let db: CloseReaderDatabase;
  let text: string;
  let kelly: Annotation;
  let trump: Annotation;

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    stores = await sharingStores(db);
    text = canonicalText((await stores.articles.loadBody(DOC)).blocks);
    kelly = annotationOn(text, 'John Kelly', { id: '00000000-0000-4000-8000-000000000001', documentId: DOC, categoryIds: ['actor'] });
    trump = annotationOn(text, 'eine Militäroperation', { id: '00000000-0000-4000-8000-000000000002', documentId: DOC, categoryIds: ['quote'], note: 'Trump’s word' });
    const link: Relation = {
      id: '00000000-0000-4000-9000-000000000001',
      setId: SET,
      documentId: DOC,
      typeId: 'said-by',
      sourceId: trump.id,
      targetId: kelly.id,
      created: ANNOTATION_TIME,
      modified: ANNOTATION_TIME,
    };
    await stores.annotations.importAll({ categories: [], annotations: [kelly, trump], relations: [link] });
  });

  afterEach(async () => {
    await applyLocale('en');
    await databases.cleanUp();
  });

  async function shown(session: TestSession): Promise<CrShareView> {
    const host = await fixture<SharingHost>(
      html`<test-sharing-host .stores=${stores} .content=${html`<cr-share-view document-id=${DOC} .session=${session}></cr-share-view>`}></test-sharing-host>`,
    );
    const view = host.querySelector('cr-share-view')!;
    await waitUntil(() => view.loaded, 'the link was read', { timeout: 5000 });
    await view.updateComplete;
    return view;
  }

  /** Stores a link as a publish would have, the base holding Kelly and the relation (so Trump is not sent yet). */
  async function linked(): Promise<SharedProjectLink> {
    const link: SharedProjectLink = {
      setId: SET,
      documentId: DOC,
      resourceUrl: RESOURCE,
      etag: '"1"',
      syncedAt: SYNCED_AT,
      base: { annotations: { [kelly.id]: fingerprint(kelly) }, relationIds: ['00000000-0000-4000-9000-000000000001'] },
    };
    await stores.links.putLink(link);
    return link;
  }

  const button = (view: CrShareView, name: string): HTMLButtonElement => {
    const found = [...view.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => words(candidate) === name);
    if (!found) throw new Error(`no button "${name}" in ${[...view.querySelectorAll('button')].map(words).join(' | ')}`);
    return found;
  };
  const outcome = (view: CrShareView) => words(view.querySelector('.cr-sharing-outcome'));

  async function filledIn(view: CrShareView): Promise<void> {
    await waitUntil(() => view.querySelector<HTMLInputElement>('#cr-share-folder')?.value === `${CLOSED}alice/`, 'the folder was filled in', { timeout: 5000 });
  }

  async function type(view: CrShareView, selector: string, value: string): Promise<void> {
    const field = view.querySelector<HTMLInputElement>(selector)!;
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await view.updateComplete;
  }

  it('fills in the folder, shows exactly what would be sent where, and sends nothing before Publish', async () => {
    const session = new TestSession(ALICE);
    const view = await shown(session);
    const folder = () => view.querySelector<HTMLInputElement>('#cr-share-folder')!;
    await waitUntil(() => folder()?.value === `${CLOSED}alice/`, 'the folder was filled in', { timeout: 5000 });
    // The folder offered first is close-reader/shared/; it could not be read, so the storage's root.
    expect(session.requests).to.deep.equal([`GET ${CLOSED}alice/close-reader/shared/`]);
    expect(words(view.querySelector('label[for=cr-share-folder]'))).to.equal('Folder on the server');

    button(view, 'Show what will be sent').click();
    await waitUntil(() => view.querySelector('#cr-share-consent-text'), 'the consent was shown', { timeout: 5000 });
    const preview = await new SharedProjects({ ...stores }).preview(SET, `${CLOSED}alice/`);
    expect(preview.bytes).to.be.above(1000);
    expect(words(view.querySelector('#cr-share-consent-text'))).to.equal(
      `Will send to ${CLOSED}alice/: 2 annotations, 1 link of “${TITLE}” (${formatBytes(preview.bytes)}). Nothing is sent before you choose Publish. ${HOW_EN}`,
    );
    expect(session.requests, 'nothing sent for the preview').to.have.length(1);

    // Another folder: the consent named the old one and goes.
    await type(view, '#cr-share-folder', `${CLOSED}alice/elsewhere`);
    expect(shows(view, '#cr-share-consent-text')).to.equal(false);
    button(view, 'Show what will be sent').click();
    await waitUntil(() => view.querySelector('#cr-share-consent-text'), 'the consent was shown again', { timeout: 5000 });
    expect(words(view.querySelector('#cr-share-consent-text'))).to.contain(`Will send to ${CLOSED}alice/elsewhere/: 2 annotations`);
    expect(session.requests).to.have.length(1);

    button(view, 'Publish').click();
    await waitUntil(() => outcome(view) !== '', 'the publish ended', { timeout: 5000 });
    expect(outcome(view)).to.equal('Not published. You are offline or the server cannot be reached. Try again once you are online.');
    expect(session.requests).to.deep.equal([`GET ${CLOSED}alice/close-reader/shared/`, `POST ${CLOSED}alice/elsewhere/`]);
    expect(await stores.links.getLink(SET), 'nothing linked').to.equal(undefined);
    expect(shows(view, '#cr-share-address')).to.equal(false);
  });

  it('names a folder that is no address, and shows nothing to send', async () => {
    const view = await shown(new TestSession(ALICE));
    await filledIn(view);
    await type(view, '#cr-share-folder', 'alice/shared');
    button(view, 'Show what will be sent').click();
    await view.updateComplete;
    expect(words(view.querySelector('#cr-share-folder-problem'))).to.equal(
      'Enter the address of a folder on your Solid server, such as https://solid.example/alice/close-reader/shared/.',
    );
    expect(view.querySelector('#cr-share-folder')!.getAttribute('aria-invalid')).to.equal('true');
    expect(shows(view, '#cr-share-consent-text')).to.equal(false);
  });

  it('asks to sign in before a folder can be chosen', async () => {
    const view = await shown(new TestSession(undefined));
    expect(view.querySelector('cr-solid-sign-in')!.getAttribute('return-to')).to.equal(`#/doc/${DOC}/share`);
    expect(shows(view, '#cr-share-folder')).to.equal(false);
    expect(words(view.querySelector('.cr-sharing-muted'))).to.equal('Sign in to choose a folder on your server.');
  });

  it('when shared: the address, the last sync, what is not sent yet; Sync now offline changes nothing here', async () => {
    await linked();
    const session = new TestSession(ALICE);
    const view = await shown(session);
    await waitUntil(() => words(view.querySelector('.cr-share-pending')) !== '', 'pending counted', { timeout: 5000 });
    expect(view.querySelector<HTMLInputElement>('#cr-share-address')!.value).to.equal(RESOURCE);
    expect(view.querySelector<HTMLInputElement>('#cr-share-address')!.readOnly).to.equal(true);
    expect(words(view.querySelector('.cr-share-synced'))).to.equal(`Last synced ${formatDateTime(SYNCED_AT)}.`);
    expect(words(view.querySelector('.cr-share-pending'))).to.equal('1 change not sent yet.');
    expect(words(view.querySelector('.cr-share-how')), 'the sync when the connection comes back is said').to.equal(HOW_EN);
    expect(session.requests, 'nothing is asked of the server on opening the page').to.deep.equal([]);

    // A change here is counted and sent by nobody.
    await stores.annotations.tag(DOC, quotedRange(text, 'Donald Trump'), 'actor', undefined, SET);
    await waitUntil(() => words(view.querySelector('.cr-share-pending')) === '2 changes not sent yet.', 'counted anew', { timeout: 5000 });
    expect(session.requests, 'a change sends nothing by itself').to.deep.equal([]);

    const before = (await stores.annotations.load(DOC, SET)).map((annotation) => annotation.id).sort();
    button(view, 'Sync now').click();
    await waitUntil(() => outcome(view) !== '', 'the sync ended', { timeout: 5000 });
    expect(outcome(view)).to.equal(`Not synced. ${OFFLINE_EN}`);
    expect(session.requests).to.deep.equal([`GET ${RESOURCE}`]);
    expect((await stores.annotations.load(DOC, SET)).map((annotation) => annotation.id).sort()).to.deep.equal(before);
    expect((await stores.links.getLink(SET))!.syncedAt).to.equal(SYNCED_AT);
    expect(words(view.querySelector('.cr-share-synced'))).to.equal(`Last synced ${formatDateTime(SYNCED_AT)}.`);
    expect(words(view.querySelector('.cr-share-pending'))).to.equal('2 changes not sent yet.');
  });

  it('says so when Publish throws (the store fails after the server took the file), ends its busy state and keeps the focus', async function () {
    this.timeout(60000);
    const server = await solidTestServer();
    const folder = await new LdpClient({ fetch: server.teacherFetch }).createContainer(server.podUrl, `share-view-${crypto.randomUUID()}`);
    if (!folder.ok) throw new Error(folder.problems[0]?.message);
    const teacher = new ServerSession({ webId: server.webId, issuer: server.baseUrl, storage: server.podUrl }, server.teacherFetch);
    const view = await shown(teacher);
    await waitUntil(() => view.querySelector('#cr-share-folder'), 'the folder field', { timeout: 5000 });
    await type(view, '#cr-share-folder', folder.value.url);
    button(view, 'Show what will be sent').click();
    await waitUntil(() => view.querySelector('#cr-share-consent-text'), 'the consent was shown', { timeout: 5000 });
    db.close();
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const publish = button(view, 'Publish');
      publish.focus();
      publish.click();
      await waitUntil(() => outcome(view) !== '', 'the publish ended', { timeout: 10000 });
    } finally {
      console.error = consoleError;
    }
    expect(outcome(view)).to.equal('Not published. Something went wrong in this browser; reload the page and try again.');
    expect(errors.map((args) => args[0])).to.deep.equal(['could not publish the reading']);
    expect((errors[0]![1] as DOMException).name, 'the error itself is logged').to.equal('InvalidStateError');
    await view.updateComplete;
    const publish = button(view, 'Publish');
    expect(publish.getAttribute('aria-disabled'), 'the busy state ended').to.equal('false');
    expect(document.activeElement, 'the focus stays on Publish').to.equal(publish);
    expect(shows(view, '#cr-share-address'), 'nothing shown as shared').to.equal(false);
  });

  it('says so when Sync now throws (a store that failed), ends its busy state and keeps the focus on Sync now', async () => {
    await linked();
    const session = new TestSession(ALICE);
    const view = await shown(session);
    await waitUntil(() => words(view.querySelector('.cr-share-pending')) !== '', 'pending counted', { timeout: 5000 });
    db.close();
    const errors: unknown[][] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const sync = button(view, 'Sync now');
      sync.focus();
      sync.click();
      await waitUntil(() => outcome(view) !== '', 'the sync ended', { timeout: 5000 });
    } finally {
      console.error = consoleError;
    }
    expect(outcome(view)).to.equal(THREW_SYNC_EN);
    expect(errors.map((args) => args[0])).to.deep.equal(['could not sync the shared project']);
    expect((errors[0]![1] as DOMException).name, 'the error itself is logged').to.equal('InvalidStateError');
    await view.updateComplete;
    const sync = view.querySelector('.cr-share-sync')!;
    expect(words(sync), 'no longer "Syncing…"').to.equal('Sync now');
    expect(sync.getAttribute('aria-disabled')).to.equal('false');
    expect(document.activeElement).to.equal(sync);
    expect(session.requests, 'nothing asked of the server').to.deep.equal([]);
  });

  it('stops sharing only after its question: the link goes, the annotations stay', async () => {
    await linked();
    const view = await shown(new TestSession(ALICE));
    button(view, 'Stop sharing').click();
    await view.updateComplete;
    expect(words(document.activeElement), 'the focus on the safe answer').to.equal('Keep sharing');
    expect(words(view.querySelector('#cr-share-stop-question'))).to.equal(
      'Stop sharing this reading? This browser forgets the project’s address and syncs no more. Your annotations stay here, and the copy on the server stays where it is.',
    );
    button(view, 'Keep sharing').click();
    await view.updateComplete;
    expect(words(document.activeElement), 'the focus back where it was').to.equal('Stop sharing');
    expect(shows(view, '#cr-share-stop-question')).to.equal(false);
    expect((await stores.links.getLink(SET))?.resourceUrl).to.equal(RESOURCE);

    button(view, 'Stop sharing').click();
    await view.updateComplete;
    const buttons = [...view.querySelectorAll('#cr-share-stop-question ~ .cr-sharing-actions button')];
    (buttons[0] as HTMLButtonElement).click();
    await waitUntil(() => view.querySelector('#cr-share-address') === null, 'the link went', { timeout: 5000 });
    expect(await stores.links.getLink(SET)).to.equal(undefined);
    expect((await stores.annotations.load(DOC, SET)).length).to.equal(2);
    expect(outcome(view)).to.equal('You stopped sharing this reading. Your annotations stay here, and the copy on the server stays where it is.');
    expect(shows(view, '#cr-share-folder'), 'it can be published again').to.equal(true);
  });

  it('speaks German', async () => {
    await applyLocale('de');
    await linked();
    const view = await shown(new TestSession(ALICE));
    await waitUntil(() => words(view.querySelector('.cr-share-pending')) !== '', 'pending counted', { timeout: 5000 });
    expect(words(view.querySelector('h1'))).to.equal('Diese Lesart teilen');
    expect(words(view.querySelector('.cr-share-pending'))).to.equal('1 Änderung noch nicht gesendet.');
    expect(words(view.querySelector('.cr-share-how'))).to.equal(
      '„Jetzt synchronisieren“ sendet Ihre Änderungen und holt die der anderen; wenn Ihre Verbindung nach einer Zeit offline zurückkommt, synchronisiert Close Reader einmal von selbst.',
    );
    button(view, 'Jetzt synchronisieren').click();
    await waitUntil(() => outcome(view) !== '', 'the sync ended', { timeout: 5000 });
    expect(outcome(view)).to.equal(
      'Nicht synchronisiert. Sie sind offline oder der Server ist nicht erreichbar; Ihre Arbeit bleibt hier erhalten und wird gesendet, wenn Sie wieder synchronisieren.',
    );
  });

  for (const locale of ['en', 'de'] as const) {
    it(`is axe clean, not shared with the consent shown and shared (${locale})`, async () => {
      await applyLocale(locale);
      const view = await shown(new TestSession(ALICE));
      await filledIn(view);
      button(view, locale === 'de' ? 'Zeigen, was gesendet wird' : 'Show what will be sent').click();
      await waitUntil(() => view.querySelector('#cr-share-consent-text'), 'the consent was shown', { timeout: 5000 });
      await expect(view).to.be.accessible();
      await linked();
      const shared = await shown(new TestSession(ALICE));
      await waitUntil(() => words(shared.querySelector('.cr-share-pending')) !== '', 'pending counted', { timeout: 5000 });
      await expect(shared).to.be.accessible();
    });
  }
});
