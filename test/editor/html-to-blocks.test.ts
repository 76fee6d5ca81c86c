/**
 * A reader's own HTML as blocks (src/editor/html-to-blocks.ts, with the schema's parse rules and
 * article-doc.ts's docToBlocks), in a real browser with the real DOMParser and ProseMirror: what is
 * kept (headings, paragraphs, lists, emphasis), and that nothing else gets through: no script runs,
 * no handler fires, no resource is requested, no attribute or script text reaches the blocks.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { DOMSerializer } from 'prosemirror-model';
import { canonicalText, type ArticleBlock } from '../../src/model/documents/article.js';
import { articleToDoc, docToBlocks } from '../../src/editor/article-doc.js';
import { htmlToBlocks, readHtml } from '../../src/editor/html-to-blocks.js';
import { articleSchema } from '../../src/editor/schema.js';
import { textIndexOf } from '../../src/editor/text-offsets.js';

declare global {
  interface Window {
    __xss?: boolean;
    __xssControl?: boolean;
  }
}

const P = (text: string): ArticleBlock => ({ type: 'paragraph', text });
const LI = (text: string): ArticleBlock => ({ type: 'list-item', text });

/** Lets the browser run whatever it would run: two frames and a short while. */
async function settle(): Promise<void> {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await new Promise((resolve) => setTimeout(resolve, 250));
}

describe('HTML as blocks', () => {
  const cases: { name: string; html: string; expected: ArticleBlock[] }[] = [
    {
      name: 'a headline and a paragraph with em and strong',
      html: '<h1>Titel</h1><p>Ein <em>kursives</em> und <b>fettes</b>, <i>noch</i> <strong>eins</strong>.</p>',
      expected: [
        { type: 'headline', text: 'Titel' },
        {
          type: 'paragraph',
          text: 'Ein kursives und fettes, noch eins.',
          marks: [
            { type: 'em', start: 4, end: 12 },
            { type: 'strong', start: 17, end: 23 },
            { type: 'em', start: 25, end: 29 },
            { type: 'strong', start: 30, end: 34 },
          ],
        },
      ],
    },
    {
      name: 'h2 to h6 as subheadings, and a second h1 too',
      html: '<h1>A</h1><h2>B</h2><h3>C</h3><h6>D</h6><h1>E</h1>',
      expected: [{ type: 'headline', text: 'A' }, ...['B', 'C', 'D', 'E'].map((text): ArticleBlock => ({ type: 'subheading', text }))],
    },
    {
      name: 'list items, nested and loose ones flat',
      html: '<ul><li>eins<ul><li>zwei</li></ul></li></ul><ol><li><p>drei</p></li><li>\n vier </li></ol>',
      expected: [LI('eins'), LI('zwei'), LI('drei'), LI('vier')],
    },
    {
      name: 'the loose text of div, blockquote, pre, section and figure as paragraphs',
      html: '<div>Lose</div><blockquote>Zitat <p>mit Absatz</p></blockquote><pre>a\n   b</pre><section>S</section><figure>F</figure>',
      expected: [P('Lose'), P('Zitat'), P('mit Absatz'), P('a b'), P('S'), P('F')],
    },
    {
      name: 'whitespace collapsed, with the marks moved along',
      html: '<p>\n   viel  \n Raum <em> hier </em>\n</p>',
      expected: [{ type: 'paragraph', text: 'viel Raum hier', marks: [{ type: 'em', start: 10, end: 14 }] }],
    },
    { name: 'a line break as a space', html: '<p>eins<br>zwei</p>', expected: [P('eins zwei')] },
    { name: 'table cells as paragraphs', html: '<table><tr><th>A</th><td>B</td></tr></table>', expected: [P('A'), P('B')] },
    { name: 'loose text in the body', html: 'Nur Text <b>fett</b>', expected: [{ type: 'paragraph', text: 'Nur Text fett', marks: [{ type: 'strong', start: 9, end: 13 }] }] },
    { name: 'Google Docs\' normal-weight <b> as no emphasis', html: '<b style="font-weight:normal"><p>x</p></b>', expected: [P('x')] },
    { name: 'nothing of the head', html: '<html><head><title>T</title><meta charset="utf-8"></head><body><p>x</p></body></html>', expected: [P('x')] },
    { name: 'a form\'s text without its controls', html: '<form><p>Text</p><input value="v"><select><option>Opt</option></select><textarea>ta</textarea><button>Go</button></form>', expected: [P('Text')] },
    { name: 'escaped markup as the text it is', html: '<p>&amp; &lt;script&gt;</p>', expected: [P('& <script>')] },
    { name: 'nothing for empty or blank HTML', html: ' <p> </p><div>\n</div> ', expected: [] },
  ];
  for (const { name, html, expected } of cases) {
    it(`reads ${name}`, () => {
      expect(htmlToBlocks(html)).to.deep.equal(expected);
    });
  }
});

describe('a saved web page: its navigation, headers, footers, asides and captions', () => {
  /** A page as a browser saves it from a news site, the article amid the site's chrome. */
  const PAGE = `<!doctype html><html lang="de"><head><title> Sichere Häfen:
    Städte gegen die Abschiebung | Beispielzeitung </title></head><body>
    <header><a href="/">Beispielzeitung</a><h1>Beispielzeitung</h1><nav><ul><li>Politik</li><li>Kultur</li></ul></nav></header>
    <main><article>
      <header><h1>Sichere Häfen</h1><p>Von Mara Schüler</p></header>
      <p>Immer mehr Städte erklären sich zu sicheren Häfen.</p>
      <figure><figcaption>Ein Hafen im Nebel. Foto: Agentur</figcaption></figure>
      <aside><h2>Mehr zum Thema</h2><p>Ein anderer Artikel</p></aside>
      <div role="complementary">Anzeige</div>
      <p>Das Netzwerk wächst seit 2018.</p>
      <footer><p>Schlagworte: Migration, Städte</p></footer>
    </article></main>
    <div role="navigation">Zurück nach oben</div>
    <footer><p>© Beispielzeitung</p><nav>Impressum</nav></footer>
  </body></html>`;
  const ARTICLE: ArticleBlock[] = [
    { type: 'headline', text: 'Sichere Häfen' },
    P('Von Mara Schüler'),
    P('Immer mehr Städte erklären sich zu sicheren Häfen.'),
    P('Das Netzwerk wächst seit 2018.'),
  ];

  it('leaves them out, keeping the article\'s own header, and says how many parts went', () => {
    expect(readHtml(PAGE)).to.deep.equal({ blocks: ARTICLE, title: 'Sichere Häfen: Städte gegen die Abschiebung | Beispielzeitung', leftOut: 7 });
  });

  it('keeps every one of them when the reader asks, in the page\'s order', () => {
    expect(readHtml(PAGE, { keepPageChrome: true })).to.deep.equal({
      blocks: [
        P('Beispielzeitung'),
        { type: 'headline', text: 'Beispielzeitung' },
        LI('Politik'),
        LI('Kultur'),
        { type: 'subheading', text: 'Sichere Häfen' },
        P('Von Mara Schüler'),
        P('Immer mehr Städte erklären sich zu sicheren Häfen.'),
        P('Ein Hafen im Nebel. Foto: Agentur'),
        { type: 'subheading', text: 'Mehr zum Thema' },
        P('Ein anderer Artikel'),
        P('Anzeige'),
        P('Das Netzwerk wächst seit 2018.'),
        P('Schlagworte: Migration, Städte'),
        P('Zurück nach oben'),
        P('© Beispielzeitung'),
        P('Impressum'),
      ],
      title: 'Sichere Häfen: Städte gegen die Abschiebung | Beispielzeitung',
      leftOut: 0,
    });
  });

  const parts: { name: string; html: string; dropped: ArticleBlock[]; kept: ArticleBlock[]; leftOut: number }[] = [
    { name: 'nav', html: '<nav><a>Start</a></nav><p>Text</p>', dropped: [P('Text')], kept: [P('Start'), P('Text')], leftOut: 1 },
    { name: 'a page-level header', html: '<header>Seitenkopf</header><p>Text</p>', dropped: [P('Text')], kept: [P('Seitenkopf'), P('Text')], leftOut: 1 },
    { name: 'a header inside a section (kept: it is the section\'s)', html: '<section><header>Kopf</header><p>Text</p></section>', dropped: [P('Kopf'), P('Text')], kept: [P('Kopf'), P('Text')], leftOut: 0 },
    { name: 'a footer inside an article', html: '<article><p>Text</p><footer>Teilen</footer></article>', dropped: [P('Text')], kept: [P('Text'), P('Teilen')], leftOut: 1 },
    { name: 'aside', html: '<p>Text</p><aside>Kasten</aside>', dropped: [P('Text')], kept: [P('Text'), P('Kasten')], leftOut: 1 },
    { name: 'figcaption', html: '<figure><figcaption>Bildunterschrift</figcaption></figure><p>Text</p>', dropped: [P('Text')], kept: [P('Bildunterschrift'), P('Text')], leftOut: 1 },
    { name: 'role="banner"', html: '<div role="banner">Logo</div><p>Text</p>', dropped: [P('Text')], kept: [P('Logo'), P('Text')], leftOut: 1 },
    { name: 'role="contentinfo"', html: '<p>Text</p><div role="contentinfo">Impressum</div>', dropped: [P('Text')], kept: [P('Text'), P('Impressum')], leftOut: 1 },
    { name: 'an empty nav (not counted)', html: '<nav> </nav><p>Text</p>', dropped: [P('Text')], kept: [P('Text')], leftOut: 0 },
  ];
  for (const { name, html, dropped, kept, leftOut } of parts) {
    it(`${name}: left out, or kept when asked`, () => {
      expect(readHtml(html)).to.deep.include({ blocks: dropped, leftOut });
      expect(readHtml(html, { keepPageChrome: true })).to.deep.include({ blocks: kept, leftOut: 0 });
    });
  }

  const titles: { name: string; html: string; title: string }[] = [
    { name: 'the <title>, its whitespace collapsed', html: '<title>\n  Ein   Titel </title><h1>Die Überschrift</h1>', title: 'Ein Titel' },
    { name: 'else the first h1', html: '<h2>Vorspann</h2><h1>Die Überschrift</h1><p>x</p>', title: 'Die Überschrift' },
    { name: 'else the first subheading', html: '<title> </title><p>x</p><h3>Zwischentitel</h3>', title: 'Zwischentitel' },
    { name: 'else none', html: '<p>Nur ein Absatz.</p>', title: '' },
    { name: 'not the site\'s name in a dropped banner', html: '<header><h1>Beispielzeitung</h1></header><article><h2>Der Artikel</h2></article>', title: 'Der Artikel' },
  ];
  for (const { name, html, title } of titles) {
    it(`offers as title ${name}`, () => {
      expect(readHtml(html).title).to.equal(title);
    });
  }
});

describe('HTML full of attacks', () => {
  const token = crypto.randomUUID();
  const probe = (what: string): string => `/__probe__/${token}/${what}`;
  const remote = `https://close-reader-probe.invalid/${token}/remote.png`;
  /** Each would set window.__xss or fetch a probe URL if it were ever live. */
  const fixtures = [
    '<script>window.__xss = true</script>',
    `<img src="${remote}" onerror="window.__xss = true"><img src="${probe('img')}" srcset="${probe('srcset')} 2x">`,
    '<svg onload="window.__xss = true"><text>svg text</text><script>window.__xss = true</script></svg>',
    '<iframe srcdoc="<script>parent.__xss = true</script>"></iframe><iframe src="javascript:parent.__xss=true"></iframe>',
    '<p>A <a href="javascript:window.__xss = true" onclick="window.__xss = true">link</a>.</p>',
    `<style>@import url(${probe('import')}); p { background: url(${probe('background')}) }</style>`,
    `<body onload="window.__xss = true" background="${probe('body')}"><p onmouseover="window.__xss = true" style="color: red">Body</p></body>`,
    '<details open ontoggle="window.__xss = true"><summary>Sum</summary>Details</details>',
    '<input autofocus onfocus="window.__xss = true"><object data="javascript:window.__xss = true"></object><embed src="javascript:window.__xss = true">',
    `<video poster="${probe('poster')}"><source src="x" onerror="window.__xss = true"></video><audio src="x" onerror="window.__xss = true"></audio>`,
    `<link rel="stylesheet" href="${probe('link')}"><meta http-equiv="refresh" content="0;url=javascript:window.__xss=true"><base href="javascript:x">`,
    // After a <p>, so that the parser is in the body (a leading <noscript> would go to the head and
    // its <p> out of it): with scripting off, as in a DOMParser document, noscript holds elements.
    '<p>Before</p><noscript><p title="</noscript><img src=x onerror=window.__xss=true>">Noscript</p></noscript>',
    '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = true">',
    '<template><script>window.__xss = true</script></template><marquee onstart="window.__xss = true">Marquee</marquee>',
  ];
  let violations: SecurityPolicyViolationEvent[] = [];
  const onViolation = (event: SecurityPolicyViolationEvent): void => {
    violations.push(event);
  };

  beforeEach(() => {
    window.__xss = false;
    violations = [];
    document.addEventListener('securitypolicyviolation', onViolation);
  });
  afterEach(() => {
    document.removeEventListener('securitypolicyviolation', onViolation);
    delete window.__xss;
    delete window.__xssControl;
  });

  it('springs the trap when such HTML is made live (the control: the fixtures are real attacks)', async () => {
    window.__xssControl = false;
    const live = document.createElement('div');
    const failed = new Promise((resolve) => live.addEventListener('error', resolve, { capture: true, once: true }));
    live.innerHTML = `<img src="${probe('control')}" onerror="window.__xssControl = true">`;
    await failed;
    await settle();
    expect(window.__xssControl).to.equal(true);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.includes(`${token}/control`))).to.equal(true);
  });

  it('runs no script and fires no handler, requests nothing, and keeps only text', async () => {
    const requested: string[] = [];
    const observer = new PerformanceObserver((list) => requested.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const blocks = fixtures.flatMap((html) => htmlToBlocks(html));
    blocks.push(...htmlToBlocks(fixtures.join('\n')));
    await settle();
    observer.disconnect();

    expect(window.__xss, 'a script or handler of the fixtures ran').to.equal(false);
    expect(violations).to.deep.equal([]);
    const probes = [...requested, ...performance.getEntriesByType('resource').map((entry) => entry.name)].filter((name) => name.includes(token));
    expect(probes.filter((name) => !name.includes(`${token}/control`))).to.deep.equal([]);

    for (const block of blocks) {
      expect(Object.keys(block).every((key) => ['type', 'text', 'marks'].includes(key)), JSON.stringify(block)).to.equal(true);
      for (const mark of block.marks ?? []) expect(Object.keys(mark).sort()).to.deep.equal(['end', 'start', 'type']);
      expect(['headline', 'subheading', 'paragraph', 'list-item']).to.include(block.type);
    }
    const text = canonicalText(blocks);
    for (const trace of ['__xss', 'javascript', 'onerror', 'onload', 'background', 'color', '__probe__', 'invalid', 'svg text', '@import', 'Noscript']) {
      expect(text, `"${trace}" reached the blocks`).not.to.include(trace);
    }
    expect(text).to.include('link');
    expect(text).to.include('Body');
    expect(text).to.include('Details');
  });

  it('renders the blocks with the reader\'s own tags and attributes only', () => {
    const doc = articleToDoc(fixtures.flatMap((html) => htmlToBlocks(html)));
    const host = document.createElement('div');
    host.append(DOMSerializer.fromSchema(articleSchema).serializeFragment(doc.content));
    const elements = [...host.querySelectorAll('*')];
    expect(elements.length).to.be.greaterThan(0);
    for (const element of elements) {
      expect(['P', 'H1', 'H2', 'EM', 'STRONG']).to.include(element.tagName);
      for (const attribute of element.getAttributeNames()) expect(['class', 'data-kind']).to.include(attribute);
    }
  });
});

describe('a document and its blocks, both ways', () => {
  const block: fc.Arbitrary<ArticleBlock> = fc
    .record({
      type: fc.constantFrom('headline', 'paragraph', 'subheading', 'list-item', 'lead') as fc.Arbitrary<ArticleBlock['type']>,
      text: fc.string({ minLength: 1, maxLength: 30 }),
      spans: fc.array(fc.tuple(fc.constantFrom('em' as const, 'strong' as const), fc.nat(30), fc.nat(30)), { maxLength: 4 }),
    })
    .map(({ type, text, spans }) => {
      // Marks as docToBlocks gives them: per type, disjoint and not touching, sorted.
      const marks = (['em', 'strong'] as const).flatMap((kind) => {
        const covered = new Array<boolean>(text.length).fill(false);
        for (const [t, a, b] of spans) if (t === kind) for (let i = Math.min(a, b); i < Math.min(Math.max(a, b), text.length); i++) covered[i] = true;
        const ranges: { type: typeof kind; start: number; end: number }[] = [];
        covered.forEach((on, i) => {
          if (!on) return;
          const last = ranges[ranges.length - 1];
          if (last && last.end === i) last.end = i + 1;
          else ranges.push({ type: kind, start: i, end: i + 1 });
        });
        return ranges;
      });
      marks.sort((a, b) => a.start - b.start || a.end - b.end);
      return marks.length > 0 ? { type, text, marks } : { type, text };
    });

  it('reads back the blocks it was built from, marks included, with the same canonical text (property)', () => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const doc = articleToDoc(blocks);
        expect(docToBlocks(doc)).to.deep.equal(blocks);
        expect(textIndexOf(doc).text).to.equal(canonicalText(blocks));
      }),
    );
  });

  it('shows a list item as a flat p and emphasis as em and strong', () => {
    const doc = articleToDoc([{ type: 'list-item', text: 'eins zwei', marks: [{ type: 'em', start: 0, end: 4 }, { type: 'strong', start: 2, end: 9 }] }]);
    const host = document.createElement('div');
    host.append(DOMSerializer.fromSchema(articleSchema).serializeFragment(doc.content));
    expect(host.innerHTML).to.equal('<p class="cr-block cr-list-item" data-kind="list-item"><em>ei<strong>ns</strong></em><strong> zwei</strong></p>');
  });
});
