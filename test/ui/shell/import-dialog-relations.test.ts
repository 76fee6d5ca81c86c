/**
 * The import summary on a file with relations (issue 17), in both languages: how many relations
 * come (and how many are here already), and, under "Skipped", a relation to an annotation the file
 * does not have and a relation of a type the scheme lacks, each with its example; confirmed, the
 * one good relation is stored and the message counts it, also when the file brings nothing else.
 * axe-clean in German and English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { canonicalText } from '../../../src/model/documents/article.js';
import { ImportController } from '../../../src/ui/shell/import-controller.js';
import '../../../src/ui/shell/import-dialog.js';
import type { CrImportDialog } from '../../../src/ui/shell/import-dialog.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { on } from '../../../src/ui/shared/events.js';
import { shorten } from '../../../src/model/text/shorten.js';
import { loadShippedArticles } from '../../support/articles.js';

const KELLY = 'kelly-keine-massenabschiebungen';
const IRI = `tag:close-reader.app,2026:documents/${KELLY}`;
const QUOTE = 'urn:uuid:00000000-0000-4000-8000-000000000001';
const KELLY_ID = 'urn:uuid:00000000-0000-4000-8000-000000000002';
const GONE = 'urn:uuid:00000000-0000-4000-8000-0000000000ff';
/** The two skipped relations' ids as the summary shows them (shortened to 40 characters). */
const [TO_GONE, OTHER_TYPE] = ['urn:uuid:00000000-0000-4000-8000-0000000000a2', 'urn:uuid:00000000-0000-4000-8000-0000000000a3'].map((id) => shorten(id, 40));

/** Two annotations on the Kelly article, a good relation, one to an annotation not in the file, one of a type the scheme lacks. */
function file(text: string, links = true): File {
  const on = (id: string, exact: string, category: string) => {
    const start = text.indexOf(exact);
    return {
      id,
      type: 'Annotation',
      body: [{ type: 'SpecificResource', purpose: 'classifying', source: `tag:close-reader.app,2026:categories/${category}` }],
      target: { source: IRI, selector: [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start, end: start + exact.length }] },
    };
  };
  const link = (id: string, type: string, label: string, source: string, target: string) => ({
    id,
    type: 'Annotation',
    motivation: 'linking',
    body: [{ type: 'SpecificResource', purpose: 'classifying', source: type }, { type: 'TextualBody', purpose: 'tagging', value: label }],
    target: [source, target],
  });
  const items = [
    on(QUOTE, 'Es wird keine, ich wiederhole keine Massenabschiebungen geben', 'quote'),
    on(KELLY_ID, 'John Kelly', 'actor'),
    link('urn:uuid:00000000-0000-4000-8000-0000000000a1', 'tag:close-reader.app,2026:relations/said-by', 'gesagt von', QUOTE, KELLY_ID),
    link('urn:uuid:00000000-0000-4000-8000-0000000000a2', 'tag:close-reader.app,2026:relations/said-by', 'gesagt von', QUOTE, GONE),
    link('urn:uuid:00000000-0000-4000-8000-0000000000a3', 'https://tools.example/relations/contradicts', 'widerspricht', KELLY_ID, QUOTE),
  ];
  const json = { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', id: 'urn:uuid:00000000-0000-4000-8000-0000000000cc', items: links ? items : items.slice(0, 2) };
  return new File([JSON.stringify(json)], 'kelly.jsonld');
}

describe('<cr-import-dialog>: relations in the summary', () => {
  let importer: ImportController;
  let annotations: AnnotationStore;
  let dialog: CrImportDialog;
  let text: string;
  /** The write the dialog's Import started. */
  let confirming: Promise<void> | undefined;

  async function show(): Promise<void> {
    dialog.state = importer.state;
    await dialog.updateComplete;
  }

  const texts = (selector: string) => [...dialog.shadowRoot!.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, ' ').trim());

  beforeEach(async () => {
    await applyLocale('en');
    const articles = await loadShippedArticles();
    text = canonicalText((await articles.loadBody(KELLY)).blocks);
    annotations = new AnnotationStore(new MemoryAnnotationPersistence(), undefined, undefined);
    const host = { addController: () => undefined, requestUpdate: () => void show(), removeController: () => undefined, updateComplete: Promise.resolve(true) };
    importer = new ImportController(host, () => ({ articles, annotations, categories: CategoryStore.defaults() }));
    dialog = await fixture<CrImportDialog>(html`<cr-import-dialog @cr-import-confirm=${on('cr-import-confirm', () => (confirming = importer.confirm()))}></cr-import-dialog>`);
  });

  afterEach(async () => {
    annotations.close();
    await applyLocale('en');
  });

  it('in English: one relation comes, the two others are skipped with their reasons; confirmed, the one is stored', async () => {
    await importer.importFile(file(text));
    await show();
    expect(texts('dd.relations')).to.deep.equal(['1, 0']);
    expect(texts('.skipped li')).to.deep.equal([
      `1 relation to an annotation that is neither in the file nor here. (for example annotation 4, “${TO_GONE}”)`,
      `1 relation of a type the scheme does not have. (for example annotation 5, “${OTHER_TYPE}”)`,
    ]);
    await expect(dialog).to.be.accessible();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await confirming;
    expect((await annotations.listAllRelations()).map((relation) => [relation.typeId, relation.sourceId, relation.targetId])).to.deep.equal([
      ['said-by', '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'],
    ]);
    expect(importer.message).to.equal('Imported 2 annotations and 1 link.');
  });

  it('counts the links an import brings, also when it brings nothing else, in German and English', async () => {
    const confirmed = async (links: boolean) => {
      await importer.importFile(file(text, links));
      await show();
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await confirming;
      return importer.message;
    };
    await applyLocale('de');
    expect(await confirmed(false)).to.equal('2 Annotationen importiert.');
    // The same two annotations again, now with the link between them: only the link is new.
    expect(await confirmed(true)).to.equal('1 Verknüpfung importiert.');
    expect((await annotations.listAll()).length).to.equal(2);
    expect((await annotations.listAllRelations()).length).to.equal(1);
  });

  it('says where links went: into the reader’s own reading that holds their annotations, not “kept apart”', async () => {
    const confirmed = async (links: boolean, target: { kind: 'mine' } | { kind: 'shared'; author: string }) => {
      await importer.importFile(file(text, links));
      importer.chooseTarget(target);
      await show();
      dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
      await confirming;
      return importer.message;
    };
    expect(await confirmed(false, { kind: 'mine' })).to.equal('Imported 2 annotations.');
    // The same two annotations, now with their link, kept apart as Ada's: they are in my reading already, and so goes the link.
    expect(await confirmed(true, { kind: 'shared', author: 'Ada' })).to.equal('Imported 1 link. 1 link went into your own reading, which holds both its annotations.');
    expect((await annotations.listAllRelations()).map((relation) => relation.setId)).to.deep.equal([`mine:${KELLY}`]);
  });

  it('says “kept apart” when the links go into the reading kept apart, with their annotations', async () => {
    await importer.importFile(file(text));
    importer.chooseTarget({ kind: 'shared', author: 'Ada' });
    await show();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await confirming;
    expect(importer.message).to.equal('Imported 2 annotations and 1 link. Kept apart as the reading of “Ada”.');
    expect((await annotations.listAllRelations()).map((relation) => relation.setId)).to.deep.equal([`shared:${KELLY}:Ada`]);
  });

  it('in German, the same', async () => {
    await applyLocale('de');
    await importer.importFile(file(text));
    await show();
    expect(texts('dl dt').at(-1)).to.equal('Beziehungen zwischen Annotationen (neu, schon vorhanden)');
    expect(texts('.skipped li')).to.deep.equal([
      `1 Beziehung zu einer Annotation, die weder in der Datei noch hier ist. (zum Beispiel Annotation 4, „${TO_GONE}“)`,
      `1 Beziehung eines Typs, den das Schema nicht hat. (zum Beispiel Annotation 5, „${OTHER_TYPE}“)`,
    ]);
    await expect(dialog).to.be.accessible();
  });
});
