import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import '../../../src/ui/reader/annotation-sidebar.js';
import type { CrAnnotationSidebar } from '../../../src/ui/reader/annotation-sidebar.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { makeAnnotation } from '../../support/annotations.js';

const CATEGORIES = ['actor', 'policy', 'quote', 'statistic'];
const id = (i: number) => `a${String(i).padStart(5, '0')}`;
const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => id(from + i));

/** 500 annotations in text order ("Stelle 0" …), categories in turn, the 408th with a note saying "Fundstück". */
const ANNOTATIONS: Annotation[] = Array.from({ length: 500 }, (_, i) =>
  makeAnnotation({
    id: id(i),
    start: i,
    end: i + 4,
    exact: `Stelle ${i}`,
    categoryIds: [CATEGORIES[i % 4]!],
    ...(i === 407 ? { note: 'Fundstück' } : {}),
  }),
);

describe('the annotation sidebar draws a screenful first and the rest after the first paint', () => {
  let box: HTMLElement;
  let sidebar: CrAnnotationSidebar;
  const root = () => sidebar.shadowRoot!;
  const items = () => [...root().querySelectorAll<HTMLElement>('li .item')].map((item) => item.dataset['id']);
  // A frame per chunk: on a machine busy with other tests, more than waitUntil's default second.
  const drawn = (count: number) =>
    waitUntil(() => items().length === count, `the list holds ${items().length} items, not ${count}`, { timeout: 10_000 });
  const item = (annotationId: string) => root().querySelector<HTMLElement>(`.item[data-id="${annotationId}"]`)!;

  before(() => applyLocale('en'));

  /** Puts the sidebar in a scroll box like the reader's column and waits for its first render only. */
  async function open(selectedId?: string): Promise<void> {
    box = await fixture<HTMLElement>(html`<div style="height: 400px; overflow: auto"></div>`);
    sidebar = document.createElement('cr-annotation-sidebar');
    sidebar.annotations = ANNOTATIONS;
    sidebar.categories = DEFAULT_CATEGORIES;
    if (selectedId) sidebar.selectedId = selectedId;
    box.append(sidebar);
    await sidebar.updateComplete;
  }

  it('holds the first 30 at first, then the whole first hundred without the reader doing anything', async () => {
    await open();
    expect(items()).to.deep.equal(ids(0, 30));
    expect(root().querySelector('.shown')!.textContent).to.equal('500 of 500 shown');
    await drawn(100);
    expect(items()).to.deep.equal(ids(0, 100));
    expect(root().querySelector('.more-later')!.textContent!.trim()).to.equal('Show 100 more (400 after these)');
  });

  it('steps with J and K to every annotation, one not drawn yet drawn at once, up to the 500th', async function () {
    // 500 steps, each a render of up to 500 items in Lit's dev mode: more than mocha's 10 s on a busy machine.
    this.timeout(60_000);
    await open();
    expect(items()).to.have.length(30);
    for (let i = 0; i < 500; i++) {
      sidebar.selectedId = id(i);
      await sidebar.updateComplete;
      const current = [...root().querySelectorAll<HTMLElement>('[aria-current="true"]')].map((element) => element.dataset['id']);
      expect(current, `after stepping to ${id(i)}`).to.deep.equal([id(i)]);
    }
    const shown = box.getBoundingClientRect();
    const last = item(id(499)).getBoundingClientRect();
    // Within a pixel: at the end of its scroll range the box cannot scroll the item's fraction of a pixel further.
    expect([last.top >= shown.top, last.bottom <= shown.bottom + 1], 'the 500th is in view in its column').to.deep.equal([true, true]);
  });

  it('keeps the current annotation where it is while the items above it are drawn', async () => {
    await open(id(250));
    expect(items()).to.deep.equal(ids(235, 265));
    const at = () => item(id(250)).getBoundingClientRect().top - box.getBoundingClientRect().top;
    const before = at();
    await drawn(100);
    expect(items()).to.deep.equal(ids(200, 300));
    expect(at()).to.be.closeTo(before, 1);
    expect(root().querySelector('.more-earlier')!.textContent!.trim()).to.equal('Show 100 earlier (200 before these)');
  });

  it('finds an annotation far beyond the first screenful, and draws a search afresh from its first screenful', async () => {
    await open();
    sidebar.query = 'fundstück';
    await sidebar.updateComplete;
    expect(root().querySelector('.shown')!.textContent).to.equal('1 of 500 shown');
    expect(items()).to.deep.equal([id(407)]);
    // "Stelle 4", "Stelle 40" to "Stelle 49", "Stelle 400" to "Stelle 499".
    sidebar.query = 'stelle 4';
    await sidebar.updateComplete;
    expect(root().querySelector('.shown')!.textContent).to.equal('111 of 500 shown');
    const matching = [id(4), ...ids(40, 50), ...ids(400, 500)];
    expect(items()).to.deep.equal(matching.slice(0, 30));
    await drawn(100);
    expect(items()).to.deep.equal(matching.slice(0, 100));
  });

  it('filters by category over all 500 and counts them right', async () => {
    await open();
    sidebar.hiddenCategories = new Set(['actor', 'policy', 'quote']);
    await sidebar.updateComplete;
    expect(root().querySelector('.shown')!.textContent).to.equal('125 of 500 shown');
    expect([...root().querySelectorAll('.filter .count')].map((count) => count.textContent)).to.deep.equal(['125', '125', '125', '125']);
    const statistics = Array.from({ length: 125 }, (_, i) => id(i * 4 + 3));
    await drawn(100);
    expect(items()).to.deep.equal(statistics.slice(0, 100));
    root().querySelector<HTMLButtonElement>('.more-later')!.click();
    await drawn(125);
    expect(items()).to.deep.equal(statistics);
    expect(root().querySelector('.more-later')).to.equal(null);
  });
});
