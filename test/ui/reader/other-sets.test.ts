/**
 * <cr-other-sets> in the reader's sidebar (issue 15, "Annotation sets"): another reading of the
 * article, toggled beside the reader's own, lists its annotations read-only with the author on
 * every item; the reader's own reading is never among them; a change to the shown set redraws it.
 * German first, no axe violation.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { mineSet } from '../../../src/model/sets/annotation-set.js';
import '../../../src/ui/reader/other-sets.js';
import type { CrOtherSets } from '../../../src/ui/reader/other-sets.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { ANNOTATION_TIME, annotationOn } from '../../support/annotations.js';

const DOC = 'sanctuary-cities-gegen-trump';
const TEXT = 'San Francisco werde es nicht zulassen, sagte Bürgermeister Ed Lee. "Wir sind und bleiben eine Sanctuary City."';
const ADA = `shared:${DOC}:Ada`;

describe('<cr-other-sets>: other readings beside my own', () => {
  let persistence: MemoryAnnotationPersistence;
  let store: AnnotationStore;
  let element: CrOtherSets;

  const text = (selector: string) => [...element.shadowRoot!.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());

  beforeEach(async () => {
    await applyLocale('en');
    persistence = new MemoryAnnotationPersistence();
    await persistence.importAll({
      sets: [mineSet(DOC, ANNOTATION_TIME), { id: ADA, kind: 'shared', documentId: DOC, author: 'Ada', modified: ANNOTATION_TIME }],
      annotations: [
        annotationOn(TEXT, 'Ed Lee', { id: 'mine-1', documentId: DOC, categoryIds: ['policy'] }),
        annotationOn(TEXT, 'Sanctuary City', { id: 'ada-2', documentId: DOC, setId: ADA, categoryIds: ['quote'], note: 'Zitat?' }),
        annotationOn(TEXT, 'San Francisco', { id: 'ada-1', documentId: DOC, setId: ADA, categoryIds: ['actor'] }),
      ],
    });
    store = new AnnotationStore(persistence, undefined, undefined, undefined, persistence);
    element = await fixture<CrOtherSets>(html`<cr-other-sets .store=${store} document-id=${DOC} .categories=${DEFAULT_CATEGORIES} article-lang="de"></cr-other-sets>`);
    await waitUntil(() => element.shadowRoot!.querySelector('button[data-set]'), 'the other readings are not listed');
  });

  afterEach(() => applyLocale('en'));

  it('lists the other readings as toggles, and shows one read-only with its author on every item', async () => {
    expect(text('h3')).to.deep.equal(['Other readings']);
    expect(text('button[data-set]')).to.deep.equal(['Ada (reading)']);
    expect(element.shadowRoot!.querySelector('button[data-set]')!.getAttribute('aria-pressed')).to.equal('false');
    expect(text('.item')).to.deep.equal([]);

    element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-set]')!.click();
    await waitUntil(() => text('.item').length === 2, 'the reading is not shown');
    expect(text('.item')).to.deep.equal(['Actor San Francisco by Ada', 'Quote Sanctuary City Zitat? by Ada']);
    expect(element.shadowRoot!.querySelectorAll('.item button, .item input, .item textarea').length).to.equal(0);
    expect(element.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).to.equal('Ada: 2 annotations, read-only');
    await expect(element).to.be.accessible();

    // A change to the shown set (another tab, say) is drawn; my reading never appears here.
    await store.tag(DOC, { start: 0, end: 3, exact: 'San', prefix: '', suffix: ' Francisco werde es nicht zulass' }, 'statistic', 'Ada', ADA);
    await waitUntil(() => text('.item').length === 3, 'the new annotation of the shown set is not drawn');
    expect(text('.item').some((line) => line.includes('Ed Lee'))).to.equal(false);

    element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-set]')!.click();
    await element.updateComplete;
    expect(text('.item')).to.deep.equal([]);
  });

  it('says it in German', async () => {
    await applyLocale('de');
    element.shadowRoot!.querySelector<HTMLButtonElement>('button[data-set]')!.click();
    await waitUntil(() => text('.item').length === 2, 'the reading is not shown');
    expect([...text('h3'), ...text('button[data-set]'), text('.author')[0]]).to.deep.equal(['Andere Lektüren', 'Ada (Lektüre)', 'von Ada']);
    await expect(element).to.be.accessible();
  });

  it('lists a reading an import brings while the article is open', async () => {
    const BEN = `shared:${DOC}:Ben`;
    // The reader's own reading is loaded (the article is open), so the import changes nothing in it.
    await store.load(DOC);
    await store.importAll({
      categories: [],
      sets: [{ id: BEN, kind: 'shared', documentId: DOC, author: 'Ben', modified: ANNOTATION_TIME }],
      annotations: [annotationOn(TEXT, 'Ed Lee', { id: 'ben-1', documentId: DOC, setId: BEN, categoryIds: ['actor'] })],
    });
    await waitUntil(() => text('button[data-set]').length === 2, 'the imported reading is not listed');
    expect(text('button[data-set]')).to.deep.equal(['Ada (reading)', 'Ben (reading)']);
  });

  it('shows nothing for an article that has only my reading', async () => {
    element.documentId = 'zweierlei-solidaritaet';
    await element.updateComplete;
    await waitUntil(() => !element.shadowRoot!.querySelector('section'), 'other readings are listed for an article without any');
  });
});
