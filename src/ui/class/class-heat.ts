/**
 * <cr-class-heat>: where the class tagged (issue 16). The article, read-only, with the heat of one
 * category painted on the text: how many students tagged each character, in five levels of the
 * category's colour (heat-levels.ts), through the CSS Custom Highlight API (RangePainter).
 *
 * - A legend chooses the category (radio buttons: one at a time, arrow keys move) and says what
 *   each level means ("1–6 of 30 students"). Choosing repaints at once, in the same task.
 * - Hovering the text shows the count at the pointer; with the keyboard the caret moves through
 *   the text (it is selectable), the count shows beside it and a live region says it. Escape hides
 *   the count.
 * - Click or Enter on a passage lists who tagged it and how (heat-passage-list.ts).
 * - A strip beside the text shows the whole article at a glance; a click takes the text there.
 * - "Save picture" saves the heat for slides, as SVG (heat-picture.ts: the words with the heat
 *   behind them, on a 16:9 slide) or PNG (heat-png.ts).
 *
 * Light DOM: the article is a ProseMirror view styled by the global reader CSS, and the heat's
 * highlights live in the document's scope. The mount carries `data-heat-painter`, the prefix of
 * the painter's highlight names (`<prefix>heat-<level>`), for tests and tools.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import type { ClassData } from '../../app/class/class-data.js';
import type { EditorView } from '../../editor/editor-types.js';
import { boxAtOffset, caretPlugin, characterAtPoint, placeCaretAt, RangePainter, type PaintLayer } from '../../editor/range-highlights.js';
import { type HeatRun, heatRuns } from '../../model/agreement/heat.js';
import { type Category, localLabel } from '../../model/schemes/category.js';
import { shorten } from '../../model/text/shorten.js';
import { slug } from '../../model/text/slug.js';
import { download, downloadBlob } from '../shared/download.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount, plural } from '../shared/plural.js';
import { ArticleViewController } from '../reader/article-view-controller.js';
import { HEAT_LEVELS, heatLevel, heatBackground, heatStyle, levelCounts } from './heat-levels.js';
import { heatPictureSvg } from './heat-picture.js';
import { canvasMeasure, type Measure } from './heat-picture-wrap.js';
import { svgToPng } from './heat-png.js';
import { renderPassageList, studentsOfCount, type PlaceTaggers, taggersAt, taggersOf } from './heat-passage-list.js';
import { renderHeatStrip, stripBars } from './heat-strip.js';
import type { NamesShown } from './student-label.js';
import { classHeatStyles } from './heat-styles.js';

let instances = 0;

/** See the module comment. */
export class CrClassHeat extends LitElement {
  static override properties = {
    data: { attribute: false },
    names: { attribute: false },
    category: { state: true },
    place: { state: true },
    tip: { state: true },
    caret: { state: true },
  };

  declare data: ClassData | undefined;
  declare names: NamesShown;
  /** The category shown (its id); the first of the scheme until one is chosen. */
  declare category: string | undefined;
  /** The place listed (click or Enter), if any. */
  declare place: PlaceTaggers | undefined;
  /** The tooltip at the pointer: its text and where. */
  declare tip: { readonly text: string; readonly x: number; readonly y: number } | undefined;
  /** What the live region says about the caret's character. */
  declare caret: string;

  private readonly article = new ArticleViewController(this);
  private painter: RangePainter | undefined;
  private readonly group = `cr-heat-category-${++instances}`;
  private runsCache = new WeakMap<Uint16Array, HeatRun[]>();
  /** Text widths in the picture's font, made on the first picture. */
  private measure: Measure | undefined;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
    this.data = undefined;
    this.names = 'names';
    this.category = undefined;
    this.place = undefined;
    this.tip = undefined;
    this.caret = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved in the DOM): the view was destroyed on leaving, build it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.painter?.destroy();
    this.painter = undefined;
  }

  /** The category shown. */
  get shownCategory(): Category | undefined {
    const categories = this.data?.categories ?? [];
    return categories.find((category) => category.id === this.category) ?? categories[0];
  }

  /** The live view of the article, once mounted. */
  get view(): EditorView | undefined {
    return this.article.view;
  }

  private get students(): number {
    return this.data?.handIns.length ?? 0;
  }

  private runs(category: Category | undefined): HeatRun[] {
    const heat = category && this.data?.report.heat.get(category.id);
    if (!heat) return [];
    let runs = this.runsCache.get(heat);
    if (!runs) {
      runs = heatRuns(heat);
      this.runsCache.set(heat, runs);
    }
    return runs;
  }

  /** How many students tagged the character at `offset` with the shown category. */
  private countAt(offset: number): number {
    const category = this.shownCategory;
    return (category && this.data?.report.heat.get(category.id)?.[offset]) ?? 0;
  }

  private sentenceAt(offset: number): string {
    const category = this.shownCategory;
    if (!category) return '';
    return studentsOfCount(this.countAt(offset), this.students, localLabel(category.label, currentLocale()));
  }

  /** Paints the shown category's heat: one layer per level. Synchronous, so a choice repaints in the same frame. */
  private paint(): void {
    const category = this.shownCategory;
    if (!this.painter || !category) return;
    const byLevel = new Map<number, { start: number; end: number }[]>();
    for (const run of this.runs(category)) {
      const level = heatLevel(run.count, this.students);
      if (level === 0) continue;
      const list = byLevel.get(level) ?? [];
      list.push({ start: run.start, end: run.end });
      byLevel.set(level, list);
    }
    const layers: PaintLayer[] = [];
    for (let level = 1; level <= HEAT_LEVELS; level++) {
      layers.push({ key: `heat-${level}`, ranges: byLevel.get(level) ?? [], style: heatStyle(category.colour, level), priority: level });
    }
    this.painter.paint(layers);
  }

  private choose(id: string): void {
    if (id === this.category) return;
    this.category = id;
    this.place = undefined;
    this.tip = undefined;
    // What the live region said was of the other category: it speaks again when the caret moves.
    this.caret = '';
    this.paint();
  }

  private listAt(offset: number | undefined): void {
    const category = this.shownCategory;
    if (offset === undefined || !this.data || !category) return;
    this.place = taggersAt(this.data, category, offset);
    this.caret = this.place ? `${this.sentenceAt(offset)} ${msg('Who tagged it is listed below the text.')}` : msg('Nobody tagged anything here.');
  }

  private readonly hover = (event: PointerEvent): void => {
    const view = this.view;
    if (!view) return;
    const offset = characterAtPoint(view, event.clientX, event.clientY);
    if (offset === undefined || offset >= (this.data?.text.length ?? 0)) {
      this.tip = undefined;
      return;
    }
    const box = this.querySelector<HTMLElement>('.cr-heat-text')!.getBoundingClientRect();
    this.tip = { text: this.sentenceAt(offset), x: clampTip(event.clientX - box.left + 12, box.width), y: event.clientY - box.top + 18 };
  };

  /** The count at the caret: said by the live region, and shown beside the caret for sighted keyboard users. */
  private caretMoved(offset: number): void {
    const view = this.view;
    this.caret = this.sentenceAt(offset);
    if (!view || offset >= (this.data?.text.length ?? 0)) return;
    const box = this.querySelector<HTMLElement>('.cr-heat-text')!.getBoundingClientRect();
    const at = boxAtOffset(view, offset);
    this.tip = { text: this.caret, x: clampTip(at.left - box.left, box.width), y: at.bottom - box.top + 6 };
  }

  private readonly pick = (event: MouseEvent): void => {
    const view = this.view;
    if (view) this.listAt(characterAtPoint(view, event.clientX, event.clientY));
  };

  /** Saves the picture for slides as SVG or PNG. */
  private async savePicture(kind: 'svg' | 'png'): Promise<void> {
    const picture = this.picture();
    if (!picture) return;
    if (kind === 'svg') {
      download({ fileName: `${picture.name}.svg`, json: picture.svg }, 'image/svg+xml');
      return;
    }
    try {
      downloadBlob(await svgToPng(picture.svg), `${picture.name}.png`);
    } catch (error) {
      console.error('could not make the PNG', error);
      this.caret = msg('The picture could not be made. Save it as SVG instead.');
    }
  }

  /** The picture for slides of the shown category (SVG text) and its file name without extension. */
  private picture(): { readonly svg: string; readonly name: string } | undefined {
    const data = this.data;
    const category = this.shownCategory;
    if (!data || !category) return undefined;
    const label = localLabel(category.label, currentLocale());
    const students = this.students;
    const all = formatCount(students);
    const svg = heatPictureSvg(
      {
        title: data.record.assignment.title,
        subtitle: studentsLine(label, students),
        colour: category.colour,
        scale: this.scale(),
        text: data.text,
        heat: data.report.heat.get(category.id) ?? [],
        students,
        passages: (data.report.passages.get(category.id)?.passages ?? []).map((passage) => ({ start: passage.start, end: passage.end, students: passage.students.length })),
        count: (n) => msg(str`${formatCount(n)} of ${all}`),
        passagesCaption: (shown, tagged) =>
          tagged === 0
            ? msg(str`Nobody tagged anything as ${label}.`)
            : plural(shown, {
                one: () => msg(str`The passage most students tagged (of ${formatCount(tagged)})`),
                other: (n) => msg(str`The ${n} passages most students tagged (of ${formatCount(tagged)})`),
              }),
      },
      this.measure ??= canvasMeasure(),
    );
    return { svg, name: `${slug(data.record.assignment.title) || 'class'}-${category.id}-heat` };
  }

  /** The scale's lines, level 1 first ('' for a level no count makes). */
  private scale(): string[] {
    const students = this.students;
    return Array.from({ length: HEAT_LEVELS }, (_, index) => {
      const counts = levelCounts(index + 1, students);
      if (!counts) return '';
      const [low, high, all] = [formatCount(counts.low), formatCount(counts.high), formatCount(students)];
      return counts.low === counts.high ? msg(str`${low} of ${all} students`) : msg(str`${low}–${high} of ${all} students`);
    });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const data = this.data;
    const mount = this.querySelector<HTMLElement>('.cr-heat-article');
    if (!data || !mount) return;
    this.article.show({
      // The article sits under the page's headings: its headline one level below them.
      headingLevel: 3,
      mount,
      blocks: data.blocks,
      label: data.record.assignment.document.title,
      plugins: () => [
        caretPlugin({
          onCaret: (offset) => this.caretMoved(offset),
          onEnter: (offset) => this.listAt(offset),
        }),
      ],
      onCreate: (view) => {
        this.painter?.destroy();
        this.painter = new RangePainter(view);
        mount.dataset['heatPainter'] = this.painter.prefix;
        this.paint();
      },
    });
    if (changed.has('data') && this.painter) {
      this.paint();
      this.place = undefined;
    }
  }

  /**
   * Every passage of the category with how many found it, each a button that lists who tagged it:
   * the way in that needs neither the strip nor the pointer.
   */
  private renderPassages(category: Category, label: string) {
    const data = this.data!;
    const passages = (data.report.passages.get(category.id)?.passages ?? []).filter((passage) => passage.students.length > 0);
    if (passages.length === 0) return html`<p class="cr-heat-none">${msg(str`Nobody tagged anything as ${label}.`)}</p>`;
    const all = formatCount(this.students);
    return html`<details class="cr-heat-passages">
      <summary>${msg(str`Every passage of ${label}, in text order (${formatCount(passages.length)})`)}</summary>
      <ol>
        ${passages.map(
          (passage) => html`<li>
            <button type="button" @click=${() => (this.place = taggersOf(data, category, passage.start, passage.end))}>
              <q>${shorten(data.text.slice(passage.start, passage.end).replace(/\s+/g, ' ').trim(), 80)}</q>
              ${msg(str`${formatCount(passage.students.length)} of ${all}`)}
            </button>
          </li>`,
        )}
      </ol>
    </details>`;
  }

  protected override render() {
    const data = this.data;
    const category = this.shownCategory;
    if (!data || !category) return nothing;
    const locale = currentLocale();
    const label = localLabel(category.label, locale);
    const tip = this.tip;
    return html`
      ${classHeatStyles}
      <div class="cr-heat">
        <div class="cr-heat-legend">
          <fieldset>
            <legend>${msg('Show the heat of')}</legend>
            ${data.categories.map(
              (c) => html`<label class="cr-heat-choice">
                <input type="radio" name=${this.group} value=${c.id} .checked=${c.id === category.id} @change=${() => this.choose(c.id)} />
                <span class="cr-heat-swatch" style=${`background: ${c.colour}`} aria-hidden="true"></span>
                ${localLabel(c.label, locale)}
              </label>`,
            )}
          </fieldset>
          <div class="cr-heat-scale">
            <p id="cr-heat-scale-heading">${studentsLine(label, this.students)}</p>
            <ul aria-labelledby="cr-heat-scale-heading">
              ${this.scale().map((line, index) =>
                line === ''
                  ? nothing
                  : html`<li>
                      <span class="cr-heat-swatch cr-heat-level" data-level=${index + 1} style=${`background: ${heatBackground(category.colour, index + 1)};${
                        index + 1 >= HEAT_LEVELS - 1 ? ` border-bottom: ${index + 1 === HEAT_LEVELS ? 3 : 2}px solid ${category.colour}` : ''
                      }`} aria-hidden="true"></span>
                      ${line}
                    </li>`,
              )}
            </ul>
          </div>
        </div>
        <p class="cr-heat-hint">${msg('Point at the text for the count; click a passage, or move the caret there and press Enter, to list who tagged it.')}</p>
        <div class="cr-heat-body">
          ${renderHeatStrip(stripBars(this.runs(category), data.text.length, this.students), category.colour, msg(str`Heat of ${label} over the whole text`), data.text.length, (offset) => {
            if (this.view) placeCaretAt(this.view, offset);
          })}
          <div class="cr-heat-text" @pointermove=${this.hover} @pointerleave=${() => (this.tip = undefined)} @click=${this.pick} @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Escape') this.tip = undefined;
          }}>
            <div class="cr-heat-article"></div>
            ${tip ? html`<div class="cr-heat-tooltip" aria-hidden="true" style=${`left: ${tip.x}px; top: ${tip.y}px`}>${tip.text}</div>` : nothing}
          </div>
        </div>
        <p class="cr-heat-hidden" role="status">${this.caret}</p>
        ${this.renderPassages(category, label)}
        <div class="cr-heat-passage">
          ${this.place ? renderPassageList(this.place, data.text, this.names, this.students) : nothing}
        </div>
        <p class="cr-heat-save">
          <button type="button" data-picture="svg" @click=${() => void this.savePicture('svg')}>${msg('Save picture (SVG)')}</button>
          <button type="button" data-picture="png" @click=${() => void this.savePicture('png')}>${msg('Save picture (PNG)')}</button>
        </p>
      </div>
    `;
  }
}

/** The tooltip's left edge, kept so that the tooltip (at most 22rem wide) stays inside a box `width` wide. */
function clampTip(x: number, width: number): number {
  return Math.max(0, Math.min(x, width - 22 * 16));
}

/** "Quote: how many of 30 students tagged each place". */
function studentsLine(label: string, students: number): string {
  return plural(students, {
    one: (n) => msg(str`${label}: how many of ${n} student tagged each place`),
    other: (n) => msg(str`${label}: how many of ${n} students tagged each place`),
  });
}

customElements.define('cr-class-heat', CrClassHeat);

declare global {
  interface HTMLElementTagNameMap {
    'cr-class-heat': CrClassHeat;
  }
}
