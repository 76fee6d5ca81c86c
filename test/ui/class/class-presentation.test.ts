/**
 * <cr-class-presentation>: the class view on a projector. Four students and a model answer on a
 * shipped article: the passages of a category come from the most to the least agreed, the arrow
 * keys step through them with an exact caption, the current one is marked and scrolled to the
 * middle, 1–9 choose a category, Escape leaves, no student's name is anywhere on the page, and at
 * 1024×768 the type is large and nothing scrolls sideways; axe clean in German and English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { type ClassData, type ClassHandIn, classDataOf } from '../../../src/app/class/class-data.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { assignmentIri } from '../../../src/model/assignments/assignment.js';
import { pseudonymLetters } from '../../../src/model/assignments/pseudonyms.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { modelSetId, receivedSetId } from '../../../src/model/sets/annotation-set.js';
import '../../../src/ui/class/class-presentation.js';
import type { CrClassPresentation } from '../../../src/ui/class/class-presentation.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { annotationOn } from '../../support/annotations.js';
import { loadShippedArticles } from '../../support/articles.js';
import { ASSIGNMENT_ID, makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';

const DOC = 'zweierlei-solidaritaet';
const HANDED_IN = '2026-03-05T10:00:00.000Z';
const NAMES = ['Ada Lovelace', 'Bruno Ganz', 'Clara Zetkin', 'Dora Maar'];

/** Who tagged what as an actor (and Ada one statistic); the model answer's actors. Nobody tagged a policy or a quote. */
const ACTORS: Readonly<Record<string, readonly string[]>> = {
  'Ada Lovelace': ['Benjamin Barber', 'Bürgermeister süditalienischer Küstenstädte', 'Präsident Donald Trump'],
  'Bruno Ganz': ['Benjamin Barber', 'Bürgermeister süditalienischer Küstenstädte', 'Präsident Donald Trump'],
  'Clara Zetkin': ['Benjamin Barber', 'Bürgermeister süditalienischer Küstenstädte'],
  'Dora Maar': ['Bill Clinton', 'Bürgermeister süditalienischer Küstenstädte'],
};
const MODEL_ACTORS = ['Benjamin Barber', 'Regierung Italiens'];

/** The actor passages from the most to the least agreed: caption line and quote. */
const ACTOR_STEPS = [
  ['Passage 1 of 5 · found by 4 of 4 students · not in the model answer', 'Bürgermeister süditalienischer Küstenstädte'],
  ['Passage 2 of 5 · found by 3 of 4 students · in the model answer', 'Benjamin Barber'],
  ['Passage 3 of 5 · found by 2 of 4 students · not in the model answer', 'Präsident Donald Trump'],
  ['Passage 4 of 5 · found by 1 of 4 students · not in the model answer', 'Bill Clinton'],
  ['Passage 5 of 5 · found by 0 of 4 students · in the model answer', 'Regierung Italiens'],
];

async function classData(): Promise<ClassData> {
  const articles = await loadShippedArticles();
  const { blocks } = await articles.loadBody(DOC);
  const text = canonicalText(blocks);
  const letters = pseudonymLetters(NAMES.map((name) => receivedSetId(ASSIGNMENT_ID, name)));
  const on = (setId: string, quote: string, category: string, index: number): Annotation =>
    annotationOn(text, quote, { id: `${setId}-${index}`, setId, documentId: DOC, categoryIds: [category] });
  const handIns: ClassHandIn[] = NAMES.map((name) => {
    const id = receivedSetId(ASSIGNMENT_ID, name);
    const annotations = ACTORS[name]!.map((quote, index) => on(id, quote, 'actor', index));
    if (name === 'Ada Lovelace') annotations.push(on(id, 'im Jahr 2015', 'statistic', 9));
    return {
      set: { id, kind: 'received', documentId: DOC, assignmentId: assignmentIri(ASSIGNMENT_ID), author: name, modified: HANDED_IN },
      name,
      letter: letters.get(id)!,
      handedIn: HANDED_IN,
      annotations,
    };
  });
  const model = MODEL_ACTORS.map((quote, index) => on(modelSetId(ASSIGNMENT_ID), quote, 'actor', index));
  const assignment = makeAssignment({ document: { id: DOC, iri: `tag:close-reader.app,2026:documents/${DOC}`, digest: `sha256:${'ab'.repeat(32)}`, title: 'Zweierlei Solidarität' } });
  return classDataOf({ assignment, role: 'teacher', schemeId: 'default' }, blocks, SCHEME_CATEGORIES, handIns, model);
}

/** The caption as the audience reads it: the step line and the quote. */
function caption(element: CrClassPresentation): string[] {
  return [
    element.querySelector('.cr-present-step')!.textContent!.trim(),
    element.querySelector('.cr-present-quote')?.textContent?.trim() ?? '',
  ];
}

/** The text ranges of the painted layer whose name ends with `key`. */
function painted(key: string): string[] {
  const entry = [...CSS.highlights].find(([name]) => name.endsWith(`-${key}`));
  return entry ? [...entry[1]].map((range) => range.toString()) : [];
}

async function press(element: CrClassPresentation, key: string): Promise<void> {
  await sendKeys({ press: key });
  await element.updateComplete;
}

describe('the class view on a projector', () => {
  let data: ClassData;
  let element: CrClassPresentation;
  const sheets: HTMLLinkElement[] = [];

  before(async () => {
    // The app's global styles: tokens, base (visually-hidden) and the reader's article text.
    for (const file of ['tokens', 'base', 'reader']) {
      const sheet = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `/styles/${file}.css` });
      document.head.append(sheet);
      sheets.push(sheet);
      await new Promise((resolve) => sheet.addEventListener('load', resolve, { once: true }));
    }
    await setViewport({ width: 1024, height: 768 });
    data = await classData();
  });

  after(() => sheets.forEach((sheet) => sheet.remove()));

  beforeEach(async () => {
    await applyLocale('en');
    // Names asked for: the presentation hides them anyway.
    element = await fixture<CrClassPresentation>(html`<cr-class-presentation .data=${data} .names=${'names'}></cr-class-presentation>`);
  });

  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('steps with the arrow keys through the passages from the most to the least agreed, with an exact caption', async () => {
    const seen = [caption(element)];
    for (let i = 0; i < 5; i++) {
      await press(element, 'ArrowRight');
      seen.push(caption(element));
    }
    // The last press stays on the last passage.
    expect(seen).to.deep.equal([...ACTOR_STEPS, ACTOR_STEPS[4]]);
    await press(element, 'ArrowUp');
    expect(caption(element)).to.deep.equal(ACTOR_STEPS[3]);
    await press(element, 'Home');
    expect(caption(element)).to.deep.equal(ACTOR_STEPS[0]);
    await press(element, 'End');
    expect(caption(element)).to.deep.equal(ACTOR_STEPS[4]);
    await press(element, 'ArrowLeft');
    await press(element, 'ArrowDown');
    expect(caption(element)).to.deep.equal(ACTOR_STEPS[4]);
  });

  it('marks the current passage over the heat of the category and says each step in a live region', async () => {
    expect(painted('current')).to.deep.equal(['Bürgermeister süditalienischer Küstenstädte']);
    // 4 of 4 students: the top level; 3 of 4: the one below; the rest (1 or 2 of 4) lower.
    expect(painted('heat-5')).to.deep.equal(['Bürgermeister süditalienischer Küstenstädte']);
    expect(painted('heat-4')).to.deep.equal(['Benjamin Barber']);
    expect(painted('heat-3')).to.deep.equal(['Präsident Donald Trump']);
    expect(painted('heat-2')).to.deep.equal(['Bill Clinton']);
    await press(element, 'ArrowRight');
    expect(painted('current')).to.deep.equal(['Benjamin Barber']);
    const region = element.querySelector('[role="status"]')!;
    await waitUntil(() => region.textContent!.trim() !== '', 'the step is announced');
    expect(region.textContent!.trim()).to.equal('Passage 2 of 5 · found by 3 of 4 students · in the model answer: Benjamin Barber');
  });

  it('scrolls the current passage to the middle of the article', async () => {
    const scroller = element.querySelector<HTMLElement>('.cr-present-article')!;
    await press(element, 'End');
    await press(element, 'Home');
    for (const step of [0, 1, 2]) {
      const range = [...CSS.highlights].find(([name]) => name.endsWith('-current'))![1];
      const box = ([...range][0] as Range).getBoundingClientRect();
      const frame = scroller.getBoundingClientRect();
      // The article scrolled (the later passages lie far below the first screen) ...
      if (step === 2) expect(scroller.scrollTop).to.be.greaterThan(500);
      // ... and the passage's middle is the article's middle, to a few pixels.
      expect(Math.abs((box.top + box.bottom) / 2 - (frame.top + scroller.clientHeight / 2)), `step ${step}`).to.be.lessThan(4);
      await press(element, 'ArrowRight');
    }
  });

  it('chooses a category with keys 1–9 in the order of the category list', async () => {
    await press(element, 'ArrowRight');
    await press(element, '4');
    expect(caption(element)).to.deep.equal(['Passage 1 of 1 · found by 1 of 4 students · not in the model answer', 'im Jahr 2015']);
    expect([...element.querySelectorAll('.cr-present-categories button')].map((button) => button.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'true']);
    expect(painted('current')).to.deep.equal(['im Jahr 2015']);
    // 1 of 4 students: the second level (a quarter of five levels, rounded up).
    expect(painted('heat-2')).to.deep.equal(['im Jahr 2015']);
    await press(element, '2');
    expect(caption(element)).to.deep.equal(['Nobody tagged this category, and the model answer has no passage of it.', '']);
    expect(painted('current')).to.deep.equal([]);
    expect([...element.querySelectorAll<HTMLButtonElement>('.cr-present-steps button')].map((button) => button.disabled)).to.deep.equal([true, true]);
    // There are four categories: 5 chooses none.
    await press(element, '5');
    expect(element.category).to.equal('policy');
    await press(element, '1');
    expect(caption(element)).to.deep.equal(ACTOR_STEPS[0]);
    const region = element.querySelector('[role="status"]')!;
    await waitUntil(() => region.textContent!.trim() !== '', 'the category is announced');
    expect(region.textContent!.trim()).to.equal('Actor: 5 passages. Passage 1 of 5 · found by 4 of 4 students · not in the model answer');
  });

  it('leaves the keys to a form control that has focus, not to the article', async () => {
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    try {
      await press(element, 'ArrowRight');
      await press(element, '4');
      await press(element, 'Escape');
      expect(caption(element)).to.deep.equal(ACTOR_STEPS[0]);
      expect(location.hash).to.equal('');
    } finally {
      field.remove();
    }
    // The article holds a caret but is no form control: the keys stay the presentation's there.
    element.querySelector<HTMLElement>('.cr-article-text')!.focus();
    await press(element, 'ArrowRight');
    expect(caption(element)).to.deep.equal(ACTOR_STEPS[1]);
  });

  it('goes back to the class view on Escape and by its visible link', async () => {
    const href = `#/assignment/${ASSIGNMENT_ID}/class`;
    const exit = element.querySelector<HTMLAnchorElement>('.cr-present-exit')!;
    expect([exit.textContent!.trim(), exit.getAttribute('href')]).to.deep.equal(['Exit presentation', href]);
    await press(element, 'Escape');
    expect(location.hash).to.equal(href);
  });

  it('shows no student’s name anywhere, only counts', async () => {
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', '4']) await press(element, key);
    await waitUntil(() => element.querySelector('[role="status"]')!.textContent!.trim() !== '', 'announced');
    const page = `${document.body.innerText}\n${element.outerHTML}`;
    for (const name of NAMES) for (const part of name.split(' ')) expect(page, part).not.to.include(part);
    expect(page).not.to.include('Student A');
  });

  it('is axe clean in English and German, with German captions', async () => {
    await expect(element).to.be.accessible();
    await applyLocale('de');
    await element.updateComplete;
    expect(caption(element)).to.deep.equal(['Passage 1 von 5 · von 4 der 4 Lernenden gefunden · nicht in der Musterlösung', 'Bürgermeister süditalienischer Küstenstädte']);
    expect(element.querySelector('.cr-present-exit')!.textContent!.trim()).to.equal('Präsentation beenden');
    await expect(element).to.be.accessible();
  });

  it('fits 1024×768 in large type, in German too: nothing scrolls sideways', async () => {
    for (const locale of ['en', 'de'] as const) {
      await applyLocale(locale);
      await element.updateComplete;
      const present = element.querySelector<HTMLElement>('.cr-present')!;
      expect([present.clientWidth, present.clientHeight], locale).to.deep.equal([1024, 768]);
      expect(document.documentElement.scrollWidth, locale).to.be.at.most(1024);
      for (const part of present.querySelectorAll<HTMLElement>('.cr-present-bar, .cr-present-article, .cr-present-caption')) {
        expect(part.scrollWidth, `${locale} ${part.className}`).to.be.at.most(part.clientWidth);
      }
      const px = (selector: string) => parseFloat(getComputedStyle(element.querySelector(selector)!).fontSize);
      expect(px('.cr-article-text'), 'article text').to.be.at.least(24);
      expect(px('.cr-present-step'), 'caption').to.be.at.least(24);
      expect(px('.cr-present-quote'), 'quote').to.be.at.least(24);
      // The article keeps most of the height for the text.
      expect(element.querySelector('.cr-present-article')!.clientHeight, locale).to.be.at.least(400);
    }
  });
});
