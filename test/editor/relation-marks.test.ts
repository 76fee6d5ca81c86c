/**
 * The relation marks in the text (src/editor/relation-marks.ts, issue 17): the partners of the
 * focused annotation and of the one under the mouse, and the source and candidate of a link being
 * made, each drawn as its own span with its class, in a real view.
 */
import { expect } from '@open-wc/testing';
import type { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../src/editor/article-doc.js';
import { highlightsPlugin, setHighlights, type HighlightSpec } from '../../src/editor/highlights.js';
import { relationMarks, relationMarksPlugin, setFocusedAnnotation, setLinkMarks, setRelationPartners } from '../../src/editor/relation-marks.js';
import { createReaderView } from '../../src/editor/reader-view.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';
import { BLOCKS, LOOKS, TEXT } from '../support/highlight-article.js';

function spec(id: string, quote: string, categoryIds: string[]): HighlightSpec {
  const start = TEXT.indexOf(quote);
  return { id, start, end: start + quote.length, categoryIds };
}

const QUOTE = spec('quote', 'Wir sind und bleiben eine Sanctuary City', ['quote']);
const LEE = spec('lee', 'Bürgermeister Ed Lee', ['actor']);
const CITY = spec('city', 'Kalifornien', ['actor']);

describe('relation marks in the text', () => {
  let mount: HTMLElement;
  let view: EditorView;

  beforeEach(() => {
    mount = document.createElement('div');
    document.body.append(mount);
    view = createReaderView(mount, articleToDoc(BLOCKS), {
      label: 'Test',
      plugins: [highlightsPlugin((id) => LOOKS[id], [QUOTE, LEE, CITY], 'highlight-api'), relationMarksPlugin()],
    });
    view.dispatch(setHighlights(view.state.tr, [QUOTE, LEE, CITY]));
    // The quote is said by Lee.
    view.dispatch(setRelationPartners(view.state.tr, new Map([['quote', [LEE]], ['lee', [QUOTE]]])));
  });

  afterEach(() => {
    if (!view.isDestroyed) view.destroy();
    mount.remove();
  });

  /** The text of each element with `className`, in document order. */
  function marked(className: string): string[] {
    return [...view.dom.querySelectorAll(`.${className}`)].map((element) => element.textContent ?? '');
  }

  function hover(quote: string): Promise<void> {
    const at = view.coordsAtPos(textIndexOf(view.state.doc).offsetToPos(TEXT.indexOf(quote) + 2));
    view.dom.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: at.left + 1, clientY: (at.top + at.bottom) / 2 }));
    return new Promise((resolve) => requestAnimationFrame(() => resolve()));
  }

  it('marks nothing until an annotation with partners is focused, then exactly its partners', () => {
    expect(marked('cr-relation-partner')).to.deep.equal([]);
    view.dispatch(setFocusedAnnotation(view.state.tr, 'quote'));
    expect(marked('cr-relation-partner')).to.deep.equal(['Bürgermeister Ed Lee']);
    view.dispatch(setFocusedAnnotation(view.state.tr, 'city'));
    expect(marked('cr-relation-partner')).to.deep.equal([]);
    view.dispatch(setFocusedAnnotation(view.state.tr, 'lee'));
    expect(marked('cr-relation-partner')).to.deep.equal(['Wir sind und bleiben eine Sanctuary City']);
  });

  it('marks the partners of the annotation under the mouse, and stops when it leaves', async () => {
    await hover('Ed Lee');
    expect(marked('cr-relation-partner')).to.deep.equal(['Wir sind und bleiben eine Sanctuary City']);
    await hover('Kalifornien');
    expect(marked('cr-relation-partner')).to.deep.equal([]);
  });

  it('marks the partners of the focused and the hovered annotation together, each once', async () => {
    view.dispatch(setFocusedAnnotation(view.state.tr, 'quote'));
    await hover('Ed Lee');
    expect(relationMarks(view.state).map((mark) => [TEXT.slice(mark.start, mark.end), mark.kind])).to.deep.equal([
      ['Wir sind und bleiben eine Sanctuary City', 'cr-relation-partner'],
      ['Bürgermeister Ed Lee', 'cr-relation-partner'],
    ]);
  });

  it('marks the source and the candidate of a link being made, and clears them', () => {
    view.dispatch(setLinkMarks(view.state.tr, { source: QUOTE, candidate: CITY }));
    expect([marked('cr-link-source'), marked('cr-link-candidate')]).to.deep.equal([['Wir sind und bleiben eine Sanctuary City'], ['Kalifornien']]);
    view.dispatch(setLinkMarks(view.state.tr, { source: QUOTE, candidate: LEE }));
    expect(marked('cr-link-candidate')).to.deep.equal(['Bürgermeister Ed Lee']);
    view.dispatch(setLinkMarks(view.state.tr, {}));
    expect([marked('cr-link-source'), marked('cr-link-candidate')]).to.deep.equal([[], []]);
  });
});
