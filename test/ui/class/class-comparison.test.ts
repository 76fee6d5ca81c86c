/**
 * <cr-class-comparison>, "Against the model answer" (issue 16): a teacher picks a student (the
 * overview's choice preselects one) and reads the rule, the figures per category (passages found,
 * precision, recall, F1 by passage and by character), the article with found, missed, extra and
 * wrong category painted as four layers each with its own underline style, the legend, and the
 * passages by outcome. Hidden names show letters; without a model answer it says how to make one.
 * German first, no axe violation. Real Chromium, real ProseMirror view.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { classDataOf, type ClassData, type ClassHandIn } from '../../../src/app/class/class-data.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { receivedSetId } from '../../../src/model/sets/annotation-set.js';
import '../../../src/ui/class/class-comparison.js';
import type { CrClassComparison } from '../../../src/ui/class/class-comparison.js';
import type { CrComparisonArticle } from '../../../src/ui/class/comparison-article.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { annotationOn } from '../../support/annotations.js';
import { ARTICLE_BLOCKS, ARTICLE_TEXT, makeAssignment, SCHEME_CATEGORIES } from '../../support/assignments.js';

const assignment = makeAssignment();
const record = { assignment, role: 'teacher' as const, schemeId: 'default' };

function on(setId: string, quote: string, category: string): Annotation {
  return annotationOn(ARTICLE_TEXT, quote, { id: `${setId}-${quote}`, setId, documentId: '001', categoryIds: [category] });
}

/** The model answer: two actors, a quote, a statistic. */
const MODEL = [['Die Bürgermeisterin', 'actor'], ['„Wir helfen.“', 'quote'], ['120 Familien', 'statistic'], ['das Amt', 'actor']].map(([quote, category]) => on('model', quote!, category!));

function handIn(name: string, letter: string, tagged: readonly (readonly [string, string])[]): ClassHandIn {
  const setId = receivedSetId(assignment.id, name);
  return {
    set: { id: setId, kind: 'received', documentId: '001', assignmentId: `urn:uuid:${assignment.id}`, author: name, modified: '2026-03-08T10:00:00.000Z' },
    name,
    letter,
    handedIn: '2026-03-08T10:00:00.000Z',
    annotations: tagged.map(([quote, category]) => on(setId, quote, category)).sort((a, b) => a.start - b.start),
  };
}

/**
 * Kim tags "das Amt" alone. Lea finds "Bürgermeisterin" (the model's "Die Bürgermeisterin": more
 * than half of the shorter), tags the quote as a statistic (wrong category), "Zweierlei" as a
 * policy (extra), and misses the quote as a quote, "120 Familien" and "das Amt".
 */
function classOf(model: readonly Annotation[] = MODEL): ClassData {
  const kim = handIn('Kim', 'A', [['das Amt', 'actor']]);
  const lea = handIn('Lea', 'B', [['Bürgermeisterin', 'actor'], ['„Wir helfen.“', 'statistic'], ['Zweierlei', 'policy']]);
  return classDataOf(record, ARTICLE_BLOCKS, SCHEME_CATEGORIES, [kim, lea], model);
}

/** The part in its section under the page's heading, as <cr-class-view> shows it. */
async function inSection(part: TemplateResult): Promise<CrClassComparison> {
  const section = await fixture(html`<section><h2>Against the model answer</h2>${part}</section>`);
  return section.querySelector('cr-class-comparison')!;
}

describe('<cr-class-comparison>: one student against the model answer', () => {
  let element: CrClassComparison;

  async function show(data: ClassData, setId?: string, names: 'names' | 'letters' = 'names'): Promise<void> {
    element = await inSection(html`<cr-class-comparison .data=${data} .names=${names} .setId=${setId}></cr-class-comparison>`);
    await waitUntil(() => element.querySelector('cr-comparison-article .ProseMirror'), 'the article is not shown');
  }

  afterEach(() => applyLocale('en'));

  const words = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  /** What a screen reader reads of `node`: its words without what is hidden from it. */
  const heard = (node: Element): string => {
    const copy = node.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll('[aria-hidden=true]')) hidden.remove();
    return words(copy);
  };
  const rows = (): string[] => [...element.querySelectorAll('.cr-comparison-table tr')].map((row) => [...row.children].map((cell) => heard(cell)).join(' | '));
  const listed = (outcome: string): string[] => [...element.querySelectorAll(`[data-outcome=${outcome}] li`)].map((item) => words(item));
  const painted = (outcome: string): string[] => {
    const article = element.querySelector<CrComparisonArticle>('cr-comparison-article')!;
    const highlight = CSS.highlights.get(article.paint!.nameOf(outcome));
    return highlight ? [...(highlight as unknown as Set<Range>)].map((range) => range.toString()) : [];
  };

  it('shows the student the overview chose: the rule, the figures per category and over all', async () => {
    await applyLocale('en');
    await show(classOf(), receivedSetId(assignment.id, 'Lea'));
    expect(element.querySelector<HTMLSelectElement>('select')!.value).to.equal(receivedSetId(assignment.id, 'Lea'));
    expect(words(element.querySelector('label'))).to.equal('Student');
    expect(words(element.querySelector('.cr-comparison-rule'))).to.contain(
      'A passage counts as found when it overlaps the model answer’s by at least half of the shorter one, with the same category.',
    );
    expect(words(element.querySelector('caption'))).to.equal('Lea against the model answer, by category');
    expect(rows()).to.deep.equal([
      'Category | Model passages found | Passages tagged | Precision | Recall | F1 by passage | F1 by character',
      'Actor | 1 of 2 | 1 | 100% | 50% | 67% | 73%',
      'Policy | 0 of 0 | 1 | 0% | no figure | 0% | 0%',
      'Quote | 0 of 1 | 0 | no figure | 0% | 0% | 0%',
      'Statistic | 0 of 1 | 1 | 0% | 0% | 0% | 0%',
      'All categories | 1 of 4 | 3 | 33% | 25% | 29% | 34%',
    ]);
  });

  it('lists the passages by outcome, and paints each outcome as its own layer with its own underline', async () => {
    await applyLocale('en');
    await show(classOf(), receivedSetId(assignment.id, 'Lea'));
    expect(listed('found')).to.deep.equal(['“Die Bürgermeisterin” – Actor']);
    expect(listed('missed')).to.deep.equal(['„Wir helfen.“ – Quote', '“120 Familien” – Statistic', '“das Amt” – Actor']);
    expect(listed('extra')).to.deep.equal(['“Zweierlei” – Policy']);
    expect(listed('wrong')).to.deep.equal(['„Wir helfen.“ – Statistic; the model answer: Quote']);
    expect(words(element.querySelector('[data-outcome=missed] h3'))).to.equal('Missed (3 passages)');
    expect(painted('found')).to.deep.equal(['Die Bürgermeisterin']);
    expect(painted('missed')).to.deep.equal(['„Wir helfen.“', '120 Familien', 'das Amt']);
    expect(painted('extra')).to.deep.equal(['Zweierlei']);
    expect(painted('wrong')).to.deep.equal(['„Wir helfen.“']);
    // The cue that does not rest on colour: one underline style per outcome, the legend's samples alike.
    const samples = [...element.querySelectorAll<HTMLElement>('.cr-comparison-sample')].map((sample) => getComputedStyle(sample).textDecorationStyle);
    expect(samples).to.deep.equal(['solid', 'wavy', 'dotted', 'double']);
    expect([...element.querySelectorAll('.cr-comparison-legend li')].map((item) => heard(item))).to.deep.equal([
      'Found: a passage of the model answer that was found (solid underline)',
      'Missed: a passage of the model answer that was not found (wavy underline)',
      'Extra: a passage that is not in the model answer (dotted underline)',
      'Wrong category: a passage of the model answer tagged with another category (double underline)',
    ]);
  });

  it('shows the first student without a choice, another when picked, and fires nothing up', async () => {
    await applyLocale('en');
    await show(classOf());
    const fired: string[] = [];
    for (const type of ['cr-class-student', 'change', 'input']) element.parentElement!.addEventListener(type, () => fired.push(type));
    expect(words(element.querySelector('caption'))).to.equal('Kim against the model answer, by category');
    expect(rows().at(-1)).to.equal('All categories | 1 of 4 | 1 | 100% | 25% | 40% | 24%');
    const select = element.querySelector<HTMLSelectElement>('select')!;
    select.value = receivedSetId(assignment.id, 'Lea');
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
    await waitUntil(() => painted('extra').length === 1, 'Lea’s passages are not painted');
    expect(words(element.querySelector('caption'))).to.equal('Lea against the model answer, by category');
    expect([element.setId, fired]).to.deep.equal([undefined, []]);
  });

  it('shows letters when names are hidden', async () => {
    await applyLocale('en');
    await show(classOf(), undefined, 'letters');
    expect([...element.querySelectorAll('option')].map((option) => words(option))).to.deep.equal(['Student A', 'Student B']);
    expect(element.textContent).not.to.contain('Kim');
  });

  it('without a model answer says so and links to the assignment page where one is made', async () => {
    await applyLocale('en');
    element = await inSection(html`<cr-class-comparison .data=${classOf([])} .names=${'names'}></cr-class-comparison>`);
    expect(words(element.querySelector('.cr-class-comparison-none'))).to.equal(
      'There is no model answer for this assignment yet, so there is nothing to compare with. To make one, choose “Edit the model answer” on the assignment page and tag the article as you expect it.',
    );
    const link = element.querySelector('a')!;
    expect([words(link), link.getAttribute('href')]).to.deep.equal(['Go to the assignment page', `#/assignment/${assignment.id}`]);
    expect(element.querySelectorAll('select, table, cr-comparison-article')).to.have.length(0);
  });

  it('speaks German first', async () => {
    await applyLocale('de');
    await show(classOf(), receivedSetId(assignment.id, 'Lea'));
    expect(rows()[0]).to.equal('Kategorie | Stellen der Musterlösung gefunden | Markierte Stellen | Präzision | Trefferquote | F1 nach Stellen | F1 nach Zeichen');
    expect(rows()[1]).to.equal('Akteur | 1 von 2 | 1 | 100 % | 50 % | 67 % | 73 %');
    expect(listed('wrong')).to.deep.equal(['„Wir helfen.“ – Statistik; in der Musterlösung: Zitat']);
  });

  for (const locale of ['de', 'en'] as const) {
    it(`has no axe violation (${locale})`, async () => {
      await applyLocale(locale);
      await show(classOf(), receivedSetId(assignment.id, 'Lea'));
      await expect(element.parentElement!).to.be.accessible();
      element = await inSection(html`<cr-class-comparison .data=${classOf([])} .names=${'names'}></cr-class-comparison>`);
      await expect(element.parentElement!).to.be.accessible();
    });
  }
});
