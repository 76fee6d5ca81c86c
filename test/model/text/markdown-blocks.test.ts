/**
 * The Markdown of an assignment's instructions read into blocks (issue 15), as a table: headings,
 * paragraphs, lists, emphasis, links as text plus URL, and markup that must stay literal text
 * (`<script>`, `<img onerror>`, a `javascript:` link), never HTML.
 */
import { expect } from '@open-wc/testing';
import { type MarkdownBlock, parseMarkdownBlocks } from '../../../src/model/text/markdown-blocks.js';

const p = (...spans: MarkdownBlock extends infer B ? (B extends { kind: 'paragraph'; spans: infer S } ? S : never) : never): MarkdownBlock => ({ kind: 'paragraph', spans });

const cases: { name: string; source: string; blocks: MarkdownBlock[] }[] = [
  { name: 'nothing', source: '', blocks: [] },
  { name: 'a paragraph of two lines', source: 'Lies den Text.\nMarkiere Akteure.', blocks: [p({ text: 'Lies den Text. Markiere Akteure.' })] },
  {
    name: 'headings # to ###, #### stays text',
    source: '# Aufgabe\n## Teil 1 ##\n### Hinweis\n#### tief',
    blocks: [
      { kind: 'heading', level: 1, spans: [{ text: 'Aufgabe' }] },
      { kind: 'heading', level: 2, spans: [{ text: 'Teil 1' }] },
      { kind: 'heading', level: 3, spans: [{ text: 'Hinweis' }] },
      p({ text: '#### tief' }),
    ],
  },
  {
    name: 'bullets and numbers, separate lists',
    source: '- eins\n* zwei\n  weiter\n\n1. erst\n2) dann',
    blocks: [
      { kind: 'list', ordered: false, items: [[{ text: 'eins' }], [{ text: 'zwei weiter' }]] },
      { kind: 'list', ordered: true, items: [[{ text: 'erst' }], [{ text: 'dann' }]] },
    ],
  },
  {
    name: 'strong and em',
    source: 'Achte auf **Zitate** und *Zahlen*.',
    blocks: [p({ text: 'Achte auf ' }, { text: 'Zitate', strong: true }, { text: ' und ' }, { text: 'Zahlen', em: true }, { text: '.' })],
  },
  {
    name: 'a link: its text and its URL, as text',
    source: 'Siehe [die Quelle](https://example.org/a?b=1).',
    blocks: [p({ text: 'Siehe ' }, { text: 'die Quelle', url: 'https://example.org/a?b=1' }, { text: '.' })],
  },
  {
    name: 'a javascript: link stays text with its URL (never an href)',
    source: '[klick](javascript:alert(1))',
    blocks: [p({ text: 'klick', url: 'javascript:alert(1)' })],
  },
  { name: 'an image: its alt text and address, nothing fetched', source: '![Karte](https://x.test/k.png)', blocks: [p({ text: 'Karte', url: 'https://x.test/k.png' })] },
  { name: '<script> stays literal text', source: '<script>alert(1)</script>', blocks: [p({ text: '<script>alert(1)</script>' })] },
  {
    name: '<img onerror> stays literal text, also inside emphasis and lists',
    source: '- **<img src=x onerror=alert(1)>**',
    blocks: [{ kind: 'list', ordered: false, items: [[{ text: '<img src=x onerror=alert(1)>', strong: true }]] }],
  },
  { name: 'an escaped bracket is no link', source: '\\[a](b)', blocks: [p({ text: '[a](b)' })] },
  { name: 'Windows line ends', source: '# A\r\n\r\nB', blocks: [{ kind: 'heading', level: 1, spans: [{ text: 'A' }] }, p({ text: 'B' })] },
];

describe('parseMarkdownBlocks: the instructions of an assignment', () => {
  for (const { name, source, blocks } of cases) {
    it(name, () => {
      expect(parseMarkdownBlocks(source)).to.deep.equal(blocks);
    });
  }
});
