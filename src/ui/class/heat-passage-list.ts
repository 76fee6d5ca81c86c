/**
 * Who tagged a place of the text, and how (issue 16, "Where the class tagged"): click or Enter on a
 * passage of the class heat lists, for the passage of the chosen category under the point (the
 * category's passage from the class report that holds it, else the stretch of equal heat there),
 * every student who tagged it with that category, with the exact span and their note, and every
 * student who tagged the same place with another category: that is how the class read it.
 */
import { shorten } from '../../model/text/shorten.js';
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClassData, ClassHandIn } from '../../app/class/class-data.js';
import type { Annotation } from '../../model/annotations/annotation.js';
import { heatRuns } from '../../model/agreement/heat.js';
import { type Category, localLabel } from '../../model/schemes/category.js';
import { currentLocale } from '../shared/localization.js';
import { formatCount, plural } from '../shared/plural.js';
import { type NamesShown, studentLabel } from './student-label.js';

/** One student's annotation over the place, with one of its categories. */
export interface PlaceTagging {
  readonly handIn: ClassHandIn;
  readonly annotation: Annotation;
  readonly category: Category;
}

/** The place listed and who tagged it. */
export interface PlaceTaggers {
  /** The passage (text offsets, end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The category asked about. */
  readonly category: Category;
  /** With that category, in the order of the hand-ins, then of the text. */
  readonly same: readonly PlaceTagging[];
  /** With any other category, likewise. */
  readonly others: readonly PlaceTagging[];
}

/**
 * Who tagged the place at `offset` for `category`: the shortest passage of the category holding the
 * offset, else the run of equal heat there, else the one character; undefined when no student
 * tagged anything there at all.
 */
export function taggersAt(data: ClassData, category: Category, offset: number): PlaceTaggers | undefined {
  const passages = data.report.passages.get(category.id)?.passages ?? [];
  const holding = passages.filter((passage) => passage.start <= offset && offset < passage.end);
  holding.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const heat = data.report.heat.get(category.id);
  const run = heat && holding.length === 0 ? heatRuns(heat).find((r) => r.start <= offset && offset < r.end) : undefined;
  const [start, end] = holding[0] ? [holding[0].start, holding[0].end] : run ? [run.start, run.end] : [offset, offset + 1];
  return taggersOf(data, category, start, end);
}

/** Who tagged anything over [start, end), with `category` and with another; undefined when nobody did. */
export function taggersOf(data: ClassData, category: Category, start: number, end: number): PlaceTaggers | undefined {
  const byId = new Map(data.categories.map((c) => [c.id, c] as const));
  const same: PlaceTagging[] = [];
  const others: PlaceTagging[] = [];
  for (const handIn of data.handIns) {
    for (const annotation of handIn.annotations) {
      if (annotation.start < 0 || annotation.start >= end || annotation.end <= start) continue;
      for (const id of annotation.categoryIds) {
        const tagged = byId.get(id);
        if (!tagged) continue;
        (id === category.id ? same : others).push({ handIn, annotation, category: tagged });
      }
    }
  }
  if (same.length === 0 && others.length === 0) return undefined;
  return { start, end, category, same, others };
}

/** How many different students are among `taggings`. */
export function studentsAmong(taggings: readonly PlaceTagging[]): number {
  return new Set(taggings.map((tagging) => tagging.handIn.set.id)).size;
}

/**
 * The list of {@link taggersAt}'s answer, under a title that quotes the place; `text` is the
 * article's. Titles, not headings: the article above holds its own headline as a first-level
 * heading, and a third-level one after it would break the page's heading order.
 */
export function renderPassageList(place: PlaceTaggers, text: string, names: NamesShown, students: number) {
  const locale = currentLocale();
  const label = localLabel(place.category.label, locale);
  const quote = shorten(flat(text.slice(place.start, place.end)), 120);
  const found = studentsAmong(place.same);
  const item = (tagging: PlaceTagging, withCategory: boolean) => html`<li>
    <span class="cr-heat-who">${studentLabel(tagging.handIn, names)}</span>${withCategory
      ? html` · <span class="cr-heat-what">${localLabel(tagging.category.label, locale)}</span>`
      : nothing}:
    <q>${tagging.annotation.exact}</q>
    <span class="cr-heat-where">(${tagging.annotation.start}–${tagging.annotation.end})</span>${tagging.annotation.note
      ? html` <span class="cr-heat-note">${msg('Note:')} ${tagging.annotation.note}</span>`
      : nothing}
  </li>`;
  return html`
    <p class="cr-heat-passage-title" id="cr-heat-passage-title">${msg(str`Who tagged “${quote}” (${place.start}–${place.end})`)}</p>
    <p class="cr-heat-passage-count">${studentsOfCount(found, students, label)}</p>
    ${place.same.length > 0
      ? html`<ul class="cr-heat-same" aria-labelledby="cr-heat-passage-title">${place.same.map((tagging) => item(tagging, true))}</ul>`
      : nothing}
    ${place.others.length > 0
      ? html`<p class="cr-heat-passage-title" id="cr-heat-others-title">${msg('Tagged here with another category')}</p>
          <ul class="cr-heat-others" aria-labelledby="cr-heat-others-title">${place.others.map((tagging) => item(tagging, true))}</ul>`
      : nothing}
  `;
}

/** "12 of 30 students tagged this as Quote". */
export function studentsOfCount(count: number, students: number, label: string): string {
  const found = formatCount(count);
  return plural(students, {
    one: (all) => msg(str`${found} of ${all} student tagged this as ${label}`),
    other: (all) => msg(str`${found} of ${all} students tagged this as ${label}`),
  });
}

/** `text` on one line: runs of white space (a paragraph break) as one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
