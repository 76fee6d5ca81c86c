/**
 * The import dialog's controller (src/ui/shell/import-controller.ts): it drives the import use case
 * and says its problems in the reader's language. The use case itself is specified in
 * test/app/import/annotation-import.test.ts.
 */
import { expect } from '@open-wc/testing';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { MemoryAnnotationPersistence } from '../../../src/app/annotations/memory-annotation-persistence.js';
import { MAX_IMPORT_BYTES } from '../../../src/app/import/annotation-import.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { ImportController } from '../../../src/ui/shell/import-controller.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import { loadShippedArticles } from '../../support/articles.js';

/** A stand-in for the component that hosts the controller (it only asks to be re-rendered). */
const host = { addController: () => undefined, requestUpdate: () => undefined, removeController: () => undefined, updateComplete: Promise.resolve(true) };

describe('the import controller', () => {
  let importer: ImportController;
  let annotations: AnnotationStore;

  beforeEach(async () => {
    const articles = await loadShippedArticles();
    annotations = new AnnotationStore(new MemoryAnnotationPersistence(), undefined, undefined);
    const categories = CategoryStore.defaults();
    importer = new ImportController(host, () => ({ articles, annotations, categories }));
  });

  afterEach(() => applyLocale('en'));

  it('says a file is too large in German when the reader reads German', async () => {
    await applyLocale('de');
    await importer.importFile(new File([new Uint8Array(MAX_IMPORT_BYTES + 1)], 'riesig.jsonld'));
    expect(importer.state).to.deep.equal({
      kind: 'errors',
      fileName: 'riesig.jsonld',
      errors: ['riesig.jsonld: Die Datei ist 50 MB groß; Close Reader importiert Dateien bis 50 MB.'],
    });
  });

  it('shows the summary, and writes nothing when the reader cancels', async () => {
    await applyLocale('en');
    const text = await (await fetch('/test/fixtures/import/html-strings.jsonld')).text();
    await importer.importFile(new File([text], 'html-strings.jsonld'));
    expect(importer.state.kind).to.equal('summary');
    importer.cancel();
    expect(importer.state).to.deep.equal({ kind: 'idle' });
    expect(importer.message).to.equal('Import cancelled: nothing was changed.');
    expect(await annotations.listAll()).to.deep.equal([]);
  });

  it('writes the summary on confirm and says how many annotations came', async () => {
    await applyLocale('en');
    const text = await (await fetch('/test/fixtures/import/html-strings.jsonld')).text();
    await importer.importFile(new File([text], 'html-strings.jsonld'));
    await importer.confirm();
    expect(importer.state).to.deep.equal({ kind: 'idle' });
    expect(importer.message).to.equal('Imported 1 annotation.');
    expect((await annotations.listAll()).map((annotation) => annotation.note)).to.deep.equal(['<script>window.__xss = true</script> Kelly']);
  });
});
