import { expect } from '@open-wc/testing';
import { EditorState } from 'prosemirror-state';
import { articleToDoc } from '../../src/editor/article-doc.js';
import { findPlugin, getFind, setFindCurrent, setFindQuery } from '../../src/editor/find.js';
import { highlightsPlugin, setHighlights } from '../../src/editor/highlights.js';
import { createReaderView } from '../../src/editor/reader-view.js';
import type { HighlightProbe } from '../../src/editor/highlight-probe.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';
import { loadShippedArticles } from '../support/articles.js';

describe('find in the article', () => {
  let state: EditorState;
  let trumps: number;

  before(async () => {
    const body = await (await loadShippedArticles()).loadBody('sanctuary-cities-gegen-trump');
    state = EditorState.create({ doc: articleToDoc(body.blocks), plugins: [findPlugin()] });
    trumps = textIndexOf(state.doc).text.match(/trump/gi)!.length;
  });

  it('marks every match of "Trump" in article 000 and makes the first current', () => {
    const found = state.apply(setFindQuery(state.tr, 'trump'));
    const { matches, current } = getFind(found);
    expect(matches.length).to.equal(trumps);
    expect(matches.length).to.be.greaterThan(3);
    expect(current).to.equal(0);
    const text = textIndexOf(found.doc).text;
    expect(matches.every((match) => text.slice(match.start, match.end).toLowerCase() === 'trump')).to.be.true;
  });

  it('steps through the matches and wraps around at both ends', () => {
    let found = state.apply(setFindQuery(state.tr, 'Trump'));
    const count = getFind(found).matches.length;
    found = found.apply(setFindCurrent(found.tr, count));
    expect(getFind(found).current).to.equal(0);
    found = found.apply(setFindCurrent(found.tr, -1));
    expect(getFind(found).current).to.equal(count - 1);
  });

  it('clears the marks for an empty query', () => {
    let found = state.apply(setFindQuery(state.tr, 'Trump'));
    found = found.apply(setFindQuery(found.tr, ''));
    expect(getFind(found).matches).to.have.length(0);
    expect(getFind(found).decorations.find()).to.have.length(0);
  });

  it('shows matches as <mark> elements, apart from highlights over the same text', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const view = createReaderView(mount, state.doc, {
      label: 'test',
      plugins: [findPlugin(), highlightsPlugin(() => ({ colour: '#0072b2', line: 'solid' }))],
    });
    try {
      const start = textIndexOf(view.state.doc).text.indexOf('Donald Trump');
      view.dispatch(setHighlights(view.state.tr, [{ id: 'a', start, end: start + 12, categoryIds: ['actor'] }]));
      view.dispatch(setFindQuery(view.state.tr, 'trump'));
      const marks = [...view.dom.querySelectorAll('mark.cr-find-match')];
      expect(marks.map((mark) => mark.textContent!.toLowerCase()).every((text) => text === 'trump')).to.be.true;
      expect(view.dom.querySelectorAll('mark.cr-find-current')).to.have.length(1);
      const probe = (view.dom as unknown as { crHighlights: HighlightProbe }).crHighlights;
      expect(probe.ranges().filter((range) => range.ids.includes('a')).map((range) => range.text).join('')).to.equal('Donald Trump');
    } finally {
      view.destroy();
      mount.remove();
    }
  });
});
