/** Styles of <cr-tag-toolbar>. */
import { css } from 'lit';
import { controlStyles } from '../shared/controls.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

/**
 * A wrapping row of category buttons, each showing its colour and line, then undo/redo, whole
 * words and the slotted tools (pushed to the row's end). Below 36rem of its own width (a phone, a
 * narrow window) it packs tighter, all its controls in one wrapping flow: no key hints, arrows for
 * undo and redo.
 */
export const tagToolbarStyles = [
  visuallyHiddenStyles,
  controlStyles,
  css`
    :host {
      display: block;
      font-family: var(--cr-font-sans);
      font-size: 0.9rem;
      container-type: inline-size;
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    slot {
      display: contents;
    }
    ::slotted(*) {
      margin-left: auto;
    }
    .icon {
      display: none;
      font-size: 1.15em;
      line-height: 1;
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
    /* A category's definition: below its button while hovered or focused, itself hoverable (WCAG 1.4.13). */
    .category-tip-anchor {
      position: relative;
      display: inline-flex;
    }
    .definition {
      display: none;
      position: absolute;
      top: 100%;
      left: 0;
      z-index: 30;
      width: max-content;
      max-width: min(22rem, 80vw);
      margin-top: 0.25rem;
      padding: 0.45rem 0.6rem;
      border: 1px solid var(--cr-border);
      border-radius: 0.35rem;
      background: var(--cr-surface);
      color: var(--cr-text);
      box-shadow: 0 0.2rem 0.6rem rgb(0 0 0 / 0.2);
      line-height: 1.35;
    }
    /* A bridge over the gap, so that the pointer can move onto the tooltip without losing it. */
    .definition::before {
      content: '';
      position: absolute;
      inset: -0.3rem 0 auto 0;
      height: 0.3rem;
    }
    .category-tip-anchor:is(:hover, :focus-within):not([data-dismissed]) .definition {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
    }
    .definition-example {
      color: var(--cr-text-muted);
      font-style: italic;
    }
    .snap {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
    }
    @container (width < 36rem) {
      /* One flow of buttons, so that they fill each row before starting the next. */
      .bar {
        gap: 0.35rem;
      }
      [role='group'] {
        display: contents;
      }
      button {
        padding: 0.25rem 0.5rem;
      }
      kbd {
        display: none;
      }
      .history .icon {
        display: inline;
      }
      .history .label {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
    }
  `,
];
