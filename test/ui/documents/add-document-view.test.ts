/**
 * <cr-add-document-view> (src/ui/documents/add-document-view.ts) given a saved web page and a PDF,
 * as a reader drops them: the page's navigation, banner, footer, aside and captions are left out
 * (the preview says how many parts), its <title> is offered as the title, and the checkbox "Keep
 * navigation, headers, footers and captions", off by default, reads the page again with them,
 * keeping a title the reader typed. A PDF is named for what it is and no draft is made.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/ui/documents/add-document-view.js';
import type { CrAddDocumentView } from '../../../src/ui/documents/add-document-view.js';

const PAGE = `<!doctype html><html><head><title>Sichere Häfen | Beispielzeitung</title></head><body>
  <header><h1>Beispielzeitung</h1><nav><a>Politik</a> <a>Kultur</a></nav></header>
  <article><h1>Sichere Häfen</h1><p>Immer mehr Städte erklären sich zu sicheren Häfen.</p>
  <figure><figcaption>Ein Hafen im Nebel.</figcaption></figure><p>Das Netzwerk wächst seit 2018.</p></article>
  <footer>© Beispielzeitung</footer></body></html>`;

/** Drops `file` on the view as a reader drags it from their desktop, and waits until it is read. */
async function drop(view: CrAddDocumentView, file: File): Promise<void> {
  const dataTransfer = new DataTransfer();
  dataTransfer.items.add(file);
  view.dispatchEvent(new DragEvent('drop', { dataTransfer, bubbles: true, cancelable: true, composed: true }));
  for (let i = 0; i < 50 && !view.draft && !view.error; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  await view.updateComplete;
}

function shown(view: CrAddDocumentView) {
  const root = view.shadowRoot!;
  return {
    counts: root.querySelector('#draft-title ~ p:not(.notice)')?.textContent?.trim(),
    preview: [...root.querySelectorAll('.preview li')].map((item) => item.textContent?.trim()),
    checkbox: root.querySelector<HTMLInputElement>('#keep-chrome'),
    label: root.querySelector('label[for="keep-chrome"]')?.textContent?.trim(),
    leftOut: [...root.querySelectorAll('.notice')].map((notice) => notice.textContent?.trim()),
    title: root.querySelector<HTMLInputElement>('#title')?.value,
  };
}

describe('adding a saved web page', () => {
  it('leaves out its chrome, offers its <title>, and reads it again with the chrome when the reader keeps it', async () => {
    const view = await fixture<CrAddDocumentView>(html`<cr-add-document-view></cr-add-document-view>`);
    await drop(view, new File([PAGE], 'seite.html', { type: 'text/html' }));
    let now = shown(view);
    expect([now.label, now.checkbox?.checked, now.title]).to.deep.equal(['Keep navigation, headers, footers and captions', false, 'Sichere Häfen | Beispielzeitung']);
    expect(now.preview).to.deep.equal(['Sichere Häfen', 'Immer mehr Städte erklären sich zu sicheren Häfen.', 'Das Netzwerk wächst seit 2018.']);
    expect(now.leftOut).to.deep.equal(['Left out: 3 parts of the page (navigation, headers, footers, captions).']);
    expect(now.counts).to.equal('3 blocks, 15 words.');

    now.checkbox!.click();
    await view.updateComplete;
    now = shown(view);
    expect([now.checkbox?.checked, now.leftOut, now.counts]).to.deep.equal([true, [], '7 blocks, 23 words.']);
    expect(now.preview).to.deep.equal(['Beispielzeitung', 'Politik Kultur', 'Sichere Häfen', 'Immer mehr Städte erklären sich zu sicheren Häfen.']);

    // A title the reader typed stays when the page is read again.
    const title = view.shadowRoot!.querySelector<HTMLInputElement>('#title')!;
    title.value = 'Häfen, gelesen';
    title.dispatchEvent(new Event('input'));
    await view.updateComplete;
    now.checkbox!.click();
    await view.updateComplete;
    expect([shown(view).checkbox?.checked, shown(view).title, shown(view).counts]).to.deep.equal([false, 'Häfen, gelesen', '3 blocks, 15 words.']);
  });

  it('keeps the chrome of a page that has text only there, and shows the box ticked', async () => {
    const view = await fixture<CrAddDocumentView>(html`<cr-add-document-view></cr-add-document-view>`);
    await drop(view, new File(['<aside><p>Nur ein Kasten.</p></aside>'], 'kasten.html', { type: 'text/html' }));
    const now = shown(view);
    expect([now.checkbox?.checked, now.preview, now.title]).to.deep.equal([true, ['Nur ein Kasten.'], 'kasten']);
  });

  it('names a dropped PDF for what it is and makes no draft', async () => {
    const view = await fixture<CrAddDocumentView>(html`<cr-add-document-view></cr-add-document-view>`);
    const pdf = await (await fetch('/test/fixtures/files/bericht.pdf')).arrayBuffer();
    await drop(view, new File([pdf], 'bericht.pdf', { type: 'application/pdf' }));
    expect([view.draft, view.shadowRoot!.querySelector('.error')?.textContent]).to.deep.equal([
      undefined,
      'bericht.pdf is a PDF. Close Reader reads text files (.txt, .md, .html). Copy the text from the PDF and paste it.',
    ]);
  });
});
