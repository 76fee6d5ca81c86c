/**
 * The import summary's "Which article?": for each page or IRI of the file that is not an article
 * of the library, a choice of article (those whose text holds most of the page's quotes first,
 * with how many were found) or "skip"; on the reader page a button puts them into the open
 * article. The choice goes to the import controller as `cr-import-assign`, which plans the file
 * again; nothing is written before Import.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ImportPlan, UnknownSource } from '../../model/w3c/import-plan.js';
import { shorten } from '../../model/text/shorten.js';
import { fire } from '../shared/events.js';
import { formatCount, plural } from '../shared/plural.js';
import { annotationCount } from './skipped-annotations.js';

/** Unknown sources shown with a choice each; further ones stay skipped, said in one line. */
export const SOURCES_SHOWN = 20;

/** What the section needs besides the plan. */
export interface UnknownSourcesView {
  readonly plan: ImportPlan;
  readonly titles: ReadonlyMap<string, string>;
  /** The article open in the reader, offered first ("into this article"); '' on other pages. */
  readonly currentDocumentId: string;
  /** The element the choices are fired from (the dialog). */
  readonly host: HTMLElement;
}

/** The section, or nothing when every source of the file is in the library. */
export function unknownSourcesTemplate(view: UnknownSourcesView): TemplateResult | typeof nothing {
  const { unknownSources } = view.plan;
  if (unknownSources.length === 0) return nothing;
  const hidden = unknownSources.length - SOURCES_SHOWN;
  return html`<section class="sources" aria-labelledby="sources-title">
    <h3 id="sources-title">${msg('Which article?')}</h3>
    <p>
      ${plural(unknownSources.length, {
        one: () => msg('The file has annotations on a page that is not in your library. Choose the article it is a version of, or skip it.'),
        other: (count) => msg(str`The file has annotations on ${count} pages that are not in your library. Choose the article each is a version of, or skip it.`),
      })}
    </p>
    ${unknownSources.slice(0, SOURCES_SHOWN).map((source, i) => sourceChoice(view, source, i))}
    ${hidden > 0
      ? html`<p>${plural(hidden, {
          one: () => msg('1 more page is skipped.'),
          other: (count) => msg(str`${count} more pages are skipped.`),
        })}</p>`
      : nothing}
  </section>`;
}

/** One source: its name and count, the article choice, and "into this article" on the reader page. */
function sourceChoice(view: UnknownSourcesView, source: UnknownSource, i: number): TemplateResult {
  const id = `source-${i}`;
  const name = source.key === '' ? msg('Annotations that name no page') : shorten(source.key, 70);
  const value = source.assigned === null ? 'skip' : (source.assigned ?? '');
  const assign = (documentId: string | null) => fire(view.host, 'cr-import-assign', { key: source.key, documentId });
  const onChange = (event: Event) => {
    const chosen = (event.target as HTMLSelectElement).value;
    assign(chosen === 'skip' || chosen === '' ? null : chosen);
  };
  const current = view.currentDocumentId;
  const intoCurrent = current !== '' && source.assigned !== current && source.candidates.some((candidate) => candidate.documentId === current);
  const best = source.candidates[0];
  const hint =
    best && best.found > 0 && source.assigned === undefined
      ? msg(str`Its quotes are in “${shorten(view.titles.get(best.documentId) ?? best.documentId)}” (${formatCount(best.found)} of ${formatCount(source.quotes)}).`)
      : '';
  return html`<div class="source">
    <label for=${id}>
      <span class="source-name" title=${shorten(source.key, 2000)}>${name}</span>
      <span class="source-count">${annotationCount(source.annotations)}</span>
    </label>
    ${hint ? html`<span class="source-hint">${hint}</span>` : nothing}
    <select id=${id} data-source=${source.key} @change=${onChange}>
      <option value="" ?selected=${value === ''} disabled>${msg('Choose an article …')}</option>
      <option value="skip" ?selected=${value === 'skip'}>${msg('Skip these annotations')}</option>
      ${source.candidates.map(
        (candidate) => html`<option value=${candidate.documentId} ?selected=${value === candidate.documentId}>
          ${shorten(view.titles.get(candidate.documentId) ?? candidate.documentId)}${source.quotes > 0 && candidate.found > 0
            ? ` — ${msg(str`${formatCount(candidate.found)} of ${formatCount(source.quotes)} quotes found`)}`
            : ''}
        </option>`,
      )}
    </select>
    ${intoCurrent ? html`<button type="button" class="into-current" @click=${() => assign(current)}>${msg('Into this article')}</button>` : nothing}
  </div>`;
}
