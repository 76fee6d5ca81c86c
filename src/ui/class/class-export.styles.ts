/** The look of <cr-class-export>: the two buttons in a row, a hint under them. */
import { css } from 'lit';

/** See the module comment. */
export const classExportStyles = css`
  :host {
    display: block;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
  }
  .hint {
    margin: 0.5rem 0 0;
    font-size: 0.9em;
    color: var(--cr-text-muted);
  }
`;
