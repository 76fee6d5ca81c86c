/**
 * Documents a file carries (`closeReaderDocuments`), end to end against the built app in Chromium
 * with real IndexedDB (issue 12: a file can add, never silently replace). A carried document that
 * takes the id of a shipped article or of the reader's own document is added under a new id, with
 * the file's annotations on it; what was there keeps its text and its annotations at the same
 * offsets, the library lists each id once, and deleting the added document deletes only its own
 * annotations. A carried document at a shipped article's address but with another text is added as
 * a new document. A carried document with broken emphasis (`marks`) refuses the file with a
 * message in German naming where, and nothing is written. A broken document already in IndexedDB
 * gets a message on the reader page, at every viewport people use, and the rest of the app works.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { highlightText, tagWithKey } from '../support/article-page.js';
import { actorAnnotation, carried, exportFile, importText, libraryIds, records } from '../support/carried-files.js';
import { useApp } from '../support/start-app.js';
import { VIEWPORTS } from '../support/viewports.js';

const KELLY = 'kelly-keine-massenabschiebungen';
const KELLY_IRI = `tag:close-reader.app,2026:documents/${KELLY}`;
const SHIPPED_IDS = ['sanctuary-cities-gegen-trump', 'zweierlei-solidaritaet', 'ice-einsatz-minneapolis', KELLY, 'washington-erhoeht-den-druck'];
const FOREIGN_TEXT = 'Ein fremder Text über John Kelly, der so nie in der Zeitung stand.';

interface StoredAnnotation {
  id: string;
  documentId: string;
  start: number;
  end: number;
  exact: string;
}

describe('a carried document with the id of a shipped article, end to end', () => {
  const app = useApp({ page: { locale: 'de-DE', viewport: VIEWPORTS[0] } });
  let mine: StoredAnnotation;
  let addedId = '';

  it('keeps the shipped article\'s text and the reader\'s annotation on it at the same offsets', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/doc/${KELLY}`);
    await page.locator('.ProseMirror').waitFor();
    await tagWithKey(page, 'John Kelly', '1');
    assert.equal(await highlightText(page, 'actor'), 'John Kelly');
    mine = (await records<StoredAnnotation>(page, 'annotations'))[0]!;
    assert.deepEqual([mine.documentId, mine.start, mine.end, mine.exact], [KELLY, 105, 115, 'John Kelly']);

    await page.goto(app.server.url);
    const foreign = carried({ id: KELLY, iri: 'urn:uuid:0c0ffee0-0000-4000-8000-00000000d0c1', title: 'Fremder Text', text: FOREIGN_TEXT });
    const file = exportFile([actorAnnotation('0c0ffee0-0000-4000-8000-000000000001', foreign.iri as string, `Fremder Text\n\n${FOREIGN_TEXT}`, 'fremder Text')], [foreign]);
    await importText(page, 'fremd.jsonld', file);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('1 Dokument, 1 Annotation.').waitFor();
    const notice = (await dialog.locator('.document-notices li').allTextContents()).map((text) => text.trim());
    assert.equal(notice.length, 1);
    assert.match(notice[0]!, new RegExp(`^„Fremder Text“: Die Kennung „${KELLY}“ gehört in Ihrer Bibliothek schon zu „US-Heimatschutzminister Kelly: keine Massenabschiebungen“; das Dokument kommt unter der Kennung „(fremder-text-[0-9a-f]{8})“ hinzu\\.$`));
    addedId = /„(fremder-text-[0-9a-f]{8})“/.exec(notice[0]!)![1]!;
    await dialog.getByRole('button', { name: 'Importieren', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    assert.deepEqual(await libraryIds(page), [...SHIPPED_IDS, addedId]);
    await page.goto(`${app.server.url}#/doc/${KELLY}`);
    await page.locator('.ProseMirror').getByText('Bei der Umsetzung der neuen Einwanderungsrichtlinien', { exact: false }).waitFor();
    assert.equal(await page.locator('.ProseMirror').getByText('Ein fremder Text').count(), 0);
    assert.equal(await highlightText(page, 'actor'), 'John Kelly');
    const stored = await records<StoredAnnotation>(page, 'annotations');
    assert.deepEqual(stored.find((annotation) => annotation.id === mine.id), mine);
    assert.deepEqual(
      stored.filter((annotation) => annotation.id !== mine.id).map((a) => [a.documentId, a.start, a.end, a.exact]),
      [[addedId, 18, 30, 'fremder Text']],
    );
  });

  it('opens the added document with the file\'s text and annotation', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/doc/${addedId}`);
    await page.locator('.ProseMirror').getByText(FOREIGN_TEXT).waitFor();
    assert.equal(await highlightText(page, 'actor'), 'fremder Text');
  });

  it('deletes the added document with its one annotation; the shipped article keeps the reader\'s', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const entry = page.locator('cr-library-view ol > li').filter({ has: page.locator(`a[href="#/doc/${addedId}"]`) });
    await entry.getByRole('button', { name: /^Löschen/ }).click();
    await entry.getByText('„Fremder Text“ und seine 1 Annotation löschen? Das lässt sich nicht rückgängig machen.').waitFor();
    await entry.getByRole('button', { name: 'Dokument löschen' }).click();
    await entry.waitFor({ state: 'detached' });
    assert.deepEqual(await records<StoredAnnotation>(page, 'annotations'), [mine]);
    assert.deepEqual(await libraryIds(page), SHIPPED_IDS);
    await page.reload();
    assert.deepEqual(await libraryIds(page), SHIPPED_IDS);
    await page.goto(`${app.server.url}#/doc/${KELLY}`);
    assert.equal(await highlightText(page, 'actor'), 'John Kelly');
  });

  it('adds a carried document at the shipped article\'s address but with another text as a new document', async () => {
    const { page } = app;
    await page.goto(app.server.url);
    const changed = carried({ id: KELLY, iri: KELLY_IRI, title: 'Kelly, umgeschrieben', text: FOREIGN_TEXT });
    const file = exportFile([actorAnnotation('0c0ffee0-0000-4000-8000-000000000002', KELLY_IRI, `Kelly, umgeschrieben\n\n${FOREIGN_TEXT}`, 'John Kelly')], [changed]);
    await importText(page, 'umgeschrieben.jsonld', file);
    const dialog = page.getByRole('dialog');
    await dialog.getByText('1 Dokument, 1 Annotation.').waitFor();
    const notices = (await dialog.locator('.document-notices li').allTextContents()).map((text) => text.trim());
    assert.equal(notices[0], `„Kelly, umgeschrieben“: Ihre Bibliothek hat unter dieser Adresse (${KELLY_IRI}) schon „US-Heimatschutzminister Kelly: keine Massenabschiebungen“ mit einem anderen Text. Das bleibt, wie es ist; der Text der Datei kommt als neues Dokument hinzu, mit den Annotationen der Datei darauf.`);
    await dialog.getByRole('button', { name: 'Importieren', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const ids = await libraryIds(page);
    assert.deepEqual(ids.slice(0, 5), SHIPPED_IDS);
    assert.equal(ids.length, 6);
    assert.match(ids[5]!, /^kelly-umgeschrieben-[0-9a-f]{8}$/);
    const documents = await records<{ id: string; iri: string }>(page, 'documents');
    assert.deepEqual(documents.map((document) => document.id), [ids[5]]);
    assert.match(documents[0]!.iri, /^urn:uuid:[0-9a-f-]{36}$/);
    const stored = await records<StoredAnnotation>(page, 'annotations');
    assert.deepEqual(stored.find((annotation) => annotation.id === mine.id), mine);
    assert.deepEqual(
      stored.filter((annotation) => annotation.id !== mine.id).map((a) => [a.documentId, a.start, a.end, a.exact]),
      [[ids[5], 44, 54, 'John Kelly']],
    );
    await page.goto(`${app.server.url}#/doc/${KELLY}`);
    await page.locator('.ProseMirror').getByText('Bei der Umsetzung der neuen Einwanderungsrichtlinien', { exact: false }).waitFor();
    assert.equal(await highlightText(page, 'actor'), 'John Kelly');

    // The same file again adds nothing: the copy is matched by its address and its text.
    await page.goto(app.server.url);
    await importText(page, 'umgeschrieben.jsonld', file);
    await dialog.getByText('Nichts zu importieren: Die Annotation ist schon da.').waitFor();
    await dialog.getByRole('button', { name: 'Schließen' }).click();
    assert.deepEqual(await libraryIds(page), ids);
  });
});

describe('a carried document with the id of the reader\'s own document, end to end', () => {
  const app = useApp({ page: { locale: 'en-GB', viewport: VIEWPORTS[2] } });
  const OWN = 'Kommunen als Zufluchtsorte\n\nImmer mehr Städte erklären sich zu sicheren Häfen.';

  it('keeps the own document and its annotation; the carried one gets a new id and is deleted alone', async () => {
    const { page } = app;
    await page.goto(`${app.server.url}#/add`);
    await page.getByLabel('Text', { exact: true }).fill(OWN);
    await page.getByRole('button', { name: 'Use this text' }).click();
    await page.getByRole('button', { name: 'Add to the library' }).click();
    await page.locator('.ProseMirror').getByText('Immer mehr Städte erklären sich zu sicheren Häfen.').waitFor();
    const ownId = decodeURIComponent(new URL(page.url()).hash.replace(/^#\/doc\//, ''));
    await tagWithKey(page, 'Immer mehr Städte', '1');
    assert.equal(await highlightText(page, 'actor'), 'Immer mehr Städte');
    const [mine] = await records<StoredAnnotation>(page, 'annotations');
    assert.deepEqual([mine?.documentId, mine?.start, mine?.end], [ownId, 28, 45]);
    const [ownDocument] = await records(page, 'documents');

    await page.goto(app.server.url);
    const intruder = carried({ id: ownId, iri: 'urn:uuid:0c0ffee0-0000-4000-8000-00000000d0c2', title: 'Kommunen als Zufluchtsorte', text: FOREIGN_TEXT });
    await importText(page, 'gleiche-kennung.jsonld', exportFile([actorAnnotation('0c0ffee0-0000-4000-8000-000000000003', intruder.iri as string, `Kommunen als Zufluchtsorte\n\n${FOREIGN_TEXT}`, 'John Kelly')], [intruder]));
    const dialog = page.getByRole('dialog');
    await dialog.getByText('1 document, 1 annotation.').waitFor();
    await dialog.locator('.document-notices li').filter({ hasText: `the id “${ownId}” already belongs to “Kommunen als Zufluchtsorte” in your library` }).waitFor();
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });

    const ids = await libraryIds(page);
    assert.equal(new Set(ids).size, ids.length, `each id once: ${ids.join(', ')}`);
    assert.equal(ids.length, 7);
    const addedId = ids.find((id) => !SHIPPED_IDS.includes(id) && id !== ownId)!;
    assert.match(addedId, /^kommunen-als-zufluchtsorte-[0-9a-f]{8}$/);
    const documents = await records<{ id: string }>(page, 'documents');
    assert.deepEqual(documents.find((document) => document.id === ownId), ownDocument);

    await page.goto(`${app.server.url}#/doc/${ownId}`);
    await page.locator('.ProseMirror').getByText('Immer mehr Städte erklären sich zu sicheren Häfen.').waitFor();
    assert.equal(await highlightText(page, 'actor'), 'Immer mehr Städte');

    await page.goto(app.server.url);
    const entry = page.locator('cr-library-view ol > li').filter({ has: page.locator(`a[href="#/doc/${addedId}"]`) });
    await entry.getByRole('button', { name: /^Delete/ }).click();
    await entry.getByText('Delete “Kommunen als Zufluchtsorte” and its 1 annotation? This cannot be undone.').waitFor();
    await entry.getByRole('button', { name: 'Delete document' }).click();
    await entry.waitFor({ state: 'detached' });
    assert.deepEqual(await records<StoredAnnotation>(page, 'annotations'), [mine]);
    assert.deepEqual(await records(page, 'documents'), [ownDocument]);
    await page.goto(`${app.server.url}#/doc/${ownId}`);
    assert.equal(await highlightText(page, 'actor'), 'Immer mehr Städte');
  });
});

describe('a carried document with broken emphasis, end to end', () => {
  const app = useApp({ page: { locale: 'de-DE', viewport: VIEWPORTS[3] } });
  const cases: { name: string; marks: unknown; message: string }[] = [
    { name: 'a text', marks: 'em', message: 'kaputt.jsonld, closeReaderDocuments[0].blocks[1].marks: Erwartet war eine Liste, gefunden wurde "em".' },
    { name: 'an object', marks: { type: 'em', start: 0, end: 3 }, message: 'kaputt.jsonld, closeReaderDocuments[0].blocks[1].marks: Erwartet war eine Liste, gefunden wurde ein Objekt.' },
    { name: 'a list holding null', marks: [null], message: 'kaputt.jsonld, closeReaderDocuments[0].blocks[1].marks[0]: Erwartet war ein Objekt, gefunden wurde null.' },
  ];

  for (const { name, marks, message } of cases) {
    it(`refuses a file whose marks are ${name}, in German, and writes nothing`, async () => {
      const { page } = app;
      await page.goto(app.server.url);
      await page.getByRole('heading', { level: 1, name: 'Bibliothek' }).waitFor();
      const before = [await records(page, 'documents'), await records(page, 'annotations'), await records(page, 'categories')];
      const broken = carried({ id: 'kaputt', iri: 'urn:uuid:0c0ffee0-0000-4000-8000-00000000d0c3', title: 'Kaputt', text: FOREIGN_TEXT, marks });
      await importText(page, 'kaputt.jsonld', exportFile([actorAnnotation('0c0ffee0-0000-4000-8000-000000000004', broken.iri as string, `Kaputt\n\n${FOREIGN_TEXT}`, 'John Kelly')], [broken]));
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('heading', { name: 'kaputt.jsonld kann nicht importiert werden' }).waitFor();
      assert.deepEqual(await dialog.getByRole('alert').getByRole('listitem').allTextContents(), [message]);
      await dialog.getByText('Nichts wurde geändert.').waitFor();
      await dialog.getByRole('button', { name: 'Schließen' }).click();
      await dialog.waitFor({ state: 'hidden' });
      assert.deepEqual([await records(page, 'documents'), await records(page, 'annotations'), await records(page, 'categories')], before);
      assert.deepEqual(await libraryIds(page), SHIPPED_IDS);
    });
  }
});

describe('a broken document already in IndexedDB, end to end', () => {
  const app = useApp();

  // The sizes the other tests of this file leave out (they run at 1280×800, 768×1024 and 390×844), and the phone.
  for (const viewport of [VIEWPORTS[1], VIEWPORTS[3]]) {
    it(`at ${viewport.width}×${viewport.height}: the reader page says what is wrong, in German; the library and the other articles work`, async () => {
      const page = await app.openPage({ locale: 'de-DE', viewport });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(app.server.url);
      await page.getByRole('heading', { level: 1, name: 'Bibliothek' }).waitFor();
      // Written past the app, as an older version or a damaged profile could have left it.
      await page.evaluate(
        (record) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('close-reader');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const db = request.result;
              const tx = db.transaction('documents', 'readwrite');
              tx.objectStore('documents').put(record);
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        { ...carried({ id: 'kaputtes-dokument', iri: 'urn:uuid:0c0ffee0-0000-4000-8000-00000000d0c4', title: 'Kaputtes Dokument', text: FOREIGN_TEXT, marks: [null] }), origin: { kind: 'pasted' } },
      );
      await page.reload();
      assert.deepEqual(await libraryIds(page), [...SHIPPED_IDS, 'kaputtes-dokument']);
      await page.getByRole('link', { name: 'Kaputtes Dokument' }).click();
      await page.getByRole('heading', { level: 1, name: 'Der Artikel konnte nicht geöffnet werden' }).waitFor();
      assert.equal(
        (await page.locator('.cr-reader-error').textContent())?.trim(),
        'kaputtes-dokument.blocks[1].marks[0]: Erwartet war ein Objekt, gefunden wurde null.',
      );
      await page.getByRole('link', { name: 'Zurück zur Bibliothek' }).click();
      await page.getByRole('heading', { level: 1, name: 'Bibliothek' }).waitFor();
      assert.deepEqual(await libraryIds(page), [...SHIPPED_IDS, 'kaputtes-dokument']);
      await page.getByRole('link', { name: 'US-Heimatschutzminister Kelly: keine Massenabschiebungen' }).click();
      await page.locator('.ProseMirror').getByText('Bei der Umsetzung der neuen Einwanderungsrichtlinien', { exact: false }).waitFor();
      // The broken document can still be deleted from the library.
      await page.goto(app.server.url);
      const entry = page.locator('cr-library-view ol > li').filter({ hasText: 'Kaputtes Dokument' });
      await entry.getByRole('button', { name: /^Löschen/ }).click();
      await entry.getByRole('button', { name: 'Dokument löschen' }).click();
      await entry.waitFor({ state: 'detached' });
      assert.deepEqual(await libraryIds(page), SHIPPED_IDS);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});
