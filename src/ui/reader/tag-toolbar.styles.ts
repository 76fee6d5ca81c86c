/** Styles of <cr-tag-toolbar>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/** A wrapping row of category buttons, each showing its colour and line, then undo/redo. */
export const tagToolbarStyles = [
  visuallyHiddenStyles,
  controlStyles,
  css`
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      font-family: var(--cr-font-sans);
      font-size: 0.9rem;
    }
    [role='group'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.35rem;
    }
    button {
      border-radius: 0.35rem;
      padding: 0.3rem 0.6rem;
      min-height: 2.25rem;
      display: inline-flex;
      align-items: center;
      gap: 0.4rem;
    }
    .category {
      text-decoration-line: underline;
      text-decoration-color: var(--cr-hl-colour);
      text-decoration-style: var(--cr-hl-line);
      text-decoration-thickness: 2px;
      text-underline-offset: 0.25em;
    }
    .swatch {
      width: 0.8rem;
      height: 0.8rem;
      border-radius: 0.2rem;
      background: var(--cr-hl-colour);
    }
    kbd {
      /* inline-block stops the button's category underline from running under the key */
      display: inline-block;
      font: inherit;
      font-size: 0.8em;
      border: 1px solid var(--cr-border);
      border-radius: 0.25rem;
      padding: 0 0.3rem;
      color: var(--cr-text-muted);
    }
    .snap {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
  `,
];
