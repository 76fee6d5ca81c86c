/**
 * The title a reader's own document starts with (src/model/documents/document-title.ts): its headline, else
 * its file's name, else its first words.
 */
import { expect } from '@open-wc/testing';
import type { ArticleBlock } from '../../../src/model/documents/article.js';
import { MAX_WORDS_TITLE, titleFor } from '../../../src/model/documents/document-title.js';

const P = (text: string): ArticleBlock => ({ type: 'paragraph', text });

describe('the title of an own document', () => {
  const cases: { name: string; blocks: ArticleBlock[]; fileName?: string; expected: string }[] = [
    { name: 'the headline, wherever it is', blocks: [P('Vorspann'), { type: 'subheading', text: 'Teil' }, { type: 'headline', text: 'Titel' }], fileName: 'notiz.md', expected: 'Titel' },
    { name: 'the first subheading without a headline', blocks: [P('Vorspann'), { type: 'subheading', text: 'Teil eins' }, { type: 'subheading', text: 'Teil zwei' }], expected: 'Teil eins' },
    { name: 'the file name without its extension', blocks: [P('Nur Text.')], fileName: 'Rede vom 3. Mai.final.txt', expected: 'Rede vom 3. Mai.final' },
    { name: 'a file name without an extension as it is', blocks: [P('Nur Text.')], fileName: 'README', expected: 'README' },
    { name: 'the first block for a pasted text', blocks: [P('Ein kurzer Text.'), P('Mehr.')], expected: 'Ein kurzer Text.' },
    { name: 'the first block for a file name that is only an extension', blocks: [P('Ein kurzer Text.')], fileName: '.txt', expected: 'Ein kurzer Text.' },
    { name: 'nothing for no blocks', blocks: [], expected: '' },
  ];
  for (const { name, blocks, fileName, expected } of cases) {
    it(`is ${name}`, () => {
      expect(titleFor(blocks, fileName)).to.equal(expected);
    });
  }

  it('cuts a long first block at a word, within 80 characters, and says so with "…"', () => {
    const text = 'In Nordamerika und Europa setzen sich Stadtgesellschaften für die Rechte von Flüchtlingen und Migranten ein.';
    const title = titleFor([P(text)]);
    expect(title).to.equal('In Nordamerika und Europa setzen sich Stadtgesellschaften für die Rechte von…');
    expect(title.length).to.be.at.most(MAX_WORDS_TITLE);
  });

  it('cuts one endless word hard, never through an emoji', () => {
    const title = titleFor([P(`${'a'.repeat(78)}🙂🙂🙂`)]);
    expect(title).to.equal(`${'a'.repeat(78)}…`);
  });
});
