import { expect } from '@open-wc/testing';
import type { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../src/editor/article-doc.js';
import { changeHighlights, highlightsPlugin, setHighlights, type HighlightSpec } from '../../src/editor/highlights.js';
import { WINDOWED_ABOVE } from '../../src/editor/highlight-registry.js';
import { createReaderView, LONG_TEXT } from '../../src/editor/reader-view.js';
import type { HighlightProbe } from '../../src/editor/highlight-probe.js';
import { LOOKS } from '../support/highlight-article.js';

/** 1,000 paragraphs (a long text: over LONG_TEXT), each naming its number twice: "Absatz 7 beginnt … und Absatz 7 endet." */
const BLOCKS = Array.from({ length: 1000 }, (_, i) => ({
  type: 'paragraph' as const,
  text: `Absatz ${i} beginnt hier mit einigen Worten über die Stadt, den Rat und die Zeitung, und Absatz ${i} endet.`,
}));
const STARTS: number[] = [];
BLOCKS.forEach((block, i) => STARTS.push(i === 0 ? 0 : STARTS[i - 1]! + BLOCKS[i - 1]!.text.length + 2));

/** Six single-word highlights in every paragraph: 6,000, over the count drawn whole. */
const SPECS: HighlightSpec[] = BLOCKS.flatMap((block, i) =>
  ['beginnt', 'einigen', 'Stadt', 'Rat', 'Zeitung', 'endet'].map((word, k) => {
    const start = STARTS[i]! + block.text.indexOf(word);
    return { id: `${i}-${k}`, start, end: start + word.length, categoryIds: [k % 2 === 0 ? 'actor' : 'quote'] };
  }),
);

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

describe('a crowded text is painted near the viewport only', () => {
  let mount: HTMLElement;
  let view: EditorView;
  const probe = (): HighlightProbe => (view.dom as unknown as { crHighlights: HighlightProbe }).crHighlights;
  /** The paragraphs with painted runs, by number. */
  const paintedParagraphs = (): number[] => [...new Set(probe().ranges().map((range) => Number(range.ids[0]!.split('-')[0])))].sort((a, b) => a - b);

  beforeEach(async () => {
    window.scrollTo(0, 0);
    mount = document.createElement('div');
    document.body.append(mount);
    view = createReaderView(mount, articleToDoc(BLOCKS), { label: 'Test', plugins: [highlightsPlugin((id) => LOOKS[id], [], 'highlight-api')] });
    view.dispatch(setHighlights(view.state.tr, SPECS));
    await frame();
  });

  afterEach(() => {
    if (!view.isDestroyed) view.destroy();
    mount.remove();
    window.scrollTo(0, 0);
  });

  it('draws the paragraphs within a screen of the viewport, from the first, and none far below', () => {
    expect(SPECS.length).to.be.greaterThan(WINDOWED_ABOVE);
    const painted = paintedParagraphs();
    expect(painted[0]).to.equal(0);
    const tops = [...view.dom.children].map((block) => block.getBoundingClientRect().top);
    const lastVisible = tops.filter((top) => top < window.innerHeight).length - 1;
    const lastNear = tops.filter((top) => top <= 2 * window.innerHeight).length - 1;
    expect(painted).to.deep.equal(Array.from({ length: lastNear + 1 }, (_, i) => i));
    expect(lastNear).to.be.within(lastVisible + 1, 998);
    // Each drawn paragraph has all six of its runs.
    expect(probe().ranges()).to.have.length(6 * painted.length);
  });

  it('moves the paint with the reader: scrolled to the end, the last paragraphs are drawn in the first frame and the first are not', async () => {
    const last = view.dom.lastElementChild!;
    window.scrollTo(0, window.scrollY + last.getBoundingClientRect().bottom - window.innerHeight);
    await frame();
    const painted = paintedParagraphs();
    expect(painted.at(-1)).to.equal(999);
    expect(painted[0]).to.be.greaterThan(0);
    expect(probe().ranges().filter((range) => range.ids[0] === '999-5').map((range) => range.text)).to.deep.equal(['endet']);
  });

  it('draws a change in the window at once, and one far below when the reader gets there', async () => {
    const near = { id: 'new-near', start: STARTS[1]!, end: STARTS[1]! + 'Absatz'.length, categoryIds: ['statistic'] };
    const far = { id: 'new-far', start: STARTS[280]!, end: STARTS[280]! + 'Absatz'.length, categoryIds: ['statistic'] };
    view.dispatch(changeHighlights(view.state.tr, { add: [near, far], remove: [] }));
    const statistic = (): string[] => probe().ranges().filter((range) => range.categories.includes('statistic')).map((range) => range.ids.join(' '));
    expect(statistic()).to.deep.equal(['new-near']);
    view.dom.children[280]!.scrollIntoView();
    await frame();
    expect(statistic()).to.deep.equal(['new-far']);
  });

  it('draws a short text whole however crowded: a window there would save little and redraw while scrolling', async () => {
    // The first 300 paragraphs (under LONG_TEXT) with their 1,800 runs, over the count drawn whole.
    const short = BLOCKS.slice(0, 300);
    view.destroy();
    view = createReaderView(mount, articleToDoc(short), { label: 'Test', plugins: [highlightsPlugin((id) => LOOKS[id], [], 'highlight-api')] });
    const runs = SPECS.slice(0, 6 * short.length);
    view.dispatch(setHighlights(view.state.tr, runs));
    expect([runs.length > WINDOWED_ABOVE, view.state.doc.content.size < LONG_TEXT]).to.deep.equal([true, true]);
    await frame();
    expect(probe().ranges()).to.have.length(runs.length);
    expect(paintedParagraphs().at(-1)).to.equal(299);
  });

  it('draws every run again once the text holds no more than the count drawn whole', () => {
    view.dispatch(setHighlights(view.state.tr, SPECS.slice(0, WINDOWED_ABOVE)));
    expect(probe().ranges()).to.have.length(WINDOWED_ABOVE);
  });
});
