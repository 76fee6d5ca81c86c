/**
 * "Open a shared project" (<cr-open-shared-view>, issue 18) over real IndexedDB stores, with a
 * Solid session of the test's own whose server is a closed port: an address that is none is named
 * before anything is asked; a server that cannot be reached is said in words, the page stays, and
 * nothing is stored (no link, no annotation). The sign-in returns here. Opening from a real server
 * runs in the lead's end-to-end test. German, and axe clean in German and English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/sharing/open-shared-view.js';
import type { CrOpenSharedView } from '../../../src/ui/sharing/open-shared-view.js';
import { TestDatabases } from '../../support/test-database.js';
import { ALICE, CLOSED, type SharingHost, type SharingStores, TestSession, sharingStores } from './sharing-stores.js';

const PROJECT = `${CLOSED}bob/close-reader/shared/close-reader-kelly-keine-massenabschiebungen`;

function words(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('opening a project someone shared', () => {
  const databases = new TestDatabases();
  let stores: SharingStores;

  beforeEach(async () => {
    await applyLocale('en');
    stores = await sharingStores(await databases.open());
  });

  afterEach(async () => {
    await applyLocale('en');
    await databases.cleanUp();
  });

  async function shown(session: TestSession): Promise<CrOpenSharedView> {
    const host = await fixture<SharingHost>(
      html`<test-sharing-host .stores=${stores} .content=${html`<cr-open-shared-view .session=${session}></cr-open-shared-view>`}></test-sharing-host>`,
    );
    const view = host.querySelector('cr-open-shared-view')!;
    await view.updateComplete;
    return view;
  }

  /** Types the address and presses Open; gives what the page says then. */
  async function open(view: CrOpenSharedView, address: string): Promise<string> {
    const field = view.querySelector<HTMLInputElement>('#cr-open-shared-address')!;
    field.value = address;
    field.dispatchEvent(new Event('input'));
    await view.updateComplete;
    const button = [...view.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => ['Open', 'Öffnen'].includes(words(candidate)))!;
    button.click();
    await waitUntil(() => words(view.querySelector('#cr-open-shared-problem')) !== '', 'a problem was shown', { timeout: 5000 });
    return words(view.querySelector('#cr-open-shared-problem'));
  }

  it('names an address that is none, and asks nothing of any server', async () => {
    const session = new TestSession(ALICE);
    const view = await shown(session);
    expect(await open(view, 'bob/project')).to.equal('Enter the project’s address as you were given it, starting with https://.');
    expect(view.querySelector('#cr-open-shared-address')!.getAttribute('aria-invalid')).to.equal('true');
    expect(session.requests).to.deep.equal([]);
  });

  it('says when the server cannot be reached, stays, and stores nothing', async () => {
    const session = new TestSession(ALICE);
    const view = await shown(session);
    const before = location.hash;
    expect(await open(view, PROJECT)).to.equal(
      'The project could not be opened. You are offline or the server cannot be reached. Try again once you are online.',
    );
    expect(session.requests).to.deep.equal([`GET ${PROJECT}`]);
    expect(location.hash).to.equal(before);
    expect(await stores.links.listLinks()).to.deep.equal([]);
    expect(await stores.annotations.listAll()).to.deep.equal([]);
  });

  it('signs in and comes back here', async () => {
    const view = await shown(new TestSession(undefined));
    expect(view.querySelector('cr-solid-sign-in')!.getAttribute('return-to')).to.equal('#/shared');
    expect(words(view.querySelector('h1'))).to.equal('Open a shared project');
  });

  it('speaks German', async () => {
    await applyLocale('de');
    const view = await shown(new TestSession(ALICE));
    expect(words(view.querySelector('h1'))).to.equal('Ein geteiltes Projekt öffnen');
    expect(await open(view, PROJECT)).to.equal(
      'Das Projekt konnte nicht geöffnet werden. Sie sind offline oder der Server ist nicht erreichbar. Versuchen Sie es wieder, sobald Sie online sind.',
    );
  });

  for (const locale of ['en', 'de'] as const) {
    it(`is axe clean, with a problem shown (${locale})`, async () => {
      await applyLocale(locale);
      const view = await shown(new TestSession(ALICE));
      await open(view, 'bob/project');
      await expect(view).to.be.accessible();
    });
  }
});
