/**
 * The class heat's picture for slides (issue 16): a 16:9 SVG with the article's words and the heat
 * behind them. With a measure of our own (every character half the type size wide) the lines are
 * exact and pinned: a short article shows whole, a long one its passages most students tagged with
 * their context and counts; every rectangle's level is pinned too. With the page's own measure (a
 * canvas in the picture's font) the heat sits behind exactly its words once the browser draws the
 * SVG, and the PNG is that drawing. Real Chromium.
 */
import { expect } from '@open-wc/testing';
import { type ArticleBlock, canonicalText } from '../../../src/model/documents/article.js';
import { heatFill } from '../../../src/ui/class/heat-levels.js';
import { heatPictureSvg, type HeatPictureInput, type PicturePassage } from '../../../src/ui/class/heat-picture.js';
import { canvasMeasure, type Measure } from '../../../src/ui/class/heat-picture-wrap.js';
import { svgToPng } from '../../../src/ui/class/heat-png.js';

/** Every code point half the type size wide: lines that do not depend on the fonts installed. */
const even: Measure = (text, size) => ([...text].length * size) / 2;
const COLOUR = '#b8659a';

const SHORT: readonly ArticleBlock[] = [
  { type: 'headline', text: 'Zweierlei Solidarität' },
  { type: 'paragraph', text: 'Die Bürgermeisterin sagte: „Wir helfen.“ 120 Familien kamen, sagt das Amt.' },
  { type: 'paragraph', text: 'Am Ende sagte der Landrat: „Wir schaffen das.“ Doch die Zahlen des Amtes zeigen, dass im Winter weniger Familien kamen.' },
];
const LONG: readonly ArticleBlock[] = [
  ...SHORT,
  ...Array.from({ length: 30 }, (_, n): ArticleBlock => ({ type: 'paragraph', text: `Absatz ${n + 1}: Hier steht ein Satz, den niemand markiert hat, damit der Text lang wird.` })),
  { type: 'paragraph', text: 'Zum Schluss: „Niemand bleibt allein.“ So steht es im Aufruf der Stadt, den alle Vereine unterschrieben haben.' },
];

/** Four students: how many tagged each quote. */
const TAGS: readonly [string, number][] = [
  ['„Wir helfen.“', 4],
  ['Wir helfen.', 0],
  ['Wir schaffen das.', 3],
  ['Die Bürgermeisterin sagte', 1],
  ['Niemand bleibt allein.', 2],
];

function inputOf(blocks: readonly ArticleBlock[]): HeatPictureInput {
  const text = canonicalText(blocks);
  const heat = new Uint16Array(text.length);
  const passages: PicturePassage[] = [];
  for (const [quote, students] of TAGS) {
    const start = text.indexOf(quote);
    if (start < 0 || students === 0) continue;
    heat.fill(students, start, start + quote.length);
    passages.push({ start, end: start + quote.length, students });
  }
  return {
    title: 'Akteure finden',
    subtitle: 'Quote: how many of 4 students tagged each place',
    colour: COLOUR,
    scale: ['', '1 of 4 students', '2 of 4 students', '3 of 4 students', '4 of 4 students'],
    text,
    heat,
    students: 4,
    passages,
    count: (n) => `${n} of 4`,
    passagesCaption: (shown, all) => `The ${shown} passages most students tagged (of ${all})`,
  };
}

const parse = (svg: string) => {
  const picture = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(picture.querySelector('parsererror')).to.equal(null);
  return picture;
};
const texts = (picture: Document) => [...picture.querySelectorAll('text')].map((node) => node.textContent);
/** Each heat rectangle as "level: the words in front of it". */
const heatOf = (picture: Document) =>
  [...picture.querySelectorAll('text.cr-picture-line')].flatMap((line) => {
    const rects = [] as string[];
    let node = line.previousElementSibling;
    while (node && node.tagName === 'rect') {
      if (node.hasAttribute('data-level')) rects.unshift(`${node.getAttribute('data-level')} @${node.getAttribute('x')}`);
      node = node.previousElementSibling;
    }
    return rects.map((rect) => {
      const x = rect.split('@')[1];
      const span = [...line.querySelectorAll('tspan')].find((tspan) => tspan.getAttribute('x') === x);
      return `${rect.split(' ')[0]}: ${span?.textContent}`;
    });
  });

/** The picture drawn in this document, so that the browser lays out its text. */
function drawn(svg: string): SVGSVGElement {
  const host = document.createElement('div');
  host.innerHTML = svg;
  document.body.append(host);
  return host.querySelector('svg')!;
}

describe('the picture for slides of the class heat', () => {
  afterEach(() => {
    for (const svg of document.querySelectorAll('body > div > svg')) svg.parentElement!.remove();
  });

  it('shows a short article whole, its words wrapped, the heat behind them at their levels', () => {
    const picture = parse(heatPictureSvg(inputOf(SHORT), even));
    expect(picture.documentElement.getAttribute('viewBox')).to.equal('0 0 1920 1080');
    expect(picture.querySelector('title')!.textContent).to.equal('Akteure finden');
    expect(texts(picture)).to.deep.equal([
      'Akteure finden',
      'Quote: how many of 4 students tagged each place',
      '1 of 4 students',
      '2 of 4 students',
      '3 of 4 students',
      '4 of 4 students',
      'Zweierlei Solidarität',
      'Die Bürgermeisterin sagte: „Wir helfen.“ 120 Familien kamen, sagt das Amt.',
      // 80 characters of 17 px fill the column of 1376 px.
      'Am Ende sagte der Landrat: „Wir schaffen das.“ Doch die Zahlen des Amtes zeigen,',
      'dass im Winter weniger Familien kamen.',
    ]);
    // 1 of 4 students is level 2, 2 of 4 level 3 …; level 1 is reached by no count of 4.
    expect(heatOf(picture)).to.deep.equal(['2: Die Bürgermeisterin sagte', '5: „Wir helfen.“', '4: Wir schaffen das.']);
    expect([...picture.querySelectorAll('rect[data-level]')].map((rect) => rect.getAttribute('fill'))).to.deep.equal([heatFill(COLOUR, 2), heatFill(COLOUR, 5), heatFill(COLOUR, 4)]);
    // The two highest levels are underlined too, thick then thin; the scale shows the same cue.
    expect([...picture.querySelectorAll('rect[data-underline]')].map((rect) => `${rect.getAttribute('data-underline')} ${rect.getAttribute('height')}`)).to.deep.equal(['5 5', '4 3']);
    expect([...picture.querySelectorAll('rect[data-scale]')].map((rect) => rect.getAttribute('data-scale'))).to.deep.equal(['2', '3', '4', '5']);
    // Each rectangle stands where its words start and is as wide as they are.
    const helfen = picture.querySelector('rect[data-level="5"]')!;
    expect([helfen.getAttribute('x'), helfen.getAttribute('width')]).to.deep.equal([`${64 + 27 * 17}`, `${13 * 17}`]);
  });

  it('shows the passages most students tagged of a long article, each once, with context and count', () => {
    const picture = parse(heatPictureSvg(inputOf(LONG), even));
    expect(texts(picture).slice(6)).to.deep.equal([
      'The 4 passages most students tagged (of 4)',
      '4 of 4',
      // 70 characters fill the column beside the counts; the whole paragraph is within the context.
      'Die Bürgermeisterin sagte: „Wir helfen.“ 120 Familien kamen, sagt das',
      'Amt.',
      '3 of 4',
      'Am Ende sagte der Landrat: „Wir schaffen das.“ Doch die Zahlen des',
      'Amtes zeigen, dass…',
      '2 of 4',
      'Zum Schluss: „Niemand bleibt allein.“ So steht es im Aufruf der Stadt,',
      'den…',
      // "Die Bürgermeisterin sagte" (1 of 4) is in the first excerpt already, at its level.
    ]);
    expect(heatOf(picture)).to.deep.equal(['2: Die Bürgermeisterin sagte', '5: „Wir helfen.“', '4: Wir schaffen das.', '3: Niemand bleibt allein.']);
  });

  it('shows as many passages as fit the slide, at most six, the most tagged first', () => {
    const blocks: ArticleBlock[] = Array.from({ length: 12 }, (_, n) => ({
      type: 'paragraph',
      text: `Im Absatz ${n + 1} steht ein langer Satz, der sich über mehr als eine Zeile zieht, und darin Stelle ${n + 1}, die manche markiert haben, und noch mehr Text danach, damit es drei Zeilen werden.`,
    }));
    const input = inputOf(blocks);
    const passages = blocks.map((_, n) => {
      const start = input.text.indexOf(`Stelle ${n + 1},`);
      return { start, end: start + `Stelle ${n + 1}`.length, students: 1 + (n % 4) };
    });
    const picture = parse(heatPictureSvg({ ...input, passages }, even));
    const counts = [...picture.querySelectorAll('g.cr-picture-passage > text:first-child')].map((node) => node.textContent);
    // Two lines each: five fit between the caption and the bottom margin; ties in text order.
    expect(counts).to.deep.equal(['4 of 4', '4 of 4', '4 of 4', '3 of 4', '3 of 4']);
    expect(texts(picture)[6]).to.equal('The 5 passages most students tagged (of 12)');
    expect(texts(picture).slice(7, 10)).to.deep.equal(['4 of 4', '…mehr als eine Zeile zieht, und darin Stelle 4, die manche markiert', 'haben, und noch…']);
    expect(texts(picture).filter((line) => /Stelle \d+,/.test(line!)).map((line) => line!.match(/Stelle (\d+)/)![1])).to.deep.equal(['4', '8', '12', '3', '7']);
    expect([...picture.querySelectorAll('text.cr-picture-line')].map((line) => Number(line.getAttribute('y'))).every((y) => y <= 1080 - 64)).to.equal(true);

    // Short passages: six at most, though more would fit.
    const short: ArticleBlock[] = Array.from({ length: 12 }, (_, n) => ({ type: 'paragraph', text: `Stelle ${n + 1}.` }));
    const shortInput = inputOf(short);
    const shortPassages = short.map((_, n) => ({ start: shortInput.text.indexOf(`Stelle ${n + 1}.`), end: shortInput.text.indexOf(`Stelle ${n + 1}.`) + 7 + String(n + 1).length, students: 4 }));
    const longText = { ...shortInput, text: `${shortInput.text}\n\n${'Lang '.repeat(400)}`.trimEnd() };
    const shortPicture = parse(heatPictureSvg({ ...longText, heat: new Uint16Array(longText.text.length).fill(4, 0, shortInput.text.length), passages: shortPassages }, even));
    expect(texts(shortPicture).slice(6)).to.deep.equal([
      'The 6 passages most students tagged (of 12)',
      ...[1, 2, 3, 4, 5, 6].flatMap((n) => ['4 of 4', `Stelle ${n}.`]),
    ]);
  });

  it('cuts a passage longer than three lines, and says so with "…"', () => {
    const blocks: ArticleBlock[] = [{ type: 'paragraph', text: `Anfang ${'und weiter '.repeat(30)}Ende.` }, ...LONG.slice(3)];
    const input = inputOf(blocks);
    const end = blocks[0]!.text.length;
    const picture = parse(heatPictureSvg({ ...input, heat: new Uint16Array(input.text.length).fill(4, 0, end), passages: [{ start: 0, end, students: 4 }] }, even));
    expect(texts(picture).slice(6)).to.deep.equal([
      'The 1 passages most students tagged (of 1)',
      '4 of 4',
      // Not even the passage fits in three lines: no context, and "…" where it is cut.
      'Anfang und weiter und weiter und weiter und weiter und weiter und',
      'weiter und weiter und weiter und weiter und weiter und weiter und',
      'weiter und weiter und weiter und weiter und weiter und weiter und…',
    ]);
    expect(heatOf(picture)).to.deep.equal([
      '5: Anfang und weiter und weiter und weiter und weiter und weiter und',
      '5: weiter und weiter und weiter und weiter und weiter und weiter und',
      '5: weiter und weiter und weiter und weiter und weiter und weiter und',
    ]);
  });

  it('puts the heat behind exactly its words when the browser draws it in its own fonts', () => {
    const svg = drawn(heatPictureSvg(inputOf(LONG), canvasMeasure()));
    const rects = [...svg.querySelectorAll('rect[data-level]')];
    expect(rects.length).to.equal(4);
    for (const rect of rects) {
      const x = rect.getAttribute('x');
      const line = rect.nextElementSibling?.tagName === 'text' ? rect.nextElementSibling : [...svg.querySelectorAll('text.cr-picture-line')].find((text) => text.querySelector(`tspan[x="${x}"]`));
      const words = line!.querySelector<SVGTSpanElement>(`tspan[x="${x}"]`)!;
      const drawnWidth = words.getComputedTextLength();
      expect(Math.abs(drawnWidth - Number(rect.getAttribute('width'))), words.textContent!).to.be.below(1);
      expect(Math.abs(words.getStartPositionOfChar(0).x - Number(x)), words.textContent!).to.be.below(0.5);
    }
    // No line runs into the scale.
    for (const line of svg.querySelectorAll<SVGTextElement>('text.cr-picture-line')) {
      const last = line.lastElementChild as SVGTSpanElement;
      expect(Number(last.getAttribute('x')) + last.getComputedTextLength(), line.textContent!).to.be.at.most(1440);
    }
  });

  it('draws the same picture as a PNG', async () => {
    const svg = heatPictureSvg(inputOf(SHORT), canvasMeasure());
    const png = await svgToPng(svg, 1);
    expect(png.type).to.equal('image/png');
    const image = await createImageBitmap(png);
    expect([image.width, image.height]).to.deep.equal([1920, 1080]);
    const canvas = new OffscreenCanvas(1920, 1080);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    // Just inside the strongest rectangle's top left corner, above the words' glyphs.
    const rect = parse(svg).querySelector('rect[data-level="5"]')!;
    const [x, y] = [Number(rect.getAttribute('x')) + 3, Number(rect.getAttribute('y')) + 3];
    const pixel = [...context.getImageData(Math.round(x), Math.round(y), 1, 1).data].slice(0, 3);
    expect(pixel.map((channel) => channel.toString(16).padStart(2, '0')).join('')).to.equal(heatFill(COLOUR, 5).slice(1));
  });
});
