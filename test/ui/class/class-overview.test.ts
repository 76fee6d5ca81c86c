/**
 * <cr-class-overview>: the class's table on the example class worked out by hand
 * (test/support/class-example.ts): each cell as a screen reader reads it, in English and German;
 * sorting by a header's button by click and by keyboard, `aria-sort` on the sorted column, the new
 * order announced, ties by student, missing figures last and read as "no figure"; the button that
 * asks to compare a student with the model answer; letters for names; the count of each student's
 * unplaced annotations when any student has some, with its note (they count in no figure); axe clean.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ClassData } from '../../../src/app/class/class-data.js';
import '../../../src/ui/class/class-overview.js';
import type { CrClassOverview } from '../../../src/ui/class/class-overview.js';
import type { NamesShown } from '../../../src/ui/class/student-label.js';
import { formatDateTime } from '../../../src/ui/shared/format-date-time.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { annotationOn } from '../../support/annotations.js';
import { ARTICLE_TEXT } from '../../support/assignments.js';
import { exampleClass, exampleHandIns, HANDED_IN } from '../../support/class-example.js';

/** The text of `node` as a screen reader gets it: what aria-hidden hides left out, whitespace folded. */
function spoken(node: Node): string {
  const walk = (at: Node): string => {
    if (at instanceof Element && at.getAttribute('aria-hidden') === 'true') return '';
    if (at.nodeType === Node.TEXT_NODE) return at.textContent ?? '';
    return [...at.childNodes].map(walk).join('');
  };
  return walk(node).replace(/\s+/g, ' ').trim();
}

function table(element: CrClassOverview): string[][] {
  return [...element.shadowRoot!.querySelectorAll('tr')].map((row) => [...row.children].map(spoken));
}

function students(element: CrClassOverview): string[] {
  return [...element.shadowRoot!.querySelectorAll('tbody th')].map(spoken);
}

function header(element: CrClassOverview, heading: string): HTMLTableCellElement {
  const cell = [...element.shadowRoot!.querySelectorAll<HTMLTableCellElement>('thead th')].find((th) => spoken(th) === heading);
  if (!cell) throw new Error(`no column ${heading}`);
  return cell;
}

function sorted(element: CrClassOverview): [string, string][] {
  return [...element.shadowRoot!.querySelectorAll('th[aria-sort]')].map((th) => [spoken(th), th.getAttribute('aria-sort')!]);
}

async function click(element: CrClassOverview, heading: string): Promise<void> {
  header(element, heading).querySelector('button')!.click();
  await element.updateComplete;
}

async function announced(element: CrClassOverview, message: string): Promise<void> {
  const status = element.shadowRoot!.querySelector('[role="status"]')!;
  await waitUntil(() => status.textContent === message, `announced "${message}", not "${status.textContent}"`);
}

async function shown(data: ClassData = exampleClass(), names: NamesShown = 'names'): Promise<CrClassOverview> {
  const element = await fixture<CrClassOverview>(html`<cr-class-overview .data=${data} .names=${names}></cr-class-overview>`);
  await element.updateComplete;
  return element;
}

describe('the class overview', () => {
  afterEach(async () => {
    await applyLocale('en');
  });

  it('shows each student’s counts and agreement, by student, in English', async () => {
    const element = await shown();
    expect(spoken(element.shadowRoot!.querySelector('caption')!)).to.equal('Students and their annotations per category');
    expect(table(element)).to.deep.equal([
      ['Student', 'Handed in', 'Actor', 'Policy', 'Quote', 'Statistic', 'Total', 'Model answer', 'Class', 'Comparison'],
      ['Ada', formatDateTime(HANDED_IN[0]), '1', '0', '1', '1', '3', '100%', '67%', 'Compare with the model answer: Ada'],
      ['Ben', formatDateTime(HANDED_IN[1]), '1', '0', '0', '1', '2', '80%', '67%', 'Compare with the model answer: Ben'],
      ['Kim', formatDateTime(HANDED_IN[2]), '0', '1', '0', '0', '1', '0%', '0%', 'Compare with the model answer: Kim'],
    ]);
    expect(sorted(element)).to.deep.equal([['Student', 'ascending']]);
    expect([...element.shadowRoot!.querySelectorAll('.note li')].map(spoken)).to.deep.equal([
      'Agreement is the F1 of passages found; found = overlaps by at least half of the shorter passage.',
      'Model answer: against the passages of the model answer.',
      'Class: against the passages at least half of the other students tagged.',
    ]);
    expect(element.shadowRoot!.querySelector('time')!.getAttribute('datetime')).to.equal(HANDED_IN[0]);
    await expect(element).to.be.accessible();
  });

  it('speaks German, with German numbers', async () => {
    await applyLocale('de');
    const element = await shown();
    expect(table(element)).to.deep.equal([
      ['Schüler/in', 'Abgegeben', 'Akteur', 'Maßnahme/Politik', 'Zitat', 'Statistik', 'Gesamt', 'Musterlösung', 'Klasse', 'Vergleich'],
      ['Ada', formatDateTime(HANDED_IN[0]), '1', '0', '1', '1', '3', '100 %', '67 %', 'Mit der Musterlösung vergleichen: Ada'],
      ['Ben', formatDateTime(HANDED_IN[1]), '1', '0', '0', '1', '2', '80 %', '67 %', 'Mit der Musterlösung vergleichen: Ben'],
      ['Kim', formatDateTime(HANDED_IN[2]), '0', '1', '0', '0', '1', '0 %', '0 %', 'Mit der Musterlösung vergleichen: Kim'],
    ]);
    expect(spoken(element.shadowRoot!.querySelector('.note')!)).to.equal(
      'Übereinstimmung ist der F1-Wert der gefundenen Stellen; gefunden = überlappt mindestens die Hälfte der kürzeren Stelle. ' +
        'Musterlösung: gemessen an den Stellen der Musterlösung. ' +
        'Klasse: gemessen an den Stellen, die mindestens die Hälfte der anderen Schüler/innen markiert hat.',
    );
    await click(element, 'Gesamt');
    await announced(element, 'Sortiert nach Gesamt, aufsteigend.');
    await expect(element).to.be.accessible();
  });

  it('sorts by a header’s button: ascending, then descending, and says so', async () => {
    const element = await shown();
    await click(element, 'Model answer');
    expect(students(element)).to.deep.equal(['Kim', 'Ben', 'Ada']);
    expect(sorted(element)).to.deep.equal([['Model answer', 'ascending']]);
    await announced(element, 'Sorted by Model answer, ascending.');
    await click(element, 'Model answer');
    expect(students(element)).to.deep.equal(['Ada', 'Ben', 'Kim']);
    expect(sorted(element)).to.deep.equal([['Model answer', 'descending']]);
    await announced(element, 'Sorted by Model answer, descending.');
    await click(element, 'Handed in');
    expect(students(element)).to.deep.equal(['Kim', 'Ada', 'Ben']);
    await click(element, 'Policy');
    expect(students(element)).to.deep.equal(['Ada', 'Ben', 'Kim']);
    await click(element, 'Student');
    await click(element, 'Student');
    expect(students(element)).to.deep.equal(['Kim', 'Ben', 'Ada']);
    expect(sorted(element)).to.deep.equal([['Student', 'descending']]);
  });

  it('breaks ties by student either way', async () => {
    const element = await shown();
    await click(element, 'Class');
    expect(students(element)).to.deep.equal(['Kim', 'Ada', 'Ben']);
    await click(element, 'Class');
    expect(students(element)).to.deep.equal(['Ada', 'Ben', 'Kim']);
  });

  it('sorts from the keyboard: Enter and Space on a header’s button', async () => {
    const element = await shown();
    header(element, 'Total').querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(students(element)).to.deep.equal(['Kim', 'Ben', 'Ada']);
    expect(sorted(element)).to.deep.equal([['Total', 'ascending']]);
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    expect(students(element)).to.deep.equal(['Ada', 'Ben', 'Kim']);
    expect(sorted(element)).to.deep.equal([['Total', 'descending']]);
    expect(element.shadowRoot!.activeElement).to.equal(header(element, 'Total').querySelector('button'));
  });

  it('shows a missing figure as a dash read "no figure", and sorts it last either way', async () => {
    // The model answer tags only a category outside the scheme: Eve, who tagged nothing, has no figure with it.
    const eve = { ...exampleHandIns()[0]!, set: { ...exampleHandIns()[0]!.set, id: 'received:eve' }, name: 'Eve', letter: 'D', annotations: [] };
    const model = [annotationOn(ARTICLE_TEXT, 'Amt', { id: 'm', documentId: '001', categoryIds: ['elsewhere'] })];
    const element = await shown(exampleClass(model, [exampleHandIns()[0]!, eve]));
    expect(table(element).slice(1).map((row) => [row[0], row[7], row[8]])).to.deep.equal([
      ['Ada', '0%', '0%'],
      ['Eve', 'no figure', '0%'],
    ]);
    const dash = element.shadowRoot!.querySelectorAll('tbody tr')[1]!.children[7]!;
    expect(dash.textContent!.replace(/\s+/g, '')).to.equal('–nofigure');
    expect(dash.querySelector('[aria-hidden="true"]')!.textContent).to.equal('–');
    await click(element, 'Model answer');
    expect(students(element)).to.deep.equal(['Ada', 'Eve']);
    await click(element, 'Model answer');
    expect(students(element)).to.deep.equal(['Ada', 'Eve']);
    await expect(element).to.be.accessible();
  });

  it('asks to compare a student with the model answer', async () => {
    const element = await shown();
    const ben = element.shadowRoot!.querySelectorAll<HTMLButtonElement>('tbody button')[1]!;
    setTimeout(() => ben.click());
    const event = await oneEvent(element, 'cr-class-student');
    expect(event.detail).to.deep.equal({ setId: exampleHandIns()[1]!.set.id });
  });

  it('without a model answer has neither its column nor the buttons', async () => {
    const element = await shown(exampleClass(false));
    expect(table(element)[0]).to.deep.equal(['Student', 'Handed in', 'Actor', 'Policy', 'Quote', 'Statistic', 'Total', 'Class']);
    expect(element.shadowRoot!.querySelectorAll('tbody button').length).to.equal(0);
    expect([...element.shadowRoot!.querySelectorAll('.note li')].map(spoken)).to.deep.equal([
      'Agreement is the F1 of passages found; found = overlaps by at least half of the shorter passage.',
      'Class: against the passages at least half of the other students tagged.',
    ]);
    await expect(element).to.be.accessible();
  });

  it('shows letters instead of names, in letter order', async () => {
    const element = await shown(exampleClass(), 'letters');
    expect(students(element)).to.deep.equal(['Student A', 'Student B', 'Student C']);
    expect(table(element)[1]![9]).to.equal('Compare with the model answer: Student A');
    await click(element, 'Student');
    expect(students(element)).to.deep.equal(['Student C', 'Student B', 'Student A']);
  });

  describe('unplaced annotations', () => {
    /** The example class, Ben with two more annotations found nowhere in the text here (his hand-in was on a changed text). */
    function withUnplaced(): ClassData {
      const [ada, ben, kim] = exampleHandIns();
      const lost = (id: string, categoryIds: string[]) => ({ ...ben!.annotations[0]!, id, start: -1, end: -1, exact: 'verlorene Stelle', categoryIds });
      return exampleClass(true, [ada!, { ...ben!, annotations: [...ben!.annotations, lost('ben-3', ['actor']), lost('ben-4', ['statistic', 'quote'])] }, kim!]);
    }

    it('shows how many of each student’s annotations are not placed, counted in no figure, with a note saying so', async () => {
      const element = await shown(withUnplaced());
      expect(table(element)).to.deep.equal([
        ['Student', 'Handed in', 'Actor', 'Policy', 'Quote', 'Statistic', 'Total', 'Not placed', 'Model answer', 'Class', 'Comparison'],
        ['Ada', formatDateTime(HANDED_IN[0]), '1', '0', '1', '1', '3', '0', '100%', '67%', 'Compare with the model answer: Ada'],
        ['Ben', formatDateTime(HANDED_IN[1]), '1', '0', '0', '1', '2', '2', '80%', '67%', 'Compare with the model answer: Ben'],
        ['Kim', formatDateTime(HANDED_IN[2]), '0', '1', '0', '0', '1', '0', '0%', '0%', 'Compare with the model answer: Kim'],
      ]);
      expect([...element.shadowRoot!.querySelectorAll('.note li')].map(spoken).at(-1)).to.equal(
        'Not placed: annotations whose passage is nowhere in the text here (the text changed after the student worked on it). They are kept but count in no figure.',
      );
      await click(element, 'Not placed');
      await click(element, 'Not placed');
      expect(students(element)).to.deep.equal(['Ben', 'Ada', 'Kim']);
      await announced(element, 'Sorted by Not placed, descending.');
      await expect(element).to.be.accessible();
    });

    it('speaks German', async () => {
      await applyLocale('de');
      const element = await shown(withUnplaced());
      expect(table(element)[0]).to.deep.equal(['Schüler/in', 'Abgegeben', 'Akteur', 'Maßnahme/Politik', 'Zitat', 'Statistik', 'Gesamt', 'Nicht platziert', 'Musterlösung', 'Klasse', 'Vergleich']);
      expect([...element.shadowRoot!.querySelectorAll('.note li')].map(spoken).at(-1)).to.equal(
        'Nicht platziert: Annotationen, deren Stelle im Text hier nicht mehr vorkommt (der Text wurde geändert, nachdem daran gearbeitet wurde). Sie bleiben erhalten, gehen aber in keine Zahl ein.',
      );
      await expect(element).to.be.accessible();
    });

    it('has no such column or note when every annotation is placed', async () => {
      const element = await shown();
      expect(table(element)[0]).to.not.include('Not placed');
      expect(spoken(element.shadowRoot!.querySelector('.note')!)).to.not.include('Not placed');
    });
  });
});
