/**
 * The import summary's "Where do the annotations go?" (issue 15, "Annotation sets"), with the
 * import controller as <cr-app> wires them: "add to my reading" by default; "keep apart as another
 * reader's reading" with the file's creator prefilled and editable, which Import writes into a
 * 'shared' set of that name and not into the reader's own reading. Nothing is written before
 * Import. German first, no axe violation.
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

const KELLY = 'kelly-keine-massenabschiebungen';

/** A W3C file of one annotation by "Ada" on John Kelly in the Kelly article. */
function file(): File {
  const annotation = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: 'urn:uuid:00000000-0000-4000-8000-000000000201',
    type: 'Annotation',
    creator: { type: 'Person', name: 'Ada' },
    body: { type: 'TextualBody', purpose: 'tagging', value: 'Actor' },
    target: { source: `tag:close-reader.app,2026:documents/${KELLY}`, selector: { type: 'TextQuoteSelector', exact: 'John Kelly' } },
  };
  return new File([JSON.stringify([annotation])], 'ada.jsonld');
}

describe('<cr-import-dialog>: where the annotations go', () => {
  let importer: ImportController;
  let persistence: MemoryAnnotationPersistence;
  let dialog: CrImportDialog;

  async function show(): Promise<void> {
    dialog.state = importer.state;
    await dialog.updateComplete;
  }

  const field = <T extends Element>(selector: string): T => dialog.shadowRoot!.querySelector<T>(selector)!;
  const text = (selector: string) => [...dialog.shadowRoot!.querySelectorAll(selector)].map((element) => element.textContent!.replace(/\s+/g, ' ').trim());

  beforeEach(async () => {
    await applyLocale('en');
    persistence = new MemoryAnnotationPersistence();
    const annotations = new AnnotationStore(persistence, undefined, undefined);
    const articles = await loadShippedArticles();
    const host = { addController: () => undefined, requestUpdate: () => void show(), removeController: () => undefined, updateComplete: Promise.resolve(true) };
    importer = new ImportController(host, () => ({ articles, annotations, categories: CategoryStore.defaults() }));
    dialog = await fixture<CrImportDialog>(html`<cr-import-dialog
      @cr-import-target=${on('cr-import-target', ({ target }) => importer.chooseTarget(target))}
    ></cr-import-dialog>`);
  });

  afterEach(() => applyLocale('en'));

  it('adds to my reading by default, offering the file creator’s name for keeping it apart', async () => {
    await importer.importFile(file());
    await show();
    expect(text('.target-choice legend')).to.deep.equal(['Where do the annotations go?']);
    expect(text('.target-choice label')).to.deep.equal(['Add to my reading', 'Keep apart as another reader’s reading', 'Their name or pseudonym']);
    expect([field<HTMLInputElement>('input[value="mine"]').checked, field<HTMLInputElement>('#target-name').value]).to.deep.equal([true, 'Ada']);
    await expect(dialog).to.be.accessible();
    await importer.confirm();
    expect((await persistence.listAll()).map((annotation) => annotation.setId)).to.deep.equal([`mine:${KELLY}`]);
    expect(importer.message).to.equal('Imported 1 annotation.');
  });

  it('keeps the file apart under the name the reader gives, and leaves my reading empty', async () => {
    await importer.importFile(file());
    await show();
    field<HTMLInputElement>('input[value="shared"]').click();
    await dialog.updateComplete;
    const name = field<HTMLInputElement>('#target-name');
    name.value = 'Ada L.';
    name.dispatchEvent(new Event('input'));
    await dialog.updateComplete;
    expect(field<HTMLInputElement>('input[value="shared"]').checked).to.equal(true);
    expect(await persistence.listAll()).to.deep.equal([]);
    await importer.confirm();
    expect((await persistence.listAll()).map((annotation) => annotation.setId)).to.deep.equal([`shared:${KELLY}:Ada L.`]);
    expect(importer.message).to.equal('Imported 1 annotation. Kept apart as the reading of “Ada L.”.');
    expect(await persistence.listBySet(`mine:${KELLY}`)).to.deep.equal([]);
    expect(await persistence.getSet(`shared:${KELLY}:Ada L.`)).to.include({ kind: 'shared', author: 'Ada L.', documentId: KELLY });
  });

  it('says it in German', async () => {
    await applyLocale('de');
    await importer.importFile(file());
    await show();
    expect(text('.target-choice legend, .target-choice label')).to.deep.equal([
      'Wohin kommen die Annotationen?',
      'Zu meiner Lektüre hinzufügen',
      'Getrennt behalten, als Lektüre einer anderen Person',
      'Name oder Pseudonym der Person',
    ]);
    await expect(dialog).to.be.accessible();
  });
});
