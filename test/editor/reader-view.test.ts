import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../src/editor/article-doc.js';
import { createReaderView, LONG_TEXT } from '../../src/editor/reader-view.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';

const BLOCKS = [
  { type: 'headline', text: 'Zweierlei Solidarität' },
  { type: 'paragraph', text: '„Wir sind und bleiben eine Sanctuary City.“' },
  { type: 'caption', text: 'San Franciscos Bürgermeister Lee' },
] as const;

describe('the reader view: read-only, but selectable like any text', () => {
  let mount: HTMLElement;
  let view: EditorView;

  beforeEach(() => {
    mount = document.createElement('div');
    document.body.append(mount);
    view = createReaderView(mount, articleToDoc(BLOCKS, (type) => (type === 'caption' ? 'Photo caption' : '')), {
      label: 'Zweierlei Solidarität',
    });
  });

  afterEach(() => {
    view.destroy();
    mount.remove();
  });

  function placeCaret(offset: number): void {
    const pos = textIndexOf(view.state.doc).offsetToPos(offset);
    view.focus();
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
  }

  function selectedText(): string {
    const { from, to } = view.state.selection;
    return textIndexOf(view.state.doc).textBetween(from, to);
  }

  it('exposes the text as a read-only, multi-line text with the article title as its name', () => {
    expect(view.dom.getAttribute('role')).to.equal('textbox');
    expect(view.dom.getAttribute('aria-readonly')).to.equal('true');
    expect(view.dom.getAttribute('aria-label')).to.equal('Zweierlei Solidarität');
  });

  it('puts the headline and subheadings one level below the page’s headings where the article sits in a section, the text unchanged', () => {
    const blocks = [
      { type: 'headline', text: 'Zweierlei Solidarität' },
      { type: 'subheading', text: 'Städte' },
      { type: 'paragraph', text: 'Wir helfen.' },
    ] as const;
    const outline = (level?: number): string[] => {
      const other = createReaderView(mount, articleToDoc(blocks), { label: 'Z', ...(level === undefined ? {} : { headingLevel: level }) });
      const shown = [...other.dom.children].map((block) => `${block.localName}.${block.className} ${block.getAttribute('data-kind')}: ${block.textContent}`);
      expect(textIndexOf(other.state.doc).textBetween(0, other.state.doc.content.size)).to.equal('Zweierlei Solidarität\n\nStädte\n\nWir helfen.');
      other.destroy();
      return shown;
    };
    expect(outline()).to.deep.equal([
      'h1.cr-block cr-headline headline: Zweierlei Solidarität',
      'h2.cr-block cr-subheading subheading: Städte',
      'p.cr-block cr-paragraph paragraph: Wir helfen.',
    ]);
    expect(outline(3)).to.deep.equal([
      'h3.cr-block cr-headline headline: Zweierlei Solidarität',
      'h4.cr-block cr-subheading subheading: Städte',
      'p.cr-block cr-paragraph paragraph: Wir helfen.',
    ]);
  });

  it('marks a text as long from LONG_TEXT positions on, so its blocks off screen skip layout and paint (styles/reader.css)', () => {
    const classes = (characters: number): string => {
      const other = createReaderView(mount, articleToDoc([{ type: 'paragraph', text: 'x'.repeat(characters) }]), { label: 'Lang' });
      const names = [...other.dom.classList].filter((name) => name.startsWith('cr-')).join(' ');
      other.destroy();
      return names;
    };
    // One paragraph: its characters and its two boundary positions.
    expect(classes(LONG_TEXT - 2)).to.equal('cr-article-text');
    expect(classes(LONG_TEXT - 1)).to.equal('cr-article-text cr-long-text');
    expect(view.dom.classList.contains('cr-long-text')).to.equal(false);
  });

  it('renders headline, paragraph and labelled debris as what they are', () => {
    expect(view.dom.querySelector('h1')?.textContent).to.equal('Zweierlei Solidarität');
    const caption = view.dom.querySelector('[data-kind="caption"]');
    expect(caption?.textContent).to.equal('San Franciscos Bürgermeister Lee');
    expect(caption?.getAttribute('data-label')).to.equal('Photo caption');
  });

  it('ignores typing, deleting and Enter: the text stays exactly as it was', async () => {
    const before = view.state.doc;
    placeCaret(30);
    await sendKeys({ type: 'xyz' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Delete' });
    await sendKeys({ press: 'Enter' });
    expect(view.state.doc.eq(before)).to.be.true;
    expect(view.dom.textContent).to.equal(BLOCKS.map((block) => block.text).join(''));
  });

  it('ignores a paste', () => {
    const before = view.state.doc;
    placeCaret(30);
    const data = new DataTransfer();
    data.setData('text/plain', 'eingefügt');
    view.dom.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    expect(view.state.doc.eq(before)).to.be.true;
  });

  it('selects character by character with Shift+ArrowRight from a caret', async () => {
    placeCaret(23); // before „Wir (the headline is 21 units, then "\n\n")
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 4; i += 1) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    expect(selectedText()).to.equal('„Wir');
  });

  it('selects word by word with Ctrl+Shift+ArrowRight', async () => {
    placeCaret(24); // before Wir
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    expect(selectedText().trim()).to.equal('Wir sind');
  });

  it('extends a selection across a block boundary with Shift+ArrowDown', async () => {
    placeCaret(0);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    expect(selectedText().startsWith('Zweierlei Solidarität\n\n')).to.be.true;
  });
});
