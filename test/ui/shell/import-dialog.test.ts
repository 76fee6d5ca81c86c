/**
 * <cr-import-dialog> with the import controller, as <cr-app> wires them, over the shipped articles:
 * a file on a page that is not in the library asks "Which article?", offers the article holding
 * the page's quotes first with the share found, plans again on a choice (select or "Into this
 * article"), and says what is skipped with proper plurals in both languages. Nothing is written
 * before Import.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { ImportController } from '../../../src/ui/shell/import-controller.js';
import '../../../src/ui/shell/import-dialog.js';
import type { CrImportDialog } from '../../../src/ui/shell/import-dialog.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { on } from '../../../src/ui/shared/events.js';
import { loadShippedArticles } from '../../support/articles.js';
import { shorten } from '../../../src/model/text/shorten.js';

const KELLY = 'kelly-keine-massenabschiebungen';
const PAGE = 'https://zeitung.example/kelly';

/** A W3C file: two annotations quoting the Kelly article on the newspaper's page, one reply, one page note. */
function file(): File {
  const quote = (exact: string) => ({ source: PAGE, selector: { type: 'TextQuoteSelector', exact } });
  const items = [
    { id: 'https://annotations.example/1', type: 'Annotation', body: { type: 'TextualBody', purpose: 'tagging', value: 'Akteur' }, target: quote('John Kelly') },
    { id: 'https://annotations.example/2', type: 'Annotation', body: [], target: quote('elf Millionen') },
    { id: 'https://annotations.example/3', type: 'Annotation', motivation: 'replying', body: { type: 'TextualBody', value: 'Ja.' }, target: 'https://annotations.example/1' },
    { id: 'https://annotations.example/4', type: 'Annotation', body: { type: 'TextualBody', value: 'Ganze Seite' }, target: PAGE },
  ];
  const json = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', id: 'https://annotations.example/page', items };
  return new File([JSON.stringify(json)], 'zeitung.jsonld');
}

describe('<cr-import-dialog>: which article, and what is skipped', () => {
  let importer: ImportController;
  let annotations: AnnotationStore;
  let dialog: CrImportDialog;

  /** Renders the controller's state, as <cr-app> does on every update. */
  async function show(): Promise<void> {
    dialog.state = importer.state;
    await dialog.updateComplete;
  }

  const text = (selector: string) => [...dialog.shadowRoot!.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, ' ').trim());

  beforeEach(async () => {
    await applyLocale('en');
    const articles = await loadShippedArticles();
    annotations = new AnnotationStore(new MemoryAnnotationPersistence(), undefined, undefined);
    const host = { addController: () => undefined, requestUpdate: () => void show(), removeController: () => undefined, updateComplete: Promise.resolve(true) };
    importer = new ImportController(host, () => ({ articles, annotations, categories: CategoryStore.defaults() }));
    dialog = await fixture<CrImportDialog>(html`<cr-import-dialog
      @cr-import-assign=${on('cr-import-assign', ({ key, documentId }) => importer.assign(key, documentId))}
    ></cr-import-dialog>`);
  });

  afterEach(() => applyLocale('en'));

  it('offers the article whose text holds the page’s quotes first, and says what is skipped', async () => {
    await importer.importFile(file());
    await show();
    expect(text('h3')).to.deep.equal(['Which article?', 'Skipped']);
    expect(text('.source-hint')).to.deep.equal(['Its quotes are in “US-Heimatschutzminister Kelly: keine Massenabschiebungen” (2 of 2).']);
    const options = text(`select[data-source="${PAGE}"] option`);
    expect(options.slice(0, 2)).to.deep.equal(['Choose an article …', 'Skip these annotations']);
    expect(options[2]).to.equal('US-Heimatschutzminister Kelly: keine Massenabschiebungen — 2 of 2 quotes found');
    // The Sanctuary article also speaks of "elf Millionen": second, with its share; the rest after, in library order.
    expect(options.slice(3)).to.deep.equal([
      'Sanctuary Cities wehren sich gegen Trumps Einwanderungsdekret — 1 of 2 quotes found',
      'Zweierlei Solidarität',
      'ICE-Einsatz in Minneapolis: Trumps Migrationspolitik unter Druck',
      shorten('Washington erhöht den Druck: Wie die USA westliche Regierungen zu härteren Maßnahmen gegen Migration drängen'),
    ]);
    expect(text('.skipped li')).to.deep.equal([
      `2 annotations on 1 page that is not in your library. (for example annotation 1 on ${PAGE})`,
      '1 page note without a text passage. (for example annotation 4, “https://annotations.example/4”)',
      '1 reply: it answers an annotation and marks no passage. (for example annotation 3, “https://annotations.example/3”)',
    ]);
    expect(dialog.shadowRoot!.querySelector('button.primary')).to.equal(null);
    expect(await annotations.listAll()).to.deep.equal([]);
  });

  it('plans the page into the chosen article, and imports it on Import', async () => {
    await importer.importFile(file());
    await show();
    const select = dialog.shadowRoot!.querySelector<HTMLSelectElement>(`select[data-source="${PAGE}"]`)!;
    select.value = KELLY;
    select.dispatchEvent(new Event('change'));
    await dialog.updateComplete;
    expect(text('p').filter((line) => line.includes('for 1'))).to.deep.equal(['2 annotations for 1 article:']);
    expect(text('.skipped li').map((line) => line.split(' (')[0])).to.deep.equal(['1 page note without a text passage.', '1 reply: it answers an annotation and marks no passage.']);
    expect(await annotations.listAll()).to.deep.equal([]);
    await importer.confirm();
    const stored = await annotations.listAll();
    expect(stored.map((annotation) => [annotation.documentId, annotation.exact, annotation.via])).to.have.deep.members([
      [KELLY, 'John Kelly', 'https://annotations.example/1'],
      [KELLY, 'elf Millionen', 'https://annotations.example/2'],
    ]);
    expect(importer.message).to.equal('Imported 2 annotations.');
  });

  it('on the reader page offers "Into this article" for the open article', async () => {
    dialog.currentDocumentId = KELLY;
    await importer.importFile(file());
    await show();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.into-current')!.click();
    await dialog.updateComplete;
    expect(text('p').filter((line) => line.includes('for 1'))).to.deep.equal(['2 annotations for 1 article:']);
    expect(dialog.shadowRoot!.querySelector('button.into-current')).to.equal(null);
  });

  it('says it in German, with German plurals', async () => {
    await applyLocale('de');
    await importer.importFile(file());
    await show();
    expect(text('h3')).to.deep.equal(['Welcher Artikel?', 'Übersprungen']);
    expect(text('.skipped li')).to.deep.equal([
      `2 Annotationen auf 1 Seite, die nicht in Ihrer Bibliothek ist. (zum Beispiel Annotation 1 auf ${PAGE})`,
      '1 Seitennotiz ohne Textstelle. (zum Beispiel Annotation 4, „https://annotations.example/4“)',
      '1 Antwort: Sie antwortet auf eine Annotation und markiert keine Textstelle. (zum Beispiel Annotation 3, „https://annotations.example/3“)',
    ]);
    expect(text(`select[data-source="${PAGE}"] option`)[2]).to.match(/ — 2 von 2 Zitaten gefunden$/);
  });
});
