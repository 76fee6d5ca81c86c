/**
 * <cr-class-agreement>: αU per category and over all, its plain reading, the students it rests on
 * and the sentence on what drives it, on the example class (test/support/class-example.ts) and on
 * two small classes made to land in each band; the per-passage view of the chosen category; a long
 * quote shortened in the middle; English and German; axe clean. The figures themselves are the
 * model's (test/model/agreement); here they are pinned as the teacher reads them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ClassData, ClassHandIn } from '../../../src/app/class/class-data.js';
import '../../../src/ui/class/class-agreement.js';
import { type CrClassAgreement, middleShortened } from '../../../src/ui/class/class-agreement.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { annotationOn } from '../../support/annotations.js';
import { ARTICLE_TEXT } from '../../support/assignments.js';
import { exampleClass, exampleHandIns } from '../../support/class-example.js';

function spoken(node: Node): string {
  const walk = (at: Node): string => {
    if (at instanceof Element && at.getAttribute('aria-hidden') === 'true') return '';
    if (at.nodeType === Node.TEXT_NODE) return at.textContent ?? '';
    return [...at.childNodes].map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

function figures(element: CrClassAgreement): string[][] {
  return [...element.shadowRoot!.querySelectorAll('table.figures tr')].map((row) => [...row.children].map(spoken));
}

function passages(element: CrClassAgreement): string[][] {
  return [...element.shadowRoot!.querySelectorAll('.passages tbody tr')].map((row) => [...row.children].map(spoken));
}

async function choose(element: CrClassAgreement, category: string): Promise<void> {
  const select = element.shadowRoot!.querySelector('select')!;
  select.value = category;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function shown(data: ClassData): Promise<CrClassAgreement> {
  const element = await fixture<CrClassAgreement>(html`<cr-class-agreement .data=${data} .names=${'names'}></cr-class-agreement>`);
  await element.updateComplete;
  return element;
}

/**
 * Ada and Ben tag "Die Bürgermeisterin" alike (actor: 1); Ada "120 Familien", Ben "120 Familien
 * kamen, s" (statistic: edges only, 0.76); nobody tags a policy or a quote.
 */
function twoAgreeing(): ClassData {
  const [ada, ben] = exampleHandIns();
  const tags = (handIn: ClassHandIn, statistic: string): ClassHandIn => ({
    ...handIn,
    annotations: [
      annotationOn(ARTICLE_TEXT, 'Die Bürgermeisterin', { id: `${handIn.name}-1`, setId: handIn.set.id, categoryIds: ['actor'] }),
      annotationOn(ARTICLE_TEXT, statistic, { id: `${handIn.name}-2`, setId: handIn.set.id, categoryIds: ['statistic'] }),
    ],
  });
  return exampleClass(false, [tags(ada!, '120 Familien'), tags(ben!, '120 Familien kamen, s')]);
}

const HEADINGS = ['Category', 'αU', 'Reading', 'Students', 'Tagged it', 'What drives the figure'];

describe('the class agreement', () => {
  afterEach(async () => {
    await applyLocale('en');
  });

  it('reads a class that disagrees: low figures, driven by passages only some tagged', async () => {
    const element = await shown(exampleClass());
    const some = 'Mostly passages only some students tagged.';
    const discuss = 'low: discuss the category’s definition';
    expect(spoken(element.shadowRoot!.querySelector('caption')!)).to.equal('Agreement per category (Krippendorff’s αU)');
    expect(figures(element)).to.deep.equal([
      HEADINGS,
      ['Actor', '0.21', discuss, '3', '2', some],
      ['Policy', '-0.18', discuss, '3', '1', some],
      ['Quote', '-0.25', discuss, '3', '1', some],
      ['Statistic', '0.05', discuss, '3', '2', some],
      ['All categories', '0.05', 'low: discuss the categories’ definitions', '3', '3', some],
    ]);
    await expect(element).to.be.accessible();
  });

  it('reads a class that agrees: reliable, tentative, and no figure where nobody tagged', async () => {
    const element = await shown(twoAgreeing());
    expect(figures(element).slice(1)).to.deep.equal([
      ['Actor', '1.00', 'reliable', '2', '2', 'The students agree exactly.'],
      ['Policy', 'no figure', 'no figure: nobody tagged it', '2', '0', 'no figure'],
      ['Quote', 'no figure', 'no figure: nobody tagged it', '2', '0', 'no figure'],
      ['Statistic', '0.76', 'tentative: draw conclusions with care', '2', '2', 'Mostly where passages begin and end.'],
      ['All categories', '0.89', 'reliable', '2', '2', 'Mostly where passages begin and end.'],
    ]);
    const dash = element.shadowRoot!.querySelectorAll('table.figures tbody tr')[1]!.children[1]!;
    expect(dash.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
  });

  it('has no figure for a lone student, and says why', async () => {
    const element = await shown(exampleClass(true, exampleHandIns().slice(0, 1)));
    expect(figures(element)[1]).to.deep.equal(['Actor', 'no figure', 'no figure: it needs at least two students', '1', '1', 'no figure']);
    expect(figures(element)[5]).to.deep.equal(['All categories', 'no figure', 'no figure: it needs at least two students', '1', '1', 'no figure']);
  });

  it('lists the chosen category’s passages: the quote, how many found it, whose passage it is', async () => {
    const element = await shown(exampleClass());
    expect(spoken(element.shadowRoot!.querySelector('.passages caption')!)).to.equal('Passages of “Actor” and who found them');
    expect(passages(element)).to.deep.equal([['“Die Bürgermeisterin”', 'found by 2 of 3', 'the model answer']]);
    await choose(element, 'policy');
    expect(spoken(element.shadowRoot!.querySelector('.passages caption')!)).to.equal('Passages of “Policy” and who found them');
    expect(passages(element)).to.deep.equal([['“Wir helfen”', 'found by 1 of 3', 'the class']]);
    await choose(element, 'statistic');
    expect(passages(element)).to.deep.equal([['“120 Familien”', 'found by 2 of 3', 'the model answer']]);
  });

  it('says so when a category has no passage', async () => {
    const element = await shown(twoAgreeing());
    await choose(element, 'quote');
    expect(element.shadowRoot!.querySelector('.passages tbody')).to.equal(null);
    expect(spoken(element.shadowRoot!.querySelector('.passages p')!)).to.equal('Nobody tagged “Quote”, and the model answer has no passage of it.');
    await expect(element).to.be.accessible();
  });

  it('speaks German, with decimal commas', async () => {
    await applyLocale('de');
    const element = await shown(twoAgreeing());
    expect(figures(element)).to.deep.equal([
      ['Kategorie', 'αU', 'Einschätzung', 'Schüler/innen', 'Davon markiert', 'Was die Zahl bestimmt'],
      ['Akteur', '1,00', 'verlässlich', '2', '2', 'Die Schüler/innen stimmen genau überein.'],
      ['Maßnahme/Politik', 'keine Zahl', 'keine Zahl: niemand hat sie markiert', '2', '0', 'keine Zahl'],
      ['Zitat', 'keine Zahl', 'keine Zahl: niemand hat sie markiert', '2', '0', 'keine Zahl'],
      ['Statistik', '0,76', 'vorläufig: nur vorsichtige Schlüsse', '2', '2', 'Vor allem, wo Stellen beginnen und enden.'],
      ['Alle Kategorien', '0,89', 'verlässlich', '2', '2', 'Vor allem, wo Stellen beginnen und enden.'],
    ]);
    expect(passages(element)).to.deep.equal([['„Die Bürgermeisterin“', 'gefunden: 2 von 2', 'der Klasse']]);
    await expect(element).to.be.accessible();
    const low = await shown(exampleClass());
    expect(figures(low)[2]).to.deep.equal(['Maßnahme/Politik', '-0,18', 'niedrig: die Definition der Kategorie besprechen', '3', '1', 'Vor allem Stellen, die nur einige markiert haben.']);
    expect(figures(low)[5]![2]).to.equal('niedrig: die Definitionen der Kategorien besprechen');
  });
});

describe('a quote shortened in the middle', () => {
  const cases: [name: string, text: string, max: number, shown: string][] = [
    ['short enough', 'Wir helfen.', 20, 'Wir helfen.'],
    ['exactly the length', 'abcdefghij', 10, 'abcdefghij'],
    ['long: beginning and end kept', 'abcdefghijklmnopqrstuvwxyz', 11, 'abcd … wxyz'],
    ['whitespace folded first', 'Wir\n\nhelfen   jetzt', 40, 'Wir helfen jetzt'],
    ['an emoji never split', '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂', 9, '🙂🙂🙂 … 🙂🙂🙂'],
  ];
  for (const [name, text, max, result] of cases) {
    it(name, () => {
      expect(middleShortened(text, max)).to.equal(result);
    });
  }
});
