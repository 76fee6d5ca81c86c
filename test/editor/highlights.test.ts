import { expect } from '@open-wc/testing';
import { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../src/editor/article-doc.js';
import {
  annotationIdsAt,
  changeHighlights,
  getHighlights,
  highlightsPlugin,
  setHighlights,
  type HighlightSpec,
} from '../../src/editor/highlights.js';
import { createReaderView } from '../../src/editor/reader-view.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';

const BLOCKS = [
  { type: 'paragraph', text: 'Die Reaktion aus Kalifornien ließ kaum eine Stunde auf sich warten.' },
  { type: 'paragraph', text: '„Wir sind und bleiben eine Sanctuary City“, sagte Bürgermeister Ed Lee.' },
] as const;
const TEXT = BLOCKS.map((block) => block.text).join('\n\n');
const LOOKS: Record<string, { colour: string; line: string }> = {
  actor: { colour: '#0072b2', line: 'solid' },
  quote: { colour: '#cc79a7', line: 'dashed' },
};
const plugin = () => highlightsPlugin((id) => LOOKS[id]);

function spec(id: string, quote: string, categoryIds: string[]): HighlightSpec {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`${quote} not in text`);
  return { id, start, end: start + quote.length, categoryIds };
}

function stateWith(...highlights: HighlightSpec[]): EditorState {
  const state = EditorState.create({ doc: articleToDoc(BLOCKS), plugins: [plugin()] });
  return state.apply(setHighlights(state.tr, highlights));
}

/** What each decoration covers, as text, with its category and annotation. */
function covered(state: EditorState): string[] {
  const index = textIndexOf(state.doc);
  return getHighlights(state)
    .find()
    .map((d) => `${(d.spec as { annotationId: string }).annotationId}/${(d.spec as { categoryId: string }).categoryId}: ${index.textBetween(d.from, d.to)}`)
    .sort();
}

describe('the highlight plugin on an EditorState', () => {
  it('highlights exactly the passage of the text offsets it is given', () => {
    const state = stateWith(spec('a', 'Bürgermeister Ed Lee', ['actor']));
    expect(covered(state)).to.deep.equal(['a/actor: Bürgermeister Ed Lee']);
  });

  it('draws one decoration per category of a passage tagged with two', () => {
    const state = stateWith(spec('a', 'Ed Lee', ['actor', 'quote']));
    expect(covered(state)).to.deep.equal(['a/actor: Ed Lee', 'a/quote: Ed Lee']);
  });

  it('keeps overlapping highlights apart and names the innermost first at a position', () => {
    const state = stateWith(spec('outer', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('inner', 'Sanctuary City', ['actor']));
    const pos = textIndexOf(state.doc).offsetToPos(TEXT.indexOf('Sanctuary') + 3);
    expect(annotationIdsAt(state, pos)).to.deep.equal(['inner', 'outer']);
    const before = textIndexOf(state.doc).offsetToPos(TEXT.indexOf('Wir'));
    expect(annotationIdsAt(state, before)).to.deep.equal(['outer']);
  });

  it('highlights a passage that runs across two paragraphs', () => {
    const state = stateWith(spec('a', 'warten.\n\n„Wir', ['quote']));
    expect(getHighlights(state).find()).to.have.length(1);
    expect(covered(state)).to.deep.equal(['a/quote: warten.\n\n„Wir']);
  });

  it('removes one highlight and leaves the others', () => {
    const a = spec('a', 'Ed Lee', ['actor']);
    const b = spec('b', 'Kalifornien', ['actor']);
    let state = stateWith(a, b);
    state = state.apply(changeHighlights(state.tr, { remove: [a] }));
    expect(covered(state)).to.deep.equal(['b/actor: Kalifornien']);
  });

  it('replaces an edited highlight in one step (old categories out, new in)', () => {
    const before = spec('a', 'Ed Lee', ['actor']);
    const after = spec('a', 'Ed Lee', ['quote']);
    let state = stateWith(before);
    state = state.apply(changeHighlights(state.tr, { remove: [before], add: [after] }));
    expect(covered(state)).to.deep.equal(['a/quote: Ed Lee']);
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
    expect(covered(state)).to.deep.equal(['a/quote: Ed Lee']);
  });

  it('ignores an empty range instead of drawing nothing visible', () => {
    const state = stateWith({ id: 'x', start: 5, end: 5, categoryIds: ['actor'] });
    expect(getHighlights(state).find()).to.have.length(0);
  });
});

describe('the highlight plugin in a view', () => {
  let mount: HTMLElement;
  let view: EditorView;

  beforeEach(() => {
    mount = document.createElement('div');
    document.body.append(mount);
    view = createReaderView(mount, articleToDoc(BLOCKS), { label: 'Test', plugins: [plugin()] });
  });

  afterEach(() => {
    view.destroy();
    mount.remove();
  });

  it('renders spans with data-category and the annotation id around exactly the passage', () => {
    view.dispatch(setHighlights(view.state.tr, [spec('a1', 'Bürgermeister Ed Lee', ['actor'])]));
    const spans = [...view.dom.querySelectorAll<HTMLElement>('[data-annotation-id="a1"]')];
    expect(spans.map((span) => span.dataset.category)).to.deep.equal(['actor']);
    expect(spans.map((span) => span.textContent).join('')).to.equal('Bürgermeister Ed Lee');
    expect(spans[0]!.style.getPropertyValue('--cr-hl-colour')).to.equal('#0072b2');
  });

  it('renders overlapping passages as nested spans, each category over its own text', () => {
    view.dispatch(
      setHighlights(view.state.tr, [spec('q', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('a', 'Sanctuary City', ['actor'])]),
    );
    const quote = [...view.dom.querySelectorAll('[data-category="quote"]')].map((span) => span.textContent).join('');
    const actor = [...view.dom.querySelectorAll('[data-category="actor"]')].map((span) => span.textContent).join('');
    expect(quote).to.equal('„Wir sind und bleiben eine Sanctuary City“');
    expect(actor).to.equal('Sanctuary City');
    expect(view.dom.querySelector('[data-category="quote"] [data-category="actor"], [data-category="actor"] [data-category="quote"]')).to.exist;
  });

  it('leaves the text a reader sees as it was, highlight spans and all', () => {
    const before = view.dom.textContent;
    view.dispatch(setHighlights(view.state.tr, [spec('q', '„Wir sind und bleiben eine Sanctuary City“', ['quote']), spec('a', 'Ed Lee', ['actor', 'quote'])]));
    expect(view.dom.querySelectorAll('.cr-highlight')).to.have.length(3);
    expect(view.dom.textContent).to.equal(before);
  });
});

describe('an article that opens already highlighted', () => {
  it('draws the initial highlights in the first state, with no transaction', () => {
    const state = EditorState.create({
      doc: articleToDoc(BLOCKS),
      plugins: [highlightsPlugin((id) => LOOKS[id], [spec('a', 'Bürgermeister Ed Lee', ['actor'])])],
    });
    expect(covered(state)).to.deep.equal(['a/actor: Bürgermeister Ed Lee']);
  });
});
