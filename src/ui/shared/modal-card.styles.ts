/** The look of a modal dialog as a centred card, shared by the import dialog and the help panel. */
import { css } from 'lit';

/**
 * `dialog` as a centred card in the tools' sans-serif, at most 34rem wide and never taller than the
 * screen (it scrolls instead), over a dimmed page. A component adds its own padding and content rules.
 */
export const modalCardStyles = css`
  dialog {
    font-family: var(--cr-font-sans);
    color: var(--cr-text);
    background: var(--cr-surface);
    border: 1px solid var(--cr-border);
    border-radius: 0.6rem;
    width: min(34rem, calc(100vw - 2rem));
    max-height: calc(100vh - 4rem);
    overflow: auto;
    box-sizing: border-box;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    font-size: 1.15rem;
    margin: 0 0 0.75rem;
  }
`;
