import { expect } from '@open-wc/testing';
import { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../src/editor/article-doc.js';
import {
  annotationIdsAt,
  changeHighlights,
  getHighlights,
  highlightsPlugin,
  MAX_LISTED_IDS,
  setHiddenCategories,
  setHighlights,
  type HighlightSpec,
} from '../../src/editor/highlights.js';
import { highlightRects } from '../../src/editor/highlight-rects.js';
import { createReaderView } from '../../src/editor/reader-view.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';
import { BLOCKS, LOOKS, TEXT } from '../support/highlight-article.js';

// These tests read the span paint (the fallback where the CSS Custom Highlight API is missing);
// highlight-registry.test.ts tests the paint through the API.
const plugin = () => highlightsPlugin((id) => LOOKS[id], [], 'spans');

function spec(id: string, quote: string, categoryIds: string[]): HighlightSpec {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`${quote} not in text`);
  return { id, start, end: start + quote.length, categoryIds };
}

function stateWith(...highlights: HighlightSpec[]): EditorState {
  const state = EditorState.create({ doc: articleToDoc(BLOCKS), plugins: [plugin()] });
  return state.apply(setHighlights(state.tr, highlights));
}

/** What each drawn span covers, as text, with its categories and annotations, in text order. */
function drawn(state: EditorState): string[] {
  const index = textIndexOf(state.doc);
  return getHighlights(state)
    .find()
    .sort((a, b) => a.from - b.from)
    .map((d) => {
      const attrs = (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
      return `${attrs['data-category']} [${attrs['data-annotation-id']}]: ${index.textBetween(d.from, d.to)}`;
    });
}

describe('the highlight plugin on an EditorState', () => {
  it('highlights exactly the passage of the text offsets it is given', () => {
    expect(drawn(stateWith(spec('a', 'Bürgermeister Ed Lee', ['actor'])))).to.deep.equal(['actor [a]: Bürgermeister Ed Lee']);
  });

  it('draws a passage tagged with two categories as one span carrying both, in the scheme’s order', () => {
    expect(drawn(stateWith(spec('a', 'Ed Lee', ['quote', 'actor'])))).to.deep.equal(['actor quote [a]: Ed Lee']);
  });

  /** Overlaps as readers make them: the exact spans drawn, each with all its categories. */
  const OVERLAPS: { name: string; highlights: () => HighlightSpec[]; spans: string[] }[] = [
    {
      name: 'a passage inside another',
      highlights: () => [spec('outer', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('inner', 'Sanctuary City', ['actor'])],
      spans: ['quote [outer]: „Wir sind und bleiben eine ', 'actor quote [outer inner]: Sanctuary City', 'quote [outer]: “'],
    },
    {
      name: 'two passages crossing',
      highlights: () => [spec('a', 'sagte Bürgermeister', ['actor']), spec('b', 'Bürgermeister Ed Lee', ['statistic'])],
      spans: ['actor [a]: sagte ', 'actor statistic [a b]: Bürgermeister', 'statistic [b]:  Ed Lee'],
    },
    {
      name: 'two annotations of one category over the same words',
      highlights: () => [spec('a', 'Kalifornien', ['actor']), spec('b', 'Kalifornien', ['actor'])],
      spans: ['actor [a b]: Kalifornien'],
    },
    {
      name: 'passages that touch',
      highlights: () => [spec('a', 'Die Reaktion', ['policy']), spec('b', ' aus Kalifornien', ['quote'])],
      spans: ['policy [a]: Die Reaktion', 'quote [b]:  aus Kalifornien'],
    },
  ];
  for (const { name, highlights, spans } of OVERLAPS) {
    it(`draws ${name} as one span per run of text, never nested`, () => {
      expect(drawn(stateWith(...highlights()))).to.deep.equal(spans);
    });
  }

  it('names the annotations at a position innermost first, a caret on an edge counting', () => {
    const state = stateWith(spec('outer', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('inner', 'Sanctuary City', ['actor']));
    const index = textIndexOf(state.doc);
    expect(annotationIdsAt(state, index.offsetToPos(TEXT.indexOf('Sanctuary') + 3))).to.deep.equal(['inner', 'outer']);
    expect(annotationIdsAt(state, index.offsetToPos(TEXT.indexOf('Wir')))).to.deep.equal(['outer']);
    expect(annotationIdsAt(state, index.offsetToPos(TEXT.indexOf('Sanctuary')))).to.deep.equal(['inner', 'outer']);
    expect(annotationIdsAt(state, index.offsetToPos(TEXT.indexOf('sagte')))).to.deep.equal([]);
  });

  it('highlights a passage that runs across two paragraphs', () => {
    const state = stateWith(spec('a', 'warten.\n\n„Wir', ['quote']));
    expect(drawn(state)).to.deep.equal(['quote [a]: warten.\n\n„Wir']);
    expect(annotationIdsAt(state, textIndexOf(state.doc).offsetToPos(TEXT.indexOf('„Wir')))).to.deep.equal(['a']);
  });

  it('removes one highlight and leaves the others, the overlap drawn again', () => {
    const a = spec('a', 'sagte Bürgermeister', ['actor']);
    const b = spec('b', 'Bürgermeister Ed Lee', ['statistic']);
    let state = stateWith(a, b);
    state = state.apply(changeHighlights(state.tr, { remove: [a] }));
    expect(drawn(state)).to.deep.equal(['statistic [b]: Bürgermeister Ed Lee']);
  });

  it('replaces an edited highlight in one step (old categories out, new in)', () => {
    const before = spec('a', 'Ed Lee', ['actor']);
    let state = stateWith(before, spec('b', 'Kalifornien', ['policy']));
    state = state.apply(changeHighlights(state.tr, { remove: [before], add: [spec('a', 'Ed Lee', ['quote'])] }));
    expect(drawn(state)).to.deep.equal(['policy [b]: Kalifornien', 'quote [a]: Ed Lee']);
  });

  it('draws after a change exactly what drawing everything anew draws', () => {
    const crowd = Array.from({ length: 60 }, (_, i) => ({ id: `c${i}`, start: (i * 7) % 120, end: ((i * 7) % 120) + 3 + (i % 11), categoryIds: [['actor', 'quote', 'policy'][i % 3]!] }));
    let state = stateWith(...crowd);
    const added = { id: 'new', start: 40, end: 66, categoryIds: ['statistic'] };
    state = state.apply(changeHighlights(state.tr, { add: [added], remove: [crowd[5]!, crowd[17]!] }));
    const fresh = stateWith(...crowd.filter((_, i) => i !== 5 && i !== 17), added);
    expect(drawn(state)).to.deep.equal(drawn(fresh));
  });

  it('draws with decorations, not marks: setting and changing highlights leaves the document as it was', () => {
    // No read-only plugin here (the reader view would drop a change to the text anyway), so a
    // highlight that changed the document would show.
    const doc = articleToDoc(BLOCKS);
    const a = spec('a', 'Ed Lee', ['actor']);
    let state = EditorState.create({ doc, plugins: [plugin()] });
    const set = setHighlights(state.tr, [a]);
    expect(set.docChanged).to.be.false;
    state = state.apply(set);
    const change = changeHighlights(state.tr, { remove: [a], add: [spec('a', 'Ed Lee', ['quote'])] });
    expect(change.docChanged).to.be.false;
    state = state.apply(change);
    expect(state.doc).to.equal(doc);
    expect(drawn(state)).to.deep.equal(['quote [a]: Ed Lee']);
  });

  it('ignores an empty range instead of drawing nothing visible', () => {
    const state = stateWith({ id: 'x', start: 5, end: 5, categoryIds: ['actor'] });
    expect(getHighlights(state).find()).to.have.length(0);
  });

  it('leaves hidden categories out of the drawing but keeps their annotations reachable', () => {
    let state = stateWith(spec('a', 'sagte Bürgermeister', ['actor']), spec('b', 'Bürgermeister Ed Lee', ['statistic']));
    state = state.apply(setHiddenCategories(state.tr, ['actor']));
    expect(drawn(state)).to.deep.equal(['statistic [a b]: Bürgermeister', 'statistic [b]:  Ed Lee']);
    expect(annotationIdsAt(state, textIndexOf(state.doc).offsetToPos(TEXT.indexOf('sagte')))).to.deep.equal(['a']);
    state = state.apply(changeHighlights(state.tr, { add: [spec('c', 'Kalifornien', ['actor'])] }));
    expect(drawn(state)).to.deep.equal(['statistic [a b]: Bürgermeister', 'statistic [b]:  Ed Lee']);
    state = state.apply(setHiddenCategories(state.tr, []));
    expect(drawn(state)).to.have.length(4);
  });

  it('keeps a crowded run one span: how many annotations it has, their ids only while they are few', () => {
    const crowd = Array.from({ length: 61 }, (_, i) => spec(`n${String(i).padStart(2, '0')}`, 'Sanctuary', [i % 2 ? 'actor' : 'quote']));
    const state = stateWith(...crowd);
    const [decoration] = getHighlights(state).find();
    const attrs = (decoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect(getHighlights(state).find()).to.have.length(1);
    expect([attrs['data-category'], attrs['data-annotation-count'], attrs['data-annotation-id']]).to.deep.equal(['actor quote', '61', undefined]);
    const few = stateWith(...crowd.slice(0, MAX_LISTED_IDS));
    const [fewDecoration] = getHighlights(few).find();
    expect((fewDecoration as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-annotation-id']).to.equal(crowd.slice(0, MAX_LISTED_IDS).map((c) => c.id).join(' '));
    expect(annotationIdsAt(state, textIndexOf(state.doc).offsetToPos(TEXT.indexOf('Sanctuary') + 1))).to.have.length(61);
  });

  it('says how many categories of a run are not drawn beyond the four it draws', () => {
    const state = stateWith(spec('a', 'Ed Lee', ['actor', 'policy', 'quote', 'statistic', 'court']));
    const attrs = (getHighlights(state).find()[0] as unknown as { type: { attrs: Record<string, string> } }).type.attrs;
    expect([attrs['data-category'], attrs['data-undrawn-categories']]).to.deep.equal(['actor policy quote statistic court', '1']);
  });
});

describe('the highlight plugin in a view', () => {
  let mount: HTMLElement;
  let view: EditorView;
  let sheet: HTMLLinkElement;

  before(async () => {
    // The app's highlight styles, as the reader has them.
    sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/styles/highlights.css' });
    document.head.append(sheet);
    await new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
  });

  after(() => sheet.remove());

  beforeEach(() => {
    mount = document.createElement('div');
    document.body.append(mount);
    view = createReaderView(mount, articleToDoc(BLOCKS), { label: 'Test', plugins: [plugin()] });
  });

  afterEach(() => {
    view.destroy();
    mount.remove();
  });

  const spans = () =>
    [...view.dom.querySelectorAll<HTMLElement>('.cr-highlight')].map((span) => `${span.dataset.category} [${span.dataset.annotationId}]: ${span.textContent}`);

  it('renders a span with data-category and the annotation id around exactly the passage', () => {
    view.dispatch(setHighlights(view.state.tr, [spec('a1', 'Bürgermeister Ed Lee', ['actor'])]));
    expect(spans()).to.deep.equal(['actor [a1]: Bürgermeister Ed Lee']);
    expect(view.dom.querySelector<HTMLElement>('.cr-highlight')!.style.getPropertyValue('--cr-hl-colour')).to.equal('#0072b2');
  });

  it('renders overlapping passages side by side, one level deep, each run with all its categories', () => {
    view.dispatch(
      setHighlights(view.state.tr, [spec('q', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('a', 'Sanctuary City', ['actor'])]),
    );
    expect(spans()).to.deep.equal(['quote [q]: „Wir sind und bleiben eine ', 'actor quote [q a]: Sanctuary City', 'quote [q]: “']);
    expect(view.dom.querySelector('.cr-highlight .cr-highlight')).to.equal(null);
  });

  it('paints each category of a run: its tint and its own line, stacked under the text', () => {
    view.dispatch(setHighlights(view.state.tr, [spec('a', 'Ed Lee', ['actor', 'quote'])]));
    const style = getComputedStyle(view.dom.querySelector('.cr-highlight')!);
    const lines = style.backgroundImage.split(/,\s*(?=(?:linear|repeating-linear|radial)-gradient|none)/);
    expect(lines.map((line) => line.match(/^[a-z-]+/)?.[0])).to.deep.equal(['linear-gradient', 'repeating-linear-gradient', 'none']);
    expect(lines[0]).to.contain('rgb(0, 114, 178)');
    expect(lines[1]).to.contain('rgb(204, 121, 167)');
    expect(style.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(parseFloat(style.paddingBottom)).to.be.closeTo(2 * 0.22 * parseFloat(style.fontSize), 0.01);
  });

  it('leaves the text a reader sees as it was, highlight spans and all', () => {
    const before = view.dom.textContent;
    view.dispatch(setHighlights(view.state.tr, [spec('q', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('a', 'Ed Lee', ['actor', 'quote'])]));
    expect(view.dom.querySelectorAll('.cr-highlight')).to.have.length(2);
    expect(view.dom.textContent).to.equal(before);
  });

  it('finds where an annotation’s passage is on screen from its range, a segment it shares or not', () => {
    view.dispatch(setHighlights(view.state.tr, [spec('q', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('a', 'Sanctuary City', ['actor'])]));
    const shared = view.dom.querySelector('[data-annotation-id="q a"]')!.getBoundingClientRect();
    const rects = highlightRects(view, 'a');
    expect([Math.min(...rects.map((r) => r.left)), Math.max(...rects.map((r) => r.right)), Math.max(...rects.map((r) => r.bottom))]).to.deep.equal([
      shared.left,
      shared.right,
      shared.bottom,
    ]);
    expect(highlightRects(view, 'nothing')).to.deep.equal([]);
  });
});

describe('an article that opens already highlighted', () => {
  it('draws the initial highlights in the first state, with no transaction', () => {
    const state = EditorState.create({
      doc: articleToDoc(BLOCKS),
      plugins: [highlightsPlugin((id) => LOOKS[id], [spec('a', 'Bürgermeister Ed Lee', ['actor'])], 'spans')],
    });
    expect(drawn(state)).to.deep.equal(['actor [a]: Bürgermeister Ed Lee']);
  });
});
