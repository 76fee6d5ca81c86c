/**
 * The range painter of the class view (issue 16) on a real read-only view: layers become named CSS
 * highlights over exactly their text, across blocks too, and a new paint replaces the old; the
 * caret plugin reports the caret's offset and Enter there without the text changing; placing the
 * caret at an offset puts it there and gives the text focus; a point over either half of a
 * character names that character.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../src/editor/article-doc.js';
import { boxAtOffset, caretOffset, caretPlugin, characterAtPoint, placeCaretAt, RangePainter } from '../../src/editor/range-highlights.js';
import { createReaderView } from '../../src/editor/reader-view.js';
import { canonicalText } from '../../src/model/documents/article.js';

const BLOCKS = [
  { type: 'headline', text: 'Zweierlei Solidarität 🙂' },
  { type: 'paragraph', text: 'Die Bürgermeisterin sagte: „Wir helfen.“ 120 Familien kamen.' },
] as const;
const TEXT = canonicalText(BLOCKS);

describe('RangePainter and the caret plugin', () => {
  let mount: HTMLElement;
  let view: EditorView;
  let painter: RangePainter;
  const carets: number[] = [];
  const enters: number[] = [];

  const painted = (key: string): string[] => {
    const highlight = CSS.highlights.get(painter.nameOf(key));
    return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()) : [];
  };

  beforeEach(() => {
    carets.length = 0;
    enters.length = 0;
    mount = document.createElement('div');
    document.body.append(mount);
    view = createReaderView(mount, articleToDoc(BLOCKS, () => ''), {
      label: 'Zweierlei Solidarität',
      plugins: [caretPlugin({ onCaret: (offset) => carets.push(offset), onEnter: (offset) => enters.push(offset) })],
    });
    painter = new RangePainter(view);
  });

  afterEach(() => {
    painter.destroy();
    view.destroy();
    mount.remove();
  });

  it('paints each layer over exactly its ranges, and replaces them on the next paint', () => {
    const helfen = TEXT.indexOf('Wir helfen.');
    const familien = TEXT.indexOf('120 Familien');
    painter.paint([
      { key: 'one', ranges: [{ start: helfen, end: helfen + 11 }, { start: familien, end: familien + 12 }], style: 'background-color: yellow', priority: 1 },
      { key: 'two', ranges: [{ start: TEXT.indexOf('🙂'), end: TEXT.indexOf('Bürger') }], style: 'background-color: orange' },
    ]);
    expect(painter.nameOf('one')).to.equal(`${painter.prefix}one`);
    expect(painted('one')).to.deep.equal(['Wir helfen.', '120 Familien']);
    expect(CSS.highlights.get(painter.nameOf('one'))!.priority).to.equal(1);
    // Across the break between two blocks (the DOM's text has no separator there).
    expect(painted('two')).to.deep.equal(['🙂Die ']);

    painter.paint([{ key: 'two', ranges: [{ start: 0, end: 9 }, { start: 5, end: 5 }, { start: TEXT.length - 2, end: TEXT.length + 40 }], style: 'color: red' }]);
    expect(CSS.highlights.has(painter.nameOf('one'))).to.equal(false);
    expect(painted('two')).to.deep.equal(['Zweierlei', 'n.']);

    painter.destroy();
    expect(CSS.highlights.has(painter.nameOf('two'))).to.equal(false);
  });

  it('reports the caret as it moves and Enter on it, and the text stays as it was', async () => {
    const helfen = TEXT.indexOf('Wir helfen.');
    placeCaretAt(view, helfen);
    expect(document.activeElement).to.equal(view.dom);
    expect(caretOffset(view)).to.equal(helfen);
    expect(carets).to.deep.equal([helfen]);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(carets).to.deep.equal([helfen, helfen + 1, helfen + 2]);
    await sendKeys({ press: 'Enter' });
    expect(enters).to.deep.equal([helfen + 2]);
    expect(view.state.doc.textBetween(0, view.state.doc.content.size, '\n\n')).to.equal(TEXT);
  });

  it('names the character under a point, over its left half and its right half', () => {
    const w = TEXT.indexOf('Wir helfen.');
    for (const offset of [w, w + 1, w + 10, TEXT.indexOf('120')]) {
      const [here, next] = [boxAtOffset(view, offset), boxAtOffset(view, offset + 1)];
      const y = (here.top + here.bottom) / 2;
      const width = next.left - here.left;
      expect([characterAtPoint(view, here.left + width * 0.25, y), characterAtPoint(view, here.left + width * 0.75, y)], `at ${offset}`).to.deep.equal([offset, offset]);
    }
  });
});
