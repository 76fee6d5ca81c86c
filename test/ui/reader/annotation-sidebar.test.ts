import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import '../../../src/ui/reader/annotation-sidebar.js';
import type { CrAnnotationSidebar } from '../../../src/ui/reader/annotation-sidebar.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { makeAnnotation } from '../../support/annotations.js';

const CATEGORIES = ['actor', 'policy', 'quote', 'statistic'];

/** `count` annotations in text order, ids a00000…, every thousandth with a note saying "Fundstück". */
function many(count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) =>
    makeAnnotation({
      id: `a${String(i).padStart(5, '0')}`,
      start: i,
      end: i + 4,
      exact: `Stelle ${i}`,
      categoryIds: [CATEGORIES[i % 4]!],
      ...(i % 1000 === 7 ? { note: 'Fundstück' } : {}),
    }),
  );
}

describe('the annotation sidebar with 20,000 annotations', () => {
  let sidebar: CrAnnotationSidebar;
  const root = () => sidebar.shadowRoot!;
  const items = () => [...root().querySelectorAll<HTMLElement>('li .item')].map((item) => item.dataset['id']);
  /** Waits for the list to hold `count` items: after a first screenful, the rest is drawn a chunk per frame. */
  const drawn = (count: number) =>
    waitUntil(() => items().length === count, `the list holds ${items().length} items, not ${count}`, { timeout: 10_000 });

  before(() => applyLocale('en'));

  beforeEach(async () => {
    // A scroll box like the reader's column, so that the list grows as it is scrolled.
    const box = await fixture<HTMLElement>(html`<div style="height: 400px; overflow: auto">
      <cr-annotation-sidebar .annotations=${many(20_000)} .categories=${DEFAULT_CATEGORIES}></cr-annotation-sidebar>
    </div>`);
    sidebar = box.querySelector('cr-annotation-sidebar')!;
    await sidebar.updateComplete;
  });

  it('counts them all but puts the first hundred in the page, and says how many follow', async () => {
    await drawn(100);
    expect(root().querySelector('.shown')!.textContent).to.equal('20,000 of 20,000 shown');
    expect([...root().querySelectorAll('.filter .count')].map((count) => count.textContent)).to.deep.equal(['5,000', '5,000', '5,000', '5,000']);
    expect(items()).to.have.length(100);
    expect([items()[0], items()[99]]).to.deep.equal(['a00000', 'a00099']);
    expect(root().querySelector('.more-later')!.textContent!.trim()).to.equal('Show 100 more (19,900 after these)');
    expect(root().querySelector('.more-earlier')).to.equal(null);
  });

  it('shows the next hundred on request and takes focus to the first of them', async () => {
    root().querySelector<HTMLButtonElement>('.more-later')!.click();
    await sidebar.updateComplete;
    await drawn(200);
    expect(root().activeElement?.getAttribute('data-id')).to.equal('a00100');
  });

  it('shows more as the reader scrolls to the end of the list', async () => {
    await drawn(100);
    const box = sidebar.parentElement!;
    box.scrollTop = box.scrollHeight;
    await waitUntil(() => items().length === 200, `the list did not grow (${items().length} items)`, { timeout: 10_000 });
  });

  it('moves to the current annotation wherever it is (J/K, a card opened), with the earlier ones a click away', async () => {
    sidebar.selectedId = 'a15000';
    await sidebar.updateComplete;
    await drawn(100);
    expect([items()[0], items()[99]]).to.deep.equal(['a14950', 'a15049']);
    expect(root().querySelector('[aria-current="true"]')!.getAttribute('data-id')).to.equal('a15000');
    expect(root().querySelector('.more-earlier')!.textContent!.trim()).to.equal('Show 100 earlier (14,950 before these)');
    root().querySelector<HTMLButtonElement>('.more-earlier')!.click();
    await sidebar.updateComplete;
    expect(items()[0]).to.equal('a14850');
    expect(root().activeElement?.getAttribute('data-id')).to.equal('a14850');
  });

  it('searches and filters over every annotation, not only those in the page', async () => {
    sidebar.query = 'fundstück';
    await sidebar.updateComplete;
    expect(root().querySelector('.shown')!.textContent).to.equal('20 of 20,000 shown');
    expect(items()).to.deep.equal(Array.from({ length: 20 }, (_, i) => `a${String(i * 1000 + 7).padStart(5, '0')}`));
    sidebar.query = '';
    sidebar.hiddenCategories = new Set(['actor', 'policy', 'quote']);
    await sidebar.updateComplete;
    await drawn(100);
    expect(root().querySelector('.shown')!.textContent).to.equal('5,000 of 20,000 shown');
    expect([items()[0], items()[99]]).to.deep.equal(['a00003', 'a00399']);
  });
});
