/**
 * <cr-statistics-view> (issue 17) over real IndexedDB stores and the shipped articles: a small
 * library of two articles (the reader's own reading of each), a hand-in and a model answer of an
 * assignment, and links between them. Every table's cells hand-counted; the three scopes (the
 * library, one article, an assignment's class) pick their annotations; a column sorts (exact
 * order, aria-sort, announced); a table and all annotations saved as CSV byte for byte (German:
 * `;`, the byte order mark, a note like a formula written as text); the empty states; axe clean in
 * German and English.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ReceiveHandInDeps } from '../../../src/app/assignments/receive-hand-in.js';
import type { StatisticsTarget } from '../../../src/app/statistics/statistics-loader.js';
import { type Assignment, assignmentIri } from '../../../src/model/assignments/assignment.js';
import type { Annotation } from '../../../src/model/annotations/annotation.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import type { Relation } from '../../../src/model/relations/relation.js';
import { mineSetId, modelSetId, receivedSetId } from '../../../src/model/sets/annotation-set.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import '../../../src/ui/statistics/statistics-view.js';
import type { CrStatisticsView } from '../../../src/ui/statistics/statistics-view.js';
import type { CrStatisticsTable } from '../../../src/ui/statistics/statistics-table.js';
import { spreadsheetDateTime } from '../../../src/model/csv/spreadsheet-date-time.js';
import { ANNOTATION_TIME, annotationOn, quotedRange } from '../../support/annotations.js';
import { CaughtDownloads } from '../../support/downloads.js';
import { HAND_IN_DOC, teacherClassroom } from '../../support/teacher-classroom.js';
import { TestDatabases } from '../../support/test-database.js';
import { StoresHost } from '../../support/teacher-stores-host.js';

const KELLY = HAND_IN_DOC;
const KELLY_TITLE = 'US-Heimatschutzminister Kelly: keine Massenabschiebungen';
const ZWEI = 'zweierlei-solidaritaet';
const ZWEI_TITLE = 'Zweierlei Solidarität';
const FORMULA = "=cmd|' /C calc'!A0";
const BARBER_QUOTE = '»Das 20. Jahrhundert war das Jahrhundert der Nationalstaaten. Das 21. Jahrhundert wird das Jahrhundert der Städte sein.«';
const KELLY_QUOTE_1 = 'Es wird keine, ich wiederhole keine Massenabschiebungen geben';
const KELLY_QUOTE_2 = 'Die Armee werde sich nicht an den Einsätzen gegen illegale Einwanderer beteiligen';

/** A table as shown: its caption, its heading row and its rows (foot included), as text. */
interface ShownTable {
  readonly caption: string;
  readonly header: string[];
  readonly rows: string[][];
}

function tables(view: CrStatisticsView): ShownTable[] {
  return [...view.shadowRoot!.querySelectorAll('cr-statistics-table')].map((table) => {
    const root = table.shadowRoot!;
    const text = (cell: Element) => cell.textContent!.replace(/\s+/g, ' ').trim();
    return {
      caption: text(root.querySelector('caption')!),
      header: [...root.querySelectorAll('thead th')].map((cell) => text(cell).replace(/[▲▼↕]$/, '')),
      rows: [...root.querySelectorAll('tbody tr, tfoot tr')].map((row) => [...row.children].map(text)),
    };
  });
}

function table(view: CrStatisticsView, caption: string): CrStatisticsTable {
  const found = [...view.shadowRoot!.querySelectorAll('cr-statistics-table')].find((candidate) => candidate.caption === caption);
  if (!found) throw new Error(`no table "${caption}"`);
  return found;
}

function texts(view: CrStatisticsView, selector: string): string[] {
  return [...view.shadowRoot!.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, ' ').trim());
}

describe('the statistics page', () => {
  const databases = new TestDatabases();
  const downloads = new CaughtDownloads();
  let db: CloseReaderDatabase;
  let stores: ReceiveHandInDeps;
  let assignment: Assignment;
  let byName: Map<string, Annotation>;

  /** An annotation of the fixture, by its name in this file. */
  const the = (name: string): Annotation => byName.get(name)!;

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    ({ deps: stores, assignment } = await teacherClassroom(db));
    const kelly = canonicalText((await stores.articles.loadBody(KELLY)).blocks);
    const zwei = canonicalText((await stores.articles.loadBody(ZWEI)).blocks);
    const ada = receivedSetId(assignment.id, 'Ada');
    const model = modelSetId(assignment.id);
    let next = 0;
    const on = (text: string, documentId: string, quote: string, categoryIds: string[], fields: Partial<Annotation> = {}): Annotation =>
      annotationOn(text, quote, { id: `00000000-0000-4000-8000-${String(++next).padStart(12, '0')}`, documentId, setId: mineSetId(documentId), categoryIds, ...fields });
    const fixtureAnnotations: [string, Annotation][] = [
      // Kelly (the reader's own reading): paragraph 1 actor + 2 quotes, 2 actor + quote, 3 policy + actor + statistic
      ['john', on(kelly, KELLY, 'John Kelly', ['actor'])],
      ['kelly1', on(kelly, KELLY, KELLY_QUOTE_1, ['quote'])],
      ['kelly2', on(kelly, KELLY, KELLY_QUOTE_2, ['quote'])],
      ['trump', on(kelly, KELLY, 'Donald Trump', ['actor'])],
      ['militär', on(kelly, KELLY, 'eine Militäroperation', ['quote'])],
      ['razzien', on(kelly, KELLY, 'verschärften Razzien', ['policy'])],
      ['minister', on(kelly, KELLY, 'Minister Kelly', ['actor'])],
      ['millionen', on(kelly, KELLY, 'elf Millionen', ['statistic'])],
      // Zweierlei (the reader's own reading): paragraph 5 actor + quote, 6 policy + actor
      ['barber', on(zwei, ZWEI, 'Benjamin Barber', ['actor'])],
      ['städte', on(zwei, ZWEI, BARBER_QUOTE, ['quote'], { note: FORMULA })],
      ['ngos', on(zwei, ZWEI, 'Rettungsschiffen privater NGOs', ['policy'])],
      ['salvini', on(zwei, ZWEI, 'Matteo Salvini', ['actor'])],
      // Ada's hand-in and the model answer, on Kelly
      ['ada-john', on(kelly, KELLY, 'John Kelly', ['actor'], { setId: ada })],
      ['ada-militär', on(kelly, KELLY, 'eine Militäroperation', ['quote'], { setId: ada })],
      ['model-trump', on(kelly, KELLY, 'Donald Trump', ['actor'], { setId: model })],
    ];
    byName = new Map(fixtureAnnotations);
    let relationNumber = 0;
    const link = (typeId: string, source: string, target: string): Relation => ({
      id: `00000000-0000-4000-9000-${String(++relationNumber).padStart(12, '0')}`,
      setId: the(source).setId,
      documentId: the(source).documentId,
      typeId,
      sourceId: the(source).id,
      targetId: the(target).id,
      created: ANNOTATION_TIME,
      modified: ANNOTATION_TIME,
    });
    await stores.annotations.importAll({
      categories: [],
      annotations: [...byName.values()],
      sets: [{ id: ada, kind: 'received', documentId: KELLY, assignmentId: assignmentIri(assignment.id), author: 'Ada', modified: ANNOTATION_TIME }],
      relations: [
        link('said-by', 'kelly1', 'john'),
        link('said-by', 'kelly2', 'john'),
        link('said-by', 'militär', 'trump'),
        link('source-of', 'millionen', 'minister'),
        link('said-by', 'städte', 'barber'),
        link('responsible-for', 'salvini', 'ngos'),
        // Ada's reading: Trump's words said by Kelly
        link('said-by', 'ada-militär', 'ada-john'),
      ],
    });
    downloads.start();
  });

  afterEach(async () => {
    downloads.stop();
    await applyLocale('en');
    await databases.cleanUp();
  });

  async function shown(target: StatisticsTarget): Promise<CrStatisticsView> {
    const host = await fixture<StoresHost>(
      html`<test-stores-host .stores=${stores} .content=${html`<cr-statistics-view .target=${target}></cr-statistics-view>`}></test-stores-host>`,
    );
    const view = host.querySelector('cr-statistics-view')!;
    await waitUntil(() => view.loaded.state !== 'loading', 'the statistics were read', { timeout: 5000 });
    await view.updateComplete;
    await Promise.all([...view.shadowRoot!.querySelectorAll('cr-statistics-table')].map((element) => element.updateComplete));
    return view;
  }

  /** The one file caught: its name and its text with the byte order mark kept, after checking its first bytes. */
  async function saved(): Promise<[string, string]> {
    expect(downloads.files.length).to.equal(1);
    const [file] = downloads.files;
    const bytes = await file!.bytes;
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    return [file!.name, new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)];
  }

  it('counts the library: the reader’s own reading of both articles, every table hand-counted', async () => {
    const view = await shown({ kind: 'library' });
    expect(texts(view, 'h1, h2')).to.deep.equal([
      'Statistics of the library',
      'Categories',
      'Categories by article',
      'Categories together in a paragraph',
      'Speakers and their quotes',
      'Statistics and their sources',
      'Export',
    ]);
    expect(texts(view, 'p[role="status"]')).to.deep.equal(['12 annotations in 2 articles, 6 links']);
    expect(tables(view)).to.deep.equal([
      {
        caption: 'Annotations per category',
        header: ['Category', 'Tagged with it', 'Total'],
        rows: [['Actor', '5', '5'], ['Policy', '2', '2'], ['Quote', '4', '4'], ['Statistic', '1', '1']],
      },
      {
        caption: 'Annotations per category and article',
        header: ['Category', ZWEI_TITLE, KELLY_TITLE, 'Total'],
        rows: [['Actor', '2', '3', '5'], ['Policy', '1', '1', '2'], ['Quote', '1', '3', '4'], ['Statistic', '0', '1', '1'], ['Annotations', '4', '8', '12']],
      },
      {
        caption: 'Paragraphs holding both categories',
        header: ['Category', 'Together with', 'Paragraphs'],
        rows: [['Actor', 'Quote', '3'], ['Actor', 'Policy', '2'], ['Actor', 'Statistic', '1'], ['Policy', 'Statistic', '1']],
      },
      {
        caption: 'Speakers with their quotes',
        header: ['Speaker', 'Number', 'Quotes', 'Article'],
        rows: [
          ['John Kelly', '2', `“${KELLY_QUOTE_1}”; “${KELLY_QUOTE_2}”`, KELLY_TITLE],
          ['Benjamin Barber', '1', BARBER_QUOTE, ZWEI_TITLE],
          ['Donald Trump', '1', '“eine Militäroperation”', KELLY_TITLE],
        ],
      },
      {
        caption: 'Statistics with their sources',
        header: ['Statistic', 'Number', 'Sources', 'Article'],
        rows: [['elf Millionen', '1', 'Minister Kelly', KELLY_TITLE]],
      },
    ]);
    // The charts: bars labelled with their figures, the category's colour, a picture named for assistive technology.
    const charts = [...view.shadowRoot!.querySelectorAll('svg')];
    expect(charts.map((chart) => [chart.getAttribute('role'), chart.getAttribute('aria-label')])).to.deep.equal([
      ['img', 'Chart: annotations per category'],
      ['img', 'Chart: annotations per category in each article'],
      ['img', 'Chart: quotes per speaker'],
    ]);
    const bars = (chart: SVGElement) => [...chart.querySelectorAll('g.bar')].map((bar) => [...bar.querySelectorAll('text')].map((text) => text.textContent));
    expect(bars(charts[0]!)).to.deep.equal([['Actor', '5'], ['Policy', '2'], ['Quote', '4'], ['Statistic', '1']]);
    expect([...charts[0]!.querySelectorAll('rect')].map((rect) => [rect.getAttribute('width'), rect.style.fill])).to.deep.equal([
      // 5 of a scale to 5, at most 86 % of the width
      ['86%', 'rgb(0, 114, 178)'],
      ['34.4%', 'rgb(176, 120, 0)'],
      ['68.8%', 'rgb(184, 101, 154)'],
      ['17.2%', 'rgb(0, 158, 115)'],
    ]);
    expect([...charts[1]!.querySelectorAll('text.heading')].map((text) => text.textContent)).to.deep.equal([ZWEI_TITLE, KELLY_TITLE]);
    expect(bars(charts[2]!)).to.deep.equal([['John Kelly', '2'], ['Benjamin Barber', '1'], ['Donald Trump', '1']]);
  });

  it('counts one article: its own reading only, without the cross-table', async () => {
    const view = await shown({ kind: 'article', documentId: ZWEI });
    expect(texts(view, 'h1')).to.deep.equal([`Statistics: ${ZWEI_TITLE}`]);
    expect(texts(view, 'nav a')).to.deep.equal(['Back to the article', 'Statistics of the library']);
    expect(tables(view).map((shownTable) => [shownTable.caption, shownTable.rows])).to.deep.equal([
      ['Annotations per category', [['Actor', '2', '2'], ['Policy', '1', '1'], ['Quote', '1', '1'], ['Statistic', '0', '0']]],
      ['Paragraphs holding both categories', [['Actor', 'Policy', '1'], ['Actor', 'Quote', '1']]],
      ['Speakers with their quotes', [['Benjamin Barber', '1', BARBER_QUOTE, ZWEI_TITLE]]],
    ]);
    expect(texts(view, 'section .empty')).to.deep.equal(['No statistic is linked to its source yet.']);
  });

  it('counts an assignment’s class: the hand-in and the model answer, not the teacher’s own reading', async () => {
    const view = await shown({ kind: 'assignment', assignmentId: assignment.id });
    expect(texts(view, 'h1')).to.deep.equal([`Statistics of the class: ${assignment.title}`]);
    expect(texts(view, 'nav a')).to.deep.equal(['Back to the class view']);
    expect(tables(view).map((shownTable) => [shownTable.caption, shownTable.rows])).to.deep.equal([
      ['Annotations per category', [['Actor', '2', '2'], ['Policy', '0', '0'], ['Quote', '1', '1'], ['Statistic', '0', '0']]],
      ['Paragraphs holding both categories', [['Actor', 'Quote', '1']]],
      ['Speakers with their quotes', [['John Kelly', '1', '“eine Militäroperation”', KELLY_TITLE]]],
    ]);
  });

  it('sorts a column: figures largest first, again the other way; text A to Z; aria-sort and an announcement', async () => {
    const view = await shown({ kind: 'library' });
    const counts = table(view, 'Annotations per category');
    const header = (element: CrStatisticsTable, label: string) =>
      [...element.shadowRoot!.querySelectorAll('thead th')].find((cell) => cell.textContent!.includes(label))!;
    header(counts, 'Total').querySelector('button')!.click();
    await counts.updateComplete;
    expect(tables(view)[0]!.rows.map((row) => row[0])).to.deep.equal(['Actor', 'Quote', 'Policy', 'Statistic']);
    expect(header(counts, 'Total').getAttribute('aria-sort')).to.equal('descending');
    expect(header(counts, 'Category').hasAttribute('aria-sort')).to.equal(false);
    await waitUntil(() => counts.shadowRoot!.querySelector('[role="status"]')!.textContent === 'Sorted by Total, descending.');
    header(counts, 'Total').querySelector('button')!.click();
    await counts.updateComplete;
    expect(tables(view)[0]!.rows.map((row) => row[0])).to.deep.equal(['Statistic', 'Policy', 'Quote', 'Actor']);
    expect(header(counts, 'Total').getAttribute('aria-sort')).to.equal('ascending');

    const speakers = table(view, 'Speakers with their quotes');
    header(speakers, 'Speaker').querySelector('button')!.click();
    await speakers.updateComplete;
    expect(tables(view)[3]!.rows.map((row) => row[0])).to.deep.equal(['Benjamin Barber', 'Donald Trump', 'John Kelly']);
    expect(header(speakers, 'Speaker').getAttribute('aria-sort')).to.equal('ascending');

    // The totals row stays last, whatever the order.
    const cross = table(view, 'Annotations per category and article');
    header(cross, 'Total').querySelector('button')!.click();
    await cross.updateComplete;
    expect(tables(view)[1]!.rows.map((row) => row[0])).to.deep.equal(['Actor', 'Quote', 'Policy', 'Statistic', 'Annotations']);
  });

  it('saves a table as shown in German: `;`, the byte order mark, the sorted order', async () => {
    await applyLocale('de');
    const view = await shown({ kind: 'library' });
    const counts = table(view, 'Annotationen je Kategorie');
    counts.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead button')[2]!.click();
    await counts.updateComplete;
    counts.shadowRoot!.querySelector<HTMLButtonElement>('button.save')!.click();
    expect(await saved()).to.deep.equal([
      'Bibliothek – Annotationen je Kategorie.csv',
      '\uFEFFKategorie;Direkt markiert;Gesamt\r\nAkteur;5;5\r\nZitat;4;4\r\nMaßnahme/Politik;2;2\r\nStatistik;1;1\r\n',
    ]);
  });

  it('saves all annotations of an article in German, a note like a formula as text, links on both ends', async () => {
    await applyLocale('de');
    const view = await shown({ kind: 'article', documentId: ZWEI });
    view.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!.click();
    const time = spreadsheetDateTime(ANNOTATION_TIME);
    const row = (name: string, category: string, exact: string, note: string, links: string) => {
      const annotation = the(name);
      // as a spreadsheet needs it: a would-be formula guarded, a separator or quote quoted
      const cell = (text: string) => {
        const guarded = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
        return /[;"\r\n]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
      };
      return [ZWEI_TITLE, 'Eigene Lesart', category, cell(exact), annotation.start, annotation.end, cell(annotation.prefix), cell(annotation.suffix), note, time, time, cell(links)].join(';') + '\r\n';
    };
    expect(await saved()).to.deep.equal([
      'Zweierlei Solidarität – Alle Annotationen.csv',
      '\uFEFFArtikel;Lesart;Kategorie;Stelle;Anfang;Ende;Davor;Danach;Notiz;Erstellt;Geändert;Verknüpfungen\r\n' +
        row('barber', 'Akteur', 'Benjamin Barber', '', `gesagt von ← ${BARBER_QUOTE}`) +
        row('städte', 'Zitat', BARBER_QUOTE, `'${FORMULA}`, 'gesagt von → „Benjamin Barber“') +
        row('ngos', 'Maßnahme/Politik', 'Rettungsschiffen privater NGOs', '', 'verantwortlich für ← „Matteo Salvini“') +
        row('salvini', 'Akteur', 'Matteo Salvini', '', 'verantwortlich für → „Rettungsschiffen privater NGOs“'),
    ]);
  });

  it('says what to do when there is nothing to count, and when there are no links yet', async () => {
    const empty = await shown({ kind: 'article', documentId: 'ice-einsatz-minneapolis' });
    expect(texts(empty, 'p')).to.deep.equal(['0 annotations', 'No annotations yet: tag passages in an article, and their figures appear here.']);
    expect(tables(empty)).to.deep.equal([]);
    await stores.annotations.importAll({
      categories: [],
      annotations: [annotationOn(canonicalText((await stores.articles.loadBody('ice-einsatz-minneapolis')).blocks), 'Minneapolis', { id: '00000000-0000-4000-8000-000000000999', documentId: 'ice-einsatz-minneapolis', setId: mineSetId('ice-einsatz-minneapolis') })],
    });
    await empty.load();
    expect(texts(empty, 'h2')).to.deep.equal(['Categories', 'Categories together in a paragraph', 'Speakers and sources', 'Export']);
    expect(texts(empty, 'section .empty')).to.deep.equal([
      'No paragraph holds two categories yet.',
      'No links yet: link a quote to its speaker in the reader: open the quote’s card and choose “Link to…”, or focus the quote and press L.',
    ]);
  });

  it('counts again when an annotation is made while the page is open', async () => {
    const view = await shown({ kind: 'library' });
    const kelly = canonicalText((await stores.articles.loadBody(KELLY)).blocks);
    await stores.annotations.tag(KELLY, quotedRange(kelly, 'Rex Tillerson'), 'actor');
    await waitUntil(() => tables(view)[0]!.rows[0]!.join() === 'Actor,6,6', 'the new actor is counted', { timeout: 3000 });
    expect(texts(view, 'p[role="status"]')).to.deep.equal(['13 annotations in 2 articles, 6 links']);
  });

  it('reads once on open; a change in another article or another set of the article reads nothing; one in its scope reads once', async () => {
    let reads = 0;
    const listAll = stores.annotations.listAll.bind(stores.annotations);
    stores.annotations.listAll = () => {
      reads += 1;
      return listAll();
    };
    // Longer than the page waits for changes to settle (150 ms).
    const settled = () => new Promise((resolve) => setTimeout(resolve, 400));
    const view = await shown({ kind: 'article', documentId: KELLY });
    await settled();
    expect(reads, 'on open').to.equal(1);
    const zwei = canonicalText((await stores.articles.loadBody(ZWEI)).blocks);
    const kelly = canonicalText((await stores.articles.loadBody(KELLY)).blocks);
    await stores.annotations.tag(ZWEI, quotedRange(zwei, 'Matteo Salvini'), 'quote');
    await stores.annotations.tag(KELLY, quotedRange(kelly, 'Rex Tillerson'), 'actor', undefined, receivedSetId(assignment.id, 'Ada'));
    await settled();
    expect(reads, 'after changes outside the article’s own reading').to.equal(1);
    await stores.annotations.tag(KELLY, quotedRange(kelly, 'Rex Tillerson'), 'actor');
    await stores.annotations.tag(KELLY, quotedRange(kelly, 'Rex Tillerson'), 'policy');
    await waitUntil(() => tables(view)[0]!.rows[0]!.join() === 'Actor,4,4', 'the new actor is counted', { timeout: 3000 });
    await settled();
    expect(reads, 'after two changes in its scope').to.equal(2);
  });

  it('fits a phone and a desktop without sideways scrolling of the page; the wide table scrolls in its own region', async () => {
    try {
      for (const { width, height } of [{ width: 390, height: 844 }, { width: 1280, height: 800 }]) {
        await setViewport({ width, height });
        const view = await shown({ kind: 'library' });
        expect(document.documentElement.scrollWidth, `${width}`).to.be.at.most(width);
        for (const chart of view.shadowRoot!.querySelectorAll('svg')) expect(chart.getBoundingClientRect().right, `${width} chart`).to.be.at.most(width);
        const region = table(view, 'Annotations per category and article').shadowRoot!.querySelector<HTMLElement>('.scroll')!;
        expect(region.getBoundingClientRect().right, `${width} region`).to.be.at.most(width);
        if (width === 390) expect(region.scrollWidth, 'the cross-table scrolls in its region').to.be.above(region.clientWidth);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  for (const locale of ['en', 'de'] as const) {
    it(`is axe clean (${locale})`, async () => {
      await applyLocale(locale);
      const view = await shown({ kind: 'library' });
      await expect(view).to.be.accessible();
    });
  }
});
