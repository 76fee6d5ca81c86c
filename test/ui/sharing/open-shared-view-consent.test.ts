/**
 * "Open a shared project" (<cr-open-shared-view>, issue 18, review #2) when the reader's own reading
 * of the project's article already holds annotations, against the run's real Solid server and real
 * IndexedDB: the page says how many are there, what opening adds, and that the next sync sends
 * the reader's to the project, BEFORE anything is written (only GETs, no link, the reading as it
 * was); Cancel leaves it so and returns to the address; "Open and merge" opens it. German, axe clean.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LdpClient } from '../../../src/app/sync/ldp-client.js';
import { SharedProjects } from '../../../src/app/sync/shared-project-sync.js';
import type { SolidAccount } from '../../../src/app/sync/solid-session.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { mineSetId } from '../../../src/model/sets/annotation-set.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/sharing/open-shared-view.js';
import type { CrOpenSharedView } from '../../../src/ui/sharing/open-shared-view.js';
import { annotationOn } from '../../support/annotations.js';
import { solidTestServer } from '../../support/solid-test-server.js';
import { TestDatabases } from '../../support/test-database.js';
import { type SharingHost, type SharingStores, TestSession, sharingStores } from './sharing-stores.js';
import './sharing-stores.js';

const DOC = 'kelly-keine-massenabschiebungen';
const SET = mineSetId(DOC);
const TITLE = 'US-Heimatschutzminister Kelly: keine Massenabschiebungen';

function words(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('opening a project into a reading that already holds annotations', () => {
  const databases = new TestDatabases();
  let stores: SharingStores;
  let session: TestSession;
  let project: string;

  before(async function () {
    this.timeout(60000);
    // A colleague publishes her reading (one annotation) to a folder on the run's Solid server.
    const server = await solidTestServer();
    const client = new LdpClient({ fetch: server.teacherFetch });
    const folder = await client.createContainer(server.podUrl, `open-consent-${crypto.randomUUID()}`);
    if (!folder.ok) throw new Error(folder.problems[0]?.message);
    const colleague = await sharingStores(await databases.open());
    const text = canonicalText((await colleague.articles.loadBody(DOC)).blocks);
    await colleague.annotations.importAll({ categories: [], annotations: [annotationOn(text, 'Massenabschiebungen', { id: '00000000-0000-4000-8000-0000000000c1', documentId: DOC, categoryIds: ['policy'] })] });
    const published = await new SharedProjects({ ...colleague }).publish(SET, folder.value.url, client);
    if (!published.ok) throw new Error(published.problems[0]?.message);
    project = published.value.resourceUrl;
    const account: SolidAccount = { webId: server.webId, issuer: server.baseUrl, storage: server.podUrl };
    session = new (class extends TestSession {
      override readonly fetch = (input: string, init?: RequestInit): Promise<Response> => {
        this.requests.push(`${init?.method ?? 'GET'} ${input}`);
        return server.teacherFetch(input, init);
      };
    })(account);
  });

  beforeEach(async () => {
    await applyLocale('en');
    stores = await sharingStores(await databases.open());
    const text = canonicalText((await stores.articles.loadBody(DOC)).blocks);
    await stores.annotations.importAll({
      categories: [],
      annotations: [
        annotationOn(text, 'John Kelly', { id: '00000000-0000-4000-8000-000000000001', documentId: DOC, categoryIds: ['actor'] }),
        annotationOn(text, 'eine Militäroperation', { id: '00000000-0000-4000-8000-000000000002', documentId: DOC, categoryIds: ['quote'] }),
      ],
    });
    session.requests.length = 0;
  });

  afterEach(async () => {
    await applyLocale('en');
  });

  after(async () => {
    await databases.cleanUp();
  });

  const button = (view: Element, name: string) => [...view.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => words(candidate) === name)!;

  async function asked(): Promise<CrOpenSharedView> {
    const host = await fixture<SharingHost>(
      html`<test-sharing-host .stores=${stores} .content=${html`<cr-open-shared-view .session=${session}></cr-open-shared-view>`}></test-sharing-host>`,
    );
    const view = host.querySelector('cr-open-shared-view')!;
    await view.updateComplete;
    const field = view.querySelector<HTMLInputElement>('#cr-open-shared-address')!;
    field.value = project;
    field.dispatchEvent(new Event('input'));
    await view.updateComplete;
    button(view, 'Open').click();
    const problem = () => words(view.querySelector('#cr-open-shared-problem'));
    await waitUntil(() => view.querySelector('#cr-open-shared-ask') || problem() !== '', 'the question was shown', { timeout: 10000 });
    expect(problem()).to.equal('');
    return view;
  }

  const held = async () => (await stores.annotations.load(DOC, SET)).length;

  it('asks before anything is written: the counts and where the reader’s go; Cancel leaves all as it was', async function () {
    this.timeout(30000);
    const before = location.hash;
    const view = await asked();
    expect(words(view.querySelector('#cr-open-shared-ask'))).to.equal(
      `Your reading of “${TITLE}” already has 2 annotations. Opening the project adds its 1, and your next sync sends your 2 to ${project}.`,
    );
    expect(document.activeElement?.id).to.equal('cr-open-shared-ask');
    expect([session.requests.every((request) => request.startsWith('GET ')), await stores.links.getLink(SET), await held(), location.hash]).to.deep.equal([true, undefined, 2, before]);

    button(view, 'Cancel').click();
    await view.updateComplete;
    expect([view.querySelector('#cr-open-shared-ask'), document.activeElement?.id]).to.deep.equal([null, 'cr-open-shared-address']);
    expect([await stores.links.getLink(SET), await held()]).to.deep.equal([undefined, 2]);
  });

  it('“Open and merge” opens it: linked, the project’s annotation joined, the article shown', async function () {
    this.timeout(30000);
    const view = await asked();
    button(view, 'Open and merge').click();
    await waitUntil(async () => (await stores.links.getLink(SET)) !== undefined, 'the project was linked', { timeout: 10000 });
    expect([(await stores.links.getLink(SET))?.resourceUrl, await held()]).to.deep.equal([project, 3]);
    await waitUntil(() => location.hash === `#/doc/${DOC}`, 'the article opened', { timeout: 5000 });
    location.hash = '';
  });

  it('speaks German, and is axe clean with the question shown (en, de)', async function () {
    this.timeout(30000);
    const view = await asked();
    await expect(view).to.be.accessible();
    await applyLocale('de');
    await view.updateComplete;
    expect(words(view.querySelector('#cr-open-shared-ask'))).to.equal(
      `Ihre Lektüre von „${TITLE}“ hat schon 2 Anmerkungen. Das Öffnen des Projekts fügt dessen 1 hinzu, und Ihre nächste Synchronisierung sendet Ihre 2 an ${project}.`,
    );
    expect(words(button(view, 'Öffnen und zusammenführen'))).to.equal('Öffnen und zusammenführen');
    await expect(view).to.be.accessible();
  });
});
