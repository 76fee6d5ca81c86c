/**
 * <cr-add-document-view>: the reader brings their own text. Paste it, or open a .txt, .md or
 * .html file (picker or drop); see what it became (title and language guessed, both editable;
 * paragraphs and words counted); add it to the library, where it opens like the shipped ones.
 * HTML is parsed into the reader's blocks only: no script, handler, style, frame or remote image
 * of it ever reaches the page. A saved web page's navigation, headers, footers and captions are
 * left out unless the reader keeps them (a checkbox in the preview, which reads the page again), and
 * its <title> is offered as the title. A file that is not text (a PDF, a Word document, a photo) is
 * named for what it is, with what to do instead, and changes nothing.
 */
import { LitElement, html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ArticleBlock } from '../../model/documents/article.js';
import { canonicalText } from '../../model/documents/article.js';
import { titleFor } from '../../model/documents/document-title.js';
import { guessLanguage } from '../../model/documents/language-guess.js';
import { countWords } from '../../model/documents/library.js';
import { addDocumentStyles } from './add-document-view.styles.js';
import { libraryStoreContext } from '../shared/contexts.js';
import { blocksInBackground, type BlocksJob } from './blocks-in-background.js';
import { readDocumentFile, readHtmlDocument } from './document-file.js';
import { describeFailure } from '../shared/failure-message.js';
import { pickFiles } from '../shared/file-picker.js';
import { routeHash } from '../shared/hash-route.js';
import { formatWordCount } from '../shared/format.js';
import { plural } from '../shared/plural.js';
import { describeProblems } from '../shared/problem-messages.js';
import { createOwnDocument } from '../../app/library/own-document-factory.js';
import { shorten } from '../../model/text/shorten.js';

interface Draft {
  readonly blocks: readonly ArticleBlock[];
  readonly fileName?: string;
  readonly notice?: string;
  /** The title offered for these blocks (the reader's own title is kept when the page is read again). */
  readonly offeredTitle: string;
  /** An HTML page: its text, to read again, whether its chrome is kept, and how much was left out. */
  readonly html?: { readonly text: string; readonly keepPageChrome: boolean; readonly leftOut: number };
}

/** The "add a document" page. */
export class CrAddDocumentView extends LitElement {
  static override styles = addDocumentStyles;

  static override properties = {
    working: { state: true },
    draft: { state: true },
    title: { state: true },
    lang: { state: true },
    error: { state: true },
  };

  declare draft: Draft | undefined;
  /** Text being turned into blocks in the background, with the way to cancel it. */
  declare working: BlocksJob | undefined;
  declare title: string;
  declare lang: string;
  declare error: string;

  private readonly library = new ContextConsumer(this, { context: libraryStoreContext, subscribe: true });

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.draft = undefined;
    this.working = undefined;
    this.title = '';
    this.lang = 'de';
    this.error = '';
    this.addEventListener('dragover', (event) => event.preventDefault());
    this.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      event.stopPropagation(); // a document, not an annotation import
      void this.openFile(file);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.title = `${msg('Add a document')} – ${msg('Close Reader')}`;
  }

  protected override render() {
    return html`
      <h1>${msg('Add a document')}</h1>
      <p class="intro">${msg('Paste a text, or open a .txt, .md or .html file (or drop it here). It is kept in this browser only.')}</p>
      <p class="error" role="alert">${this.error}</p>
      ${this.working ? this.renderWorking(this.working) : this.draft ? this.renderDraft(this.draft) : this.renderSources()}
    `;
  }

  private renderSources() {
    return html`
      <section aria-labelledby="paste-title">
        <h2 id="paste-title">${msg('Paste a text')}</h2>
        <label for="text">${msg('Text')}</label>
        <textarea id="text" rows="10"></textarea>
        <button type="button" @click=${this.usePasted}>${msg('Use this text')}</button>
      </section>
      <section aria-labelledby="file-title">
        <h2 id="file-title">${msg('Open a file')}</h2>
        <button type="button" @click=${this.chooseFile}>${msg('Choose a file …')}</button>
      </section>
    `;
  }

  private renderWorking(job: BlocksJob) {
    return html`<section aria-labelledby="working-title">
      <h2 id="working-title">${msg('Reading the document …')}</h2>
      <progress aria-labelledby="working-title"></progress>
      <div class="actions"><button type="button" @click=${() => job.cancel()}>${msg('Cancel')}</button></div>
    </section>`;
  }

  private renderDraft(draft: Draft) {
    const words = countWords(canonicalText(draft.blocks));
    return html`
      <section aria-labelledby="draft-title">
        <h2 id="draft-title">${msg('Your document')}</h2>
        ${draft.notice ? html`<p class="notice" role="status">${draft.notice}</p>` : nothing}
        <p>${plural(draft.blocks.length, { one: () => msg('1 block'), other: (count) => msg(str`${count} blocks`) })}, ${formatWordCount(words)}.</p>
        ${draft.html ? this.renderChromeChoice(draft.html) : nothing}
        <label for="title">${msg('Title')}</label>
        <input id="title" type="text" .value=${live(this.title)} @input=${(e: Event) => (this.title = (e.target as HTMLInputElement).value)} />
        <label for="lang">${msg('Language of the text')}</label>
        <select id="lang" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value)}>
          <option value="de" lang="de" ?selected=${this.lang === 'de'}>Deutsch</option>
          <option value="en" lang="en" ?selected=${this.lang === 'en'}>English</option>
        </select>
        <ol class="preview" lang=${this.lang} aria-label=${msg('Beginning of the text')}>
          ${draft.blocks.slice(0, 4).map((block) => html`<li>${block.text.slice(0, 240)}${block.text.length > 240 ? ' …' : ''}</li>`)}
        </ol>
        <div class="actions">
          <button type="button" class="primary" ?disabled=${this.title.trim() === ''} @click=${this.add}>${msg('Add to the library')}</button>
          <button type="button" @click=${this.reset}>${msg('Start again')}</button>
        </div>
      </section>
    `;
  }

  /** The choice to keep a web page's navigation, headers, footers and captions, and what was left out. */
  private renderChromeChoice(page: NonNullable<Draft['html']>) {
    return html`<div class="keep-chrome">
      <input id="keep-chrome" type="checkbox" .checked=${page.keepPageChrome} @change=${this.toggleChrome} />
      <label for="keep-chrome">${msg('Keep navigation, headers, footers and captions')}</label>
    </div>
    ${!page.keepPageChrome && page.leftOut > 0
      ? html`<p class="notice">${plural(page.leftOut, {
          one: () => msg('Left out: 1 part of the page (navigation, headers, footers, captions).'),
          other: (count) => msg(str`Left out: ${count} parts of the page (navigation, headers, footers, captions).`),
        })}</p>`
      : nothing}`;
  }

  /** Reads the page again, keeping or leaving out its chrome; a title the reader typed stays. */
  private toggleChrome(event: Event): void {
    const draft = this.draft;
    if (!draft?.html) return;
    const keepPageChrome = (event.target as HTMLInputElement).checked;
    const reading = readHtmlDocument(draft.html.text, { keepPageChrome });
    if (reading.blocks.length === 0) {
      (event.target as HTMLInputElement).checked = draft.html.keepPageChrome;
      this.error = msg('Without its navigation, headers, footers and captions the page holds no text.');
      return;
    }
    this.error = '';
    const offeredTitle = reading.title || titleFor(reading.blocks, draft.fileName);
    if (this.title === draft.offeredTitle) this.title = offeredTitle;
    this.draft = { ...draft, blocks: reading.blocks, offeredTitle, html: { text: draft.html.text, keepPageChrome, leftOut: reading.leftOut } };
  }

  private usePasted(): void {
    const text = this.renderRoot.querySelector<HTMLTextAreaElement>('#text')?.value ?? '';
    void this.useText(text, 'txt');
  }

  private async chooseFile(): Promise<void> {
    const [file] = await pickFiles({ accept: '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html' });
    if (file) await this.openFile(file);
  }

  private async openFile(file: File): Promise<void> {
    const read = await readDocumentFile(file);
    if (!read.ok) {
      this.error = describeProblems(read.problems).join(' ');
      return;
    }
    const notice = describeProblems(read.warnings).join(' ');
    await this.useText(read.value.text, read.value.kind, file.name, notice || undefined);
  }

  private async useText(text: string, kind: 'txt' | 'md' | 'html', fileName?: string, notice?: string): Promise<void> {
    if (kind === 'html') return this.useHtml(text, fileName, notice);
    const job = blocksInBackground(text, kind);
    this.working = job;
    let blocks: ArticleBlock[];
    try {
      blocks = await job.result;
    } catch (error) {
      this.error = error instanceof DOMException && error.name === 'AbortError' ? msg('Cancelled: nothing was added.') : String(error);
      return;
    } finally {
      this.working = undefined;
    }
    if (blocks.length === 0) {
      this.error = fileName ? msg(str`${shorten(fileName)} holds no text.`) : msg('There is no text to add.');
      return;
    }
    this.showDraft({ blocks, offeredTitle: titleFor(blocks, fileName), ...(fileName ? { fileName } : {}), ...(notice ? { notice } : {}) });
  }

  /**
   * Reads an HTML page, its chrome left out; a page that holds text only there (a snippet that is
   * all <aside>, say) is read again with it kept, and the checkbox says so.
   */
  private useHtml(text: string, fileName?: string, notice?: string): void {
    let keepPageChrome = false;
    let reading = readHtmlDocument(text);
    if (reading.blocks.length === 0 && reading.leftOut > 0) {
      keepPageChrome = true;
      reading = readHtmlDocument(text, { keepPageChrome });
    }
    if (reading.blocks.length === 0) {
      this.error = fileName ? msg(str`${shorten(fileName)} holds no text.`) : msg('There is no text to add.');
      return;
    }
    this.showDraft({
      blocks: reading.blocks,
      offeredTitle: reading.title || titleFor(reading.blocks, fileName),
      html: { text, keepPageChrome, leftOut: reading.leftOut },
      ...(fileName ? { fileName } : {}),
      ...(notice ? { notice } : {}),
    });
  }

  private showDraft(draft: Draft): void {
    this.error = '';
    this.title = draft.offeredTitle;
    this.lang = guessLanguage(canonicalText(draft.blocks));
    this.draft = draft;
  }

  private async add(): Promise<void> {
    const library = this.library.value;
    const draft = this.draft;
    if (!library || !draft) return;
    try {
      const document = await createOwnDocument({ title: this.title, lang: this.lang, blocks: draft.blocks, ...(draft.fileName ? { fileName: draft.fileName } : {}) });
      await library.add(document);
      location.hash = routeHash({ name: 'article', id: document.id });
    } catch (error) {
      this.error = describeFailure(error);
    }
  }

  private reset(): void {
    this.draft = undefined;
    this.error = '';
  }
}

customElements.define('cr-add-document-view', CrAddDocumentView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-add-document-view': CrAddDocumentView;
  }
}
