/**
 * How the class view writes its figures, in the interface language: a share as a whole percentage
 * ("55 %" / "55%"), an agreement to two decimals ("0,73" / "0.73"), and a missing figure as a dash
 * that a screen reader reads as "no figure" (never 0 or 100 %, which would be a figure). One place,
 * so that the overview, the agreement and the comparison write them alike.
 */
import { html } from 'lit';
import { msg } from '@lit/localize';
import { currentLocale } from '../shared/localization.js';

/** `share` (0–1) as a whole percentage in the interface language. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(currentLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** An agreement figure (αU) to two decimals in the interface language. */
export function formatAlpha(alpha: number): string {
  return new Intl.NumberFormat(currentLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(alpha);
}

/** A dash for the eye, "no figure" for the ear (the host needs the `.visually-hidden` styles). */
export function noFigure() {
  return html`<span aria-hidden="true">–</span><span class="visually-hidden">${msg('no figure')}</span>`;
}
