/**
 * <cr-class-presentation>: the class view as a presentation for a projector (issue 16, "Present";
 * `#/assignment/<id>/present`). One category at a time: the article in large type with the heat
 * layer of that category (how many students tagged each character), and the category's passages
 * one by one from the most to the least agreed ({@link rankPassages}): the current one is marked
 * in the text (a double underline over the heat), scrolled to the middle of the article, and told
 * in a large caption ("Passage 3 of 14 · found by 27 of 30 students") with its quote.
 *
 * Names never show: only counts (the `names` property is taken, as every part of the class view
 * takes it, and ignored). The keys are in presentation-keys.ts; every step is also said in a live
 * region. Full screen only when the teacher asks for it (a button), never by itself.
 *
 * Light DOM: the article is a ProseMirror view styled by the global reader CSS (STYLE.md, 7).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, updateWhenLocaleChanges } from '@lit/localize';
import type { ClassData } from '../../app/class/class-data.js';
import type { PassageFinding } from '../../model/agreement/passage-agreement.js';
import { heatRuns } from '../../model/agreement/heat.js';
import { rankPassages } from '../../model/agreement/passage-ranking.js';
import { type Category, categoryLabel } from '../../model/schemes/category.js';
import type { EditorView } from '../../editor/editor-types.js';
import { boxAtOffset, type PaintLayer, RangePainter } from '../../editor/range-highlights.js';
import { ArticleViewController } from '../reader/article-view-controller.js';
import { Announcer } from '../shared/announcer.js';
import { currentLocale } from '../shared/localization.js';
import { heatLevel, heatStyle, HEAT_LEVELS } from './heat-levels.js';
import { categoryCaption, noPassagesCaption, stepCaption } from './presentation-caption.js';
import { keysBelongTo, type PresentationAction, presentationAction } from './presentation-keys.js';
import { presentationStyles } from './presentation-styles.js';
import type { NamesShown } from './student-label.js';

/** The current passage's paint: a double underline in the text colour, over the heat. */
const CURRENT_STYLE = 'color: var(--cr-text); text-decoration: underline double 3px var(--cr-text);';

/** See the module comment. */
export class CrClassPresentation extends LitElement {
  static override properties = {
    data: { attribute: false },
    names: { attribute: false },
    category: { state: true },
    step: { state: true },
    fullscreen: { state: true },
  };

  declare data: ClassData | undefined;
  /** Taken like every part of the class view takes it; the presentation shows letters at most, here none. */
  declare names: NamesShown;
  /** The id of the category shown; undefined before the data come. */
  declare category: string | undefined;
  /** The index of the current passage in the ranked passages of the category. */
  declare step: number;
  declare fullscreen: boolean;

  private readonly article = new ArticleViewController(this);
  private readonly announcer = new Announcer(this);
  private painter: RangePainter | undefined;
  /** What is painted and scrolled to, so that a re-render with nothing new repaints nothing. */
  private shown: { view: EditorView; data: ClassData; category: string | undefined; step: number } | undefined;
  /** Ranked passages per category of the current data. */
  private ranked = new Map<string, PassageFinding[]>();
  private rankedOf: ClassData | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.data = undefined;
    this.names = 'letters';
    this.category = undefined;
    this.step = 0;
    this.fullscreen = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    this.painter?.destroy();
    this.painter = undefined;
    this.shown = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const data = this.data;
    if (!changed.has('data') || !data) return;
    // New data (a hand-in came in): keep the category and the step where they still exist.
    if (!data.categories.some((category) => category.id === this.category)) {
      this.category = data.categories[0]?.id;
      this.step = 0;
    }
    this.step = Math.min(this.step, Math.max(0, this.passages().length - 1));
  }

  protected override updated(): void {
    const data = this.data;
    const mount = this.querySelector<HTMLElement>('.cr-present-text');
    if (!data || !mount) return;
    this.article.show({
      // The article sits under the page's headings: its headline one level below them.
      headingLevel: 2,
      mount,
      blocks: data.blocks,
      label: data.record.assignment.document.title,
      onCreate: (view) => {
        this.painter?.destroy();
        this.painter = new RangePainter(view);
      },
    });
    const view = this.article.view;
    if (!view || !this.painter) return;
    const shown = this.shown;
    if (shown && shown.view === view && shown.data === data && shown.category === this.category && shown.step === this.step) return;
    this.shown = { view, data, category: this.category, step: this.step };
    this.painter.paint(this.layers());
    this.scrollToCurrent(view);
  }

  /** The ranked passages of the category shown. */
  passages(): readonly PassageFinding[] {
    const data = this.data;
    if (!data || this.category === undefined) return [];
    if (this.rankedOf !== data) {
      this.ranked = new Map([...data.report.passages].map(([category, agreement]) => [category, rankPassages(agreement.passages)]));
      this.rankedOf = data;
    }
    return this.ranked.get(this.category) ?? [];
  }

  private current(): PassageFinding | undefined {
    return this.passages()[this.step];
  }

  private shownCategory(): Category | undefined {
    return this.data?.categories.find((category) => category.id === this.category);
  }

  /** The heat of the category by level, and the current passage over it. */
  private layers(): PaintLayer[] {
    const data = this.data!;
    const category = this.shownCategory();
    if (!category) return [];
    const students = data.handIns.length;
    const byLevel = new Map<number, { start: number; end: number }[]>();
    for (const run of heatRuns(data.report.heat.get(category.id) ?? new Uint16Array(0))) {
      const level = heatLevel(run.count, students);
      byLevel.set(level, [...(byLevel.get(level) ?? []), run]);
    }
    const layers: PaintLayer[] = [...byLevel].map(([level, ranges]) => ({
      key: `heat-${level}`,
      ranges,
      style: heatStyle(category.colour, level),
      priority: level,
    }));
    const current = this.current();
    if (current) layers.push({ key: 'current', ranges: [current], style: CURRENT_STYLE, priority: HEAT_LEVELS + 1 });
    return layers;
  }

  /** Scrolls the article so that the current passage stands in its middle (its top, if taller than the article). */
  private scrollToCurrent(view: EditorView): void {
    const current = this.current();
    const scroller = this.querySelector<HTMLElement>('.cr-present-article');
    if (!current || !scroller) return;
    const top = boxAtOffset(view, current.start).top;
    const bottom = boxAtOffset(view, Math.max(current.start, current.end - 1)).bottom;
    const frame = scroller.getBoundingClientRect();
    const room = scroller.clientHeight;
    const offset = bottom - top < room ? (room - (bottom - top)) / 2 : 0;
    scroller.scrollTo({ top: scroller.scrollTop + (top - frame.top) - offset, behavior: 'instant' });
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    const data = this.data;
    const article = this.querySelector('.cr-present-text') ?? undefined;
    const inArticle = event.target instanceof Node && (article?.contains(event.target) ?? false);
    // Another part took the key (a dialog's Escape): not ours. The article's view may mark arrows
    // as handled while it moves its caret; they are still the presentation's.
    if (!data || (event.defaultPrevented && !inArticle)) return;
    if (event.target instanceof Element && event.target.closest('dialog')) return;
    if (keysBelongTo(event.target, article)) return;
    const action = presentationAction(event, data.categories.length);
    if (!action) return;
    event.preventDefault();
    this.act(action);
  };

  private readonly onFullscreen = (): void => {
    this.fullscreen = document.fullscreenElement !== null;
  };

  /** Does what a key or a button asks. */
  act(action: PresentationAction): void {
    const data = this.data;
    if (!data) return;
    const last = this.passages().length - 1;
    switch (action.kind) {
      case 'exit':
        location.hash = this.classHref();
        return;
      case 'category': {
        const category = data.categories[action.index];
        if (!category) return;
        this.category = category.id;
        this.step = 0;
        const passages = this.passages();
        this.announcer.announce([categoryCaption(categoryLabel(category, currentLocale()), passages.length), this.stepText()].filter(Boolean).join('. '));
        return;
      }
      case 'next':
        this.step = Math.max(0, Math.min(last, this.step + 1));
        break;
      case 'previous':
        this.step = Math.max(0, this.step - 1);
        break;
      case 'first':
        this.step = 0;
        break;
      case 'last':
        this.step = Math.max(0, last);
        break;
    }
    const text = this.stepText();
    if (text) this.announcer.announce(`${text}: ${this.quote()}`);
  }

  private classHref(): string {
    return `#/assignment/${encodeURIComponent(this.data?.record.assignment.id ?? '')}/class`;
  }

  /** The caption line of the current passage; empty when the category has none. */
  private stepText(): string {
    const current = this.current();
    const data = this.data;
    if (!current || !data) return '';
    return stepCaption({
      position: this.step + 1,
      total: this.passages().length,
      found: current.students.length,
      students: data.handIns.length,
      source: current.source,
      hasModel: data.model.length > 0,
    });
  }

  /** The current passage's text, its blocks joined by a space. */
  private quote(): string {
    const current = this.current();
    return current && this.data ? this.data.text.slice(current.start, current.end).replace(/\s*\n+\s*/g, ' ') : '';
  }

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch (error) {
      // Refused (an iframe without permission, a browser setting): the presentation works without.
      console.warn('full screen refused', error);
    }
  }

  protected override render() {
    const data = this.data;
    if (!data) return nothing;
    const locale = currentLocale();
    const passages = this.passages();
    const current = this.current();
    return html`
      ${presentationStyles}
      <div class="cr-present">
        <header class="cr-present-bar">
          <h1>${data.record.assignment.title}</h1>
          <div class="cr-present-categories" role="group" aria-label=${msg('Category')}>
            ${data.categories.slice(0, 9).map(
              (category, index) => html`<button
                type="button"
                aria-pressed=${category.id === this.category ? 'true' : 'false'}
                aria-keyshortcuts=${String(index + 1)}
                style=${`--cr-category-colour: ${category.colour}`}
                @click=${() => this.act({ kind: 'category', index })}
              >
                <kbd aria-hidden="true">${index + 1}</kbd><span class="cr-present-swatch" aria-hidden="true"></span>${categoryLabel(category, locale)}
              </button>`,
            )}
          </div>
          ${document.fullscreenEnabled
            ? html`<button type="button" @click=${() => void this.toggleFullscreen()}>
                ${this.fullscreen ? msg('Leave full screen') : msg('Full screen')}
              </button>`
            : nothing}
          <a class="cr-present-exit" href=${this.classHref()} aria-keyshortcuts="Escape">${msg('Exit presentation')}</a>
        </header>
        <div class="cr-present-article" tabindex="0" role="region" aria-label=${msg('Article with the heat of the category')}>
          <div class="cr-present-text"></div>
        </div>
        <section class="cr-present-caption" aria-label=${msg('Current passage')}>
          <p class="cr-present-step">${current ? this.stepText() : noPassagesCaption(data.model.length > 0)}</p>
          ${current ? html`<blockquote class="cr-present-quote">${this.quote()}</blockquote>` : nothing}
          <div class="cr-present-steps">
            <button type="button" ?disabled=${!current || this.step === 0} @click=${() => this.act({ kind: 'previous' })}>
              ${msg('Previous passage')}
            </button>
            <button type="button" ?disabled=${!current || this.step >= passages.length - 1} @click=${() => this.act({ kind: 'next' })}>
              ${msg('Next passage')}
            </button>
          </div>
          <p class="cr-present-hint">${msg('Arrow keys: next and previous passage, from the most to the least agreed · 1–9: category · Esc: exit')}</p>
        </section>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.message}</div>
      </div>
    `;
  }
}

customElements.define('cr-class-presentation', CrClassPresentation);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-presentation': CrClassPresentation;
  }
}
