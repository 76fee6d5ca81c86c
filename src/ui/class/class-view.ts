/**
 * <cr-class-view>: the class view of an assignment's hand-ins (`#/assignment/<id>/class`, issue 16):
 * adding hand-ins (files, a folder, a ZIP, or from the assignment's hand-in box), the overview of the students, the agreement per
 * category, where the class tagged, one student against the model answer, and the exports. On
 * `#/assignment/<id>/present` it is the presentation for a projector instead, names hidden.
 *
 * It reads the class once ({@link loadClass}) and again whenever annotations change (a hand-in
 * collected here or in another tab), and hands the data down to its parts; names are shown or
 * replaced by letters by one toggle here, which every part follows.
 *
 * Light DOM, like the assignment page around it: the article inside the parts is a ProseMirror view
 * styled by the global reader CSS (STYLE.md, 7).
 *
 * While the presentation shows, it covers the window, and the app behind it must be out of reach
 * (Tab, a screen reader's cursor): the page sets the `presenting` attribute on the <cr-app> around
 * it, which makes its own header and notices `inert` (app.ts), and removes it when it leaves.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { ContextConsumer } from '@lit/context';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { type ClassData, loadClass } from '../../app/class/class-data.js';
import type { AssignmentRecord } from '../../model/assignments/assignment-record.js';
import { annotationStoreContext, articleSourceContext, categoryStoreContext, classroomContext } from '../shared/contexts.js';
import { loadFailureMessage } from '../reader/reader-failure.js';
import { routeHash } from '../shared/hash-route.js';
import { plural } from '../shared/plural.js';
import { consumeStore } from '../shared/store-consumer.js';
import type { NamesShown } from './student-label.js';
import { classViewStyles } from './class-view.styles.js';
import '../assignments/collect-hand-ins.js';
import '../assignments/collect-from-box.js';
import './class-overview.js';
import './class-agreement.js';
import './class-heat.js';
import './class-comparison.js';
import './class-export.js';
import './class-presentation.js';

/** How long after a store's last change the page reads the class again (see `changed`). */
const SETTLE_MS = 150;

type Loaded =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly error: unknown }
  | { readonly state: 'ready'; readonly data: ClassData };

/** See the module comment. */
export class CrClassView extends LitElement {
  static override properties = {
    record: { attribute: false },
    presenting: { attribute: false },
    loaded: { state: true },
    names: { state: true },
    compared: { state: true },
  };

  /** The assignment (the teacher's). */
  declare record: AssignmentRecord | undefined;
  /** Whether this is the presentation for a projector. */
  declare presenting: boolean;
  declare loaded: Loaded;
  /** Names or letters, for every part of the page. */
  declare names: NamesShown;
  /** The hand-in (set id) shown against the model answer. */
  declare compared: string | undefined;

  private readonly classroom = new ContextConsumer(this, { context: classroomContext, subscribe: true, callback: () => void this.load() });
  private readonly articles = new ContextConsumer(this, { context: articleSourceContext, subscribe: true, callback: () => void this.load() });
  private readonly annotations = consumeStore(this, annotationStoreContext, () => this.changed());
  private readonly categories = consumeStore(this, categoryStoreContext, () => this.changed());

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.record = undefined;
    this.presenting = false;
    this.loaded = { state: 'loading' };
    this.names = 'names';
    this.compared = undefined;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record')) void this.load();
  }

  protected override updated(): void {
    this.coverApp(this.presenting && this.record !== undefined && this.loaded.state === 'ready');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.settling);
    // Removed while <cr-app> renders another page: give the app back after its update, not inside it.
    queueMicrotask(() => {
      if (!this.isConnected) this.coverApp(false);
    });
  }

  /** The <cr-app> made inert behind the presentation, to give back when it ends. */
  private covered: Element | undefined;

  /** Marks the app around this page as behind the presentation (`cover`) or not. */
  private coverApp(cover: boolean): void {
    const app = cover ? (this.covered ?? this.closest('cr-app') ?? undefined) : this.covered;
    app?.toggleAttribute('presenting', cover);
    this.covered = cover ? app : undefined;
  }

  /**
   * Reads the class again; resolves when the page shows what was read. Changes that come while a
   * read is under way (30 hand-ins collected: 30 changes) make one more read after it, not one each.
   */
  load(): Promise<void> {
    if (this.reading) {
      this.stale = true;
      return this.reading;
    }
    this.reading = (async () => {
      try {
        do {
          this.stale = false;
          await this.readOnce();
        } while (this.stale);
      } finally {
        this.reading = undefined;
      }
    })();
    return this.reading;
  }

  private reading: Promise<void> | undefined;
  private stale = false;
  private settling: ReturnType<typeof setTimeout> | undefined;

  /**
   * A store changed: reads the class once the changes have settled (none for {@link SETTLE_MS}) and
   * the page's own collector has stored all its files. A class collected, or received in a burst,
   * is one change per file or more: read per change, the page would read the class 30 times.
   */
  private changed(): void {
    clearTimeout(this.settling);
    this.settling = setTimeout(() => {
      const reading = this.querySelector('cr-collect-hand-ins')?.state.kind === 'reading' || this.querySelector('cr-collect-from-box')?.state.kind === 'reading';
      if (reading) this.changed();
      else void this.load();
    }, SETTLE_MS);
  }

  /** The page's collector has stored its files: the class is read now, without waiting for quiet. */
  private readonly collected = (): void => {
    clearTimeout(this.settling);
    void this.load();
  };

  private async readOnce(): Promise<void> {
    const [record, classroom, articles, annotations, categories] = [
      this.record,
      this.classroom.value,
      this.articles.value,
      this.annotations.value,
      this.categories.value,
    ];
    if (!record || !classroom || !articles || !annotations || !categories) return;
    try {
      const data = await loadClass(record, {
        classroom,
        articles,
        loadSet: (documentId, setId) => annotations.load(documentId, setId),
        categoriesOf: (schemeId) => categories.inScheme(schemeId),
      });
      this.loaded = { state: 'ready', data };
      if (this.compared !== undefined && !data.handIns.some((handIn) => handIn.set.id === this.compared)) this.compared = undefined;
    } catch (error) {
      this.loaded = { state: 'failed', error };
    }
    await this.updateComplete;
  }

  private compare(setId: string): void {
    this.compared = setId;
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#cr-class-comparison-heading')?.scrollIntoView({ block: 'start' }));
  }

  protected override render() {
    const record = this.record;
    if (!record) return nothing;
    const { assignment } = record;
    const loaded = this.loaded;
    if (this.presenting) {
      return html`${classViewStyles}
        ${loaded.state === 'ready'
          ? html`<cr-class-presentation .data=${loaded.data} .names=${'letters'}></cr-class-presentation>`
          : this.renderStatus(loaded)}`;
    }
    return html`
      ${classViewStyles}
      <div class="cr-class">
        <h1>${msg(str`Class view: ${assignment.title}`)}</h1>
        <nav class="cr-class-nav" aria-label=${msg('Class view')}>
          <a href=${routeHash({ name: 'assignment', id: assignment.id })}>${msg('Back to the assignment')}</a>
          <a href=${routeHash({ name: 'present', id: assignment.id })}>${msg('Present on a projector')}</a>
          <a href=${routeHash({ name: 'assignment-statistics', id: assignment.id })}>${msg('Statistics')}</a>
          <label class="cr-class-names">
            <input
              type="checkbox"
              .checked=${this.names === 'names'}
              @change=${(event: Event) => (this.names = (event.target as HTMLInputElement).checked ? 'names' : 'letters')}
            />
            ${msg('Show names')}
          </label>
        </nav>
        <section aria-labelledby="cr-class-hand-ins-heading">
          <h2 id="cr-class-hand-ins-heading">${msg('Hand-ins')}</h2>
          <cr-collect-hand-ins .record=${record} @cr-hand-ins-collected=${this.collected}></cr-collect-hand-ins>
          <cr-collect-from-box .record=${record} @cr-hand-ins-collected=${this.collected}></cr-collect-from-box>
          ${loaded.state === 'ready' ? html`<p role="status">${handInCount(loaded.data.handIns.length)}</p>` : nothing}
        </section>
        ${loaded.state === 'ready' ? this.renderParts(loaded.data) : this.renderStatus(loaded)}
      </div>
    `;
  }

  private renderParts(data: ClassData) {
    if (data.handIns.length === 0) return nothing;
    return html`
      <section aria-labelledby="cr-class-overview-heading">
        <h2 id="cr-class-overview-heading">${msg('Overview')}</h2>
        <cr-class-overview .data=${data} .names=${this.names} @cr-class-student=${(event: CustomEvent<{ setId: string }>) => this.compare(event.detail.setId)}></cr-class-overview>
      </section>
      <section aria-labelledby="cr-class-agreement-heading">
        <h2 id="cr-class-agreement-heading">${msg('Agreement')}</h2>
        <cr-class-agreement .data=${data} .names=${this.names}></cr-class-agreement>
      </section>
      <section aria-labelledby="cr-class-heat-heading">
        <h2 id="cr-class-heat-heading">${msg('Where the class tagged')}</h2>
        <cr-class-heat .data=${data} .names=${this.names}></cr-class-heat>
      </section>
      <section aria-labelledby="cr-class-comparison-heading">
        <h2 id="cr-class-comparison-heading">${msg('Against the model answer')}</h2>
        <cr-class-comparison .data=${data} .names=${this.names} .setId=${this.compared}></cr-class-comparison>
      </section>
      <section aria-labelledby="cr-class-export-heading">
        <h2 id="cr-class-export-heading">${msg('Export')}</h2>
        <cr-class-export .data=${data} .names=${this.names}></cr-class-export>
      </section>
    `;
  }

  private renderStatus(loaded: Exclude<Loaded, { state: 'ready' }>) {
    return loaded.state === 'loading'
      ? html`<p class="cr-reader-status" role="status">${msg('Reading the hand-ins…')}</p>`
      : html`<p class="cr-class-failure" role="alert">${msg(str`The hand-ins could not be read: ${loadFailureMessage(loaded.error)}`)}</p>`;
  }
}

/** "30 hand-ins", or how to add the first. */
function handInCount(count: number): string {
  if (count === 0) return msg('No hand-ins yet: add the files your students handed in.');
  return plural(count, { one: (n) => msg(str`${n} hand-in`), other: (n) => msg(str`${n} hand-ins`) });
}

customElements.define('cr-class-view', CrClassView);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-view': CrClassView;
  }
}
