/**
 * <cr-class-export>: the two CSV downloads of the example class (test/support/class-example.ts),
 * caught and read byte for byte: UTF-8 with its byte order mark, `,` and decimal points in English,
 * `;` and decimal commas in German, headings and category labels in the interface language, a
 * note that looks like a formula written as text, names or letters as the class view shows them,
 * the annotations not placed counted when there are any,
 * file names from the assignment's title; axe clean.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { ClassData } from '../../../src/app/class/class-data.js';
import '../../../src/ui/class/class-export.js';
import type { CrClassExport } from '../../../src/ui/class/class-export.js';
import { spreadsheetDateTime } from '../../../src/model/csv/spreadsheet-date-time.js';
import type { NamesShown } from '../../../src/ui/class/student-label.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { CaughtDownloads } from '../../support/downloads.js';
import { exampleClass, exampleHandIns, HANDED_IN } from '../../support/class-example.js';

const [ADA, BEN, KIM] = HANDED_IN.map(spreadsheetDateTime) as [string, string, string];

async function shown(data: ClassData = exampleClass(), names: NamesShown = 'names'): Promise<CrClassExport> {
  const element = await fixture<CrClassExport>(html`<cr-class-export .data=${data} .names=${names}></cr-class-export>`);
  await element.updateComplete;
  return element;
}

function button(element: CrClassExport, label: string): HTMLButtonElement {
  const found = [...element.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim() === label);
  if (!found) throw new Error(`no button ${label}`);
  return found;
}

describe('the class export', () => {
  const downloads = new CaughtDownloads();

  beforeEach(() => downloads.start());

  afterEach(async () => {
    downloads.stop();
    await applyLocale('en');
  });

  /** The one file caught: its name and its text with the byte order mark kept, after checking its first bytes. */
  async function saved(): Promise<[string, string]> {
    expect(downloads.files.length).to.equal(1);
    const [file] = downloads.files;
    const bytes = await file!.bytes;
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    return [file!.name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)];
  }

  it('saves the overview in English: `,` and decimal points', async () => {
    const element = await shown();
    button(element, 'Overview (CSV)').click();
    expect(await saved()).to.deep.equal([
      'Akteure finden – Overview.csv',
      '\uFEFF' +
        'Student,Handed in,Actor,Policy,Quote,Statistic,Total,F1 with the model answer,F1 with the class,' +
        'F1 with the model answer: Actor,F1 with the model answer: Policy,F1 with the model answer: Quote,F1 with the model answer: Statistic,' +
        'F1 with the class: Actor,F1 with the class: Policy,F1 with the class: Quote,F1 with the class: Statistic\r\n' +
        `Ada,${ADA},1,0,1,1,3,1,0.667,1,,1,1,1,0,0,1\r\n` +
        `Ben,${BEN},1,0,0,1,2,0.8,0.667,1,,0,1,1,0,0,1\r\n` +
        `Kim,${KIM},0,1,0,0,1,0,0,0,0,0,0,0,0,0,0\r\n`,
    ]);
    expect(element.shadowRoot!.querySelector('.hint')!.textContent!.trim()).to.equal('Separated by commas, with decimal points: for spreadsheets set to English.');
    await expect(element).to.be.accessible();
  });

  it('saves every annotation in English, a formula-like note as text', async () => {
    const element = await shown();
    button(element, 'All annotations (CSV)').click();
    expect(await saved()).to.deep.equal([
      'Akteure finden – Annotations.csv',
      '\uFEFF' +
        'Student,Category,Passage,Start,End,Note,F1 with the model answer,F1 with the class\r\n' +
        'Ada,Actor,Die Bürgermeisterin,26,45,,1,0.667\r\n' +
        'Ada,Quote,„Wir helfen.“,53,66,,1,0.667\r\n' +
        `Ada,Statistic,120 Familien,67,79,"'=1+1; sagt ""wer""",1,0.667\r\n` +
        'Ben,Actor,Bürgermeisterin,30,45,,0.8,0.667\r\n' +
        'Ben,Statistic,120,67,70,,0.8,0.667\r\n' +
        'Kim,Policy,Wir helfen,54,64,,0,0\r\n',
    ]);
  });

  it('saves both in German: `;` and decimal commas', async () => {
    await applyLocale('de');
    const element = await shown();
    expect(element.shadowRoot!.querySelector('.hint')!.textContent!.trim()).to.equal('Getrennt durch Semikolons, mit Dezimalkomma: für Tabellenprogramme auf Deutsch.');
    button(element, 'Übersicht (CSV)').click();
    expect(await saved()).to.deep.equal([
      'Akteure finden – Übersicht.csv',
      '\uFEFF' +
        'Schüler/in;Abgegeben;Akteur;Maßnahme/Politik;Zitat;Statistik;Gesamt;F1 mit der Musterlösung;F1 mit der Klasse;' +
        'F1 mit der Musterlösung: Akteur;F1 mit der Musterlösung: Maßnahme/Politik;F1 mit der Musterlösung: Zitat;F1 mit der Musterlösung: Statistik;' +
        'F1 mit der Klasse: Akteur;F1 mit der Klasse: Maßnahme/Politik;F1 mit der Klasse: Zitat;F1 mit der Klasse: Statistik\r\n' +
        `Ada;${ADA};1;0;1;1;3;1;0,667;1;;1;1;1;0;0;1\r\n` +
        `Ben;${BEN};1;0;0;1;2;0,8;0,667;1;;0;1;1;0;0;1\r\n` +
        `Kim;${KIM};0;1;0;0;1;0;0;0;0;0;0;0;0;0;0\r\n`,
    ]);
    downloads.start();
    button(element, 'Alle Annotationen (CSV)').click();
    expect(await saved()).to.deep.equal([
      'Akteure finden – Annotationen.csv',
      '\uFEFF' +
        'Schüler/in;Kategorie;Stelle;Anfang;Ende;Notiz;F1 mit der Musterlösung;F1 mit der Klasse\r\n' +
        'Ada;Akteur;Die Bürgermeisterin;26;45;;1;0,667\r\n' +
        'Ada;Zitat;„Wir helfen.“;53;66;;1;0,667\r\n' +
        `Ada;Statistik;120 Familien;67;79;"'=1+1; sagt ""wer""";1;0,667\r\n` +
        'Ben;Akteur;Bürgermeisterin;30;45;;0,8;0,667\r\n' +
        'Ben;Statistik;120;67;70;;0,8;0,667\r\n' +
        'Kim;Maßnahme/Politik;Wir helfen;54;64;;0;0\r\n',
    ]);
    await expect(element).to.be.accessible();
  });

  it('counts in German the annotations not placed in the text, in the overview’s "Nicht platziert" column after the total, as on screen', async () => {
    await applyLocale('de');
    const [ada, ben, kim] = exampleHandIns();
    const lost = { ...ben!.annotations[0]!, id: 'ben-lost', start: -1, end: -1, exact: 'verlorene Stelle' };
    const element = await shown(exampleClass(true, [ada!, { ...ben!, annotations: [...ben!.annotations, lost] }, kim!]));
    button(element, 'Übersicht (CSV)').click();
    const [, text] = await saved();
    expect(text.split('\r\n').map((line) => line.split(';').slice(0, 9).join(';'))).to.deep.equal([
      '\uFEFFSchüler/in;Abgegeben;Akteur;Maßnahme/Politik;Zitat;Statistik;Gesamt;Nicht platziert;F1 mit der Musterlösung',
      `Ada;${ADA};1;0;1;1;3;0;1`,
      `Ben;${BEN};1;0;0;1;2;1;0,8`,
      `Kim;${KIM};0;1;0;0;1;0;0`,
      '',
    ]);
  });

  it('names the students by letter, in letter order, when names are hidden', async () => {
    const element = await shown(exampleClass(false), 'letters');
    button(element, 'Overview (CSV)').click();
    const [, text] = await saved();
    expect(text.split('\r\n').map((line) => line.split(',').slice(0, 2).join(','))).to.deep.equal([
      '\uFEFFStudent,Handed in',
      `Student A,${KIM}`,
      `Student B,${ADA}`,
      `Student C,${BEN}`,
      '',
    ]);
    expect(text.split('\r\n')[0]).to.equal(
      '\uFEFFStudent,Handed in,Actor,Policy,Quote,Statistic,Total,F1 with the class,F1 with the class: Actor,F1 with the class: Policy,F1 with the class: Quote,F1 with the class: Statistic',
    );
  });
});
