/**
 * The look of <cr-update-prompt>: a quiet one-line bar under the header, in the notice colours of
 * the design tokens, that wraps its button below the sentence on a narrow screen.
 */
import { css } from 'lit';

/** Styles of <cr-update-prompt>; put after `controlStyles`. */
export const updatePromptStyles = css`
  :host {
    display: block;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4rem 1rem;
    margin: 0;
    padding: 0.5rem 1rem;
    background: var(--cr-debris-bg);
    border-bottom: 1px solid var(--cr-border);
    color: var(--cr-text);
    font-family: var(--cr-font-sans);
  }
  button {
    padding: 0.25rem 0.75rem;
  }
`;
