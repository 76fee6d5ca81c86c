import { expect } from '@open-wc/testing';
import type { EditorView } from 'prosemirror-view';
import { articleToDoc } from '../../src/editor/article-doc.js';
import { changeHighlights, highlightsPlugin, setHiddenCategories, setHighlights, type HighlightSpec } from '../../src/editor/highlights.js';
import { findPlugin, setFindQuery } from '../../src/editor/find.js';
import { flashPlugin, setFlash } from '../../src/editor/flash.js';
import { createReaderView } from '../../src/editor/reader-view.js';
import type { HighlightProbe } from '../../src/editor/highlight-probe.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';
import { BLOCKS, LOOKS, TEXT } from '../support/highlight-article.js';


function spec(id: string, quote: string, categoryIds: string[]): HighlightSpec {
  const start = TEXT.indexOf(quote);
  if (start < 0) throw new Error(`${quote} not in text`);
  return { id, start, end: start + quote.length, categoryIds };
}

const QUOTE = spec('q', '„Wir sind und bleiben eine Sanctuary City“', ['quote']);
const CITY = spec('a', 'Sanctuary City', ['actor']);
const LEE = spec('l', 'Ed Lee', ['actor', 'policy']);

function probeOf(view: EditorView): HighlightProbe {
  return (view.dom as unknown as { crHighlights: HighlightProbe }).crHighlights;
}

/** What each of the view's highlights in CSS.highlights holds: `category@depth: text | text`, ranges in text order. */
function registered(view: EditorView): string[] {
  return probeOf(view)
    .names()
    .map(({ name, category, depth }) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return `${category || 'undrawn'}@${depth}: ${ranges.map((range) => range.toString()).join(' | ')}`;
    })
    .filter((line) => !line.endsWith(': '))
    .sort();
}

describe('highlights painted through the CSS Custom Highlight API', () => {
  let mount: HTMLElement;
  let view: EditorView;

  beforeEach(() => {
    mount = document.createElement('div');
    document.body.append(mount);
    view = createReaderView(mount, articleToDoc(BLOCKS), {
      label: 'Test',
      plugins: [highlightsPlugin((id) => LOOKS[id], [], 'highlight-api'), findPlugin(), flashPlugin()],
    });
  });

  afterEach(() => {
    if (!view.isDestroyed) view.destroy();
    mount.remove();
  });

  it('shows the pointer hand over highlighted text and not over plain text', async () => {
    view.dispatch(setHighlights(view.state.tr, [LEE]));
    const over = (quote: string) => {
      const at = view.coordsAtPos(textIndexOf(view.state.doc).offsetToPos(TEXT.indexOf(quote) + 2));
      view.dom.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: at.left + 1, clientY: (at.top + at.bottom) / 2 }));
      return new Promise((resolve) => requestAnimationFrame(() => resolve(view.dom.classList.contains('cr-over-highlight'))));
    };
    expect(await over('Ed Lee')).to.equal(true);
    expect(await over('Kalifornien')).to.equal(false);
  });

  it('registers one highlight per category and overlap depth, holding exactly the runs it paints', () => {
    view.dispatch(setHighlights(view.state.tr, [QUOTE, CITY, LEE]));
    expect(registered(view)).to.deep.equal([
      'actor@0: Sanctuary City | Ed Lee',
      'policy@1: Ed Lee',
      'quote@0: „Wir sind und bleiben eine  | “',
      'quote@1: Sanctuary City',
    ]);
  });

  it('puts no element in the text: the text is as plain as without highlights', () => {
    const before = view.dom.innerHTML;
    view.dispatch(setHighlights(view.state.tr, [QUOTE, CITY, LEE]));
    expect(view.dom.querySelectorAll('.cr-highlight, [data-category]')).to.have.length(0);
    expect(view.dom.innerHTML).to.equal(before);
  });

  it('reports the painted runs to tests in text order, with categories as drawn and their annotations', () => {
    view.dispatch(setHighlights(view.state.tr, [QUOTE, CITY]));
    expect(probeOf(view).ranges().map((range) => `${range.categories.join(' ')} [${range.ids.join(' ')}] ${range.count}: ${range.text}`)).to.deep.equal([
      'quote [q] 1: „Wir sind und bleiben eine ',
      'actor quote [q a] 2: Sanctuary City',
      'quote [q] 1: “',
    ]);
  });

  it('keeps covering the right text after find, the flash and a selection redraw the text nodes', () => {
    view.dispatch(setHighlights(view.state.tr, [QUOTE, CITY, LEE]));
    const expected = registered(view);
    view.dispatch(setFindQuery(view.state.tr, 'ctuary Ci'));
    expect(view.dom.querySelectorAll('mark.cr-find-match')).to.have.length(1);
    expect(registered(view)).to.deep.equal(expected);
    view.dispatch(setFlash(view.state.tr, { start: LEE.start - 3, end: LEE.end - 2 }));
    expect(registered(view)).to.deep.equal(expected);
    view.dispatch(setFindQuery(setFlash(view.state.tr, null), ''));
    expect(view.dom.querySelectorAll('mark, .cr-flash')).to.have.length(0);
    expect(registered(view)).to.deep.equal(expected);
  });

  it('redraws only the runs a change touches: the Range of a run elsewhere stays the same object', () => {
    view.dispatch(setHighlights(view.state.tr, [spec('k', 'Kalifornien', ['statistic']), LEE]));
    const statistic = probeOf(view).names().find((name) => name.category === 'statistic')!.name;
    const [before] = [...CSS.highlights.get(statistic)!];
    view.dispatch(changeHighlights(view.state.tr, { add: [CITY], remove: [LEE] }));
    expect([...CSS.highlights.get(statistic)!]).to.deep.equal([before]);
    expect(registered(view)).to.deep.equal(['actor@0: Sanctuary City', 'statistic@0: Kalifornien']);
  });

  it('leaves hidden categories unpainted and paints them again when shown', () => {
    view.dispatch(setHighlights(view.state.tr, [QUOTE, CITY]));
    view.dispatch(setHiddenCategories(view.state.tr, ['quote']));
    expect(registered(view)).to.deep.equal(['actor@0: Sanctuary City']);
    view.dispatch(setHiddenCategories(view.state.tr, []));
    expect(registered(view)).to.deep.equal(['actor@0: Sanctuary City', 'quote@0: „Wir sind und bleiben eine  | “', 'quote@1: Sanctuary City']);
  });

  it('marks a run with more categories than it draws, drawing the first four', () => {
    view.dispatch(setHighlights(view.state.tr, [spec('x', 'Ed Lee', ['court', 'quote', 'actor', 'statistic', 'policy'])]));
    expect(registered(view)).to.deep.equal(['actor@0: Ed Lee', 'policy@1: Ed Lee', 'quote@2: Ed Lee', 'statistic@3: Ed Lee', 'undrawn@-1: Ed Lee']);
  });

  it('styles each highlight with its category’s tint and line style, thicker lines deeper, in the text’s tree scope', () => {
    view.dispatch(setHighlights(view.state.tr, [LEE]));
    const names = probeOf(view).names();
    const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
    const look = (category: string) => {
      const name = names.find((n) => n.category === category)!.name;
      const { style } = rules.find((rule) => rule.selectorText === `::highlight(${name})`)!;
      return [style.backgroundColor, style.textDecorationLine, style.textDecorationStyle, style.textDecorationColor, style.textDecorationThickness];
    };
    expect(look('actor')).to.deep.equal(['color-mix(in srgb, rgb(0, 114, 178) 22%, transparent 78%)', 'underline', 'solid', 'rgb(0, 114, 178)', '2px']);
    expect(look('policy')).to.deep.equal(['color-mix(in srgb, rgb(176, 120, 0) 7.69%, transparent 92.31%)', 'underline', 'double', 'rgb(176, 120, 0)', '4.5px']);
  });

  it('uses names of its own, so two views do not clobber each other, and removes them when destroyed', () => {
    view.dispatch(setHighlights(view.state.tr, [CITY]));
    const otherMount = document.createElement('div');
    document.body.append(otherMount);
    const other = createReaderView(otherMount, articleToDoc(BLOCKS), { label: 'Other', plugins: [highlightsPlugin((id) => LOOKS[id], [LEE], 'highlight-api')] });
    try {
      expect(registered(view)).to.deep.equal(['actor@0: Sanctuary City']);
      expect(registered(other)).to.deep.equal(['actor@0: Ed Lee', 'policy@1: Ed Lee']);
      const names = probeOf(view).names().map(({ name }) => name);
      const sheets = document.adoptedStyleSheets.length;
      view.destroy();
      expect(names.filter((name) => CSS.highlights.has(name))).to.deep.equal([]);
      expect(document.adoptedStyleSheets).to.have.length(sheets - 1);
      expect(registered(other)).to.deep.equal(['actor@0: Ed Lee', 'policy@1: Ed Lee']);
    } finally {
      other.destroy();
      otherMount.remove();
    }
  });
});

describe('highlights where the CSS Custom Highlight API is missing', () => {
  it('falls back to one span per run carrying all its categories, and the probe reads the spans', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const view = createReaderView(mount, articleToDoc(BLOCKS), { label: 'Test', plugins: [highlightsPlugin((id) => LOOKS[id], [QUOTE, CITY], 'spans')] });
    try {
      expect([...view.dom.querySelectorAll<HTMLElement>('.cr-highlight')].map((span) => `${span.dataset.category}: ${span.textContent}`)).to.deep.equal([
        'quote: „Wir sind und bleiben eine ',
        'actor quote: Sanctuary City',
        'quote: “',
      ]);
      expect(probeOf(view).paint).to.equal('spans');
      expect(probeOf(view).ranges().map((range) => `${range.categories.join(' ')} ${range.start}-${range.end}: ${range.text}`)).to.deep.equal([
        `quote ${QUOTE.start}-${CITY.start}: „Wir sind und bleiben eine `,
        `actor quote ${CITY.start}-${CITY.end}: Sanctuary City`,
        `quote ${CITY.end}-${QUOTE.end}: “`,
      ]);
    } finally {
      view.destroy();
      mount.remove();
    }
  });
});
