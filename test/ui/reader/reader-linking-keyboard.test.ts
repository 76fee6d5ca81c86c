/**
 * Linking in the reader with the keyboard, where it meets the other keys and controls (issue 17
 * review), in the real reader view with a real IndexedDB and a real ProseMirror: a category keyed
 * `l` (kept from before the key was reserved) or `L` still tags; `l` in the scheme choice is the
 * select's; in the kind-of-link step Enter takes the first kind and J/K/arrows do nothing; the
 * status line's buttons leave focus in the text; removing links from the card keeps focus in it.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { describeRange } from '../../../src/model/anchoring/text-quote.js';
import { DEFAULT_CATEGORIES } from '../../../src/model/schemes/category.js';
import { createScheme } from '../../../src/model/schemes/scheme-ids.js';
import { textIndexOf, textRangeToSelection } from '../../../src/editor/text-offsets.js';
import { AnnotationRepository } from '../../../src/storage/annotation-repository.js';
import { CategoryRepository } from '../../../src/storage/category-repository.js';
import type { CloseReaderDatabase } from '../../../src/storage/database.js';
import { SchemeRepository } from '../../../src/storage/scheme-repository.js';
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

describe('linking in the reader, with the keyboard among the other keys', () => {
  const databases = new TestDatabases();
  let db: CloseReaderDatabase;
  let app: CrApp;
  let reader: CrReaderView;
  let annotations: AnnotationStore;
  let categories: CategoryStore;
  /** The id of the annotation tagged on each phrase. */
  const ids = new Map<string, string>();

  /** Opens the article with `tagged` tagged (phrase, categories), the categories those of `store`. */
  async function mount(tagged: readonly (readonly [string, readonly string[]])[], store?: CategoryStore): Promise<void> {
    annotations = new AnnotationStore(new AnnotationRepository(db), undefined, undefined);
    categories = store ?? CategoryStore.defaults();
    const settings = await SettingsStore.load(new SettingsRepository(db));
    app = await fixture<CrApp>(
      html`<cr-app .articles=${await loadShippedArticles()} .settings=${settings} .annotations=${annotations} .categories=${categories}></cr-app>`,
    );
    location.hash = `#/doc/${ARTICLE}`;
    await waitUntil(() => app.querySelector<CrReaderView>('cr-reader-view')?.editorView, 'the article did not open', { timeout: 5000 });
    reader = app.querySelector<CrReaderView>('cr-reader-view')!;
    const text = textIndexOf(reader.editorView!.state.doc).text;
    for (const [phrase, [first, ...rest]] of tagged) {
      const start = text.indexOf(phrase);
      const result = await annotations.tag(ARTICLE, describeRange(text, start, start + phrase.length), first!);
      if (rest.length > 0) await annotations.edit(ARTICLE, result.annotation.id, { categoryIds: [first!, ...rest] });
      ids.set(phrase, result.annotation.id);
    }
    await reader.updateComplete;
  }

  /** A quote and two actors after it: "in Angst leben", "Bürgermeister Ed Lee", "Donald Trump". */
  const QUOTE_AND_ACTORS = [
    ['in Angst leben', ['quote']],
    ['Bürgermeister Ed Lee', ['actor']],
    ['Donald Trump', ['actor']],
  ] as const;

  /** Selects the first occurrence of `phrase` (or puts the caret inside it), the text focused. */
  function select(phrase: string, caretOnly = false): void {
    const view = reader.editorView!;
    const start = textIndexOf(view.state.doc).text.indexOf(phrase);
    view.focus();
    const selection = caretOnly ? textRangeToSelection(view.state.doc, start + 2, start + 2) : textRangeToSelection(view.state.doc, start, start + phrase.length);
    view.dispatch(view.state.tr.setSelection(selection));
  }

  const announced = (): string => announcedIn(app);
  const hears = (expected: string): Promise<void> => hearsIn(app, expected);
  const statusLine = (): string => linkStatusIn(app);

  /** Each stored relation as [source phrase, type, target phrase]. */
  async function stored(): Promise<string[][]> {
    const byId = new Map([...ids].map(([phrase, id]) => [id, phrase]));
    return (await db.getAll('relations')).map((relation) => [byId.get(relation.sourceId) ?? relation.sourceId, relation.typeId, byId.get(relation.targetId) ?? relation.targetId]);
  }

  /** What has focus, named: the text, a button of the card or the status line (its label), or the page. */
  function focused(): string {
    if (reader.editorView!.hasFocus()) return 'the text';
    const active = document.activeElement;
    const inner = active?.shadowRoot?.activeElement ?? active;
    if (!inner || inner === document.body) return 'the page';
    return inner.getAttribute('aria-label') ?? inner.textContent?.replace(/\s+/g, ' ').trim() ?? inner.localName;
  }

  /** The kind-of-link step for the quote (tagged quote and statistic) and Ed Lee, reached with L and Enter. */
  async function chooseKind(): Promise<void> {
    await mount([['in Angst leben', ['quote', 'statistic']], ...QUOTE_AND_ACTORS.slice(1)]);
    select('in Angst leben', true);
    await sendKeys({ press: 'l' });
    await waitUntil(() => statusLine().includes('Offered: Bürgermeister Ed Lee'), 'linking did not start');
    await sendKeys({ press: 'Enter' });
    await hears('Choose the kind of link: 1 said by, 2 source of');
  }

  beforeEach(async () => {
    await applyLocale('en');
    db = await databases.open();
    ids.clear();
  });

  afterEach(async () => {
    location.hash = '';
    annotations.close();
    categories.close();
    await databases.cleanUp();
  });

  it('tags with a category keyed l (stored before l was reserved) or L instead of starting a link', async () => {
    await new CategoryRepository(db).putMany(
      DEFAULT_CATEGORIES.map((category) => (category.id === 'actor' ? { ...category, key: 'l' } : category.id === 'policy' ? { ...category, key: 'L' } : category)),
    );
    await mount([], await CategoryStore.load(new CategoryRepository(db)));
    select('Donald Trump');
    await sendKeys({ press: 'l' });
    await waitUntil(() => annotations.annotations(ARTICLE).length === 1, 'l did not tag');
    select('Sanctuary City');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'L' });
    await sendKeys({ up: 'Shift' });
    await waitUntil(() => annotations.annotations(ARTICLE).length === 2, 'L did not tag');
    expect(annotations.annotations(ARTICLE).map((a) => [a.exact, a.categoryIds])).to.have.deep.members([
      ['Donald Trump', ['actor']],
      ['Sanctuary City', ['policy']],
    ]);
    expect(statusLine()).to.equal('');
  });

  it('leaves l to the scheme choice while a card is open: no link is started', async () => {
    const store = await CategoryStore.load(new CategoryRepository(db), new SchemeRepository(db));
    const made = createScheme({ de: 'Rhetorik', en: 'Rhetoric' }, store.schemes, '2026-12-01T00:00:00.000Z');
    if (!made.ok) throw new Error('no scheme');
    await store.saveScheme(made.value, []);
    await mount(QUOTE_AND_ACTORS, store);
    select('in Angst leben', true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => app.querySelector('cr-annotation-card'), 'no card');
    const choice = app.querySelector<HTMLSelectElement>('.cr-scheme-choice select')!;
    choice.focus();
    await sendKeys({ press: 'l' });
    // A start would be heard at once; give it a frame to show.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await reader.updateComplete;
    expect(statusLine()).to.equal('');
    expect(announced()).not.to.match(/^Link from/);
    expect(document.activeElement).to.equal(choice);
  });

  it('in the kind-of-link step, J, K and the arrows do nothing and Enter links the first kind', async () => {
    await chooseKind();
    for (const key of ['j', 'k', 'ArrowDown', 'ArrowUp']) await sendKeys({ press: key });
    await reader.updateComplete;
    expect(announced()).to.equal('Choose the kind of link: 1 said by, 2 source of');
    expect(statusLine()).to.equal('Choose the kind of link · Esc cancels 1 said by 2 source of Cancel');
    expect(app.querySelector('cr-annotation-card')).to.equal(null);
    await sendKeys({ press: 'Enter' });
    await hears('Linked: said by Bürgermeister Ed Lee');
    expect(await stored()).to.deep.equal([['in Angst leben', 'said-by', 'Bürgermeister Ed Lee']]);
    expect(app.querySelector('cr-annotation-card')).to.equal(null);
    expect(focused()).to.equal('the text');
  });

  it('a kind-of-link button pressed with Enter links that kind and leaves focus in the text', async () => {
    await chooseKind();
    app.querySelectorAll<HTMLButtonElement>('.cr-link-status .cr-link-type')[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await hears('Linked: source of Bürgermeister Ed Lee');
    expect(await stored()).to.deep.equal([['in Angst leben', 'source-of', 'Bürgermeister Ed Lee']]);
    expect(focused()).to.equal('the text');
  });

  it('"Cancel" on the status line leaves focus in the text, as Esc does', async () => {
    await mount(QUOTE_AND_ACTORS);
    select('in Angst leben', true);
    await sendKeys({ press: 'l' });
    await waitUntil(() => statusLine() !== '', 'linking did not start');
    app.querySelector<HTMLButtonElement>('.cr-link-status .cr-link-cancel')!.focus();
    await sendKeys({ press: 'Enter' });
    await hears('Linking cancelled.');
    expect(statusLine()).to.equal('');
    expect(focused()).to.equal('the text');
  });

  it('removing a link in the card moves focus to the next link’s Remove, then to "Link to…"', async () => {
    await mount(QUOTE_AND_ACTORS);
    for (const actor of ['Bürgermeister Ed Lee', 'Donald Trump']) {
      await annotations.relate(ARTICLE, { typeId: 'said-by', sourceId: ids.get('in Angst leben')!, targetId: ids.get(actor)! });
    }
    select('in Angst leben', true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => app.querySelector('cr-annotation-card'), 'no card');
    const card = app.querySelector('cr-annotation-card')!;
    const removes = () => [...card.shadowRoot!.querySelectorAll<HTMLButtonElement>('.relation .unlink')];
    await waitUntil(() => removes().length === 2, 'the card does not show both links');
    // The card lists them in the order the store holds them: name them as shown.
    const [first, second] = removes();
    const [firstLabel, secondLabel] = [first!.getAttribute('aria-label'), second!.getAttribute('aria-label')];
    expect([firstLabel, secondLabel]).to.have.members(['Remove link: said by Bürgermeister Ed Lee', 'Remove link: said by Donald Trump']);
    first!.focus();
    await sendKeys({ press: 'Enter' });
    await hears(firstLabel!.replace('Remove link:', 'Link removed:'));
    await waitUntil(() => removes().length === 1, 'the link stayed in the card');
    await waitUntil(() => focused() !== 'the page', 'focus fell to the page');
    // The remaining link's own button, not the removed one's reused for it.
    expect(focused()).to.equal(secondLabel);
    expect(card.shadowRoot!.activeElement).to.equal(second);
    await sendKeys({ press: 'Enter' });
    await hears(secondLabel!.replace('Remove link:', 'Link removed:'));
    await waitUntil(() => removes().length === 0, 'the link stayed in the card');
    await waitUntil(() => focused() !== 'the page', 'focus fell to the page');
    expect(focused()).to.equal('Link to…');
    expect(await stored()).to.deep.equal([]);
  });
});
