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
      font-size: 2rem;
      margin: 0 0 0.25rem;
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
    .add {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .add h2 {
      flex-basis: 100%;
    }
  `,
];
