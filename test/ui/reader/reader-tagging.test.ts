import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { HighlightProbe, PaintedRange } from '../../../src/editor/highlight-probe.js';
import { sendKeys } from '@web/test-runner-commands';
import type { AnnotationWrite } from '../../../src/model/annotations/annotation-write.js';
import type { AnnotationPersistence } from '../../../src/model/annotations/annotation-persistence.js';
import { textIndexOf, textRangeToSelection } from '../../../src/editor/text-offsets.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import '../../../src/ui/shell/app.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import type { CrReaderView } from '../../../src/ui/reader/reader-view.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { loadShippedArticles } from '../../support/articles.js';
import { TestDatabases } from '../../support/test-database.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';

describe('tagging in the reader', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let app: CrApp;
  let annotations: AnnotationStore;

  async function mount(persistence?: AnnotationPersistence): Promise<CrReaderView> {
    annotations = new AnnotationStore(persistence ?? new AnnotationRepository(db), undefined, undefined);
    const settings = await SettingsStore.load(new SettingsRepository(db));
    app = await fixture<CrApp>(
      html`<cr-app .articles=${await loadShippedArticles()} .settings=${settings} .annotations=${annotations} .categories=${CategoryStore.defaults()}></cr-app>`,
    );
    location.hash = `#/doc/${ARTICLE}`;
    await waitUntil(() => app.querySelector<CrReaderView>('cr-reader-view')?.editorView, 'the article did not open', { timeout: 5000 });
    return app.querySelector<CrReaderView>('cr-reader-view')!;
  }

  function select(reader: CrReaderView, phrase: string): void {
    const view = reader.editorView!;
    const start = textIndexOf(view.state.doc).text.indexOf(phrase);
    view.focus();
    view.dispatch(view.state.tr.setSelection(textRangeToSelection(view.state.doc, start, start + phrase.length)));
  }

  /** The painted highlight runs of the text (src/editor/highlight-probe.ts). */
  function paintedRuns(): PaintedRange[] {
    return (app.querySelector('.ProseMirror') as unknown as { crHighlights: HighlightProbe }).crHighlights.ranges();
  }

  function highlighted(category: string): string {
    return paintedRuns()
      .filter((run) => run.categories.includes(category))
      .map((run) => run.text)
      .join('');
  }

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
  });

  afterEach(async () => {
    location.hash = '';
    annotations.close();
    await databases.cleanUp();
  });

  it('names each category button by its label and its key', async () => {
    await mount();
    const toolbar = app.querySelector('cr-tag-toolbar')!;
    await toolbar.updateComplete;
    const names = [...toolbar.shadowRoot!.querySelectorAll('button.category')].map((button) => button.textContent!.replace(/\s+/g, ' ').trim());
    expect(names).to.deep.equal(['Actor(key 1)1', 'Policy(key 2)2', 'Quote(key 3)3', 'Statistic(key 4)4']);
    expect(toolbar.shadowRoot!.querySelector('button.category')!.getAttribute('aria-keyshortcuts')).to.equal('1');
  });

  it('tags the selection with a category key, stores it and says so', async () => {
    const reader = await mount();
    select(reader, 'Bürgermeister Ed Lee');
    await sendKeys({ press: '1' });
    await waitUntil(() => highlighted('actor') === 'Bürgermeister Ed Lee', 'no actor highlight');
    await waitUntil(() => app.querySelector('cr-reader-view [role="status"]')?.textContent === 'Actor tagged: “Bürgermeister Ed Lee”', 'nothing was announced');
    const stored = await db.getAll('annotations');
    expect(stored.map((a) => [a.documentId, a.exact, a.categoryIds])).to.deep.equal([[ARTICLE, 'Bürgermeister Ed Lee', ['actor']]]);
  });

  it('trims the spaces around a selection and grows a cut word to the whole word', async () => {
    const reader = await mount();
    select(reader, ' Bürgermeister Ed L');
    await sendKeys({ press: '1' });
    await waitUntil(() => highlighted('actor') === 'Bürgermeister Ed Lee', 'the tag was not tidied');
  });

  it('opens the card of the highlight at the caret with Enter and moves focus into it', async () => {
    const reader = await mount();
    select(reader, 'Ed Lee');
    await sendKeys({ press: '3' });
    await waitUntil(() => highlighted('quote') === 'Ed Lee');
    select(reader, 'Lee');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => app.querySelector('cr-annotation-card'), 'no card opened');
    const card = app.querySelector('cr-annotation-card')!;
    await waitUntil(() => card.shadowRoot?.activeElement, 'focus did not move into the card');
    expect(card.shadowRoot!.querySelector('blockquote')!.textContent).to.equal('Ed Lee');
    await expect(app).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !app.querySelector('cr-annotation-card'), 'Escape did not close the card');
    expect(document.activeElement?.classList.contains('ProseMirror')).to.be.true;
  });

  it('tells the reader when a write fails, and changes nothing', async () => {
    const failing: AnnotationPersistence = {
      listByDocument: async () => [],
      listBySet: async () => [],
      listAll: async () => [],
      listRelationsBySet: async () => [],
      listAllRelations: async () => [],
      allIds: async () => new Set(),
      importAll: () => Promise.reject(new DOMException('full', 'QuotaExceededError')),
      countsByDocument: async () => new Map(),
      apply: (_change: AnnotationWrite) => Promise.reject(new DOMException('full', 'QuotaExceededError')),
    };
    const reader = await mount(failing);
    select(reader, 'Kalifornien');
    await sendKeys({ press: '2' });
    await waitUntil(() => app.querySelector('[role="alert"]')?.textContent?.includes('quota'), 'no alert');
    expect(app.querySelector('[role="alert"]')!.textContent).to.match(/^Not saved\. The browser's storage is full/);
    expect(paintedRuns()).to.have.length(0);
  });
});
