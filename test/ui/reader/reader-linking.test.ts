/**
 * Linking two annotations in the reader (issue 17) in the real reader view, with a real IndexedDB
 * and a real ProseMirror: with the keyboard alone (L, J/K, Enter) and with the mouse (the card's
 * "Link to…", then a click on a highlight); only allowed candidates are offered; Esc cancels;
 * relations show in the card (both directions, with a jump to the partner) and in the sidebar;
 * deleting an annotation takes its link along and undo brings both back.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { textIndexOf, textRangeToSelection } from '../../../src/editor/text-offsets.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { SettingsRepository } from '../../../src/storage/settings-repository.js';
import '../../../src/ui/shell/app.js';
import type { CrApp } from '../../../src/ui/shell/app.js';
import { AnnotationStore } from '../../../src/app/annotations/annotation-store.js';
import { CategoryStore } from '../../../src/app/schemes/category-store.js';
import { applyLocale } from '../../../src/ui/shared/localization.js';
import type { CrReaderView } from '../../../src/ui/reader/reader-view.js';
import { SettingsStore } from '../../../src/app/settings/settings-store.js';
import { loadShippedArticles } from '../../support/articles.js';
import { TestDatabases } from '../../support/test-database.js';
import { announcedIn, hearsIn, linkStatusIn } from '../../support/linking-reader.js';

const ARTICLE = 'sanctuary-cities-gegen-trump';

describe('linking annotations in the reader', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let app: CrApp;
  let reader: CrReaderView;
  let annotations: AnnotationStore;
  /** The id of the annotation tagged on each phrase. */
  const ids = new Map<string, string>();

  /**
   * Opens the article with, in text order: the actors "Kalifornien" and "San Francisco", the
   * quote "in Angst leben", the actor "Bürgermeister Ed Lee" (nearest to the quote), the policy
   * "Sanctuary City" and the actor "Donald Trump".
   */
  async function mount(): Promise<void> {
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    const settings = await SettingsStore.load(new SettingsRepository(db));
    app = await fixture<CrApp>(
      html`<cr-app .articles=${await loadShippedArticles()} .settings=${settings} .annotations=${annotations} .categories=${CategoryStore.defaults()}></cr-app>`,
    );
    location.hash = `#/doc/${ARTICLE}`;
    await waitUntil(() => app.querySelector<CrReaderView>('cr-reader-view')?.editorView, 'the article did not open', { timeout: 5000 });
    reader = app.querySelector<CrReaderView>('cr-reader-view')!;
    const text = textIndexOf(reader.editorView!.state.doc).text;
    for (const [phrase, category] of [
      ['Kalifornien', 'actor'],
      ['San Francisco', 'actor'],
      ['in Angst leben', 'quote'],
      ['Bürgermeister Ed Lee', 'actor'],
      ['Sanctuary City', 'policy'],
      ['Donald Trump', 'actor'],
    ] as const) {
      const start = text.indexOf(phrase);
      const result = await annotations.tag(ARTICLE, describeRange(text, start, start + phrase.length), category);
      ids.set(phrase, result.annotation.id);
    }
    await reader.updateComplete;
  }

  /** Puts the caret inside the first occurrence of `phrase`, the text focused. */
  function caretIn(phrase: string): void {
    const view = reader.editorView!;
    const at = textIndexOf(view.state.doc).text.indexOf(phrase) + 2;
    view.focus();
    view.dispatch(view.state.tr.setSelection(textRangeToSelection(view.state.doc, at, at)));
  }

  const announced = (): string => announcedIn(app);
  const hears = (expected: string): Promise<void> => hearsIn(app, expected);
  const statusLine = (): string => linkStatusIn(app);

  /** The text of the candidate marked in the article. */
  function markedCandidate(): string {
    return [...reader.editorView!.dom.querySelectorAll('.cr-link-candidate')].map((element) => element.textContent).join('');
  }

  async function stored(): Promise<string[][]> {
    const byId = new Map([...ids].map(([phrase, id]) => [id, phrase]));
    return (await db.getAll('relations')).map((relation) => [byId.get(relation.sourceId) ?? relation.sourceId, relation.typeId, byId.get(relation.targetId) ?? relation.targetId]);
  }

  async function card() {
    await waitUntil(() => app.querySelector('cr-annotation-card'), 'no card');
    const element = app.querySelector('cr-annotation-card')!;
    await element.updateComplete;
    return element;
  }

  function cardRelations(element: HTMLElement): string[] {
    return [...element.shadowRoot!.querySelectorAll('.relation .jump')].map((button) => button.textContent!.trim());
  }

  function sidebarLine(phrase: string): string {
    const sidebar = app.querySelector('cr-annotation-sidebar')!;
    const item = sidebar.shadowRoot!.querySelector(`[data-id="${ids.get(phrase)}"]`);
    return item?.querySelector('.relations')?.textContent ?? '';
  }

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    ids.clear();
  });

  afterEach(async () => {
    location.hash = '';
    annotations.close();
    await databases.cleanUp();
  });

  it('links a quote to an actor with the keyboard alone: L offers the nearest, J skips the policy, Enter links', async () => {
    await mount();
    caretIn('in Angst leben');
    await sendKeys({ press: 'l' });
    await hears('Link from “in Angst leben”. Choose the annotation to link to · Esc cancels. Bürgermeister Ed Lee · Actor · 3 of 4');
    expect(markedCandidate()).to.equal('Bürgermeister Ed Lee');
    expect(statusLine()).to.equal('Choose the annotation to link to · Esc cancels Offered: Bürgermeister Ed Lee (3/4) Cancel');
    await sendKeys({ press: 'j' });
    await hears('Donald Trump · Actor · 4 of 4');
    expect(markedCandidate()).to.equal('Donald Trump');
    await sendKeys({ press: 'Enter' });
    await hears('Linked: said by Donald Trump');
    expect(await stored()).to.deep.equal([['in Angst leben', 'said-by', 'Donald Trump']]);
    expect(markedCandidate()).to.equal('');
    expect(statusLine()).to.equal('');
    // The card (Enter on the quote) and the sidebar show the link, from both sides.
    caretIn('in Angst leben');
    await sendKeys({ press: 'Enter' });
    expect(cardRelations(await card())).to.deep.equal(['said by: Donald Trump']);
    await waitUntil(() => sidebarLine('in Angst leben') === '— said by: Donald Trump', `sidebar: "${sidebarLine('in Angst leben')}"`);
    expect(sidebarLine('Donald Trump')).to.equal('— Quote: “in Angst leben” — said by');
    // The sidebar's lines are built once per change: a render that changes nothing hands over the same map.
    const sidebar = app.querySelector('cr-annotation-sidebar')!;
    const lines = sidebar.relationLines;
    reader.requestUpdate();
    await reader.updateComplete;
    expect(sidebar.relationLines).to.equal(lines);
  });

  it('links with L and Enter alone in the common case, and J/K never reach the policy', async () => {
    await mount();
    caretIn('in Angst leben');
    await sendKeys({ press: 'l' });
    await hears('Link from “in Angst leben”. Choose the annotation to link to · Esc cancels. Bürgermeister Ed Lee · Actor · 3 of 4');
    const heard: string[] = [];
    for (const key of ['k', 'k', 'k', 'k']) {
      await sendKeys({ press: key });
      await waitUntil(() => announced() !== '' && announced() !== heard[heard.length - 1] && !announced().startsWith('Link from'));
      heard.push(announced());
    }
    expect(heard).to.deep.equal(['San Francisco · Actor · 2 of 4', 'Kalifornien · Actor · 1 of 4', 'Donald Trump · Actor · 4 of 4', 'Bürgermeister Ed Lee · Actor · 3 of 4']);
    await sendKeys({ press: 'Enter' });
    await hears('Linked: said by Bürgermeister Ed Lee');
    expect(await stored()).to.deep.equal([['in Angst leben', 'said-by', 'Bürgermeister Ed Lee']]);
  });

  it('asks which kind of link when several fit, and takes the number key', async () => {
    await mount();
    await annotations.edit(ARTICLE, ids.get('in Angst leben')!, { categoryIds: ['quote', 'statistic'] });
    caretIn('in Angst leben');
    await sendKeys({ press: 'l' });
    await waitUntil(() => markedCandidate() === 'Bürgermeister Ed Lee');
    await sendKeys({ press: 'Enter' });
    await hears('Choose the kind of link: 1 said by, 2 source of');
    expect(statusLine()).to.equal('Choose the kind of link · Esc cancels 1 said by 2 source of Cancel');
    await sendKeys({ press: '2' });
    await hears('Linked: source of Bürgermeister Ed Lee');
    expect(await stored()).to.deep.equal([['in Angst leben', 'source-of', 'Bürgermeister Ed Lee']]);
  });

  it('cancels with Esc: nothing is stored, the marks go, and J steps through annotations again', async () => {
    await mount();
    caretIn('in Angst leben');
    await sendKeys({ press: 'l' });
    await waitUntil(() => markedCandidate() === 'Bürgermeister Ed Lee');
    await sendKeys({ press: 'Escape' });
    await hears('Linking cancelled.');
    expect(markedCandidate()).to.equal('');
    expect(statusLine()).to.equal('');
    expect(await stored()).to.deep.equal([]);
    await sendKeys({ press: 'j' });
    await waitUntil(() => announced().startsWith('Annotation '), `J did not step: "${announced()}"`);
  });

  it('links with the mouse: "Link to…" in the card, then a click on the highlight', async () => {
    await mount();
    caretIn('in Angst leben');
    await sendKeys({ press: 'Enter' });
    const quoteCard = await card();
    quoteCard.shadowRoot!.querySelector<HTMLButtonElement>('.link-start')!.click();
    await waitUntil(() => statusLine().startsWith('Choose the annotation to link to'), 'linking did not start');
    // A click on the policy says why it cannot be linked, and linking goes on.
    await clickOn('Sanctuary City');
    await hears('These two cannot be linked. Links allowed: Quote — said by → Actor');
    expect(statusLine()).to.match(/^Choose the annotation to link to/);
    await clickOn('San Francisco');
    await hears('Linked: said by San Francisco');
    expect(await stored()).to.deep.equal([['in Angst leben', 'said-by', 'San Francisco']]);
  });

  it('cancels when the reader clicks outside the highlights', async () => {
    await mount();
    caretIn('Reaktion');
    await sendKeys({ press: 'l' });
    await hears('No annotation here to link from. Put the caret in a highlight, or open its card, then press L.');
    expect(statusLine()).to.equal('');
    caretIn('in Angst leben');
    await sendKeys({ press: 'l' });
    await waitUntil(() => statusLine() !== '');
    await clickOn('Reaktion');
    await hears('Linking cancelled.');
    expect(statusLine()).to.equal('');
    expect(await stored()).to.deep.equal([]);
  });

  it('jumps from the card to the partner, removes a link, and deleting the quote takes its link along until undo', async () => {
    await mount();
    await annotations.relate(ARTICLE, { typeId: 'said-by', sourceId: ids.get('in Angst leben')!, targetId: ids.get('Bürgermeister Ed Lee')! });
    caretIn('in Angst leben');
    await sendKeys({ press: 'Enter' });
    let element = await card();
    await waitUntil(() => cardRelations(element).length === 1);
    expect(cardRelations(element)).to.deep.equal(['said by: Bürgermeister Ed Lee']);
    // The partner is marked in the text while the quote's card is open.
    await waitUntil(() => reader.editorView!.dom.querySelector('.cr-relation-partner')?.textContent === 'Bürgermeister Ed Lee', 'no partner mark');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.relation .jump')!.click();
    await waitUntil(() => app.querySelector('cr-annotation-card')?.shadowRoot?.querySelector('blockquote')?.textContent === 'Bürgermeister Ed Lee', 'the partner’s card did not open');
    element = await card();
    await waitUntil(() => element.shadowRoot!.activeElement, 'focus did not move to the partner’s card');
    expect(cardRelations(element)).to.deep.equal(['Quote: “in Angst leben” — said by']);
    // Delete the quote: its link goes with it; undo brings both back.
    await annotations.remove(ARTICLE, ids.get('in Angst leben')!);
    await waitUntil(async () => (await stored()).length === 0, 'the link was not deleted with the quote');
    await waitUntil(() => cardRelations(app.querySelector('cr-annotation-card')!).length === 0, 'the card still shows the link');
    await undoKey();
    await hears('Undone: deleting “in Angst leben”');
    expect(await stored()).to.deep.equal([['in Angst leben', 'said-by', 'Bürgermeister Ed Lee']]);
    // Remove the link from the card: undo says so.
    element = await card();
    await waitUntil(() => cardRelations(element).length === 1);
    element.shadowRoot!.querySelector<HTMLButtonElement>('.relation .unlink')!.click();
    await hears('Link removed: said by Bürgermeister Ed Lee');
    expect(await stored()).to.deep.equal([]);
    await undoKey();
    await hears('Undone: removing a link');
    expect(await stored()).to.deep.equal([['in Angst leben', 'said-by', 'Bürgermeister Ed Lee']]);
  });

  it('warns when a link no longer fits the categories, and is axe-clean in English and German', async () => {
    await mount();
    await annotations.relate(ARTICLE, { typeId: 'said-by', sourceId: ids.get('in Angst leben')!, targetId: ids.get('Bürgermeister Ed Lee')! });
    await annotations.edit(ARTICLE, ids.get('in Angst leben')!, { categoryIds: ['policy'] });
    caretIn('in Angst leben');
    await sendKeys({ press: 'Enter' });
    const element = await card();
    await waitUntil(() => element.shadowRoot!.querySelector('.relation-warning'), 'no warning');
    expect(element.shadowRoot!.querySelector('.relation-warning')!.textContent).to.equal('This link’s type does not fit the categories any more.');
    await expect(app).to.be.accessible();
    await applyLocale('de');
    await element.updateComplete;
    expect(cardRelations(element)).to.deep.equal(['gesagt von: Bürgermeister Ed Lee']);
    expect(element.shadowRoot!.querySelector('.relation-warning')!.textContent).to.equal('Der Typ dieser Verknüpfung passt nicht mehr zu den Kategorien.');
    await expect(app).to.be.accessible();
  });

  /** Ctrl+Z, as the reader presses it. */
  async function undoKey(): Promise<void> {
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
  }

  /** Clicks with the real mouse in the middle of the first occurrence of `phrase` in the text. */
  async function clickOn(phrase: string): Promise<void> {
    const view = reader.editorView!;
    const index = textIndexOf(view.state.doc);
    const start = index.text.indexOf(phrase);
    const from = view.coordsAtPos(index.offsetToPos(start + 1));
    const to = view.coordsAtPos(index.offsetToPos(start + Math.min(phrase.length - 1, 4)));
    await sendMouse({ type: 'click', position: [Math.round((from.left + to.left) / 2), Math.round((from.top + from.bottom) / 2)] });
  }
});
