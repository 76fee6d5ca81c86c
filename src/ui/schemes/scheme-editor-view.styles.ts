/** Styles of <cr-scheme-editor-view>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/** A column of category rows, each a compact form. */
export const schemeEditorStyles = [
  visuallyHiddenStyles,
  controlStyles,
  css`
    :host {
      display: block;
      max-width: 80ch;
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
      font-family: var(--cr-font-sans);
    }
    h1 {
      font-family: var(--cr-font-serif);
      /* Smaller on a phone, so that a long German compound fits its line whole. */
      font-size: clamp(1.4rem, 7vw, 2rem);
      margin: 0 0 0.25rem;
      overflow-wrap: anywhere;
    }
    h2 {
      font-size: 1.15rem;
      margin: 1.5rem 0 0.5rem;
    }
    .intro {
      color: var(--cr-text-muted);
    }
    .error {
      color: var(--cr-danger);
      margin: 0.25rem 0;
    }
    .schemes,
    .new-scheme {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 0.5rem 0;
    }
    .categories {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.5rem;
    }
    .child {
      margin-left: 2rem;
    }
    fieldset {
      border: 1px solid var(--cr-border);
      border-left: 4px solid var(--cr-hl-colour);
      border-radius: 0.4rem;
      background: var(--cr-surface);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.4rem 0.9rem;
      padding: 0.5rem 0.75rem;
    }
    legend {
      font-weight: 600;
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    .swatch {
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 0.2rem;
      background: var(--cr-hl-colour);
    }
    label {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
    }
    input,
    select {
      background: var(--cr-bg);
      max-width: 100%;
    }
    /* A phone: nested categories indent less, so their rows keep room. */
    @media (width < 30rem) {
      .child {
        margin-left: 1rem;
      }
    }
    input[type='text'] {
      width: 10rem;
    }
    input.key {
      width: 2.5rem;
      text-align: center;
    }
    .actions {
      display: inline-flex;
      gap: 0.3rem;
    }
    .deletion {
      flex-basis: 100%;
      border-top: 1px solid var(--cr-border);
      padding-top: 0.4rem;
    }
    /* "Show 100 more categories" under a long scheme's first rows (category-rows.ts). */
    .more {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      margin: 0.75rem 0;
      color: var(--cr-text-muted);
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .add h2 {
      flex-basis: 100%;
    }
    /* A refusal or note sits on its own line right after the field it is about (field-notes.ts). */
    .field-note {
      flex-basis: 100%;
      font-size: 0.9rem;
      color: var(--cr-text-muted);
    }
    .field-note.refusal {
      color: var(--cr-danger);
      font-weight: 600;
    }
    [aria-invalid='true'] {
      border-color: var(--cr-danger);
      outline: 2px solid var(--cr-danger);
      outline-offset: 1px;
    }
    /* Relation types (relation-type-rows.ts): a type's two sides are groups of checkboxes. */
    .relation-type-list {
      list-style: none;
      padding: 0;
      margin: 0;
      display: grid;
      gap: 0.5rem;
    }
    .relation-type,
    .relation-side {
      border-left-color: var(--cr-border);
    }
    .relation-side {
      background: transparent;
    }
    .add-relation-type h3 {
      flex-basis: 100%;
      font-size: 1rem;
      margin: 1rem 0 0;
    }
    .scheme-name {
      border-left-color: var(--cr-border);
      margin: 0.5rem 0;
    }
  `,
];
