/**
 * <cr-class-heat>, "Where the class tagged" (issue 16): a class of ten generated hand-ins on a long
 * article. The heat of the chosen category is painted per level in CSS Custom Highlights; choosing
 * another category repaints before anything is awaited; the count shows on hover and, for the
 * caret, in a live region; click and Enter list exactly who tagged the passage and how; the strip
 * takes the text where it is clicked; the picture for slides holds the title, the scale and the
 * counts; the strongest level keeps text readable in the light and the dark scheme. German first,
 * no axe violation. Real Chromium, real ProseMirror view.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { classDataOf, type ClassData, type ClassHandIn } from '../../../src/app/class/class-data.js';
import { boxAtOffset, placeCaretAt } from '../../../src/editor/range-highlights.js';
import { letters } from '../../../src/model/assignments/pseudonyms.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import type { ArticleBlock } from '../../../src/model/documents/article.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { CATEGORY_PALETTE, contrastRatio, parseColour, THEME, toHex } from '../../../src/model/schemes/category-palette.js';
import { receivedSetId } from '../../../src/model/sets/annotation-set.js';
import '../../../src/ui/class/class-heat.js';
import type { CrClassHeat } from '../../../src/ui/class/class-heat.js';
import { HEAT_LEVELS, heatBackground, heatFill } from '../../../src/ui/class/heat-levels.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { annotationOn } from '../../support/annotations.js';
import { makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';
import { CaughtDownloads } from '../../support/downloads.js';

const NAMES = ['Anna', 'Ben', 'Cem', 'Dana', 'Emil', 'Fatma', 'Gabi', 'Hans', 'Ida', 'Jonas'];
const BLOCKS: readonly ArticleBlock[] = [
  { type: 'headline', text: 'Zweierlei Solidarität' },
  { type: 'paragraph', text: 'Die Bürgermeisterin sagte: „Wir helfen.“ 120 Familien kamen, sagt das Amt.' },
  ...Array.from({ length: 40 }, (_, n): ArticleBlock => ({ type: 'paragraph', text: `Absatz ${n + 1}: Hier steht ein Satz, den niemand markiert hat, damit der Text lang wird.` })),
  { type: 'paragraph', text: 'Am Ende sagte der Landrat: „Wir schaffen das.“' },
];
const TEXT = canonicalText(BLOCKS);
const assignment = makeAssignment();

/**
 * Ten students: eight tag "Wir helfen." as a quote, Ida the whole sentence around it, Jonas tags it
 * as an actor with a note; the first three tag "120 Familien" as a statistic; Anna alone the last
 * quote.
 */
function generatedClass(): ClassData {
  const handIns = NAMES.map((name, index): ClassHandIn => {
    const setId = receivedSetId(assignment.id, name);
    const on = (quote: string, category: string, fields: Partial<Annotation> = {}) =>
      annotationOn(TEXT, quote, { id: `${name}-${category}-${quote.length}`, setId, documentId: '001', categoryIds: [category], ...fields });
    const annotations: Annotation[] = [];
    if (index < 8) annotations.push(on('Wir helfen.', 'quote'));
    if (index === 8) annotations.push(on('Die Bürgermeisterin sagte: „Wir helfen.“', 'quote', { note: 'Der ganze Satz.' }));
    if (index === 9) annotations.push(on('Wir helfen.', 'actor', { note: 'Wer hilft?' }));
    if (index < 3) annotations.push(on('120 Familien', 'statistic'));
    if (index === 0) annotations.push(on('Wir schaffen das.', 'quote'));
    return {
      set: { id: setId, kind: 'received', documentId: '001', assignmentId: `urn:uuid:${assignment.id}`, author: name, modified: '2026-03-08T10:00:00.000Z' },
      name,
      letter: letters(index),
      handedIn: '2026-03-08T10:00:00.000Z',
      annotations,
    };
  });
  return classDataOf({ assignment, role: 'teacher', schemeId: 'default' }, BLOCKS, SCHEME_CATEGORIES, handIns, []);
}

describe('<cr-class-heat>: where the class tagged', () => {
  let section: HTMLElement;
  let element: CrClassHeat;

  const painted = (level: number): string[] => {
    const prefix = element.querySelector<HTMLElement>('.cr-heat-article')!.dataset['heatPainter']!;
    const highlight = CSS.highlights.get(`${prefix}heat-${level}`);
    return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()) : [];
  };
  const allLevels = () => Array.from({ length: HEAT_LEVELS }, (_, index) => painted(index + 1));
  const radio = (id: string) => element.querySelector<HTMLInputElement>(`input[type=radio][value=${id}]`)!;
  const textOf = (selector: string) => [...element.querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
  /** The viewport point in the middle of the character at `offset`. */
  const pointAt = (offset: number): [number, number] => {
    const here = boxAtOffset(element.view!, offset);
    const next = boxAtOffset(element.view!, offset + 1);
    return [Math.round((here.left + next.left) / 2), Math.round((here.top + here.bottom) / 2)];
  };

  beforeEach(async () => {
    await applyLocale('en');
    window.scrollTo(0, 0);
    // As on the class page: under the part's own second-level heading.
    section = await fixture<HTMLElement>(
      html`<section aria-labelledby="heat-heading"><h2 id="heat-heading">Where the class tagged</h2><cr-class-heat .data=${generatedClass()} .names=${'names'}></cr-class-heat></section>`,
    );
    element = section.querySelector('cr-class-heat')!;
    await waitUntil(() => element.view && element.querySelector<HTMLElement>('.cr-heat-article')!.dataset['heatPainter'], 'the article is not shown');
  });

  afterEach(async () => {
    // The mouse stays where a test left it, for the next test file's page in this browser too.
    await resetMouse();
    await emulateMedia({ colorScheme: 'light' });
    await applyLocale('en');
  });

  it('paints the first category per level, and another at once when it is chosen', () => {
    expect(textOf('legend')).to.deep.equal(['Show the heat of']);
    expect(textOf('.cr-heat-choice')).to.deep.equal(['Actor', 'Policy', 'Quote', 'Statistic']);
    expect(textOf('.cr-heat-scale li')).to.deep.equal(['1–2 of 10 students', '3–4 of 10 students', '5–6 of 10 students', '7–8 of 10 students', '9–10 of 10 students']);
    expect(allLevels()).to.deep.equal([['Wir helfen.'], [], [], [], []]);

    radio('quote').click();
    // No await: the paint happens in the click's own task.
    expect(allLevels()).to.deep.equal([['Die Bürgermeisterin sagte: „', '“', 'Wir schaffen das.'], [], [], [], ['Wir helfen.']]);
    expect(radio('quote').checked).to.equal(true);

    radio('statistic').click();
    expect(allLevels()).to.deep.equal([[], ['120 Familien'], [], [], []]);
    radio('policy').click();
    expect(allLevels()).to.deep.equal([[], [], [], [], []]);
  });

  it('moves between the categories with the arrow keys', async () => {
    radio('actor').focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(document.activeElement).to.equal(radio('quote'));
    expect(allLevels()[4]).to.deep.equal(['Wir helfen.']);
  });

  it('shows the count at the pointer', async () => {
    radio('quote').click();
    await element.updateComplete;
    // The last character of the quote most of the class tagged, and the one just before it.
    const start = TEXT.indexOf('Wir helfen.');
    await sendMouse({ type: 'move', position: pointAt(start + 10) });
    await waitUntil(() => element.querySelector('.cr-heat-tooltip'), 'no tooltip');
    expect(textOf('.cr-heat-tooltip')).to.deep.equal(['9 of 10 students tagged this as Quote']);
    await sendMouse({ type: 'move', position: pointAt(start - 1) });
    await waitUntil(() => textOf('.cr-heat-tooltip')[0] === '1 of 10 students tagged this as Quote', `the tooltip says ${textOf('.cr-heat-tooltip')}`);
  });

  it('says the count at the caret, and Enter lists exactly who tagged the passage and how', async () => {
    radio('quote').click();
    const start = TEXT.indexOf('Wir helfen.');
    const [x, y] = pointAt(start);
    await sendMouse({ type: 'click', position: [x, y] });
    await element.updateComplete;
    element.place = undefined;
    await element.updateComplete;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => textOf('[role=status]')[0] === '9 of 10 students tagged this as Quote', `the live region says ${textOf('[role=status]')}`);
    expect(textOf('.cr-heat-tooltip')).to.deep.equal(['9 of 10 students tagged this as Quote']);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(element.querySelector('.cr-heat-tooltip')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => element.querySelector('.cr-heat-passage-title'), 'Enter lists nobody');
    expect(textOf('[role=status]')).to.deep.equal(['9 of 10 students tagged this as Quote Who tagged it is listed below the text.']);
    const sentence = TEXT.indexOf('Die Bürgermeisterin');
    const [from, to] = [start, start + 'Wir helfen.'.length];
    expect(textOf('#cr-heat-passage-title')).to.deep.equal([`Who tagged “Die Bürgermeisterin sagte: „Wir helfen.“” (${sentence}–${to + 1})`]);
    expect(textOf('.cr-heat-passage-count')).to.deep.equal(['9 of 10 students tagged this as Quote']);
    expect(textOf('.cr-heat-same li')).to.deep.equal([
      ...NAMES.slice(0, 8).map((name) => `${name} · Quote: Wir helfen. (${from}–${to})`),
      `Ida · Quote: Die Bürgermeisterin sagte: „Wir helfen.“ (${sentence}–${to + 1}) Note: Der ganze Satz.`,
    ]);
    expect(textOf('#cr-heat-others-title')).to.deep.equal(['Tagged here with another category']);
    expect(textOf('.cr-heat-others li')).to.deep.equal([`Jonas · Actor: Wir helfen. (${from}–${to}) Note: Wer hilft?`]);
    // The text still reads as before: Enter changed nothing.
    expect(element.view!.state.doc.textBetween(0, element.view!.state.doc.content.size, '\n\n')).to.equal(TEXT);
    // Another category chosen: the live region no longer speaks of quotes.
    radio('actor').click();
    await element.updateComplete;
    expect(textOf('[role=status]')).to.deep.equal(['']);
  });

  it('lists the passage under a click, with letters when names are hidden', async () => {
    radio('quote').click();
    element.names = 'letters';
    await element.updateComplete;
    const start = TEXT.indexOf('Wir schaffen das.');
    window.scrollBy(0, boxAtOffset(element.view!, start).top - window.innerHeight / 2);
    await sendMouse({ type: 'click', position: pointAt(start + 4) });
    await waitUntil(() => element.querySelector('.cr-heat-passage-title'), 'a click lists nobody');
    expect(textOf('.cr-heat-same li')).to.deep.equal([`Student A · Quote: Wir schaffen das. (${start}–${start + 17})`]);
    expect(textOf('.cr-heat-passage-count')).to.deep.equal(['1 of 10 students tagged this as Quote']);
    expect(element.querySelector('.cr-heat-others')).to.equal(null);
  });

  it('lists every passage of the category, each of which lists who tagged it', async () => {
    radio('quote').click();
    await element.updateComplete;
    expect(textOf('.cr-heat-passages summary')).to.deep.equal(['Every passage of Quote, in text order (2)']);
    expect(textOf('.cr-heat-passages button')).to.deep.equal(['Die Bürgermeisterin sagte: „Wir helfen.“ 9 of 10', 'Wir schaffen das. 1 of 10']);
    element.querySelector('details')!.open = true;
    element.querySelectorAll<HTMLButtonElement>('.cr-heat-passages button')[1]!.click();
    await element.updateComplete;
    const start = TEXT.indexOf('Wir schaffen das.');
    expect(textOf('#cr-heat-passage-title')).to.deep.equal([`Who tagged “Wir schaffen das.” (${start}–${start + 17})`]);
    expect(textOf('.cr-heat-same li')).to.deep.equal([`Anna · Quote: Wir schaffen das. (${start}–${start + 17})`]);

    radio('policy').click();
    await element.updateComplete;
    expect(textOf('.cr-heat-none')).to.deep.equal(['Nobody tagged anything as Policy.']);
    expect(element.querySelector('.cr-heat-passage-title')).to.equal(null);
  });

  it('takes the text where the strip is clicked', async () => {
    const strip = element.querySelector<SVGSVGElement>('svg.cr-heat-strip')!;
    expect(strip.getAttribute('role')).to.equal('img');
    expect(strip.getAttribute('aria-label')).to.equal('Heat of Actor over the whole text');
    const last = TEXT.indexOf('Am Ende');
    expect(boxAtOffset(element.view!, last).top).to.be.greaterThan(window.innerHeight);
    // The strip stays in view (sticky) once the text scrolls under it.
    window.scrollBy(0, strip.getBoundingClientRect().top - 10);
    const scrolled = window.scrollY;
    const box = strip.getBoundingClientRect();
    expect(box.bottom).to.be.lessThan(window.innerHeight);
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.bottom - 2)] });
    await waitUntil(() => boxAtOffset(element.view!, last).bottom < window.innerHeight, `the text did not scroll to its end: ${JSON.stringify([box, window.scrollY, boxAtOffset(element.view!, last), window.innerHeight, element.view!.state.selection.head])}`);
    expect(window.scrollY).to.be.greaterThan(scrolled);
    expect(document.activeElement).to.equal(element.view!.dom);
  });

  it('saves a picture for slides with the title, the category, the scale and the counts', async () => {
    radio('quote').click();
    const downloads = new CaughtDownloads();
    downloads.start();
    try {
      element.querySelector<HTMLButtonElement>('button[data-picture=svg]')!.click();
    } finally {
      downloads.stop();
    }
    expect(downloads.files.map((file) => file.name)).to.deep.equal(['akteure-finden-quote-heat.svg']);
    const picture = new DOMParser().parseFromString(await downloads.files[0]!.text, 'image/svg+xml');
    expect(picture.querySelector('parsererror')).to.equal(null);
    expect(picture.querySelector('title')!.textContent).to.equal('Akteure finden');
    expect([...picture.querySelectorAll('svg > text')].map((node) => node.textContent)).to.deep.equal([
      'Akteure finden',
      'Quote: how many of 10 students tagged each place',
      '1–2 of 10 students',
      '3–4 of 10 students',
      '5–6 of 10 students',
      '7–8 of 10 students',
      '9–10 of 10 students',
      // The article is too long for a slide: its passages, most tagged first.
      'The 2 passages most students tagged (of 2)',
    ]);
    // Each passage: its count, then its words with their context (wrapped where the page's font says).
    const passages = [...picture.querySelectorAll('g.cr-picture-passage')].map((group) => [
      group.querySelector('text')!.textContent,
      [...group.querySelectorAll('text.cr-picture-line')].map((line) => line.textContent).join(' '),
    ]);
    expect(passages).to.deep.equal([
      ['9 of 10', 'Die Bürgermeisterin sagte: „Wir helfen.“ 120 Familien kamen, sagt das Amt.'],
      ['1 of 10', 'Am Ende sagte der Landrat: „Wir schaffen das.“'],
    ]);
    // The heat behind the words: Ida's sentence at level 1, "Wir helfen." at 5 (underlined), Anna's quote at 1.
    expect([...picture.querySelectorAll('rect[data-level]')].map((rect) => rect.getAttribute('data-level'))).to.deep.equal(['1', '5', '1', '1']);
    expect([...picture.querySelectorAll('rect[data-underline]')].length).to.equal(1);
    expect(picture.querySelector('rect[data-level="5"]')!.getAttribute('fill')).to.equal(heatFill('#b8659a', 5));
  });

  it('saves the picture as a PNG too', async () => {
    const downloads = new CaughtDownloads();
    downloads.start();
    try {
      element.querySelector<HTMLButtonElement>('button[data-picture=png]')!.click();
      await waitUntil(() => downloads.files.length === 1, 'no PNG saved');
    } finally {
      downloads.stop();
    }
    expect(downloads.files[0]!.name).to.equal('akteure-finden-actor-heat.png');
    expect((await downloads.files[0]!.text).slice(0, 4)).to.equal('\uFFFDPNG');
  });

  it('keeps text on the strongest level at 4.5:1 or more, light and dark, for every palette colour', async () => {
    // From the ramp's numbers.
    for (const scheme of ['light', 'dark'] as const) {
      for (const { colour } of CATEGORY_PALETTE) {
        expect(contrastRatio(THEME[scheme].text, heatFill(colour, HEAT_LEVELS, scheme)), `${colour} ${scheme}`).to.be.at.least(4.5);
      }
    }
    // From what the browser resolves, with the app's tokens and each colour scheme.
    const tokens = document.createElement('style');
    tokens.textContent = await (await fetch('/styles/tokens.css')).text();
    document.head.append(tokens);
    const page = document.createElement('div');
    page.style.cssText = 'background: var(--cr-bg); color: var(--cr-text)';
    const probe = document.createElement('span');
    page.append(probe);
    document.body.append(page);
    try {
      for (const scheme of ['light', 'dark'] as const) {
        await emulateMedia({ colorScheme: scheme });
        for (const { colour } of CATEGORY_PALETTE) {
          probe.style.backgroundColor = heatBackground(colour, HEAT_LEVELS);
          const ground = resolved(getComputedStyle(page).backgroundColor);
          const tint = resolved(getComputedStyle(probe).backgroundColor);
          const painted = toHex([0, 1, 2].map((i) => tint.alpha * tint.rgb[i]! + (1 - tint.alpha) * ground.rgb[i]!) as unknown as [number, number, number]);
          expect(toHex(ground.rgb)).to.equal(THEME[scheme].background);
          expect(contrastRatio(toHex(resolved(getComputedStyle(probe).color).rgb), painted), `${colour} ${scheme}`).to.be.at.least(4.5);
        }
      }
    } finally {
      page.remove();
      tokens.remove();
    }
  });

  for (const locale of ['de', 'en'] as const) {
    it(`has no axe violation with a passage listed (${locale})`, async () => {
      await applyLocale(locale);
      radio('quote').click();
      placeCaretAt(element.view!, TEXT.indexOf('Wir helfen.'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => element.querySelector('.cr-heat-passage-title'), 'Enter lists nobody');
      if (locale === 'de') {
        expect(textOf('legend')).to.deep.equal(['Häufigkeit zeigen für']);
        expect(textOf('.cr-heat-passage-count')).to.deep.equal(['Als Zitat markiert: 9 von 10 Schülerinnen und Schülern']);
        expect(textOf('#cr-heat-others-title')).to.deep.equal(['Hier mit einer anderen Kategorie markiert']);
      }
      await expect(section).to.be.accessible();
    });
  }
});

/** A computed colour ("rgb(…)", "rgba(…)" or "color(srgb … / a)") as 8-bit channels and alpha. */
function resolved(css: string): { rgb: [number, number, number]; alpha: number } {
  const numbers = (css.match(/[\d.]+/g) ?? []).map(Number);
  if (css.startsWith('color(srgb')) {
    return { rgb: [numbers[0]! * 255, numbers[1]! * 255, numbers[2]! * 255], alpha: numbers[3] ?? 1 };
  }
  const hex = parseColour(css);
  if (hex) return { rgb: [...hex] as [number, number, number], alpha: 1 };
  return { rgb: [numbers[0]!, numbers[1]!, numbers[2]!], alpha: numbers[3] ?? 1 };
}
