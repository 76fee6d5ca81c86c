import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ArticleSource } from '../../../src/model/documents/library.js';
import { openCloseReaderDatabase, type CloseReaderDatabase } from '../../../src/storage/database.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import '../../../src/ui/shell/app.js';
// The app loads the reader page on the first visit to an article; loaded here up front, so that the
// waits below time the article's opening, not the dev server compiling ProseMirror.
import '../../../src/ui/reader/reader-view.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { loadShippedArticles } from '../../support/articles.js';
import { deleteDatabase, freshDatabaseName } from '../../support/test-database.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { noStorageError, storageProblem } from '../../../src/app/storage-error.js';
import { StorageUnavailableError } from '../../../src/storage/database.js';
import { describeProblem } from '../../../src/ui/shared/problem-messages.js';

describe('<cr-app>: library and reader', () => {
  const dbName = freshDatabaseName();
  let articles: ArticleSource;
  let db: CloseReaderDatabase;
  let app: CrApp;

  before(async () => {
    articles = await loadShippedArticles();
  });

  beforeEach(async () => {
    await applyLocale('en');
    location.hash = '#/';
    db = await openCloseReaderDatabase(dbName);
    const settings = await SettingsStore.load(new SettingsRepository(db));
    const annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    const categories = await CategoryStore.load(new CategoryRepository(db));
    app = await fixture<CrApp>(
      html`<cr-app .articles=${articles} .settings=${settings} .annotations=${annotations} .categories=${categories}></cr-app>`,
    );
  });

  afterEach(() => {
    db.close();
    location.hash = '';
  });

  after(() => deleteDatabase(dbName));

  function library(): ShadowRoot {
    const view = app.querySelector('cr-library-view');
    if (!view?.shadowRoot) throw new Error('the library is not shown');
    return view.shadowRoot;
  }

  async function openArticle(id: string): Promise<HTMLElement> {
    location.hash = `#/doc/${id}`;
    await waitUntil(() => app.querySelector('.ProseMirror'), `article ${id} did not open`);
    return app.querySelector<HTMLElement>('.ProseMirror')!;
  }

  it('lists every article as a link named by its title, with its word count', async () => {
    await waitUntil(() => app.querySelector('cr-library-view')?.shadowRoot?.querySelector('a'));
    const links = [...library().querySelectorAll('li a')];
    expect(links.map((link) => link.textContent?.trim())).to.deep.equal(articles.entries.map((entry) => entry.title));
    expect(links[1]!.getAttribute('href')).to.equal('#/doc/zweierlei-solidaritaet');
    expect(library().textContent).to.contain('1,208 words');
  });

  it('has landmarks and a first-level heading on the library page, and no axe violation', async () => {
    expect(app.querySelector('header')).to.exist;
    expect(app.querySelector('nav')).to.exist;
    expect(app.querySelector('main')).to.exist;
    expect(library().querySelector('h1')?.textContent).to.equal('Library');
    await expect(app).to.be.accessible();
  });

  it('opens an article from its route and shows its text in a ProseMirror view', async () => {
    const text = await openArticle('washington-erhoeht-den-druck');
    expect(text.querySelector('h1')?.textContent).to.match(/^Washington erhöht den Druck/);
    expect(text.textContent).to.contain('einen, der sowohl das Verhältnis zu Europa');
    await expect(app).to.be.accessible();
  });

  it('shows the title we supplied as the page heading when the article has no headline', async () => {
    await openArticle('kelly-keine-massenabschiebungen');
    expect(app.querySelector('main h1')?.textContent).to.equal('US-Heimatschutzminister Kelly: keine Massenabschiebungen');
    expect(app.querySelector('.cr-reader-meta')?.textContent).to.contain('Title supplied by Close Reader');
  });

  it('says so when the address names no article', async () => {
    location.hash = '#/doc/gibt-es-nicht';
    await waitUntil(() => app.querySelector('cr-reader-view h1'));
    expect(app.querySelector('cr-reader-view h1')?.textContent).to.equal('Article not found');
  });

  it('makes the text larger and remembers it for the next visit', async () => {
    await openArticle('zweierlei-solidaritaet');
    const control = app.querySelector('cr-font-size-control')!;
    await waitUntil(() => control.shadowRoot?.querySelector('button'));
    control.shadowRoot!.querySelector<HTMLButtonElement>('button[title="Larger text"]')!.click();
    await waitUntil(() => app.querySelector<HTMLElement>('.cr-reader')?.style.getPropertyValue('--cr-font-scale').trim() === '1.125');
    await waitUntil(async () => (await db.get('settings', 'fontScale'))?.value === 1.125, 'the size was not saved');
    const reloaded = await SettingsStore.load(new SettingsRepository(db));
    expect(reloaded.settings.fontScale).to.equal(1.125);
    await reloaded.setFontScale(1);
  });

  it('switches the interface to German and remembers the choice', async () => {
    const select = app.querySelector('cr-language-switch')!.shadowRoot!.querySelector('select')!;
    select.value = 'de';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => library().querySelector('h1')?.textContent === 'Bibliothek', 'the library did not switch to German');
    expect(document.documentElement.lang).to.equal('de');
    expect(library().textContent).to.contain('1.208 Wörter');
    await waitUntil(async () => (await db.get('settings', 'locale'))?.value === 'de', 'the language was not saved');
    await applyLocale('en');
  });
});

describe('<cr-app> when nothing can be stored', () => {
  afterEach(() => applyLocale('en'));

  /** The shell over a settings store for this visit only, with why nothing can be stored. */
  async function shellWithout(storage: unknown): Promise<CrApp> {
    const articles = await loadShippedArticles();
    const settings = SettingsStore.inMemory(storageProblem(storage));
    const annotations = new AnnotationStore(new MemoryAnnotationPersistence(), undefined, undefined);
    return fixture<CrApp>(html`<cr-app .articles=${articles} .settings=${settings} .annotations=${annotations} .categories=${CategoryStore.defaults()}></cr-app>`);
  }

  it('says, in German, that a newer version wrote the data (not that IndexedDB is unavailable)', async () => {
    await applyLocale('de');
    const newer = new StorageUnavailableError('failed', new DOMException('newer', 'VersionError'));
    const app = await shellWithout(newer);
    const notice = app.querySelector('.cr-storage-problem');
    expect(notice?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      `${describeProblem(storageProblem(newer))} Sie können lesen und markieren, aber nichts bleibt nach diesem Besuch erhalten.`,
    );
    expect(describeProblem(storageProblem(newer))).to.match(/neueren Version/);
  });

  it('says a private window keeps nothing, in English', async () => {
    await applyLocale('en');
    const app = await shellWithout(noStorageError());
    expect(app.querySelector('.cr-storage-problem')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'This browser does not let the page store data (IndexedDB is unavailable, as in some private windows), so nothing you tag can be kept. ' +
        'You can read and tag, but nothing is kept after this visit.',
    );
  });
});
